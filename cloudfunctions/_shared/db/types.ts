/**
 * The database API the app is written against: the subset of CloudBase's `Db`
 * (@cloudbase/node-sdk 3.18 → @cloudbase/database 1.4) that we use, and nothing more.
 *
 * Why narrow: in production the real SDK database is passed in, locally the SQLite engine in
 * sqlite.ts. The SDK's own types are mostly `any` (runTransaction, RegExp, every result), so
 * coding against them would let code call things the local engine lacks or read results that
 * don't exist. test/db/sdk-compat.ts proves the SDK's `Db` is assignable to `Database`, so the
 * real object can be passed in unchanged; this file only ever shrinks what callers may use.
 *
 * Values: documents hold JSON values only (strings, finite numbers, booleans, null, arrays,
 * plain objects). Dates are stored as ISO strings or epoch-ms numbers, never `Date` objects.
 */

/** A stored document's fields; `_id` is added by the database. */
export type DocData = Record<string, unknown>

/** A document as read back: always carries its `_id`. */
export type WithId<T> = T & { _id: string }

/** A document to add: `_id` is optional (a 32-hex id is generated when absent). */
export type NewDoc<T> = Omit<T, '_id'> & { _id?: string }

/**
 * Result of a query command (`eq`, `gt`, `in`, `and`, ...). Opaque: only pass it as a `where`
 * value (or to `where` itself for `and`/`or`). The shape is the part the SDK's classes share.
 */
export interface QueryOperator {
  readonly operator: string
  readonly operands: unknown
}

/** Result of an update command (`inc`, `remove`). Opaque: only pass it as an `update` value. */
export interface UpdateOperator {
  readonly operator: string
  readonly operands: unknown
}

/** Result of `db.RegExp(...)`: a pattern to use as a `where` value. */
export interface RegExpCondition {
  readonly $regularExpression?: { pattern?: string; options?: string }
}

/**
 * A `where` condition: `{ field: value | operator | RegExp }`; dotted keys and nested plain
 * objects both address nested fields; `command.and/or(...)` may be passed as a whole.
 */
export type Condition = { [field: string]: unknown } | QueryOperator

/** An update: `{ 'a.b': value | command.inc(n) | command.remove() }`; nested objects merge. */
export type UpdateData = { [path: string]: unknown }

/** `field()` projection: `true`/1 to include, `false`/0 to exclude. */
export type Projection = { [field: string]: boolean | 0 | 1 }

export type OrderDirection = 'asc' | 'desc'

export interface Query<T extends object = DocData> {
  /** Replaces any earlier `where` (the SDK does the same, it does not merge). */
  where(condition: Condition): Query<T>
  /** Several calls sort by each field in call order. */
  orderBy(field: string, direction: OrderDirection): Query<T>
  skip(offset: number): Query<T>
  /** Default 100, larger values are clamped to 1000, as the SDK does. */
  limit(max: number): Query<T>
  field(projection: Projection): Query<Partial<T>>
  get(): Promise<{ data: WithId<T>[] }>
  /** Ignores skip/limit/orderBy. */
  count(): Promise<{ total: number }>
  /** Updates every matched document (skip/limit/orderBy are ignored). */
  update(data: UpdateData): Promise<{ updated: number }>
  /** Removes every matched document (skip/limit/orderBy are ignored). */
  remove(): Promise<{ deleted: number }>
}

export interface Collection<T extends object = DocData> extends Query<T> {
  /** `id` is always set for a single document; the SDK's type marks it optional. */
  add(doc: NewDoc<T>): Promise<{ id?: string }>
  doc(id: string): DocumentRef<T>
}

export interface DocumentRef<T extends object = DocData> {
  /** `data` holds the document, or is empty when it does not exist. */
  get(): Promise<{ data: WithId<T>[] }>
  /** Replaces the whole document (creating it if missing); `doc` must not contain `_id`. */
  set(doc: Omit<T, '_id'>): Promise<{ updated: number }>
  /** `updated` is 0 when the document is missing or nothing changed. */
  update(data: UpdateData): Promise<{ updated: number }>
  remove(): Promise<{ deleted: number }>
}

export interface Command {
  eq(value: unknown): QueryOperator
  neq(value: unknown): QueryOperator
  gt(value: unknown): QueryOperator
  gte(value: unknown): QueryOperator
  lt(value: unknown): QueryOperator
  lte(value: unknown): QueryOperator
  in(values: unknown[]): QueryOperator
  nin(values: unknown[]): QueryOperator
  /** On an array field: it holds every one of the values (the one array operator; a multikey index serves it). */
  all(values: unknown[]): QueryOperator
  exists(present: boolean): QueryOperator
  /**
   * Whole conditions (`where(_.or([{ a: 1 }, { b: 2 }]))`) or operators of one field
   * (`{ a: _.or(_.lt(0), _.gt(9)) }`); like the SDK, takes an array or the items as arguments.
   */
  and(...conditions: Condition[] | [Condition[]]): QueryOperator
  or(...conditions: Condition[] | [Condition[]]): QueryOperator
  inc(by: number): UpdateOperator
  /** Unsets the field. */
  remove(): UpdateOperator
}

/** Inside `runTransaction` only single-document reads and writes are available (as in CloudBase). */
export interface Transaction {
  collection<T extends object = DocData>(name: string): TransactionCollection<T>
}

export interface TransactionCollection<T extends object = DocData> {
  add(doc: NewDoc<T>): Promise<{ id?: string }>
  doc(id: string): TransactionDocumentRef<T>
}

export interface TransactionDocumentRef<T extends object = DocData> {
  /** Unlike outside a transaction, `data` is the document itself, or null (SDK behaviour). */
  get(): Promise<{ data: WithId<T> | null }>
  set(doc: Omit<T, '_id'>): Promise<{ updated: number }>
  update(data: UpdateData): Promise<{ updated: number }>
  delete(): Promise<{ deleted: number }>
}

export interface Database {
  collection<T extends object = DocData>(name: string): Collection<T>
  readonly command: Command
  /** A pattern as a `where` value, `{ title: db.RegExp({ regexp: escaped, options: 'i' }) }`: checked on each document an index found, never a way to find them. */
  RegExp(pattern: { regexp: string; options?: string }): RegExpCondition
  /** Commits when `fn` resolves, rolls back when it throws; resolves to `fn`'s result. */
  runTransaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R>
}
