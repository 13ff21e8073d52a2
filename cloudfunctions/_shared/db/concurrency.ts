import { MAX_CONCURRENT_DB_REQUESTS } from './cloudbase-limits'

/**
 * Database requests one call keeps in flight when it fans out: half of what CloudBase allows at
 * once, as other calls share the allowance (beyond it requests fail: EXCEED_CONCURRENT_REQUEST_LIMIT).
 */
export const DB_PARALLELISM = Math.floor(MAX_CONCURRENT_DB_REQUESTS / 2)

/**
 * `fn` over every item, at most `limit` running at once, the results in the items' order. For a
 * fan-out of database requests (each `fn` making one at a time): a plain Promise.all of many sends
 * them all at once, past the cloud's limit.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>, limit = DB_PARALLELISM): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
