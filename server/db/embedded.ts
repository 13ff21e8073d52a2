/**
 * The local database: the `Database` subset of CloudBase implemented on SQLite (better-sqlite3),
 * persistent and crash-safe, so local runs and tests exercise the same data-access code as production.
 * Node-only (native module) and local-only: the functions never import it; they meet it only through
 * the `Database` interface (cloudfunctions/_shared/db/types.ts) the host hands them.
 *
 * Storage: one table per collection, `(_id TEXT PRIMARY KEY, doc BLOB)`, the document minus `_id`
 * as JSONB. Queries compile to SQL over `json_extract(doc, '$.path')`; values are always bound
 * parameters, field paths are validated and inlined (index expressions cannot use parameters, and
 * the planner only uses an index when the expression matches it literally).
 *
 * With a CloudBase profile (./cloudbase-profile.ts) it refuses what CloudBase refuses; without one
 * it forgives: any key, ties broken on `_id`, no time.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { setImmediate } from 'node:timers'
import BetterSqlite3 from 'better-sqlite3'
import {
  DEFAULT_QUERY_LIMIT,
  FIELD_NAME,
  MAX_INDEX_FIELDS,
  MAX_INDEXES_PER_COLLECTION,
  MAX_QUERY_LIMIT,
  TRANSACTION_CONFLICT,
  TRANSACTION_CONFLICT_RETRIES,
  TRANSACTION_FAILED,
} from '../../cloudfunctions/_shared/db/cloudbase-limits'
import { DbError, DUPLICATE_WRITE, invalidParam, isWriteConflict } from '../../cloudfunctions/_shared/db/errors'
import type {
  Collection,
  Command,
  Condition,
  Database,
  DocData,
  DocumentRef,
  NewDoc,
  OrderDirection,
  Projection,
  Query,
  RegExpCondition,
  Transaction,
  TransactionCollection,
  TransactionDocumentRef,
  UpdateData,
  WithId,
} from '../../cloudfunctions/_shared/db/types'
import { randomHex } from '../../cloudfunctions/_shared/random-hex'
import type { CollectionSchema, IndexSpec } from '../../cloudfunctions/_shared/repositories/schema'
import { beginRequest, seedNumber, tieRank, type CloudBaseProfile } from './cloudbase-profile'

export type EmbeddedDatabase = Database & {
  /** The CloudBase profile it enforces, or null. */
  readonly profile: CloudBaseProfile | null
  /**
   * Opened read-only: the same database for one caller, whose writes are refused with `refuse`
   * rather than the database's own refusal, so that a host running several calls at once knows
   * which one wrote (server/cluster.ts) without tracking async context.
   */
  refusingWith(refuse: () => Error): EmbeddedDatabase
  close(): void
  /** SQLite's own check of the file (`PRAGMA integrity_check`): 'ok' or what is broken. */
  integrityCheck(): string
}

/** CloudBase's code for a collection that was never created. */
export const COLLECTION_NOT_EXIST = 'DATABASE_COLLECTION_NOT_EXIST'

const FIELD = /^[A-Za-z_][A-Za-z0-9_.]*$/
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/
const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/
/** Paths that ever held an array, per collection: only those pay for array-contains matching. */
const ARRAY_PATHS = '_array_paths'
/** The multikey indexes' side tables (see MultikeyIndex): which collection and index each one is. */
const MULTIKEY_INDEXES = '_multikey_indexes'
/**
 * Entries of each value an `all()` needs that a query reads, in the order its walk would, to choose
 * the value its walk starts from (the sparsest where a page is read): a bound on what choosing
 * costs whatever the size of the collection, like MongoDB's trial of candidate plans. Some pages' worth.
 */
const RARITY_SAMPLE = 64
/**
 * Writes between two checks of the query planner's statistics (`PRAGMA optimize`, which re-analyzes
 * a table never analyzed or grown or shrunk 25-fold since), made before the next query outside a
 * transaction: writes in several transactions in a row are analyzed together. Without statistics
 * SQLite guesses that every equality selects ten rows and prefers an index on (status, validUntil)
 * for a range over one that serves the ORDER BY, and sorts a whole board to show twenty postings.
 */
const OPTIMIZE_EVERY = 1000
/** Prepared statements kept (Engine.stmt): the least recently used goes first. */
const STATEMENT_CACHE_SIZE = 4000

// ---------- values and paths ----------

type Doc = Record<string, unknown>

const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v))

/** Splits and validates a dotted field path (also guards JS objects against `__proto__`). */
function segments(field: string): string[] {
  const parts = typeof field === 'string' && FIELD.test(field) ? field.split('.') : []
  if (!parts.length || !parts.every((p) => SEGMENT.test(p) && p !== '__proto__')) {
    throw invalidParam(`invalid field name: ${String(field)}`)
  }
  if (parts[0] === '_id' && parts.length > 1) throw invalidParam(`invalid field name: ${field}`)
  return parts
}

/** SQL expressions for a field's value and JSON type (`_id` lives in its own column). */
function sqlField(field: string): { value: string; type: string } {
  segments(field)
  if (field === '_id') return { value: '_id', type: "'text'" }
  return { value: `json_extract(doc, '$.${field}')`, type: `json_type(doc, '$.${field}')` }
}

/** Documents hold JSON values only; dates are ISO strings or epoch ms so they compare in SQL. */
function checkValue(v: unknown, at: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw invalidParam(`${at}: numbers must be finite`)
    return
  }
  if (v instanceof Date) throw invalidParam(`${at}: store dates as ISO strings or epoch milliseconds, not Date objects`)
  if (Array.isArray(v)) return v.forEach((x, i) => checkValue(x, `${at}[${i}]`))
  if (isPlainObject(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue
      if (k.startsWith('$') || k.includes('.') || k === '__proto__') throw invalidParam(`${at}: invalid key "${k}"`)
      checkValue(x, `${at}.${k}`)
    }
    return
  }
  throw invalidParam(`${at}: unsupported value ${Object.prototype.toString.call(v)}`)
}

/**
 * CloudBase's rule for field names (cloudbase-limits.ts FIELD_NAME), on every key a document would
 * store: nested objects and objects in arrays too; `_id` is the database's own.
 */
function checkFieldNames(v: unknown, at: string): void {
  if (Array.isArray(v)) return v.forEach((x, i) => checkFieldNames(x, `${at}[${i}]`))
  if (!isPlainObject(v)) return
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue
    if (!(k === '_id' && at === 'document')) checkFieldName(k, at)
    checkFieldNames(x, `${at}.${k}`)
  }
}

function checkFieldName(name: string, at: string): void {
  if (!FIELD_NAME.test(name)) throw invalidParam(`${at}: CloudBase refuses the field name "${name}" (letters, digits and _, at most 32, not starting with _)`)
}

/** Nested plain objects become dotted paths, undefined is dropped: what the SDK does to where and update. */
function flatten(obj: Doc, prefix = '', out: [string, unknown][] = []): [string, unknown][] {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue
    if (isPlainObject(v)) flatten(v, `${prefix}${k}.`, out)
    else out.push([prefix + k, v])
  }
  return out
}

function getPath(doc: Doc, path: string[]): unknown {
  let cur: unknown = doc
  for (const p of path) cur = isPlainObject(cur) ? cur[p] : undefined
  return cur
}

/** Parent object of `path`, created on the way when `create`; throws when a scalar is in the way. */
function parentOf(doc: Doc, path: string[], create: boolean): Doc | undefined {
  let cur = doc
  for (const p of path.slice(0, -1)) {
    const next = cur[p]
    if (next === undefined && create) cur = cur[p] = {}
    else if (isPlainObject(next)) cur = next
    else if (next === undefined) return undefined
    else throw invalidParam(`cannot address ${path.join('.')}: ${p} is not an object`)
  }
  return cur
}

function arrayPathsOf(doc: Doc, prefix = '', out: string[] = []): string[] {
  for (const [k, v] of Object.entries(doc)) {
    if (Array.isArray(v)) out.push(prefix + k)
    else if (isPlainObject(v)) arrayPathsOf(v, `${prefix}${k}.`, out)
  }
  return out
}

// ---------- commands ----------

/** Our counterpart of the SDK's command classes; `kind` says where it may be used. */
class Op {
  constructor(
    readonly kind: 'query' | 'logic' | 'update',
    readonly operator: string,
    readonly operands: unknown[],
  ) {}
}

class Pattern implements RegExpCondition {
  readonly $regularExpression: { pattern: string; options: string }
  constructor(pattern: string, options: string) {
    this.$regularExpression = { pattern, options }
  }
}

const compare = (operator: string) => (value: unknown) => new Op('query', operator, [value])
const list = (operator: string) => (values: unknown[]) => {
  if (!Array.isArray(values)) throw invalidParam(`${operator}() needs an array`)
  return new Op('query', operator, values)
}
// The SDK accepts and(a, b) as well as and([a, b]).
const logic = (operator: string) => (...conditions: unknown[]) =>
  new Op('logic', operator, conditions.length === 1 && Array.isArray(conditions[0]) ? conditions[0] : conditions)

const command: Command = Object.freeze({
  eq: compare('eq'),
  neq: compare('neq'),
  gt: compare('gt'),
  gte: compare('gte'),
  lt: compare('lt'),
  lte: compare('lte'),
  in: list('in'),
  nin: list('nin'),
  all: list('all'),
  exists: (present: boolean) => new Op('query', 'exists', [Boolean(present)]),
  and: logic('and'),
  or: logic('or'),
  inc: (by: number) => {
    if (typeof by !== 'number' || !Number.isFinite(by)) throw invalidParam('inc() needs a finite number')
    return new Op('update', 'inc', [by])
  },
  remove: () => new Op('update', 'remove', []),
})

function makePattern({ regexp, options = '' }: { regexp: string; options?: string }): Pattern {
  if (typeof regexp !== 'string' || !regexp) throw invalidParam('RegExp needs a non-empty regexp string')
  // Flags both JS and CloudBase (PCRE) understand the same way.
  if (!/^[ims]*$/.test(options)) throw invalidParam(`unsupported RegExp options: ${options}`)
  try {
    new RegExp(regexp, options)
  } catch {
    throw invalidParam(`invalid RegExp: ${regexp}`)
  }
  return new Pattern(regexp, options)
}

// ---------- where → SQL ----------

type Node = { kind: 'and' | 'or'; nodes: Node[] } | { kind: 'field'; field: string; test: unknown }

/** Validates a where() condition eagerly (as the SDK does) into a tree compiled at run time. */
function toNode(cond: unknown): Node {
  if (cond instanceof Op) {
    if (cond.kind !== 'logic') throw invalidParam('field operators go inside an object: where({ field: op })')
    return { kind: cond.operator as 'and' | 'or', nodes: cond.operands.map(toNode) }
  }
  if (!isPlainObject(cond)) throw invalidParam('where() needs an object')
  const fields = flatten(cond)
  if (Object.keys(cond).length && !fields.length) throw invalidParam('where() values cannot all be undefined')
  for (const [field] of fields) segments(field)
  return { kind: 'and', nodes: fields.map(([field, test]) => ({ kind: 'field', field, test })) }
}

type Pred = (value: string, type: string) => string

class WhereCompiler {
  readonly params: unknown[] = []
  constructor(private readonly arrayPaths: Set<string>) {}

  private bind(v: unknown): string {
    this.params.push(v)
    return '?'
  }

  node(n: Node): string {
    if (n.kind === 'field') return this.field(n.field, n.test)
    if (!n.nodes.length) return n.kind === 'and' ? '1' : '0'
    return `(${n.nodes.map((x) => this.node(x)).join(n.kind === 'and' ? ' AND ' : ' OR ')})`
  }

  private field(field: string, test: unknown): string {
    if (!(test instanceof Op)) return this.op(field, 'eq', [test])
    if (test.kind === 'update') throw invalidParam(`update operator ${test.operator} used in where`)
    if (test.kind === 'query') return this.op(field, test.operator, test.operands)
    const parts = test.operands.map((t) => {
      if (!(t instanceof Op || t instanceof Pattern)) throw invalidParam(`${test.operator}() on ${field} needs operators`)
      return this.field(field, t)
    })
    if (!parts.length) return test.operator === 'and' ? '1' : '0'
    return `(${parts.join(test.operator === 'and' ? ' AND ' : ' OR ')})`
  }

  /**
   * CloudBase/Mongo semantics: a condition on an array field matches when any element matches.
   * The scalar form stays first and plain so an index on the field can serve it.
   */
  private anyElement(field: string, pred: Pred): string {
    const f = sqlField(field)
    const scalar = pred(f.value, f.type)
    if (!this.arrayPaths.has(field)) return scalar
    const elements = `SELECT 1 FROM json_each(doc, '$.${field}') AS e WHERE ${f.type} IS 'array' AND ${pred('e.value', 'e.type')}`
    return `(${scalar} OR EXISTS (${elements}))`
  }

  private op(field: string, operator: string, operands: unknown[]): string {
    const [operand] = operands
    switch (operator) {
      case 'eq':
        return this.anyElement(field, (v, t) => this.equals(v, t, operand))
      case 'neq':
        return `NOT ${this.anyElement(field, (v, t) => this.equals(v, t, operand))}`
      case 'in':
        return this.anyElement(field, (v, t) => this.oneOf(v, t, operands))
      case 'nin':
        return `NOT ${this.anyElement(field, (v, t) => this.oneOf(v, t, operands))}`
      case 'all':
        // Every value is an element (or, on a field that is no array, the value itself); all([]) matches nothing, as in Mongo.
        if (!operands.length) return '0'
        return `(${operands.map((value) => this.anyElement(field, (v, t) => this.equals(v, t, value))).join(' AND ')})`
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte': {
        const sign = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[operator]
        if (typeof operand !== 'string' && !(typeof operand === 'number' && Number.isFinite(operand))) {
          throw invalidParam(`${operator}() on ${field} needs a string or number`)
        }
        // Mongo compares only within a type: gt(5) never matches a string.
        return this.anyElement(field, (v, t) => `(${v} ${sign} ${this.bind(operand)} AND ${ofType(v, t, operand)})`)
      }
      case 'exists': {
        const { type } = sqlField(field)
        return operand ? `${type} IS NOT NULL` : `${type} IS NULL`
      }
      default:
        throw invalidParam(`unsupported operator ${operator}`)
    }
  }

  /** Never NULL (IS, not =), so NOT(...) is safe and missing fields behave as in Mongo. */
  private equals(v: string, t: string, value: unknown): string {
    if (value instanceof Pattern || value instanceof RegExp) {
      const [source, flags] =
        value instanceof Pattern ? [value.$regularExpression.pattern, value.$regularExpression.options] : [value.source, value.flags]
      if (!/^[ims]*$/.test(flags)) throw invalidParam(`unsupported RegExp options: ${flags}`)
      return `(${t} IS 'text' AND regexp(${this.bind(source)}, ${this.bind(flags)}, ${v}))`
    }
    if (value === null) return `${v} IS NULL` // null matches null and missing, as in Mongo
    checkValue(value, 'where value')
    if (typeof value === 'boolean') return `(${v} IS ${value ? 1 : 0} AND ${t} IS '${value}')`
    if (typeof value === 'object') {
      // Whole array/object equality: SQLite renders JSON minified, like JSON.stringify.
      return `(${v} IS ${this.bind(JSON.stringify(value))} AND ${t} IS '${Array.isArray(value) ? 'array' : 'object'}')`
    }
    return `(${v} IS ${this.bind(value)}${typeCheck(v, t, [value as string | number])})`
  }

  private oneOf(v: string, t: string, values: unknown[]): string {
    // Strings and numbers go in one IN (...) per type; parts are built in bind order.
    const parts: string[] = []
    for (const kind of ['string', 'number']) {
      const group = values.filter((x) => typeof x === kind)
      if (!group.length) continue
      group.forEach((x) => checkValue(x, 'in() value'))
      // IS NOT NULL: a missing field gives NULL IN (…), which would be NULL, and NOT(NULL) too.
      parts.push(`(${v} IN (${group.map((x) => this.bind(x)).join(', ')}) AND ${v} IS NOT NULL${typeCheck(v, t, group as (string | number)[])})`)
    }
    for (const x of values) if (typeof x !== 'string' && typeof x !== 'number') parts.push(this.equals(v, t, x))
    return parts.length ? `(${parts.join(' OR ')})` : '0'
  }
}

/**
 * What tells a value json_extract gives from one of another JSON type, without json_type where the
 * value itself settles it. json_extract gives a string as its text, a number as a number, true and
 * false as 1 and 0, and an array or object as its JSON text, which starts with [ or {. So only 0
 * and 1 need json_type to be numbers, and only text from [ on to be strings. json_type reads the
 * document; the value may come from an index column, so a filter on a field an index holds is
 * checked on the index alone for all other values (sqlite.org/expridx.html).
 */
const isNumber = (v: string, t: string) => `(${v} NOT IN (0, 1) OR ${t} IN ('integer', 'real'))`
const isString = (v: string, t: string) => `(${v} < '[' OR ${t} IS 'text')`

/** A range matches values of the operand's type only: SQLite orders numbers before all text. */
const ofType = (v: string, t: string, operand: string | number) =>
  typeof operand === 'number' ? `typeof(${v}) IN ('integer', 'real') AND ${isNumber(v, t)}` : `typeof(${v}) = 'text' AND ${isString(v, t)}`

/**
 * The type check an equality (IS, IN: never NULL, so safe under NOT) to `values` of one type
 * needs, as ` AND …`, or nothing: text equal to a string not starting with [ or { can only be that
 * string, and a number other than 0 and 1 only that number.
 */
function typeCheck(v: string, t: string, values: readonly (string | number)[]): string {
  if (typeof values[0] === 'number') return values.some((x) => x === 0 || x === 1) ? ` AND ${isNumber(v, t)}` : ''
  return values.some((x) => /^[[{]/.test(x as string)) ? ` AND ${t} IS 'text'` : ''
}

// ---------- update ----------

type Step = { path: string[]; op: 'set' | 'inc' | 'remove'; value?: unknown }

function toSteps(data: UpdateData): Step[] {
  if (!isPlainObject(data)) throw invalidParam('update() needs an object')
  if ('_id' in data) throw invalidParam('_id cannot be updated')
  const steps = flatten(data).map(([field, value]): Step => {
    const path = segments(field)
    if (path[0] === '_id') throw invalidParam('_id cannot be updated')
    if (value instanceof Op) {
      if (value.kind !== 'update') throw invalidParam(`query operator ${value.operator} used in update`)
      return { path, op: value.operator as 'inc' | 'remove', value: value.operands[0] }
    }
    checkValue(value, field)
    return { path, op: 'set', value }
  })
  if (!steps.length) throw invalidParam('update() needs at least one field')
  const fields = steps.map((s) => s.path.join('.'))
  for (const a of fields) {
    if (fields.some((b) => b.startsWith(`${a}.`))) throw invalidParam(`update paths conflict: ${a}`)
  }
  return steps
}

function applySteps(doc: Doc, steps: Step[]): Doc {
  for (const { path, op, value } of steps) {
    const key = path[path.length - 1]
    const parent = parentOf(doc, path, op !== 'remove')
    if (!parent) continue
    if (op === 'remove') delete parent[key]
    else if (op === 'set') parent[key] = value
    else {
      const cur = parent[key] ?? 0
      if (typeof cur !== 'number') throw invalidParam(`cannot inc non-numeric field ${path.join('.')}`)
      parent[key] = cur + (value as number)
    }
  }
  return doc
}

// ---------- projection ----------

/** A `field()` projection, its paths split once (a page applies it to every row). */
interface Projector {
  /** Fields kept (include mode), or null to keep all but `exclude`. */
  include: string[][] | null
  exclude: string[][]
  dropId: boolean
}

function projector(projection: Projection): Projector {
  if (!isPlainObject(projection)) throw invalidParam('field() needs an object')
  for (const [k, v] of Object.entries(projection)) {
    segments(k)
    if (![true, false, 0, 1].includes(v as never)) throw invalidParam(`field(): ${k} must be true/false/1/0`)
  }
  const entries = Object.entries(projection).filter(([k]) => k !== '_id')
  const modes = new Set(entries.map(([, v]) => Boolean(v)))
  if (modes.size > 1) throw invalidParam('field() cannot mix included and excluded fields')
  const include = entries.filter(([, v]) => v).map(([k]) => segments(k))
  const exclude = entries.filter(([, v]) => !v).map(([k]) => segments(k))
  return {
    // As in Mongo, { _id: true } alone returns only _id.
    include: include.length || (!exclude.length && projection._id) ? include : null,
    exclude,
    dropId: projection._id === false || projection._id === 0,
  }
}

function project(doc: Doc, { include, exclude, dropId }: Projector): Doc {
  let out: Doc = { _id: doc._id }
  if (include) {
    for (const path of include) {
      const v = getPath(doc, path)
      if (v !== undefined) parentOf(out, path, true)![path[path.length - 1]] = v
    }
  } else {
    out = doc
    for (const path of exclude) delete parentOf(doc, path, false)?.[path[path.length - 1]]
  }
  if (dropId) delete out._id
  return out
}

const startsWith = (path: string[], prefix: string[]) => prefix.length <= path.length && prefix.every((s, i) => s === path[i])

/**
 * A row's document as JSON text for a query, less what its projection drops and would cost most
 * to parse: the fields it excludes or, when it lists the fields to keep, every array it does not
 * keep (a posting's search terms are half the parsing of a page of the board). `project` still
 * shapes each row; this only spares parsing what it would drop.
 */
function documentSql(column: string, projection: Projector | undefined, arrayPaths: Set<string>): string {
  if (!projection) return `json(${column})`
  const { include, exclude } = projection
  const dropped = include ? [...arrayPaths].map((p) => p.split('.')).filter((p) => !include.some((kept) => startsWith(kept, p) || startsWith(p, kept))) : exclude
  // A stored key a field name could not be (e.g. 'odd-key') is not written into SQL: `project` drops it.
  const paths = dropped.filter((p) => p.every((s) => SEGMENT.test(s)))
  return paths.length ? `json_remove(${column}, ${paths.map((p) => `'$.${p.join('.')}'`).join(', ')})` : `json(${column})`
}

/**
 * A collection's table. Documents are stored as JSONB (sqlite.org/jsonb.html): a filter that no
 * index answers reads its fields from each row, and JSONB is read without parsing the document
 * (about half the time of text for a page that checks two fields on every row walked). Documents
 * go in as JSON text and come out as JSON text, converted in SQL.
 */
const tableSql = (collection: string) => `CREATE TABLE IF NOT EXISTS "${collection}" (_id TEXT PRIMARY KEY, doc BLOB NOT NULL CHECK (json_valid(doc, 8)))`

/** How a table looked when documents were stored as JSON text: such a table is rebuilt on open (Engine.storeAsJsonb). */
const TEXT_TABLE = /\(_id TEXT PRIMARY KEY, doc TEXT NOT NULL CHECK \(json_valid\(doc\)\)\)$/

/** A stored row as a document, `_id` first: one parse, no copy. */
const readRow = (id: string, text: string): Doc => (text === '{}' ? { _id: id } : JSON.parse(`{"_id":${JSON.stringify(id)},${text.slice(1)}`))

// ---------- multikey indexes ----------

/**
 * A multikey index (IndexSpec.arrayField), built as CloudBase (MongoDB) builds one: an entry per
 * element of its array field. SQLite indexes one value per row, so the entries live in a side table
 * `<collection>__<index>` whose primary key is the index — k0…kn in the index's order, then the
 * document's id — kept in step with every write of the collection. A query that fixes the fields
 * up to the array field by equality (on the array field: a value it holds) and orders by the rest,
 * then `_id`, walks that key in order and reads each document by its id: no scan, no sort.
 */
interface MultikeyIndex {
  table: string
  fields: readonly { field: string; direction: OrderDirection }[]
  /** Where the array field is in `fields`. */
  arrayAt: number
  /** A document's entries: @doc its JSON, @id its id. */
  entries: BetterSqlite3.Statement
  insert: BetterSqlite3.Statement
  remove: BetterSqlite3.Statement
  /**
   * The first entries holding one value of the array field (after the fields before it), up to a
   * limit, in the index's order (`reversed`: the opposite): how many, and the first and last value
   * of the field after the array field (its id when none follows).
   */
  sample: { forward: BetterSqlite3.Statement; reversed: BetterSqlite3.Statement }
}

/** The stored definition of a multikey index (MULTIKEY_INDEXES). */
interface MultikeyDefinition {
  collection: string
  fields: { field: string; direction: OrderDirection }[]
  arrayField: string
}

/**
 * A missing (or null) value's key: −∞ sorts where SQLite sorts NULL (before every value) and, unlike
 * NULL, may be part of a WITHOUT ROWID key. JSON holds no infinity, so no stored value is −∞.
 */
const MISSING = '-1e999'

/** SQLite's order of two keys of a side table: numbers (MISSING among them) before strings. */
function compareKeys(a: unknown, b: unknown): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1
  return (a as string | number) < (b as string | number) ? -1 : (a as string | number) > (b as string | number) ? 1 : 0
}

/** An entry's key as SQL: the document's fields (`doc`, its JSON), the array field's element as `e`. */
function entryKeys(def: MultikeyDefinition, doc: string): string[] {
  return def.fields.map(({ field }) => (field === def.arrayField ? `coalesce(e.value, ${MISSING})` : `coalesce(json_extract(${doc}, '$.${field}'), ${MISSING})`))
}

const sideColumns = (def: MultikeyDefinition) => def.fields.map((_, i) => `k${i}`)

function sideTableSql(table: string, def: MultikeyDefinition): string {
  const last = def.fields[def.fields.length - 1].direction.toUpperCase()
  const key = [...def.fields.map(({ direction }, i) => `k${i} ${direction.toUpperCase()}`), `id ${last}`]
  return `CREATE TABLE "${table}" (${sideColumns(def).map((k) => `${k} NOT NULL`).join(', ')}, id TEXT NOT NULL, PRIMARY KEY (${key.join(', ')})) WITHOUT ROWID`
}

/** Scalar elements only: an element that is itself an array or an object is no key a query here can ask for. */
const SCALAR_ELEMENT = `e.type NOT IN ('object', 'array')`

/** What a where() fixes of one field at its top level (the conjuncts an index can use). */
interface FieldBounds {
  /** Values the field equals (on an array field: values it holds). */
  equals: (string | number)[]
  ranges: { sign: '>' | '>=' | '<' | '<='; value: string | number }[]
}

const isKeyValue = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))
const RANGE_SIGNS: Readonly<Record<string, '>' | '>=' | '<' | '<='>> = { gt: '>', gte: '>=', lt: '<', lte: '<=' }

function fieldBounds(node: Node, out = new Map<string, FieldBounds>()): Map<string, FieldBounds> {
  if (node.kind === 'and') for (const n of node.nodes) fieldBounds(n, out)
  else if (node.kind === 'field') boundsOf(node.field, node.test, out)
  return out
}

function boundsOf(field: string, test: unknown, out: Map<string, FieldBounds>): void {
  let bounds = out.get(field)
  if (!bounds) out.set(field, (bounds = { equals: [], ranges: [] }))
  if (!(test instanceof Op)) {
    if (isKeyValue(test)) bounds.equals.push(test)
    return
  }
  if (test.kind === 'logic') {
    if (test.operator === 'and') for (const t of test.operands) boundsOf(field, t, out)
    return
  }
  const [operand] = test.operands
  if (test.operator === 'eq' && isKeyValue(operand)) bounds.equals.push(operand)
  else if (test.operator === 'all' && test.operands.every(isKeyValue)) bounds.equals.push(...(test.operands as (string | number)[]))
  else if (Object.hasOwn(RANGE_SIGNS, test.operator) && isKeyValue(operand)) bounds.ranges.push({ sign: RANGE_SIGNS[test.operator], value: operand })
}

/**
 * A unique index's companion under the CloudBase profile, named after it with this suffix. SQLite's
 * unique indexes let any number of rows hold NULL; CloudBase (MongoDB) indexes a missing field as
 * null, so two documents both lacking the unique field (or both holding null) collide — "MongoDB
 * will only permit one document that lacks the indexed field" (MongoDB manual, Unique Indexes:
 * Missing Document Field). The companion is a partial unique index over the rows missing any of
 * the fields, each field's value with null as MISSING: together with the index itself, a key
 * collides exactly when it does in the cloud.
 */
const MISSING_AS_NULL = '__missing_as_null'

function missingAsNullIndexSql(name: string, table: string, fields: readonly { field: string; direction: OrderDirection }[]): string | null {
  const nullable = fields.filter(({ field }) => field !== '_id').map(({ field }) => sqlField(field).value)
  if (!nullable.length) return null
  const keys = fields.map(({ field, direction }) => `${field === '_id' ? '_id' : `coalesce(${sqlField(field).value}, ${MISSING})`} ${direction.toUpperCase()}`)
  return `CREATE UNIQUE INDEX "${name}${MISSING_AS_NULL}" ON ${table} (${keys.join(', ')}) WHERE ${nullable.map((v) => `${v} IS NULL`).join(' OR ')}`
}

/**
 * The condition without its top-level conjuncts that only ask the array field to hold strings (a
 * string, eq, all): a multikey walk answers those by its entries, where testing each document's
 * array again would read its JSON once a value. Numbers stay tested: an entry of `true` is 1.
 */
function withoutValuesHeld(node: Node, arrayField: string): Node {
  if (node.kind === 'field') return node.field === arrayField && onlyValuesHeld(node.test) ? { kind: 'and', nodes: [] } : node
  if (node.kind === 'or') return node
  return { kind: 'and', nodes: node.nodes.map((n) => withoutValuesHeld(n, arrayField)) }
}

function onlyValuesHeld(test: unknown): boolean {
  if (!(test instanceof Op)) return typeof test === 'string'
  if (test.kind === 'logic') return test.operator === 'and' && test.operands.length > 0 && test.operands.every(onlyValuesHeld)
  return (test.operator === 'eq' || test.operator === 'all') && test.operands.length > 0 && test.operands.every((v) => typeof v === 'string')
}

/** How a query reads a multikey index: the side table joined to the collection, its conditions and order. */
interface MultikeyPlan {
  from: string
  where: string
  params: unknown[]
  order: string
  /** For explainQueryPlan: the index and the value of its array field the walk goes through. */
  walks: string
}

// ---------- engine ----------

interface QueryState {
  collection: string
  /** Read-only: the caller's refusal of a write (EmbeddedDatabase.refusingWith), else the database's. */
  refuse?: () => Error
  where?: Node
  order: Map<string, OrderDirection>
  skip: number
  limit: number
  projection?: Projector
}

// By code, not `instanceof SqliteError`: the native addon is shared by every copy of the module
// (jest loads one per test file), and it throws the class of whichever copy loaded last.
const isDuplicate = (e: unknown) => /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test(String((e as { code?: unknown })?.code))

/** Runs a write, turning unique-index violations into the cloud's DATABASE_DUPLICATE_WRITE. */
function mapDuplicate<R>(write: () => R): R {
  try {
    return write()
  } catch (e) {
    if (isDuplicate(e)) throw new DbError(DUPLICATE_WRITE, `duplicate key: ${(e as Error).message}`)
    throw e
  }
}

/**
 * Group commit (Engine.enqueue): the most operations one commit carries, and the longest it waits
 * for more — bounds on how long an operation's outcome waits for the ones after it.
 */
const GROUP_COMMIT_MAX_OPERATIONS = 200
const GROUP_COMMIT_MAX_MS = 20

/** Operations run in one SQLite transaction, each outcome delivered once it commits. */
interface CommitGroup {
  members: { settle: () => void; fail: (e: Error) => void }[]
  openedAt: number
  /** No operation of the group has written yet: what it reads was all committed before. */
  clean: boolean
}

/** A transaction in progress: open until committed or rolled back; under the profile, its requests. */
interface TxState {
  open: boolean
  requests: number
}

/** A SQLite connection and the statements prepared on it. */
interface Connection {
  sqlite: BetterSqlite3.Database
  statements: Map<string, BetterSqlite3.Statement>
}

/**
 * Opened read-only: another process writes the file. `refuse` gives the error every write (and a
 * collection with no table yet) is refused with.
 */
export interface ReadOnly {
  refuse: () => Error
}

class Engine {
  private readonly sqlite: BetterSqlite3.Database
  private readonly tables = new Set<string>()
  private readonly writer: Connection
  /**
   * A second, read-only connection to the file, opened on first need: reads made while a group is
   * open run on it, on what is committed, instead of waiting for the group. Null until then, and
   * for an in-memory database (another connection would open another database).
   */
  private reader: Connection | null = null
  /** The connection statements run on: the writer, or the reader during a read there. */
  private current: Connection
  private queue: Promise<unknown> = Promise.resolve()
  /** Operations enqueued and not yet started. */
  private waiting = 0
  /** An operation is running (enqueue): the group stays open under it. */
  private running = false
  /** Operations started since the engine opened. */
  private operations = 0
  /** A commitIdle is scheduled. */
  private commitCheckPending = false
  /** How long a commit that wrote took lately (a moving average): a busy group stays open that long. */
  private commitMs = 0
  /** The operations sharing the SQLite transaction now open (enqueue), or null. */
  private group: CommitGroup | null = null
  private readonly activeTx = new AsyncLocalStorage<TxState>()
  /** Documents written since the planner's statistics were last checked. */
  private writes = 0
  /** The declared collections, when opened with a schema: any other is refused, as in CloudBase. */
  declared: ReadonlySet<string> | null = null
  /** Under the profile: the seed, and how many queries have been ordered (each orders ties anew). */
  private readonly seed: number | null
  private queries = 0
  /** Per collection, the paths that ever held an array (ARRAY_PATHS), read once. */
  private readonly arrayPaths = new Map<string, Set<string>>()
  /** Per collection, its multikey indexes, whether or not it was opened with a schema: every write keeps them. */
  private readonly multikey = new Map<string, MultikeyIndex[]>()
  /**
   * How to forget each table and array path registered in the caches since the open transaction
   * began, in order: a rollback takes them out of the file, so forgetSince takes them out of the caches.
   */
  private readonly registered: (() => void)[] = []
  /** Documents written (and removed) since the engine opened: an operation that leaves it unchanged wrote nothing. */
  private written = 0
  /** Runs a function in a transaction, or a savepoint inside one: built once (building one per write costs more than the write). */
  private readonly inSavepoint: BetterSqlite3.Transaction<(work: () => unknown) => unknown>

  constructor(
    private readonly file: string,
    readonly profile: CloudBaseProfile | null,
    readonly readOnly: ReadOnly | null = null,
  ) {
    this.writer = this.connect(readOnly !== null)
    this.current = this.writer
    this.sqlite = this.writer.sqlite
    this.seed = profile ? seedNumber(profile.seed) : null
    this.inSavepoint = this.sqlite.transaction((work: () => unknown) => work())
    if (!readOnly) {
      // WAL + FULL: a write is on disk before its promise resolves, so it survives kill -9 (and power loss).
      this.sqlite.pragma('journal_mode = WAL')
      this.sqlite.pragma('synchronous = FULL')
      this.sqlite.exec(`CREATE TABLE IF NOT EXISTS ${ARRAY_PATHS} (coll TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY (coll, path)) WITHOUT ROWID`)
      this.sqlite.exec(`CREATE TABLE IF NOT EXISTS ${MULTIKEY_INDEXES} (tbl TEXT PRIMARY KEY, definition TEXT NOT NULL) WITHOUT ROWID`)
      this.storeAsJsonb()
    }
    for (const { tbl, definition } of this.sqlite.prepare(`SELECT tbl, definition FROM ${MULTIKEY_INDEXES}`).all() as { tbl: string; definition: string }[]) {
      this.loadMultikey(tbl, JSON.parse(definition) as MultikeyDefinition)
    }
  }

  /**
   * Refreshes the planner's statistics where a table changed much (sqlite.org/pragma.html#pragma_optimize).
   * A full ANALYZE (about half a second for 100,000 postings), rare by the 25-fold rule; a sampled
   * one (analysis_limit) misjudges how many rows share a status and brings the bad plans back.
   */
  optimize(): void {
    this.writes = 0
    if (this.readOnly) return
    this.sqlite.pragma('optimize = 0x10002')
  }

  /**
   * Rebuilds each table of documents stored as JSON text with its documents as JSONB, in one
   * transaction. Its indexes go with the old table: the schema's are made again as the database
   * opens (openEmbeddedDatabase), others as a caller next asks for them.
   */
  private storeAsJsonb(): void {
    const tables = (this.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[]).filter((t) => TEXT_TABLE.test(t.sql))
    if (!tables.length) return
    this.sqlite.transaction(() => {
      for (const { name } of tables) {
        this.sqlite.exec(`ALTER TABLE "${name}" RENAME TO "${name}__text"`)
        this.sqlite.exec(tableSql(name))
        this.sqlite.exec(`INSERT INTO "${name}" (_id, doc) SELECT _id, jsonb(doc) FROM "${name}__text" ORDER BY rowid`)
        this.sqlite.exec(`DROP TABLE "${name}__text"`)
      }
    }).immediate()
  }

  /** A connection to the file with the engine's SQL functions; `readonly` refuses writes (SQLITE_OPEN_READONLY). */
  private connect(readonly: boolean): Connection {
    const sqlite = new BetterSqlite3(this.file, { timeout: 5000, readonly, fileMustExist: readonly })
    sqlite.function('regexp', { deterministic: true }, matchRegExp)
    sqlite.function('jqt_tie', { deterministic: true }, (rowid, seed) => tieRank(Number(rowid), Number(seed)))
    return { sqlite, statements: new Map() }
  }

  close(): void {
    if (this.group && !this.running) this.commitGroup(this.group)
    this.reader?.sqlite.close()
    this.sqlite.close()
  }

  integrityCheck(): string {
    return (this.sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n')
  }

  /** Drops the collection's indexes that are no longer declared (multikey ones with their side tables). */
  dropUndeclaredIndexes(collection: string, keep: readonly string[]): void {
    const prefix = `${collection}__`
    const names = this.stmt("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", true).all(collection) as string[]
    for (const name of names) {
      const declared = name.slice(prefix.length).replace(new RegExp(`${MISSING_AS_NULL}$`), '')
      if (name.startsWith(prefix) && !keep.includes(declared)) this.sqlite.exec(`DROP INDEX "${name}"`)
    }
    for (const index of this.multikey.get(collection) ?? []) {
      if (!keep.includes(index.table.slice(prefix.length))) this.dropMultikey(collection, index.table)
    }
  }

  private loadMultikey(table: string, def: MultikeyDefinition): void {
    const columns = sideColumns(def)
    const arrayAt = def.fields.findIndex(({ field }) => field === def.arrayField)
    const index: MultikeyIndex = {
      table,
      fields: def.fields,
      arrayAt,
      entries: this.sqlite
        .prepare(`SELECT ${entryKeys(def, '@doc').join(', ')}, @id FROM json_each(@doc, '$.${def.arrayField}') AS e WHERE ${SCALAR_ELEMENT}`)
        .raw(true),
      insert: this.sqlite.prepare(`INSERT OR IGNORE INTO "${table}" VALUES (${[...columns, 'id'].map(() => '?').join(', ')})`),
      remove: this.sqlite.prepare(`DELETE FROM "${table}" WHERE ${[...columns, 'id'].map((c) => `${c} = ?`).join(' AND ')}`),
      sample: { forward: this.prepareSample(table, def, arrayAt, false), reversed: this.prepareSample(table, def, arrayAt, true) },
    }
    this.multikey.set(def.collection, [...(this.multikey.get(def.collection) ?? []).filter((i) => i.table !== table), index])
  }

  private prepareSample(table: string, def: MultikeyDefinition, arrayAt: number, reversed: boolean): BetterSqlite3.Statement {
    const columns = sideColumns(def)
    const last = def.fields[def.fields.length - 1].direction
    const flip = (d: OrderDirection) => ((d === 'asc') !== reversed ? 'ASC' : 'DESC')
    const order = [...def.fields.slice(arrayAt + 1).map(({ direction }, i) => `k${arrayAt + 1 + i} ${flip(direction)}`), `id ${flip(last)}`]
    const next = arrayAt + 1 < def.fields.length ? `k${arrayAt + 1}` : 'id'
    return this.sqlite.prepare(
      `SELECT count(*) AS held, min(v) AS low, max(v) AS high FROM (SELECT ${next} AS v FROM "${table}" WHERE ${columns.slice(0, arrayAt + 1).map((c) => `${c} = ?`).join(' AND ')} ORDER BY ${order.join(', ')} LIMIT ?)`,
    )
  }

  private dropMultikey(collection: string, table: string): void {
    this.sqlite.exec(`DROP TABLE IF EXISTS "${table}"`)
    this.stmt(`DELETE FROM ${MULTIKEY_INDEXES} WHERE tbl = ?`).run(table)
    this.multikey.set(collection, (this.multikey.get(collection) ?? []).filter((i) => i.table !== table))
  }

  /**
   * Creates a multikey index's side table and fills it from the documents already stored, in key
   * order (what building an index on an existing collection is); a changed definition is rebuilt.
   */
  private createMultikey(spec: IndexSpec & { arrayField: string }, table: string): void {
    const def: MultikeyDefinition = { collection: spec.collection, fields: spec.fields, arrayField: spec.arrayField }
    const sql = sideTableSql(table, def)
    const existing = this.stmt("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", true).get(table)
    const registered = this.multikey.get(spec.collection)?.some((i) => i.table === table)
    if (existing === sql && registered) return
    this.dropMultikey(spec.collection, table)
    this.sqlite.exec(sql)
    const key = def.fields.map(({ direction }, i) => `${i + 1} ${direction.toUpperCase()}`)
    this.sqlite.exec(
      `INSERT OR IGNORE INTO "${table}" SELECT ${entryKeys(def, 'c.doc').join(', ')}, c._id FROM "${spec.collection}" AS c, json_each(c.doc, '$.${def.arrayField}') AS e ` +
        `WHERE ${SCALAR_ELEMENT} ORDER BY ${key.join(', ')}, ${def.fields.length + 1} ${def.fields[def.fields.length - 1].direction.toUpperCase()}`,
    )
    this.stmt(`INSERT INTO ${MULTIKEY_INDEXES} (tbl, definition) VALUES (?, ?)`).run(table, JSON.stringify(def))
    this.loadMultikey(table, def)
  }

  /** Keeps the collection's multikey indexes in step with one document's write (`before`/`after` its JSON, null when absent). */
  private syncEntries(collection: string, id: string, before: string | null, after: string | null): void {
    for (const index of this.multikey.get(collection) ?? []) {
      const old = before === null ? [] : (index.entries.all({ doc: before, id }) as unknown[][])
      const now = after === null ? [] : (index.entries.all({ doc: after, id }) as unknown[][])
      if (!old.length && !now.length) continue
      const keyOf = (entry: unknown[]) => JSON.stringify(entry)
      const kept = new Set(now.map(keyOf))
      const had = new Set(old.map(keyOf))
      for (const entry of old) if (!kept.has(keyOf(entry))) index.remove.run(...entry)
      for (const entry of now) if (!had.has(keyOf(entry))) index.insert.run(...entry)
    }
  }

  /** The paths of the collection that ever held an array. */
  private knownArrayPaths(collection: string): Set<string> {
    let paths = this.arrayPaths.get(collection)
    if (!paths) {
      paths = new Set(this.stmt(`SELECT path FROM ${ARRAY_PATHS} WHERE coll = ?`, true).all(collection) as string[])
      this.arrayPaths.set(collection, paths)
    }
    return paths
  }

  /**
   * After a rollback to `mark` (a length of `registered`): the tables and array paths registered
   * since are gone from the file again, so they leave the caches too.
   */
  private forgetSince(mark: number): void {
    for (const forget of this.registered.splice(mark).reverse()) forget()
  }

  /**
   * The multikey index a query can walk, if any: the index's fields up to its array field fixed by
   * equality, and (for `ordered`) the query ordered by the index's remaining fields and then `_id`,
   * all in the index's directions or all reversed. Of several values the array field must hold, the
   * walk starts from the one held by the fewest documents.
   */
  private multikeyPlan(q: Pick<QueryState, 'collection' | 'where' | 'order'>, ordered: boolean, arrayPaths: Set<string>): MultikeyPlan | null {
    const indexes = this.multikey.get(q.collection)
    if (!indexes?.length || !q.where) return null
    const bounds = fieldBounds(q.where)
    for (const index of indexes) {
      const { fields, arrayAt, table } = index
      // A field before or after the array field holding an array in some document has no one key per document.
      const fixedAt = (i: number) => (bounds.get(fields[i].field)?.equals.length ?? 0) > 0 && (i === arrayAt || !arrayPaths.has(fields[i].field))
      let fixed = 0
      while (fixed < fields.length && fixedAt(fixed)) fixed++
      if (fixed <= arrayAt) continue
      const column = (i: number) => `"${table}".${i < fields.length ? `k${i}` : 'id'}`
      let order = ''
      let reversed = false
      if (ordered) {
        const wanted = [...q.order]
        if (!q.order.has('_id')) {
          // The engine breaks ties on _id only without the profile (selectSql).
          if (this.seed !== null || !wanted.length) continue
          wanted.push(['_id', wanted[wanted.length - 1][1]])
        }
        const from = fields.length - (wanted.length - 1)
        if (from <= arrayAt || from > fixed) continue
        const last = fields[fields.length - 1].direction
        const rest = [...fields.slice(from), { field: '_id', direction: last }]
        reversed = wanted[0][1] !== rest[0].direction
        const flip = (d: OrderDirection) => (reversed ? (d === 'asc' ? 'desc' : 'asc') : d)
        if (!rest.every((f, i) => wanted[i][0] === f.field && wanted[i][1] === flip(f.direction))) continue
        order = rest.map((f, i) => `${column(from + i)} ${flip(f.direction).toUpperCase()}`).join(', ')
      }
      const where: string[] = []
      const params: unknown[] = []
      const prefix = fields.slice(0, arrayAt).map(({ field }) => (bounds.get(field) as FieldBounds).equals[0])
      const [driver, ...others] = this.byRarity(index, prefix, (bounds.get(fields[arrayAt].field) as FieldBounds).equals, reversed)
      for (let i = 0; i < fixed; i++) {
        where.push(`${column(i)} = ?`)
        params.push(i === arrayAt ? driver : (bounds.get(fields[i].field) as FieldBounds).equals[0])
      }
      // Each other value the array field must hold is looked up in the index by the walked entry's
      // key (the same document, so the same fields around it), rarest first: a document lacking
      // one is passed over without reading it.
      for (const value of others) {
        const probe = fields.map((_, i) => (i === arrayAt ? `p.k${i} = ?` : `p.k${i} = ${column(i)}`))
        where.push(`EXISTS (SELECT 1 FROM "${table}" AS p WHERE ${probe.join(' AND ')} AND p.id = ${column(fields.length)})`)
        params.push(value)
      }
      // The field after the fixed ones may be bounded too (a page's start): the walk starts there.
      const next = fixed < fields.length ? fields[fixed].field : '_id'
      if (next === '_id' || !arrayPaths.has(next)) {
        for (const { sign, value } of bounds.get(next)?.ranges ?? []) {
          where.push(`${column(fixed)} ${sign} ?`)
          params.push(value)
        }
      }
      // The rest of the condition, less what the walk and the probes answer: the array field's values.
      const rest = new WhereCompiler(arrayPaths)
      where.push(rest.node(withoutValuesHeld(q.where, fields[arrayAt].field)))
      params.push(...rest.params)
      return {
        from: `"${table}" CROSS JOIN "${q.collection}" ON "${q.collection}"._id = "${table}".id`,
        where: where.join(' AND '),
        params,
        order,
        walks: `MULTIKEY ${table} WALKS ${fields[arrayAt].field} = ${JSON.stringify(driver)}`,
      }
    }
    return null
  }

  /**
   * The values the array field must hold, distinct, the sparsest first: of each, the first
   * RARITY_SAMPLE entries in the walk's order (`reversed`: against the index's) are read. A value
   * with fewer entries than that comes first, the fewest first; of the others, the one whose entries
   * reach furthest along the field after the array field — the fewest where the walk goes — and a
   * value held by none ends it, as nothing can match. The work is bounded whatever the collection
   * holds: counting a value's entries grows with the collection, and so did choosing.
   */
  private byRarity(index: MultikeyIndex, prefix: unknown[], values: readonly (string | number)[], reversed: boolean): (string | number)[] {
    const distinct = [...new Set(values)]
    if (distinct.length < 2) return distinct
    const sample = reversed ? index.sample.reversed : index.sample.forward
    // Along the walk, values of the field after the array field grow (asc) or shrink (desc).
    const after = index.fields[index.arrayAt + 1]
    const ascending = ((after?.direction ?? index.fields[index.fields.length - 1].direction) === 'asc') !== reversed
    const reach = new Map<string | number, { held: number; reach: unknown }>()
    for (const value of distinct) {
      const { held, low, high } = sample.get(...prefix, value, RARITY_SAMPLE) as { held: number; low: unknown; high: unknown }
      if (held === 0) return [value]
      reach.set(value, { held, reach: ascending ? high : low })
    }
    const sparser = (a: string | number, b: string | number) => {
      const [x, y] = [reach.get(a), reach.get(b)] as { held: number; reach: unknown }[]
      if (x.held !== y.held) return x.held - y.held
      const order = compareKeys(x.reach, y.reach)
      return ascending ? -order : order
    }
    return distinct.sort(sparser)
  }

  /**
   * Prepared statements are reused: preparing costs more than running a small query. The board's
   * filters alone make a thousand shapes of query, so the cache keeps the most recently used
   * STATEMENT_CACHE_SIZE rather than starting over when full.
   */
  private stmt(sql: string, pluck = false): BetterSqlite3.Statement {
    const { statements, sqlite } = this.current
    let s = statements.get(sql)
    if (s) {
      statements.delete(sql)
    } else {
      s = sqlite.prepare(sql)
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string)
    }
    statements.set(sql, s)
    return s.reader ? s.pluck(pluck) : s
  }

  /**
   * Serialises every operation: there is one connection, so a statement issued while a
   * transaction is open would silently become part of it (and of its rollback).
   *
   * Group commit: operations share one SQLite transaction, each in its own savepoint (released when
   * it succeeds, rolled back when it fails), and the group commits — one fsync — once a whole turn
   * of the event loop brought no operation (commitIdle), or, while operations keep coming, once it
   * has been open as long as a commit takes (so committing takes at most about half the time: the
   * server accepts one connection per turn, so a turn per commit would be a commit per request),
   * or after GROUP_COMMIT_MAX_OPERATIONS or GROUP_COMMIT_MAX_MS. An operation's outcome, reads and
   * failures too, is delivered only after its group is on disk — unless it wrote nothing and no
   * operation before it in the group did, so all it saw was committed before: nothing is
   * acknowledged that a kill -9 could take back, and nothing read that was never written. A commit
   * that fails fails the whole group.
   */
  private enqueue<R>(work: () => R | Promise<R>, refuse?: () => Error): Promise<R> {
    // Read-only: every operation that could write comes through here, and is refused.
    if (this.readOnly) return Promise.reject((refuse ?? this.readOnly.refuse)())
    this.waiting++
    return new Promise<R>((resolve, reject) => {
      this.queue = this.queue.then(async () => {
        this.waiting--
        this.running = true
        this.operations++
        let group: CommitGroup
        try {
          group = this.openGroup()
          this.sqlite.exec('SAVEPOINT operation')
        } catch (e) {
          this.running = false
          reject(e as Error)
          return
        }
        const [mark, written] = [this.registered.length, this.written]
        try {
          const value = await work()
          this.sqlite.exec('RELEASE operation')
          // Wrote nothing and read only what was committed before the group: nothing to wait for.
          if (group.clean && this.written === written) resolve(value)
          else group.members.push({ settle: () => resolve(value), fail: reject })
        } catch (e) {
          if (group.clean && this.written === written) reject(e as Error)
          else group.members.push({ settle: () => reject(e as Error), fail: reject })
          this.forgetSince(mark)
          if (!this.sqlite.inTransaction) {
            // SQLite ended the whole transaction (an I/O error, a full disk): the group's writes are gone.
            this.group = null
            this.forgetSince(0)
            for (const { fail } of group.members) fail(e as Error)
            return
          }
          this.sqlite.exec('ROLLBACK TO operation; RELEASE operation')
        } finally {
          this.running = false
        }
        if (this.written !== written) group.clean = false
        if (group.members.length >= GROUP_COMMIT_MAX_OPERATIONS || performance.now() - group.openedAt >= GROUP_COMMIT_MAX_MS) this.commitGroup(group)
        else if (!this.waiting) this.checkCommit(-1)
      })
    })
  }

  /**
   * Commits the open group once a turn of the event loop (the I/O waiting now) brought no operation
   * since `seen` operations had started, or once it has been open as long as a commit takes; a
   * group that has not written commits at once (nothing waits for it). An operation running or
   * waiting then checks again as it ends.
   */
  private commitIdle(seen: number): void {
    const { group } = this
    if (!group || this.waiting || this.running || !this.sqlite.open) return
    if (group.clean || this.operations === seen || performance.now() - group.openedAt >= this.commitMs) this.commitGroup(group)
    else this.checkCommit(this.operations)
  }

  /** Runs commitIdle after the I/O waiting now has had its turn; once however often asked meanwhile. */
  private checkCommit(seen: number): void {
    if (this.commitCheckPending) return
    this.commitCheckPending = true
    setImmediate(() => {
      this.commitCheckPending = false
      this.commitIdle(seen)
    })
  }

  private openGroup(): CommitGroup {
    if (this.group) return this.group
    // The write lock up front: a read that later writes never finds another process wrote meanwhile.
    this.sqlite.exec('BEGIN IMMEDIATE')
    return (this.group = { members: [], openedAt: performance.now(), clean: true })
  }

  private commitGroup(group: CommitGroup): void {
    this.group = null
    const started = performance.now()
    try {
      this.sqlite.exec('COMMIT')
      if (!group.clean) this.commitMs = Math.min(GROUP_COMMIT_MAX_MS, this.commitMs * 0.8 + (performance.now() - started) * 0.2)
    } catch (e) {
      if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK')
      this.forgetSince(0)
      for (const { fail } of group.members) fail(e as Error)
      return
    }
    this.registered.length = 0
    for (const { settle } of group.members) settle()
  }

  /** One database request: under the profile it counts against the running invocation (cloudbase-profile.ts). */
  private request<R>(work: () => Promise<R>): Promise<R> {
    if (!this.profile) return work()
    let end: () => void
    try {
      end = beginRequest()
    } catch (e) {
      return Promise.reject(e)
    }
    return work().finally(end)
  }

  /**
   * A read never waits for a write. It sees exactly what is committed — every acknowledged write,
   * nothing a rollback could take back — so it needs no savepoint and no transaction: when nothing
   * is queued, running or uncommitted, on the writer's connection; otherwise on the reader's, while
   * the group goes on. A read of a table the open group created (not committed yet), or of an
   * in-memory database, queues like any operation and is delivered once its group is on disk.
   */
  read<R>(work: () => R): Promise<R> {
    if (this.activeTx.getStore()?.open) return this.run(work)
    if (!(this.group || this.running || this.waiting || this.sqlite.inTransaction)) return this.request(async () => work())
    const reader = this.registered.length || this.sqlite.memory ? null : (this.reader ??= this.connect(true))
    if (!reader) return this.run(work)
    return this.request(async () => {
      this.current = reader
      try {
        return work()
      } catch (e) {
        if (/^no such table/.test((e as Error).message)) return this.run(work)
        throw e
      } finally {
        this.current = this.writer
      }
    })
  }

  run<R>(work: () => R | Promise<R>, refuse?: () => Error): Promise<R> {
    if (this.activeTx.getStore()?.open) {
      return Promise.reject(invalidParam('inside runTransaction use the tx argument, not db (it would wait for the transaction forever)'))
    }
    return this.request(() => this.enqueue(work, refuse))
  }

  /**
   * One request of a transaction (its start, an operation, its commit). Under the profile a
   * transaction whose requests add up past the deadline is dropped, as CloudBase drops one not
   * finished in time, and a duplicate key inside it surfaces as the write conflict it may be there.
   */
  txRequest<R>(state: TxState, work: () => R): Promise<R> {
    if (!state.open) return Promise.reject(invalidParam('the transaction is already finished'))
    if (this.profile && ++state.requests * this.profile.roundTripMs > this.profile.transactionDeadlineMs) {
      state.open = false
      return Promise.reject(new DbError(TRANSACTION_FAILED, `transaction not committed within ${this.profile.transactionDeadlineMs / 1000} s: the server dropped it`))
    }
    return this.request(async () => {
      try {
        return work()
      } catch (e) {
        if (this.profile && (e as DbError).code === DUPLICATE_WRITE) throw new DbError(TRANSACTION_CONFLICT, `write conflict: ${(e as Error).message}`)
        throw e
      }
    })
  }

  /** Like the SDK's runTransaction: a transaction that lost a write conflict is run again, a few times. */
  async runTransaction<R>(fn: (tx: Transaction) => Promise<R>, refuse?: () => Error): Promise<R> {
    for (let retries = TRANSACTION_CONFLICT_RETRIES; ; retries--) {
      try {
        return await this.attemptTransaction(fn, refuse)
      } catch (e) {
        if (retries <= 0 || !isWriteConflict(e)) throw e
      }
    }
  }

  private attemptTransaction<R>(fn: (tx: Transaction) => Promise<R>, refuse?: () => Error): Promise<R> {
    if (this.activeTx.getStore()?.open) {
      return Promise.reject(invalidParam('runTransaction cannot nest: use the tx argument'))
    }
    // The operation's savepoint (enqueue) is the transaction: released as it commits, rolled back as it throws.
    return this.enqueue(async () => {
      const state: TxState = { open: true, requests: 0 }
      await this.txRequest(state, () => undefined) // its start
      try {
        const result = await this.activeTx.run(state, () => fn(new SqliteTransaction(this, state)))
        await this.txRequest(state, () => undefined) // its commit
        return result
      } finally {
        state.open = false
      }
    }, refuse)
  }

  /** Creates the collection's table on first use (CloudBase needs collections created up front; locally that is a chore). */
  table(collection: string, refuse?: () => Error): string {
    if (typeof collection !== 'string' || !NAME.test(collection)) throw invalidParam(`invalid collection name: ${String(collection)}`)
    if (this.declared && !this.declared.has(collection)) throw new DbError(COLLECTION_NOT_EXIST, `collection ${collection} is not declared`)
    if (!this.tables.has(collection)) {
      if (this.readOnly) {
        if (!this.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", true).get(collection)) throw (refuse ?? this.readOnly.refuse)()
        this.tables.add(collection)
        return `"${collection}"`
      }
      this.sqlite.exec(tableSql(collection))
      this.tables.add(collection)
      if (this.sqlite.inTransaction) this.registered.push(() => this.tables.delete(collection))
    }
    return `"${collection}"`
  }

  createIndex(spec: IndexSpec): void {
    if (this.readOnly) throw this.readOnly.refuse()
    if (!NAME.test(spec.name) || !spec.fields?.length) throw invalidParam(`invalid index ${spec.name}`)
    const columns = spec.fields.map(({ field, direction }) => {
      if (direction !== 'asc' && direction !== 'desc') throw invalidParam(`invalid index direction ${direction}`)
      return `${sqlField(field).value} ${direction.toUpperCase()}`
    })
    const { arrayField, covers = [] } = spec
    if (covers.length && (spec.unique || arrayField !== undefined)) throw invalidParam(`index ${spec.name}: a unique or multikey index covers no fields`)
    const keys = spec.fields.length + (spec.unique ? 0 : 1) + covers.length
    if (keys > MAX_INDEX_FIELDS) throw invalidParam(`index ${spec.name}: ${keys} fields with _id and those it covers; CloudBase allows ${MAX_INDEX_FIELDS}`)
    if (arrayField !== undefined) {
      if (spec.unique || !spec.fields.some(({ field }) => field === arrayField)) throw invalidParam(`index ${spec.name}: its array field must be one of its fields, and it cannot be unique`)
      this.table(spec.collection)
      return this.sqlite.transaction(() => this.createMultikey({ ...spec, arrayField }, `${spec.collection}__${spec.name}`)).immediate()
    }
    // Ending the index with _id lets it serve a whole ORDER BY that breaks ties on _id: the one
    // callers ask for (orderBy(…, '_id')), or the engine's own without a profile (see selectSql).
    // Not for unique indexes: it would make every key unique.
    if (!spec.unique) columns.push(`_id ${spec.fields[spec.fields.length - 1].direction.toUpperCase()}`)
    for (const field of covers) columns.push(`${sqlField(field).value} ASC`)
    this.sqlite.transaction(() => {
      const table = this.table(spec.collection)
      const name = `${spec.collection}__${spec.name}`
      this.ensureIndex(name, `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX "${name}" ON ${table} (${columns.join(', ')})`)
      const missing = spec.unique && this.profile ? missingAsNullIndexSql(name, table, spec.fields) : null
      this.ensureIndex(`${name}${MISSING_AS_NULL}`, missing)
    }).immediate()
  }

  /** Creates the index as `sql` says, replacing one of that name defined otherwise; `null`: drops it. */
  private ensureIndex(name: string, sql: string | null): void {
    const existing = this.stmt("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", true).get(name)
    if (existing === sql) return
    if (existing) this.sqlite.exec(`DROP INDEX "${name}"`) // definition changed, or no longer wanted
    if (sql) mapDuplicate(() => this.sqlite.exec(sql))
  }

  private compile(q: Pick<QueryState, 'collection' | 'where' | 'refuse'>): { table: string; where: string; params: unknown[]; arrayPaths: Set<string> } {
    const table = this.table(q.collection, q.refuse)
    const arrayPaths = this.knownArrayPaths(q.collection)
    const compiler = new WhereCompiler(arrayPaths)
    const where = q.where ? compiler.node(q.where) : '1'
    return { table, where, params: compiler.params, arrayPaths }
  }

  private selectSql(q: QueryState): { sql: string; params: unknown[]; walks?: string } {
    const { table, where, params, arrayPaths } = this.compile(q)
    const multikey = this.multikeyPlan(q, true, arrayPaths)
    if (multikey) {
      return {
        sql: `SELECT ${table}._id, ${documentSql(`${table}.doc`, q.projection, arrayPaths)} AS doc FROM ${multikey.from} WHERE ${multikey.where} ORDER BY ${multikey.order} LIMIT ? OFFSET ?`,
        params: [...multikey.params, q.limit, q.skip],
        walks: multikey.walks,
      }
    }
    const order = [...q.order].map(([field, dir]) => `${sqlField(field).value} ${dir.toUpperCase()}`)
    // Ordered by _id already, the order is total (repeating _id would keep an index from serving it).
    // Otherwise, under the profile, ties (and unordered results) come in a random order, another for
    // every query, as in the cloud where nothing promises the same order among equals twice: pages
    // without a total order repeat or lose rows. The order follows from the seed and the number of
    // queries before, so a run repeats. Without the profile, ties break on _id in the last field's
    // direction (which non-unique indexes end with); unordered results come in insertion order.
    const last = [...q.order.values()].pop()
    const tie = this.seed === null || q.order.has('_id') ? [] : [(this.seed ^ Math.imul(++this.queries, 0x9e3779b1)) >>> 0]
    if (!q.order.has('_id')) order.push(tie.length ? 'jqt_tie(rowid, ?)' : last ? `_id ${last.toUpperCase()}` : 'rowid ASC')
    const sql = `SELECT _id, ${documentSql('doc', q.projection, arrayPaths)} AS doc FROM ${table} WHERE ${where} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`
    return { sql, params: [...params, ...tie, q.limit, q.skip] }
  }

  /**
   * Before a query, the statistics of what was written since the last check (OPTIMIZE_EVERY); not
   * inside a transaction, whose writes may yet be rolled back. (A group of operations sharing a
   * commit is no such transaction: a query in it sees what the group wrote before it.)
   */
  private refreshStatistics(): void {
    if (this.current === this.writer && this.writes >= OPTIMIZE_EVERY && !this.activeTx.getStore()?.open) this.optimize()
  }

  find(q: QueryState): Doc[] {
    this.refreshStatistics()
    const { sql, params } = this.selectSql(q)
    const rows = this.stmt(sql).all(...params) as { _id: string; doc: string }[]
    const { projection } = q
    return rows.map((r) => (projection ? project(readRow(r._id, r.doc), projection) : readRow(r._id, r.doc)))
  }

  explain(q: QueryState, kind: 'get' | 'count'): string[] {
    this.refreshStatistics()
    const { sql, params, walks } = kind === 'get' ? this.selectSql(q) : this.countSql(q)
    const plan = (this.stmt(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail)
    return walks ? [...plan, walks] : plan
  }

  private countSql(q: QueryState): { sql: string; params: unknown[]; walks?: string } {
    const { table, where, params, arrayPaths } = this.compile(q)
    const multikey = this.multikeyPlan(q, false, arrayPaths)
    if (multikey) return { sql: `SELECT COUNT(*) FROM ${multikey.from} WHERE ${multikey.where}`, params: multikey.params, walks: multikey.walks }
    return { sql: `SELECT COUNT(*) FROM ${table} WHERE ${where}`, params }
  }

  count(q: QueryState): number {
    this.refreshStatistics()
    const { sql, params } = this.countSql(q)
    return this.stmt(sql, true).get(...params) as number
  }

  get(collection: string, id: string, refuse?: () => Error): Doc | null {
    const text = this.stmt(`SELECT json(doc) FROM ${this.table(collection, refuse)} WHERE _id = ?`, true).get(id) as string | undefined
    return text === undefined ? null : readRow(id, text)
  }

  /** Writes a document (`before`: its JSON as stored until now, null for a new one). */
  private store(collection: string, id: string, doc: Doc, mode: 'insert' | 'upsert' | 'update', before: string | null): void {
    const table = this.table(collection)
    const sql = {
      insert: `INSERT INTO ${table} (_id, doc) VALUES (@id, jsonb(@doc))`,
      upsert: `INSERT INTO ${table} (_id, doc) VALUES (@id, jsonb(@doc)) ON CONFLICT (_id) DO UPDATE SET doc = excluded.doc`,
      update: `UPDATE ${table} SET doc = jsonb(@doc) WHERE _id = @id`,
    }[mode]
    const text = JSON.stringify(doc)
    mapDuplicate(() => this.stmt(sql).run({ id, doc: text }))
    this.writes++
    this.written++
    const known = this.knownArrayPaths(collection)
    for (const path of arrayPathsOf(doc)) {
      if (known.has(path)) continue
      this.stmt(`INSERT OR IGNORE INTO ${ARRAY_PATHS} (coll, path) VALUES (?, ?)`).run(collection, path)
      known.add(path)
      this.registered.push(() => known.delete(path))
    }
    this.syncEntries(collection, id, before, text)
  }

  /**
   * Runs a read-modify-write atomically (a savepoint inside runTransaction). The table is created
   * first, outside it: a rolled-back savepoint would drop it while `tables` still lists it.
   */
  private atomic<R>(collection: string, work: () => R): R {
    this.table(collection)
    const mark = this.registered.length
    try {
      return this.inSavepoint.immediate(work) as R
    } catch (e) {
      this.forgetSince(mark)
      throw e
    }
  }

  add(collection: string, input: unknown): string {
    if (!isPlainObject(input)) throw invalidParam('add() needs an object')
    const { _id, ...doc } = input
    if (_id !== undefined && (typeof _id !== 'string' || !_id)) throw invalidParam('_id must be a non-empty string')
    checkValue(doc, 'document')
    if (this.profile) checkFieldNames(doc, 'document')
    const id = (_id as string | undefined) ?? randomHex(16)
    this.atomic(collection, () => this.store(collection, id, doc, 'insert', null))
    return id
  }

  set(collection: string, id: string, input: unknown): number {
    if (!isPlainObject(input)) throw invalidParam('set() needs an object')
    if ('_id' in input) throw invalidParam('_id cannot be updated')
    checkValue(input, 'document')
    if (this.profile) checkFieldNames(input, 'document')
    const doc = JSON.parse(JSON.stringify(input)) as Doc
    return this.atomic(collection, () => {
      const old = this.stmt(`SELECT json(doc) FROM ${this.table(collection)} WHERE _id = ?`, true).get(id) as string | undefined
      this.store(collection, id, doc, 'upsert', old ?? null)
      return old !== undefined && old !== JSON.stringify(doc) ? 1 : 0
    })
  }

  /** Read-modify-write of the matched documents in one transaction; `updated` counts real changes (as MongoDB does). */
  update(q: Pick<QueryState, 'collection' | 'where'>, data: UpdateData): number {
    const steps = toSteps(data)
    if (this.profile) {
      for (const { path, value } of steps) {
        path.forEach((segment) => checkFieldName(segment, 'update'))
        checkFieldNames(value, path.join('.'))
      }
    }
    return this.atomic(q.collection, () => {
      const { table, where, params } = this.compile(q)
      const rows = this.stmt(`SELECT _id, json(doc) AS doc FROM ${table} WHERE ${where}`).all(...params) as { _id: string; doc: string }[]
      let updated = 0
      for (const row of rows) {
        const next = applySteps(JSON.parse(row.doc), steps)
        if (JSON.stringify(next) === row.doc) continue
        this.store(q.collection, row._id, next, 'update', row.doc)
        updated++
      }
      return updated
    })
  }

  remove(q: Pick<QueryState, 'collection' | 'where'>): number {
    const { table, where, params } = this.compile(q)
    if (!this.multikey.get(q.collection)?.length) {
      const { changes } = this.stmt(`DELETE FROM ${table} WHERE ${where}`).run(...params)
      this.writes += changes
      this.written += changes
      return changes
    }
    // The removed documents leave their multikey entries too, in the same transaction.
    return this.atomic(q.collection, () => {
      const removed = this.stmt(`DELETE FROM ${table} WHERE ${where} RETURNING _id, json(doc) AS doc`).all(...params) as { _id: string; doc: string }[]
      for (const { _id, doc } of removed) this.syncEntries(q.collection, _id, doc, null)
      this.writes += removed.length
      this.written += removed.length
      return removed.length
    })
  }
}

const compiled = new Map<string, RegExp>()
/** `regexp(pattern, flags, value)`: 1 when a string value matches. */
function matchRegExp(pattern: unknown, flags: unknown, value: unknown): number {
  if (typeof value !== 'string') return 0
  const key = `${flags}/${pattern}`
  let re = compiled.get(key)
  if (!re) {
    if (compiled.size > 1000) compiled.clear()
    compiled.set(key, (re = new RegExp(String(pattern), String(flags))))
  }
  return re.test(value) ? 1 : 0
}

// ---------- the API objects ----------

const byId = (id: string): Node => ({ kind: 'field', field: '_id', test: id })

function checkId(id: string): string {
  if (typeof id !== 'string' || !id) throw invalidParam('doc() needs a non-empty string id')
  return id
}

function checkCount(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 0) throw invalidParam(`${name} must be a non-negative integer`)
  return n
}

class SqliteQuery<T extends object> implements Query<T> {
  constructor(
    protected readonly engine: Engine,
    protected readonly state: QueryState,
  ) {}

  private with<U extends object = T>(change: Partial<QueryState>): SqliteQuery<U> {
    return new SqliteQuery<U>(this.engine, { ...this.state, ...change })
  }

  where(condition: Condition): Query<T> {
    return this.with({ where: toNode(condition) })
  }

  orderBy(field: string, direction: OrderDirection): Query<T> {
    segments(field)
    if (direction !== 'asc' && direction !== 'desc') throw invalidParam(`invalid order direction ${String(direction)}`)
    // Like the SDK (an object of field → direction): re-ordering by a field keeps its first position.
    return this.with({ order: new Map(this.state.order).set(field, direction) })
  }

  skip(offset: number): Query<T> {
    return this.with({ skip: checkCount('skip', offset) })
  }

  limit(max: number): Query<T> {
    // The SDK treats 0 as "not set" and clamps to 1000 rather than failing.
    return this.with({ limit: Math.min(checkCount('limit', max) || DEFAULT_QUERY_LIMIT, MAX_QUERY_LIMIT) })
  }

  field(projection: Projection): Query<Partial<T>> {
    return this.with<Partial<T>>({ projection: projector(projection) })
  }

  get(): Promise<{ data: WithId<T>[] }> {
    return this.engine.read(() => ({ data: this.engine.find(this.state) as WithId<T>[] }))
  }

  count(): Promise<{ total: number }> {
    return this.engine.read(() => ({ total: this.engine.count(this.state) }))
  }

  /** Bulk writes need an explicit where() (use where({}) for all): a bare collection.remove() is too easy to misuse. */
  private bulk(): QueryState {
    if (!this.state.where) throw invalidParam('update()/remove() on a query need where() first')
    return this.state
  }

  update(data: UpdateData): Promise<{ updated: number }> {
    return this.engine.run(() => ({ updated: this.engine.update(this.bulk(), data) }), this.state.refuse)
  }

  remove(): Promise<{ deleted: number }> {
    return this.engine.run(() => ({ deleted: this.engine.remove(this.bulk()) }), this.state.refuse)
  }

  /** For explainQueryPlan. */
  explain(kind: 'get' | 'count'): string[] {
    return this.engine.explain(this.state, kind)
  }
}

class SqliteCollection<T extends object> extends SqliteQuery<T> implements Collection<T> {
  add(doc: NewDoc<T>): Promise<{ id: string }> {
    return this.engine.run(() => ({ id: this.engine.add(this.state.collection, doc) }), this.state.refuse)
  }

  doc(id: string): DocumentRef<T> {
    const { engine, state } = this
    const { refuse } = state
    const target = { collection: state.collection, where: byId(checkId(id)) }
    return {
      get: () => engine.read(() => ({ data: [engine.get(target.collection, id, refuse)].filter(Boolean) as WithId<T>[] })),
      set: (doc) => engine.run(() => ({ updated: engine.set(target.collection, id, doc) }), refuse),
      update: (data) => engine.run(() => ({ updated: engine.update(target, data) }), refuse),
      remove: () => engine.run(() => ({ deleted: engine.remove(target) }), refuse),
    }
  }
}

class SqliteTransaction implements Transaction {
  constructor(
    private readonly engine: Engine,
    private readonly state: TxState,
  ) {}

  /** Runs now (the transaction already holds the database) as long as it is still open. */
  private now<R>(work: () => R): Promise<R> {
    return this.engine.txRequest(this.state, work)
  }

  collection<T extends object = DocData>(collection: string): TransactionCollection<T> {
    const { engine } = this
    return {
      add: (doc) => this.now(() => ({ id: engine.add(collection, doc) })),
      doc: (id): TransactionDocumentRef<T> => {
        const target = { collection, where: byId(checkId(id)) }
        return {
          get: () => this.now(() => ({ data: engine.get(collection, id) as WithId<T> | null })),
          set: (doc) => this.now(() => ({ updated: engine.set(collection, id, doc) })),
          update: (data) => this.now(() => ({ updated: engine.update(target, data) })),
          delete: () => this.now(() => ({ deleted: engine.remove(target) })),
        }
      },
    }
  }
}

/**
 * Opens (creating if needed) an embedded database file, or ':memory:'. With a schema, its tables
 * and indexes are created (indexes re-created when their definition changed, dropped when no longer
 * declared) before it is returned, and undeclared collections are refused; without one, tables
 * appear on first use. `readOnly`: the file as another process writes it (server/cluster.ts),
 * every write refused.
 */
export function openEmbeddedDatabase(
  file: string,
  options: { schema?: readonly CollectionSchema[]; profile?: CloudBaseProfile | null; readOnly?: ReadOnly } = {},
): EmbeddedDatabase {
  const engine = new Engine(file, options.profile ?? null, options.readOnly ?? null)
  try {
    if (options.schema) {
      engine.declared = new Set(options.schema.map((c) => c.name))
      // The writing process keeps the schema.
      if (options.readOnly) return database(engine)
      for (const { name, indexes } of options.schema) {
        if (indexes.length > MAX_INDEXES_PER_COLLECTION) throw invalidParam(`collection ${name}: ${indexes.length} indexes; CloudBase allows ${MAX_INDEXES_PER_COLLECTION}`)
        engine.table(name)
        engine.dropUndeclaredIndexes(name, indexes.map((i) => i.name))
        for (const index of indexes) engine.createIndex({ collection: name, ...index })
      }
    }
    engine.optimize()
  } catch (e) {
    engine.close()
    throw e
  }
  return database(engine)
}

function database(engine: Engine, refuse?: () => Error): EmbeddedDatabase {
  return {
    collection: <T extends object = DocData>(name: string): Collection<T> => {
      if (typeof name !== 'string' || !NAME.test(name)) throw invalidParam(`invalid collection name: ${String(name)}`)
      return new SqliteCollection<T>(engine, { collection: name, order: new Map(), skip: 0, limit: DEFAULT_QUERY_LIMIT, refuse })
    },
    command,
    RegExp: makePattern,
    runTransaction: (fn) => engine.runTransaction(fn, refuse),
    refusingWith: (callerRefuse) => {
      if (!engine.readOnly) throw new Error('refusingWith: the database is not read-only')
      return database(engine, callerRefuse)
    },
    profile: engine.profile,
    close: () => engine.close(),
    integrityCheck: () => engine.integrityCheck(),
  }
}

/** EXPLAIN QUERY PLAN lines of what a query's get() (or count()) runs: to check that an index is used. */
export function explainQueryPlan(query: Query<object>, kind: 'get' | 'count' = 'get'): string[] {
  if (!(query instanceof SqliteQuery)) throw new TypeError('not a query of an embedded database')
  return query.explain(kind)
}
