/**
 * Every INVALID_INPUT message a person can read names the field in Chinese words, never by its code
 * identifier: a sweep over every field of every action's schema, given values of each wrong kind,
 * and over the facts the rules parse themselves. A new field without words fails here.
 */
import { z } from 'zod'
import account from '../account/index.ts'
import admin from '../admin/index.ts'
import applications from '../applications/index.ts'
import fairs from '../fairs/index.ts'
import jobs from '../jobs/index.ts'
import policy from '../policy/index.ts'
import { AppError } from './errors'
import { evaluateRequest, FACTS } from './rules'
import { policyService } from './services/policy'
import { namedMessage, parseInput } from './validation'

const FUNCTIONS = [account, admin, applications, fairs, jobs, policy]
const WRONG_VALUES: unknown[] = [{ wrong: true }, 'x', -1.5, 'x'.repeat(5000), [], '2026-13-45']
const NOW = new Date('2026-12-04T02:00:00Z')

/** Zod's wrappers around a field or an object, taken off to reach the object's own fields. */
function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> }
  if (def.type === 'object') return def.shape
  if (def.innerType) return objectShape(def.innerType)
  if (def.type === 'pipe' && def.in) return objectShape(def.in)
  return undefined
}

/** Every field path of a schema: `name`, `region`, `region.city`… */
function fieldPaths(schema: z.core.$ZodType, prefix: string[] = []): string[][] {
  const shape = objectShape(schema)
  if (!shape) return []
  return Object.entries(shape).flatMap(([key, field]) => [[...prefix, key], ...fieldPaths(field, [...prefix, key])])
}

const withValue = (path: string[], value: unknown): Record<string, unknown> =>
  path.length === 1 ? { [path[0]]: value } : { [path[0]]: withValue(path.slice(1), value) }

function refusal(run: () => unknown): AppError | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT') return error
    throw error
  }
  return undefined
}

/** What a person reads wrong with a message: an identifier in 「」, the field's identifier, or no name at all. */
function flaws(message: string, path: readonly string[]): string[] {
  const found: string[] = []
  // An unknown key is quoted back as the caller wrote it (未知的请求字段「x」): that is its only name.
  if (/(?<!未知的[^「]{0,6})「[A-Za-z]/.test(message)) found.push('names a field by its identifier in 「」')
  for (const segment of path) if (new RegExp(`(^|[^A-Za-z])${segment}([^A-Za-z]|$)`).test(message)) found.push(`shows the identifier ${segment}`)
  if (/^(为必填项|须为|不能|过长|日期格式|不是真实|无效|输入有误)/.test(message)) found.push('does not say which field')
  return found
}

const cases = FUNCTIONS.flatMap((fn) =>
  Object.entries(fn.actions).flatMap(([name, act]) => fieldPaths(act.input).map((path) => ({ where: `${fn.name}.${name} ${path.join('.')}`, schema: act.input, path }))),
)

describe('what a refused field says', () => {
  it('finds the fields of the actions', () => {
    expect(cases.length).toBeGreaterThan(100)
    expect(cases.map((c) => c.where)).toEqual(expect.arrayContaining(['admin.saveFair startAt', 'admin.saveFair region.city', 'admin.runMatching asOf']))
  })

  it.each(cases)('$where: in words', ({ schema, path }) => {
    const problems = new Set<string>()
    for (const value of WRONG_VALUES) {
      const error = refusal(() => parseInput(schema, withValue(path, value)))
      // The answer's message is its first issue's, named; each issue could be first.
      for (const issue of (error?.details?.issues ?? []) as { field: string; message: string }[]) {
        const at = issue.field === '' ? [] : issue.field.split('.')
        const message = namedMessage(at, issue.message)
        for (const f of flaws(message, at)) problems.add(`${issue.field} → ${message}: ${f}`)
      }
    }
    expect([...problems]).toEqual([])
  })

  const factPaths = [['asOf'], ['audience'], ['facts'], ...Object.keys(FACTS).map((fact) => ['facts', fact])]
  it.each(factPaths.map((path) => ({ where: path.join('.'), path })))('policy.evaluate and quiz $where: in words', ({ path }) => {
    const problems = new Set<string>()
    for (const value of WRONG_VALUES) {
      for (const run of [() => evaluateRequest(withValue(path, value), NOW), () => policyService.quiz(withValue(path, value), NOW)]) {
        const error = refusal(run)
        for (const message of error ? [error.message, ...((error.details?.issues ?? []) as { message: string }[]).map((i) => i.message)] : []) {
          for (const f of flaws(message, path)) problems.add(`${JSON.stringify(value).slice(0, 20)} → ${message}: ${f}`)
        }
      }
    }
    expect([...problems]).toEqual([])
  })

  it.each([{ screens: { nope: true } }, { focus: 27 }])('policy.quiz %j: in words', (input) => {
    const error = refusal(() => policyService.quiz(input, NOW))
    expect(error?.message).toBeDefined()
    expect(flaws(error?.message ?? '', Object.keys(input))).toEqual([])
  })
})
