/**
 * Every free-text field of every action, found by walking each function's input schemas (a field
 * added with `text()` is covered without touching this test), gets the same treatment at the
 * boundary: format characters removed and NFKC before anything is stored or checked, control
 * characters and lone surrogates refused with INVALID_INPUT naming the field, and nothing written.
 * Any other string field must be one this test knows is not free text (ids, dates, codes…).
 */
import type { z } from 'zod'
import { freeTextFields, normaliseText, parseInput, type TextLines } from '../../cloudfunctions/_shared/validation'
import { FN_NAMES, FUNCTIONS, makeAbuseWorld, type AbuseWorld, type FnName } from './world'

jest.setTimeout(60_000)

/** String fields that hold ids, dates, codes, phone numbers or addresses on the web, not prose. */
const NOT_FREE_TEXT = new Set([
  'id', 'ids[]', 'jobId', 'jobIds[]', 'fairId', 'employerId', 'runId', 'targetId', 'actorOpenId', 'cursor', 'asOf', 'month', 'startAt', 'endAt',
  'hallMapUrl', 'creditCode', 'contactPhone', 'phone', 'code', 'provision', 'key', 'date', 'time',
])

interface SchemaDef {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  in?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
}
const defOf = (schema: z.ZodType) => schema.def as unknown as SchemaDef

interface FreeTextField {
  fn: FnName
  action: string
  path: string[]
  label: string
  lines: TextLines
}

/** The string fields of a schema: free text (with its label) or not, by path. */
function stringFields(schema: z.ZodType, path: string[] = []): { path: string[]; text?: { label: string; lines: TextLines } }[] {
  const text = freeTextFields.get(schema)
  if (text) return [{ path, text }]
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return [{ path }]
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => stringFields(field, [...path, key]))
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return stringFields(def.innerType as z.ZodType, path)
    case 'pipe':
      return stringFields(def.in as z.ZodType, path)
    case 'array':
      return stringFields(def.element as z.ZodType, [...path.slice(0, -1), `${path[path.length - 1]}[]`])
    case 'union':
      return (def.options ?? []).flatMap((option) => stringFields(option, path))
    default:
      return []
  }
}

const ACTIONS = FN_NAMES.flatMap((fn) => Object.entries(FUNCTIONS[fn].actions).map(([action, act]) => ({ fn, action, schema: act.input })))
const ALL_STRINGS = ACTIONS.flatMap(({ fn, action, schema }) => stringFields(schema).map((f) => ({ fn, action, ...f })))
const FREE_TEXT: FreeTextField[] = ALL_STRINGS.flatMap(({ fn, action, path, text }) => (text ? [{ fn, action, path, ...text }] : []))
const name = (f: { fn: string; action: string; path: string[] }) => `${f.fn}.${f.action} ${f.path.join('.')}`

let world: AbuseWorld
beforeAll(async () => {
  world = await makeAbuseWorld()
})
afterAll(() => world.db.close())

const valueAt = (root: unknown, path: readonly string[]) => path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root)

/** An object another action's valid payload holds at this path (jobs.create's `requirements` for jobs.update). */
const borrowed = (path: readonly string[]) =>
  Object.values(world.templates)
    .flatMap((actions) => Object.values(actions).flat())
    .map((t) => valueAt(t.payload, path))
    .find((v) => typeof v === 'object' && v !== null)

/** A valid call of the action (its parent objects borrowed if it leaves them out), with the field set to `value`. */
function callWith(field: FreeTextField, value: (original: string) => string) {
  const template = (world.templates[field.fn][field.action] ?? [])[0]
  if (!template) throw new Error(`${name(field)}: no valid call of ${field.fn}.${field.action} to try it in (test/abuse/world.ts templates)`)
  const payload = JSON.parse(JSON.stringify(template.payload)) as Record<string, unknown>
  let parent = payload
  field.path.slice(0, -1).forEach((key, i) => {
    if (typeof parent[key] !== 'object' || parent[key] === null) parent[key] = JSON.parse(JSON.stringify(borrowed(field.path.slice(0, i + 1)) ?? {})) as unknown
    parent = parent[key] as Record<string, unknown>
  })
  const last = field.path[field.path.length - 1]
  const original = typeof parent[last] === 'string' && (parent[last] as string).length >= 2 ? (parent[last] as string) : '测试内容'.repeat(3)
  parent[last] = value(original)
  return { as: template.as, payload, original }
}

const middle = (s: string, insert: string) => `${s.slice(0, 1)}${insert}${s.slice(1)}`

describe('free text at the boundary', () => {
  it('finds the free-text fields of every function, and knows every other string field', () => {
    expect(FREE_TEXT.map(name)).toEqual(
      expect.arrayContaining(['jobs.create title', 'jobs.create duties', 'jobs.create requirements.other', 'jobs.preview duties', 'admin.review reason', 'policy.list q', 'account.updateProfile intro']),
    )
    expect(new Set(FREE_TEXT.map((f) => f.fn))).toEqual(new Set(['policy', 'account', 'jobs', 'applications', 'admin']))
    const unknown = ALL_STRINGS.filter((f) => !f.text && !NOT_FREE_TEXT.has(f.path[f.path.length - 1])).map(name)
    expect(unknown).toEqual([])
  })

  it.each([
    ['a control character', '\u0007'],
    ['a tab', '\t'],
    ['a NUL', '\u0000'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s in every free-text field with INVALID_INPUT naming the field, writing nothing', async (_what, bad) => {
    const wrong: string[] = []
    for (const field of FREE_TEXT) {
      const { as, payload } = callWith(field, (original) => middle(original, bad))
      const writes = world.writes()
      const res = await world.call(field.fn, as, { action: field.action, ...payload })
      const refused = !res.ok && res.error.code === 'INVALID_INPUT' && res.error.message.includes(field.label) && !res.error.message.includes(field.path.join('.'))
      if (!refused || world.writes() !== writes) wrong.push(`${name(field)}: ${JSON.stringify(res).slice(0, 160)}`)
    }
    expect(wrong).toEqual([])
  })

  it('refuses a line break in a one-line field and keeps it in a multi-line one', () => {
    const wrong: string[] = []
    for (const field of FREE_TEXT) {
      const act = FUNCTIONS[field.fn].actions[field.action]
      const { payload, original } = callWith(field, (o) => `${o}\r\n${o}`)
      const parsed = (() => {
        try {
          return { data: parseInput(act.input, payload) as Record<string, unknown> }
        } catch (error) {
          return { error: (error as Error).message }
        }
      })()
      const stored = valueAt(parsed.data, field.path)
      const ok = field.lines === 'multi' ? stored === `${original}\n${original}` : parsed.error?.includes(`${field.label}不能换行`)
      if (!ok) wrong.push(`${name(field)} (${field.lines}): ${JSON.stringify(parsed).slice(0, 160)}`)
    }
    expect(wrong).toEqual([])
    expect(FREE_TEXT.filter((f) => f.lines === 'multi').map(name)).toEqual(expect.arrayContaining(['jobs.create duties', 'jobs.create benefits', 'admin.review reason']))
    expect(FREE_TEXT.filter((f) => f.lines === 'single').map(name)).toEqual(expect.arrayContaining(['jobs.create title', 'account.registerEmployer name']))
  })

  it('hands every action the text without format characters and in NFKC, whatever was sent', () => {
    const wrong: string[] = []
    for (const field of FREE_TEXT) {
      const act = FUNCTIONS[field.fn].actions[field.action]
      const invisible = (o: string) => `\ufeff ${middle(middle(o, '\u00ad\u200b\u200d'), '\u202e\u2066\u200e')}\u2069 `
      const { payload, original } = callWith(field, invisible)
      const data = parseInput(act.input, payload) as Record<string, unknown>
      const stored = valueAt(data, field.path)
      if (stored !== normaliseText(original)) wrong.push(`${name(field)}: ${JSON.stringify(stored)}`)
    }
    expect(wrong).toEqual([])
  })

  it('normalises to NFKC but keeps the punctuation Chinese is written with', () => {
    expect(normaliseText('限\u2f25性')).toBe('限女性')
    expect(normaliseText('ＨＩＶ携带者①号')).toBe('HIV携带者1号')
    expect(normaliseText('五险一金，双休；（包吃住）！')).toBe('五险一金，双休；（包吃住）！')
    expect(normaliseText('　两端的全角空格与\u00a0不换行空格\u3000')).toBe('两端的全角空格与 不换行空格')
    const once = normaliseText('Ｃ\u00adＮ\u200cＣ（数控）…\r\n下一行')
    expect(once).toBe('CNC（数控）…\n下一行')
    expect(normaliseText(once)).toBe(once)
  })
})
