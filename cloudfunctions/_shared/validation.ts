import { z } from 'zod'
import { echoed, invalidInput, listedIssues } from './errors'
import { CITIES } from './catalog/regions'
import { FACTS, isCalendarDate, type FactName } from './rules/facts'

z.config(z.locales.zhCN())

/** What each JSON type is called in messages. */
const TYPE_NAMES: Readonly<Record<string, string>> = { string: '文字', number: '数字', int: '整数', boolean: 'true 或 false', object: '对象', array: '列表' }

// A missing field or one of the wrong type, said in words (zod's own Chinese reads 「期望 string，实际接收 undefined」).
// Schemas that name their own message keep it.
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined
    if (issue.input === undefined) return '为必填项'
    return Object.hasOwn(TYPE_NAMES, issue.expected) ? `须为${TYPE_NAMES[issue.expected]}` : undefined
  },
})

/** A field's path as the caller wrote it, e.g. `facts.newHires`: for the app to place a message, never shown. */
const fieldPath = (path: readonly PropertyKey[]) => echoed(path.map(String).join('.'))

/**
 * What a person calls each field whose schema's own messages do not name it (zod's 「为必填项」,
 * a shared id or date check). A message is shown as 「label」message; fields whose messages already
 * say what they are (text('招聘会名称', …)) need no entry. input-messages.test.ts sweeps every field.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '编号',
  ids: '消息编号',
  jobId: '岗位编号',
  jobIds: '参会岗位',
  fairId: '招聘会编号',
  employerId: '企业编号',
  runId: '比对批次编号',
  targetId: '对象编号',
  actorOpenId: '操作人',
  targetCollection: '数据类别',
  asOf: '评估日期',
  date: '面试日期',
  interview: '面试安排',
  cursor: '翻页位置',
  limit: '每页条数',
  offset: '起始位置',
  measure: '条款',
  provision: '补贴项目',
  key: '条款',
  status: '状态',
  pay: '薪酬',
  requirements: '任职要求',
  // A posting's workplace, a fair's map point: a place either way.
  location: '地点',
  facts: '条件',
  clear: '要清除的条件',
  money: '只看有金额的条款',
  audience: '适用对象',
}

/** The Chinese label of the field at `path` (its last named segment), if the dictionary has one. */
const labelOf = (path: readonly PropertyKey[]) => {
  const name = [...path].reverse().find((p): p is string => typeof p === 'string')
  if (name === undefined) return undefined
  if (Object.hasOwn(FIELD_LABELS, name)) return FIELD_LABELS[name]
  return Object.hasOwn(FACTS, name) ? FACTS[name as FactName].label : undefined
}

/** A field's message as a person reads it: named in words when the message does not name it already. */
export function namedMessage(path: readonly PropertyKey[], message: string): string {
  const label = labelOf(path)
  return label && !message.includes(label) ? `「${label}」${message}` : message
}

/**
 * Parses input against a schema; on failure throws INVALID_INPUT whose message names
 * the first wrong field in Chinese and whose details list every issue.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issues = listedIssues(result.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })))
  throw invalidInput(namedMessage(result.error.issues[0].path, issues[0].message), { issues })
}

/** The input of an action that takes no parameters: any key is INVALID_INPUT. */
export const noParams = z.strictObject({})

/** Reusable field schemas with Chinese messages. */
export const fields = {
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '格式应为YYYY-MM-DD（如2026-12-05）')
    .refine(isCalendarDate, '须为真实存在的日期'),
  id: z.string().min(1, '不能为空').max(64, '过长'),
  count: z.number().int('须为整数').min(0, '不能为负数'),
  city: z.enum(CITIES, { error: '城市须为山西省的设区市之一（如太原市）' }),
}

/**
 * Chinese full-width punctuation (，；：！？（）…) is how Chinese is written, not a compatibility
 * variant: NFKC would turn it into ASCII, so it is kept as typed. Full-width letters and digits are not.
 */
const CHINESE_PUNCTUATION = /[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E\u2026]/
const OUTSIDE_CHINESE_PUNCTUATION = new RegExp(`[^${CHINESE_PUNCTUATION.source.slice(1, -1)}]+`, 'g')
/** Format characters (soft hyphen, zero-width joiners, bidi marks and overrides, BOM…): invisible, they only hide words. */
const FORMAT_CHARACTERS = /\p{Cf}/gu
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g
const CONTROL_CHARACTERS = /\p{Cc}/u
/** Half of a surrogate pair on its own: not a character (`isWellFormed` needs Node 20, the cloud runs 18). */
const LONE_SURROGATE = /\p{Cs}/u
const CONTROL_EXCEPT_NEWLINE = /(?!\n)\p{Cc}/u

/** Whether a free-text field keeps line breaks (a posting's duties) or is one line (a name). */
export type TextLines = 'single' | 'multi'

/**
 * What every free-text field stores: format characters removed, NFKC (Kangxi radical ⼥ → 女,
 * Ｈ → H, ① → 1) except Chinese punctuation, line breaks as `\n`, no spaces at either end.
 * Idempotent; control characters and lone surrogates are refused before it, not removed.
 */
export function normaliseText(text: string): string {
  return text
    .replace(FORMAT_CHARACTERS, '')
    .replace(OUTSIDE_CHINESE_PUNCTUATION, (run) => run.normalize('NFKC'))
    .replace(LINE_BREAKS, '\n')
    .trim()
}

/** Every free-text field of every action, with its Chinese name: one normalisation, one set of refusals. */
export const freeTextFields = z.registry<{ label: string; lines: TextLines }>()

/**
 * Free text of `min`–`max` characters (min 0: optional content, '' allowed), normalised by
 * `normaliseText`. A lone surrogate, or a control character (in a multi-line field, any but the
 * line break) is INVALID_INPUT naming the field.
 */
export function text(label: string, min: number, max: number, { lines = 'single' }: { lines?: TextLines } = {}) {
  const base = z
    .string({ error: `${label}须为文字` })
    .refine((s) => !LONE_SURROGATE.test(s), { message: `${label}含有残缺的字符（单独的代理项），请删除后重新填写`, abort: true })
    .overwrite(normaliseText)
    .refine((s) => !(lines === 'multi' ? CONTROL_EXCEPT_NEWLINE : CONTROL_CHARACTERS).test(s), {
      message: lines === 'multi' ? `${label}含有控制字符（如制表符），请删除后重新填写` : `${label}不能换行，也不能含有控制字符（如制表符）`,
      abort: true,
    })
  const ranged = min > 0 ? base.min(min, min === 1 ? `请填写${label}` : `${label}至少${min}个字`) : base
  return ranged.max(max, `${label}最多${max}个字`).register(freeTextFields, { label, lines })
}

/** A whole number in `[min, max]`. */
export const whole = (label: string, min: number, max: number, unit = '') =>
  z
    .number({ error: `${label}须为数字` })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于${min}${unit}`)
    .max(max, `${label}不能大于${max}${unit}`)

/** A mainland mobile number, or a landline with its area code. */
export const phone = () =>
  z.string({ error: '联系电话须为文字' }).trim().regex(/^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话须为11位手机号，或带区号的固定电话（如0351-1234567）')

