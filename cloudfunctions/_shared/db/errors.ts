import { TRANSACTION_CONFLICT } from './cloudbase-limits'

/**
 * Database errors shaped like the CloudBase SDK's (`TcbError`: an Error with a string `code`),
 * so callers handle the cloud and the local engine the same way.
 */

/** CloudBase's code for a unique-index (or `_id`) collision, see docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE. */
export const DUPLICATE_WRITE = 'DATABASE_DUPLICATE_WRITE'
/** The SDK's code for a rejected argument. */
export const INVALID_PARAM = 'INVALID_PARAM'

export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'DbError'
  }
}

export const invalidParam = (message: string) => new DbError(INVALID_PARAM, message)

/**
 * True for a duplicate-key write from either engine: the SDK throws `{ code: 'DATABASE_DUPLICATE_WRITE' }`;
 * older wrappers only pass MongoDB's code 11000 or its "E11000 duplicate key" message through.
 * Lets services rely on a unique index instead of read-before-write.
 */
export function isDuplicateKeyError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false
  const { code, errCode, message, errMsg } = e as Record<string, unknown>
  if (code === DUPLICATE_WRITE || errCode === DUPLICATE_WRITE || code === 11000 || errCode === 11000) return true
  return [message, errMsg].some((m) => typeof m === 'string' && /\bE11000 duplicate key\b/.test(m))
}

/**
 * True when CloudBase aborted a transaction that lost a write conflict (another transaction wrote the
 * same document or unique key first): the SDK's `DATABASE_TRANSACTION_CONFLICT`, or MongoDB's
 * WriteConflict passed through by older wrappers.
 */
export function isWriteConflict(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false
  const { code, errCode, message, errMsg } = e as Record<string, unknown>
  if (code === TRANSACTION_CONFLICT || errCode === TRANSACTION_CONFLICT) return true
  return [message, errMsg].some((m) => typeof m === 'string' && /\bWriteConflict\b|\bwrite conflict\b/i.test(m))
}
