/**
 * Hostile payloads for the abuse tests, as fast-check arbitraries: a valid call with some of its
 * fields replaced by wrong types, huge strings, deep nesting, prototype-pollution keys, NoSQL
 * operators, odd numbers and dates and unicode, or with extra keys; the same call with its ids
 * replaced by other users' ids; and wholly random JSON.
 *
 * The transport is JSON, so a payload is always sent as `JSON.parse(text)`. Values JSON cannot
 * carry as such are written into the text: `1e400` parses to Infinity, `-0` to minus zero, and the
 * big ones (a 1 MB string, 5,000 levels of nesting) are spliced in as text so that fast-check never
 * has to print them. In the generated value they are marker strings, see `MARKERS`.
 */
import fc from 'fast-check'

/** JSON text spliced in for each marker. */
const MARKER_TEXT: Record<string, string> = {
  infinity: '1e400',
  minusInfinity: '-1e400',
  minusZero: '-0',
  underflow: '1e-400',
  hugeInteger: '123456789012345678901234567890',
  hugeString: JSON.stringify('a'.repeat(1 << 20)),
  hugeCjk: JSON.stringify('招'.repeat(350_000)),
  hugeArray: JSON.stringify(Array.from({ length: 100_000 }, (_, i) => `id-${i}`)),
  deepArray: `${'['.repeat(5000)}${']'.repeat(5000)}`,
  deepObject: `${'{"a":'.repeat(1000)}null${'}'.repeat(1000)}`,
  manyKeys: JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))),
}

const marker = (name: string) => `\u0001HOSTILE:${name}\u0001`
export const MARKERS = Object.keys(MARKER_TEXT).map(marker)
const MARKER_IN_TEXT = /"\\u0001HOSTILE:(\w+)\\u0001"/g

/** The request as the transport delivers it: JSON text, and the value the function receives. */
export function toWire(value: unknown): { text: string; event: unknown } {
  const text = JSON.stringify(value).replace(MARKER_IN_TEXT, (_, name: string) => MARKER_TEXT[name])
  return { text, event: JSON.parse(text) }
}

/** `{ key: value }` with `key` an own property even when it is `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

const POLLUTION = ['{"__proto__":{"polluted":"yes","isAdmin":true,"role":"admin"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"prototype":{"polluted":"yes"}}', '{"__proto__":null}', '{"__proto__":[]}', '{"a":{"__proto__":{"polluted":"yes"}}}'].map((t) => JSON.parse(t) as unknown)

const OPERATORS: unknown[] = [
  { $ne: null },
  { $gt: '' },
  { $gte: 0 },
  { $lt: 1e308 },
  { $regex: '.*' },
  { $regex: '.*', $options: 'si' },
  { $in: [] },
  { $nin: [''] },
  { $exists: true },
  { $where: 'return true' },
  { $or: [{}, { a: 1 }] },
  { $expr: { $eq: [1, 1] } },
  { operator: 'neq', operands: [null] },
  { $regularExpression: { pattern: '.*', options: 'i' } },
]

/** Names every object has, through its prototype: as values they reach lookups like `table[input.key]`. */
const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__']

const STRINGS = [
  '',
  ' ',
  '\u3000\u3000',
  '\t\n\r',
  'x'.repeat(65),
  '字'.repeat(301),
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udc00尾',
  '\u202e反转',
  '\u200b',
  '\ufeff',
  'e\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦',
  '１３８００１３８０００',
  '١٣٨٠٠١٣٨٠٠٠',
  "' OR '1'='1",
  '"; DROP TABLE jobs; --',
  "$.a') OR 1=1 --",
  "') OR json_extract(doc, '$.status') IS NOT NULL --",
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  'true',
  '[object Object]',
  '.*',
  '(a+)+$',
  '^',
  '(',
  '\\',
  'a.b',
  '$ne',
  '$where',
  'published',
  'admin',
  'test-admin',
  '=cmd|" /C calc"!A0',
  '-1',
  '0x1F',
  '1e3',
  ' 13800000000 ',
]

/** Board cursors (base64url JSON [sort, value, id]) and audit-log cursors (at|id) with hostile parts. */
const CURSORS = [
  ...[
    ['newest', { $ne: null }, 'x'],
    ['pay', 1e308, 'x'],
    ['pay', -1, { $gt: '' }],
    ['newest', '9999-12-31T00:00:00.000Z', 'x'.repeat(64)],
    ['newest', '', ''],
    ['pay', 5000],
    { 0: 'pay', 1: 1, 2: 'x', length: 3 },
  ].map((c) => Buffer.from(JSON.stringify(c)).toString('base64url')),
  '2026-11-28T04:00:00.000Z|x',
  '0|0',
  '|',
  '2026-11-28T04:00:00.000Z|{"$ne":null}',
]

/** Real calendar dates far from today, and the policy's own boundaries. */
const VALID_DATES = ['0000-01-01', '0001-01-01', '1900-01-01', '1970-01-01', '2000-02-29', '2011-06-17', '2019-12-31', '2021-10-31', '2021-11-01', '2021-12-31', '2022-01-01', '2099-12-31', '9999-12-31']

/** Impossible or malformed dates, months and instants. */
const BAD_DATES = [
  '2021-02-30',
  '2021-02-29',
  '2020-02-30',
  '2021-04-31',
  '2021-13-01',
  '2021-00-10',
  '0000-00-00',
  '2021-2-3',
  '２０２１-０１-０１',
  '2021-01-01T00:00:00Z',
  '2026-02-30T09:00:00+08:00',
  '2026-12-05T24:00+08:00',
  '2026-12-05T09:00+15:00',
  '2026-12-05T09:00',
  '2026-12-05T09:00:00.123456+08:00',
  '1969-12-31T23:59:59Z',
  '2100-01-01T00:00:00Z',
  '2019-12-31T23:59:59+08:00',
  '2020-01-01T00:00:00+14:00',
  '+275760-09-13T00:00:00.000Z',
  '2026-12',
  '2026-13',
  '1999-12',
  '2099-12',
]

const NUMBERS = [0, -1, 1, 0.5, -0.5, 1e-7, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21, 1e308, -1e308, 26, 27, 90, 91, 999, 1000, 2000, 2001, 1_000_001, 10_000_000_000_001]

const WRONG_TYPES: unknown[] = [null, true, false, [], [null], [[]], {}, [1, 2, 3], [{}], ['a', 'a']]

/** Keys that have a meaning somewhere: to objects, to the database, to the router or to the functions. */
export const HOSTILE_KEYS = [...PROTO_NAMES, '$where', '$ne', 'a.b', '', ' ', 'userInfo', 'action', '_id', 'openId', 'ownerOpenId', 'seekerOpenId', 'role', 'isAdmin', 'status', 'state', 'verified', 'createdAt', 'id']

/** A string where a string belongs: each kind of trouble equally likely, however many of each there are. */
function hostileString(idPool: readonly string[], vocabulary: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...PROTO_NAMES),
    fc.constantFrom(...STRINGS),
    fc.constantFrom(...VALID_DATES),
    fc.constantFrom(...BAD_DATES),
    fc.constantFrom(...CURSORS),
    fc.constantFrom(...idPool),
    fc.constantFrom(...(vocabulary.length ? vocabulary : ['x'])),
    fc.constantFrom(...MARKERS.filter((m) => /huge(String|Cjk)/.test(m))),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  )
}

/** A number where a number belongs (and the numbers JSON text can hold that JSON.stringify never writes). */
const hostileNumber = (): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constantFrom(...NUMBERS), fc.constantFrom(...MARKERS.filter((m) => /infinity|Infinity|Zero|underflow|hugeInteger/.test(m))), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))

/** One value where a field's value belongs, of any type. */
export function hostileValue(idPool: readonly string[], vocabulary: readonly string[] = []): fc.Arbitrary<unknown> {
  const ids = fc.constantFrom(...idPool)
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...WRONG_TYPES, ...POLLUTION, ...OPERATORS) },
    { weight: 3, arbitrary: hostileString(idPool, vocabulary) },
    { weight: 2, arbitrary: hostileNumber() },
    { weight: 1, arbitrary: fc.constantFrom(...MARKERS) },
    { weight: 1, arbitrary: fc.array(ids, { minLength: 1, maxLength: 25 }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  )
}

/** A value of the same JSON type as `original` (a string for a string…), or of any type. */
function replacement(original: unknown, m: Mutation): unknown {
  if (!m.sameType) return m.value
  if (typeof original === 'string') return m.string
  if (typeof original === 'number') return m.number
  if (typeof original === 'boolean') return !original
  if (Array.isArray(original)) return [...m.strings]
  return m.value
}

const hostileKey = (extra: readonly string[]) => fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...(extra.length ? extra : ['x'])), fc.string({ maxLength: 12 }))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

/** Every path in a JSON value (the root is []), and whether each holds an object or array. */
function paths(value: unknown, at: Path = [], out: { path: Path; container: boolean }[] = []) {
  const container = typeof value === 'object' && value !== null
  out.push({ path: at, container })
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out))
  else if (container) for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out)
  return out
}

function parentAt(root: unknown, path: Path): Record<string | number, unknown> {
  let cur = root as Record<string | number, unknown>
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>
  return cur
}

interface Mutation {
  kind: 'replace' | 'delete' | 'add'
  at: number
  key: string
  /** Replace with a value of the same type (below) rather than `value`. */
  sameType: boolean
  value: unknown
  string: string
  number: unknown
  strings: string[]
}

/** Applies mutations to a copy of `base`; each picks its path by index, so shrinking stays meaningful. */
function mutate(base: Record<string, unknown>, mutations: Mutation[]): Record<string, unknown> {
  const root = JSON.parse(JSON.stringify(base)) as Record<string, unknown>
  for (const generated of mutations) {
    // A copy: generated values may be shared (constants, or reused while shrinking) and are never changed.
    const m = { ...generated, value: generated.value === undefined ? null : (JSON.parse(JSON.stringify(generated.value)) as unknown) }
    const all = paths(root)
    if (m.kind === 'add') {
      const containers = all.filter((p) => p.container)
      const { path } = containers[m.at % containers.length]
      const target = (path.length ? parentAt(root, path)[path[path.length - 1]] : root) as Record<string, unknown>
      if (Array.isArray(target)) target.push(m.value)
      else setOwn(target, m.key, m.value)
      continue
    }
    const leaves = all.filter((p) => p.path.length > 0)
    if (!leaves.length) {
      setOwn(root, m.key, m.value)
      continue
    }
    const { path } = leaves[m.at % leaves.length]
    const parent = parentAt(root, path)
    const last = path[path.length - 1]
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1)
      else delete parent[last]
    } else if (Array.isArray(parent)) parent[last as number] = replacement(parent[last as number], m)
    else setOwn(parent as Record<string, unknown>, String(last), replacement(parent[last], m))
  }
  return root
}

/**
 * A valid payload with one to three fields replaced (by a value of the same type half of the time),
 * removed or added. `vocabulary`: the strings of every valid payload (enum values, ids…), so that
 * valid values meet in combinations nobody wrote.
 */
export function mutated(base: Record<string, unknown>, idPool: readonly string[], vocabulary: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = paths(base).flatMap((p) => p.path.filter((k): k is string => typeof k === 'string'))
  const string = hostileString(idPool, vocabulary)
  const mutation = fc.record({
    kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'replace', 'delete', 'add'),
    at: fc.nat(),
    key: hostileKey(keys),
    sameType: fc.boolean(),
    value: hostileValue(idPool, vocabulary),
    string,
    number: hostileNumber(),
    strings: fc.array(string, { maxLength: 25 }),
  })
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutate(base, ms))
}

/** The paths of a payload that hold a known id. */
const idPathsIn = (base: Record<string, unknown>, kinds: IdKinds) =>
  paths(base).filter(({ path }) => {
    const v = path.reduce<unknown>((cur, p) => (cur as Record<string | number, unknown>)[p], base)
    return typeof v === 'string' && kinds.has(v)
  })

/** Each stored id and the ids of the same kind (the other documents of its collection). */
export type IdKinds = ReadonlyMap<string, readonly string[]>

/**
 * A valid payload whose ids are each kept, or replaced by another of the same kind (another
 * posting, someone else's application…), or by any id at all.
 */
export function withOthersIds(base: Record<string, unknown>, idPool: readonly string[], kinds: IdKinds): fc.Arbitrary<Record<string, unknown>> {
  const idPaths = idPathsIn(base, kinds)
  if (!idPaths.length) return fc.constant(base)
  const swaps = idPaths.map(({ path }) => {
    const original = path.reduce<unknown>((cur, p) => (cur as Record<string | number, unknown>)[p], base) as string
    return fc.oneof(fc.constant(null), fc.constantFrom(...(kinds.get(original) ?? [original])), fc.constantFrom(...idPool))
  })
  return fc.tuple(...swaps).map((ids) => {
    const root = JSON.parse(JSON.stringify(base)) as Record<string, unknown>
    idPaths.forEach(({ path }, i) => {
      if (ids[i] !== null) parentAt(root, path)[path[path.length - 1]] = ids[i]
    })
    return root
  })
}

/**
 * A valid payload with each of its ids in turn replaced by every other id of the same kind: every
 * posting, application, fair, firm… of the world, whoever it belongs to. Deterministic.
 */
export function idSweep(base: Record<string, unknown>, kinds: IdKinds): { label: string; payload: Record<string, unknown> }[] {
  const out: { label: string; payload: Record<string, unknown> }[] = [{ label: 'as written', payload: base }]
  for (const { path } of idPathsIn(base, kinds)) {
    const original = path.reduce<unknown>((cur, p) => (cur as Record<string | number, unknown>)[p], base) as string
    for (const id of kinds.get(original) ?? []) {
      if (id === original) continue
      const payload = JSON.parse(JSON.stringify(base)) as Record<string, unknown>
      parentAt(payload, path)[path[path.length - 1]] = id
      out.push({ label: `${path.join('.')} = ${id}`, payload })
    }
  }
  return out
}

/** An object of random keys (the action's own among them) and random JSON values. */
export function randomObject(keys: readonly string[], idPool: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const entry = fc.tuple(fc.oneof(fc.constantFrom(...(keys.length ? keys : ['id'])), hostileKey(keys)), fc.oneof(hostileValue(idPool), fc.jsonValue({ maxDepth: 4 })))
  return fc.array(entry, { maxLength: 6 }).map((entries) => {
    const out: Record<string, unknown> = {}
    for (const [k, v] of entries) setOwn(out, k, v)
    return out
  })
}

/** The strings of JSON values, for `mutated`'s vocabulary. */
export const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsIn) : []

/** Everything one action is sent: derived from its valid payloads, or random. */
export function payloadFor(templates: readonly Record<string, unknown>[], idPool: readonly string[], kinds: IdKinds, vocabulary: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const bases = templates.length ? templates : [{}]
  const keys = [...new Set(bases.flatMap((b) => Object.keys(b)))]
  const perBase = bases.map((b) =>
    fc.oneof(
      { weight: 6, arbitrary: mutated(b, idPool, vocabulary) },
      { weight: 3, arbitrary: withOthersIds(b, idPool, kinds) },
      { weight: 2, arbitrary: randomObject(keys, idPool) },
      { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }) as fc.Arbitrary<Record<string, Json>> },
    ),
  )
  return fc.oneof(...perBase)
}

/** Whole events for the router: anything JSON, and objects whose `action` is hostile. */
export function hostileEvent(actionNames: readonly string[], idPool: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom<unknown>(null, [], 'evaluate', 42, [{ action: actionNames[0] }]),
    fc.record({ action: fc.oneof(hostileValue(idPool), fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom(...actionNames.map((a) => a.toUpperCase()), ...actionNames.map((a) => ` ${a}`))) }),
    randomObject(['action'], idPool).map((o) => JSON.parse(JSON.stringify(o)) as unknown),
  )
}

/** What every field is swept with, whatever its type. */
const SWEEP_ANY: unknown[] = [
  null,
  true,
  [],
  {},
  ['a', 'a'],
  { $ne: null },
  { $gt: '' },
  { $regex: '.*' },
  ...POLLUTION.slice(0, 3),
  ...['infinity', 'minusZero', 'hugeString', 'deepArray', 'hugeArray'].map(marker),
  -1,
  0.5,
  1e308,
  2 ** 53 + 2,
]
const SWEEP_STRINGS = [
  ...PROTO_NAMES.slice(0, 6),
  ...['0000-01-01', '1970-01-01', '2011-06-17', '2021-10-31', '2000-02-29', '9999-12-31'],
  ...['2021-02-30', '2026-12-05T24:00+08:00', '2026-13'],
  ...['', ' ', '\ud800', "' OR '1'='1", '(a+)+$', '字'.repeat(301)],
  ...CURSORS.slice(0, 2),
]
const SWEEP_NUMBERS = [...NUMBERS, ...['minusInfinity', 'underflow', 'hugeInteger'].map(marker)]

/**
 * Every field of a valid payload in turn, replaced by each hostile value of its kind (strings by
 * prototype names, dates far away…; an id by every id in the pool), or removed; and the payload
 * with prototype-pollution keys added. Deterministic: the same list every run.
 */
export function sweep(base: Record<string, unknown>, idPool: readonly string[]): { label: string; payload: Record<string, unknown> }[] {
  const pool = new Set(idPool)
  const out: { label: string; payload: Record<string, unknown> }[] = []
  const copy = () => JSON.parse(JSON.stringify(base)) as Record<string, unknown>
  for (const { path } of paths(base).filter((p) => p.path.length > 0)) {
    const original = path.reduce<unknown>((cur, p) => (cur as Record<string | number, unknown>)[p], base)
    const values = [
      ...SWEEP_ANY,
      ...(typeof original === 'string' ? SWEEP_STRINGS : []),
      ...(typeof original === 'string' && pool.has(original) ? idPool : []),
      ...(typeof original === 'number' ? SWEEP_NUMBERS : []),
      ...(typeof original === 'boolean' ? [!original] : []),
    ]
    const name = path.join('.')
    for (const value of values) {
      const payload = copy()
      const parent = parentAt(payload, path)
      const last = path[path.length - 1]
      if (Array.isArray(parent)) parent[last as number] = JSON.parse(JSON.stringify(value)) as unknown
      else setOwn(parent as Record<string, unknown>, String(last), JSON.parse(JSON.stringify(value)) as unknown)
      out.push({ label: `${name} = ${JSON.stringify(value).slice(0, 60)}`, payload })
    }
    const payload = copy()
    const parent = parentAt(payload, path)
    if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1)
    else delete parent[path[path.length - 1]]
    out.push({ label: `without ${name}`, payload })
  }
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const payload = copy()
    setOwn(payload, key, { polluted: 'yes' })
    out.push({ label: `with own key ${key}`, payload })
  }
  return out
}
