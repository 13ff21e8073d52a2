import { isDuplicateKeyError } from './errors'
import type { Database } from './types'

/**
 * Adds one to the `count` of a counter document, creating it (with `fields`) on first use; `also`
 * is set on every bump. Safe under concurrency without a transaction: the increment is atomic,
 * and of two calls creating the same counter the loser counts on the winner's.
 */
export async function bumpCounter(
  db: Database,
  collection: string,
  id: string,
  fields: Record<string, unknown>,
  also: Record<string, unknown> = {},
): Promise<void> {
  const counter = () => db.collection(collection).doc(id)
  const inc = () => counter().update({ count: db.command.inc(1), ...also })
  if ((await inc()).updated > 0) return
  try {
    await db.collection(collection).add({ _id: id, ...fields, ...also, count: 1 })
    return
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
  await inc()
}
