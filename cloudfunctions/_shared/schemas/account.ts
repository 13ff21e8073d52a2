/**
 * Input schemas of the `account` function: a firm's registration (registerEmployer), a seeker's
 * own data (updateProfile, deleteAccount), a firm's facts for the rules engine (updateFacts,
 * disputeMatch) and the 消息 list (readMessages), with Chinese messages that name the field.
 * Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { echoed } from '../errors'
import { EDUCATIONS } from '../catalog/firms'
import { isDistrictOf } from '../catalog/regions'
import { checkCreditCode, normaliseCreditCode } from '../compliance/credit-code'
import { factsForAudience, factsSchema, INDUSTRIES, OWNERSHIPS, type FactName } from '../rules'
import { fields, phone, text, whole } from '../validation'

const creditCode = z
  .string({ error: '统一社会信用代码须为文字' })
  .transform(normaliseCreditCode)
  .superRefine((code, ctx) => {
    const result = checkCreditCode(code)
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message, params: { problem: result.problem } })
  })

export const employerProfileSchema = z
  .strictObject({
    name: text('企业名称', 2, 60),
    creditCode,
    ownership: z
      .enum(OWNERSHIPS, { error: '企业性质须为 private（民营企业）、state、foreign 或 other' })
      .refine((o) => o === 'private', '本平台依据《通知》服务民营企业：只有民营企业可以注册并发布招聘信息'),
    industry: z.enum(INDUSTRIES, { error: '所属行业不在可选范围内' }),
    employees: whole('从业人员数', 1, 1_000_000, '人'),
    revenue: whole('上年度营业收入', 0, 10_000_000_000_000, '元'),
    totalAssets: whole('资产总额', 0, 10_000_000_000_000, '元'),
    city: fields.city,
    district: text('区县', 1, 20),
    address: text('详细地址', 2, 100),
    contactName: text('联系人', 2, 20),
    contactPhone: phone(),
  })
  .superRefine((v, ctx) => {
    if (!isDistrictOf(v.city, v.district)) ctx.addIssue({ code: 'custom', path: ['district'], message: `${echoed(v.district)}不是${v.city}的区县` })
  })

/** Mainland mobile numbers: what a firm calls back. */
const MOBILE = /^1[3-9]\d{9}$/

export const profileSchema = z.strictObject({
  name: text('姓名', 2, 20),
  /** Optional once a profile exists: the stored number is kept (the app only ever sees it masked). */
  phone: z.string({ error: '手机号须为文字' }).trim().regex(MOBILE, '手机号须为11位中国大陆手机号').optional(),
  education: z.enum(EDUCATIONS, { error: `学历须为 ${EDUCATIONS.join('、')} 之一` }),
  experienceYears: whole('工作年限', 0, 50, '年'),
  intro: text('自我介绍', 0, 300, { lines: 'multi' }).default(''),
})

export const deleteAccountSchema = z.strictObject({
  confirm: z.literal(true, { error: '注销账号须确认（确认项须为 true）' }),
})

/** Facts the registered profile holds (企业性质, 所属行业): changed through the bureau only. */
export const PROFILE_ONLY_FACTS = ['ownership', 'industry'] as const satisfies readonly FactName[]
/** The profile's size facts: registered, and updatable by the firm as the years go by. */
export const PROFILE_SIZE_FACTS = ['employees', 'revenue', 'totalAssets'] as const satisfies readonly FactName[]

/** Every enterprise fact the rules may ask for, in api.md order. */
export const ENTERPRISE_FACT_NAMES: readonly FactName[] = factsForAudience(['enterprise'])
/** What a firm may state itself. */
export const EDITABLE_FACTS = ENTERPRISE_FACT_NAMES.filter((f) => !(PROFILE_ONLY_FACTS as readonly string[]).includes(f)) as [FactName, ...FactName[]]

const mask = Object.fromEntries(EDITABLE_FACTS.map((f) => [f, true])) as { [K in FactName]?: true }
const editableFactsSchema = factsSchema.pick(mask)

const factsChange = {
  facts: editableFactsSchema.default({}),
  clear: z.array(z.enum(EDITABLE_FACTS)).max(EDITABLE_FACTS.length).optional(),
}
const someChange = (v: { facts: Record<string, unknown>; clear?: string[] }) => Object.keys(v.facts).length > 0 || (v.clear?.length ?? 0) > 0
const noOverlap = (v: { facts: Record<string, unknown>; clear?: string[] }) => !(v.clear ?? []).some((f) => f in v.facts)

export const updateFactsSchema = z
  .strictObject(factsChange)
  .refine(someChange, { message: '没有要保存的条件' })
  .refine(noOverlap, { message: '同一条件不能同时填写和清除', path: ['clear'] })

export const disputeMatchSchema = z
  .strictObject({
    measure: z.number().int().min(1).max(26),
    provision: z.string().min(1).max(40),
    ...factsChange,
  })
  .refine(someChange, { message: '请填写已经变化的条件' })
  .refine(noOverlap, { message: '同一条件不能同时填写和清除', path: ['clear'] })

export const readMessagesSchema = z.strictObject({ ids: z.array(fields.id).min(1).max(100).optional() })
