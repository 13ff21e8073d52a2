/**
 * Inputs of 政策找企业 (issue 8): a firm's facts for the rules engine (account.updateFacts,
 * account.disputeMatch), the bureau's matching run (admin.runMatching / continueMatching /
 * matching / exportMatching) and the 消息 list. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { factsForAudience, factsSchema, parameterHistory, type FactName } from '../rules'
import { fields } from '../validation'

/** Facts the registered profile holds (企业性质, 所属行业): changed through the bureau only. */
export const PROFILE_ONLY_FACTS = ['ownership', 'industry'] as const satisfies readonly FactName[]
/** The profile's size facts: registered, and updatable by the firm as the years go by. */
export const PROFILE_SIZE_FACTS = ['employees', 'revenue', 'totalAssets'] as const satisfies readonly FactName[]

/** Every enterprise fact the rules may ask for, in api.md order. */
export const ENTERPRISE_FACT_NAMES: readonly FactName[] = factsForAudience(['enterprise'])
/** What a firm may state itself. */
export const EDITABLE_FACTS = ENTERPRISE_FACT_NAMES.filter((f) => !(PROFILE_ONLY_FACTS as readonly string[]).includes(f)) as [FactName, ...FactName[]]

const mask = Object.fromEntries(EDITABLE_FACTS.map((f) => [f, true])) as { [K in FactName]?: true }
export const editableFactsSchema = factsSchema.pick(mask)

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

/** The notice's date of issue: before it no provision applies, and the rules have no parameters to match with. */
const NOTICE_ISSUED = parameterHistory('notice.issuedOn')[0].value

export const runMatchingSchema = z.strictObject({
  asOf: fields.date.refine((d) => d >= NOTICE_ISSUED, `不能早于《通知》印发日期${NOTICE_ISSUED}：此前没有可比对的政策`),
})
export const runRefSchema = z.strictObject({ runId: fields.id })
export const matchingSchema = z.strictObject({
  runId: fields.id.optional(),
  /** one provision's list, e.g. '15/stabilisation-refund' */
  key: z.string().min(1).max(40).optional(),
  status: z.enum(['eligible', 'needs-info']).optional(),
  offset: z.number().int().min(0).max(100_000).optional(),
  limit: z.number().int().min(1).max(100).optional(),
})
export const exportMatchingSchema = z.strictObject({ runId: fields.id.optional() })
export const readMessagesSchema = z.strictObject({ ids: z.array(fields.id).min(1).max(100).optional() })
