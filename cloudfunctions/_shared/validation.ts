import { z } from 'zod'
import { invalidInput } from './errors'
import { isCalendarDate } from './rules/facts'

z.config(z.locales.zhCN())

/** A field's path as the caller wrote it, e.g. `facts.newHires`. */
const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join('.')

/**
 * Parses input against a schema; on failure throws INVALID_INPUT whose message names
 * the first wrong field in Chinese and whose details list every issue.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issues = result.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message }))
  const first = issues[0]
  const message = first.field ? `「${first.field}」${first.message}` : first.message
  throw invalidInput(message, { issues })
}

/** Reusable field schemas with Chinese messages. */
export const fields = {
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
    .refine(isCalendarDate, '不是真实存在的日期'),
  id: z.string().min(1, '不能为空').max(64, '过长'),
  count: z.number().int('须为整数').min(0, '不能为负数'),
}
