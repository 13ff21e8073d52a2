/**
 * Input schemas of the firm and posting actions (account.registerEmployer, jobs.*, admin.review),
 * with Chinese messages that name the field. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { echoed } from '../errors'
import { CITIES, EDUCATIONS, EXPERIENCE_YEARS, isDistrictOf, JOB_STATES, MAX_VALID_DAYS } from '../catalog/firms'
import { checkCreditCode, normaliseCreditCode } from '../compliance/credit-code'
import { INDUSTRIES, OWNERSHIPS } from '../rules/facts'
import { fields, phone, text, whole } from '../validation'

const city = z.enum(CITIES, { error: '城市须为山西省的设区市之一（如太原市）' })

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
    city,
    district: text('区县', 1, 20),
    address: text('详细地址', 2, 100),
    contactName: text('联系人', 2, 20),
    contactPhone: phone(),
  })
  .superRefine((v, ctx) => {
    if (!isDistrictOf(v.city, v.district)) ctx.addIssue({ code: 'custom', path: ['district'], message: `${echoed(v.district)}不是${v.city}的区县` })
  })

const location = z
  .strictObject({ city, district: text('区县', 1, 20), address: text('工作地址', 2, 100) })
  .superRefine((v, ctx) => {
    if (!isDistrictOf(v.city, v.district)) ctx.addIssue({ code: 'custom', path: ['district'], message: `${echoed(v.district)}不是${v.city}的区县` })
  })

const pay = z
  .strictObject({ min: whole('月薪下限', 1, 1_000_000, '元'), max: whole('月薪上限', 1, 1_000_000, '元') })
  .refine((p) => p.min <= p.max, { message: '月薪下限不能高于上限', path: ['max'] })

const requirements = z.strictObject({
  education: z.enum(EDUCATIONS, { error: `学历要求须为 ${EDUCATIONS.join('、')} 之一` }),
  experienceYears: z
    .number({ error: '经验要求须为数字' })
    .refine((n) => (EXPERIENCE_YEARS as readonly number[]).includes(n), `经验要求须为 ${EXPERIENCE_YEARS.join('、')} 年之一（0 为不限）`),
  other: text('其他要求', 0, 500, { lines: 'multi' }).default(''),
})

const benefits = text('福利待遇', 0, 200, { lines: 'multi' })

/** Everything a posting says, as the national rules on online recruitment require it. */
export const jobContentShape = {
  title: text('岗位名称', 2, 30),
  headcount: whole('招聘人数', 1, 999, '人'),
  duties: text('岗位职责', 10, 1000, { lines: 'multi' }),
  requirements,
  location,
  pay,
  benefits: benefits.default(''),
  validDays: whole('有效期', 1, MAX_VALID_DAYS, '天'),
}

const submit = z.boolean({ error: '「submit」须为 true 或 false' }).optional()

export const createJobSchema = z.strictObject({ ...jobContentShape, submit })

export const updateJobSchema = z.strictObject({
  id: fields.id,
  title: jobContentShape.title.optional(),
  headcount: jobContentShape.headcount.optional(),
  duties: jobContentShape.duties.optional(),
  requirements: requirements.optional(),
  location: location.optional(),
  pay: pay.optional(),
  benefits: benefits.optional(),
  validDays: jobContentShape.validDays.optional(),
  submit,
})

export const jobIdSchema = z.strictObject({ id: fields.id })

export const mineSchema = z.strictObject({
  state: z.enum(JOB_STATES, { error: `状态须为 ${JOB_STATES.join('、')} 之一` }).optional(),
  id: fields.id.optional(),
})

/** Drafts are checked as they are typed: loose lengths, every field optional. */
export const previewSchema = z.strictObject({
  headcount: whole('招聘人数', 1, 999, '人').optional(),
  title: text('岗位名称', 0, 200).optional(),
  duties: text('岗位职责', 0, 2000, { lines: 'multi' }).optional(),
  other: text('其他要求', 0, 1000, { lines: 'multi' }).optional(),
  benefits: text('福利待遇', 0, 500, { lines: 'multi' }).optional(),
})

export const reviewSchema = z
  .strictObject({
    target: z.enum(['employer', 'job', 'report'], { error: '审核对象须为 employer（企业）、job（岗位）或 report（举报）' }),
    id: fields.id,
    decision: z.enum(['approve', 'reject'], { error: '审核结论须为 approve（通过）或 reject（驳回）' }),
    reason: text('审核意见', 0, 200, { lines: 'multi' }).optional(),
    // The revision the reviewer read (of the profile, the posting, or a report's posting).
    revision: whole('审核内容的版本号', 0, Number.MAX_SAFE_INTEGER),
  })
  .refine((r) => r.decision === 'approve' || r.target === 'report' || (r.reason ?? '').length >= 2, {
    message: '驳回时须写明理由（至少2个字），企业将据此修改',
    path: ['reason'],
  })
  // Upholding a report takes the posting down: the firm reads why.
  .refine((r) => r.target !== 'report' || r.decision === 'reject' || (r.reason ?? '').length >= 2, {
    message: '核实举报并下架岗位时须写明理由（至少2个字），企业将看到',
    path: ['reason'],
  })

export const queueSchema = z.strictObject({ limit: whole('每类条数', 1, 100).optional() })
