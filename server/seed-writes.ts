/**
 * How the seed writes: documents in their final state, a few hundred to a transaction. On disk
 * every commit waits for the disk (server/db/embedded.ts keeps writes durable), so a province
 * written one document at a time would take seconds; in transactions it takes a few commits.
 */
import { randomHex } from '../cloudfunctions/_shared/random-hex'
import type { Database, Transaction } from '../cloudfunctions/_shared/db/types'
import type { Job } from '../cloudfunctions/_shared/repositories/jobs'
import type { PostingPlan } from './seed-province'

export const HOUR_MS = 3_600_000

/**
 * Database requests per seeding transaction: well inside what CloudBase's transaction deadline
 * allows (server/db/cloudbase-profile.ts models it: 30 s at 25 ms a request).
 */
const REQUESTS_PER_TRANSACTION = 500

/** The instant `hoursAgo` hours before `now`, as ISO. */
export const hoursBefore = (now: Date, hoursAgo: number) => new Date(now.getTime() - Math.round(hoursAgo * HOUR_MS)).toISOString()

/** A document id as CloudBase makes them (32 hex digits): a transaction's add() does not promise to return one. */
export const newId = () => randomHex(16)

/** A posting as written: the plan and the stored document. */
export interface SeededPosting {
  plan: PostingPlan
  job: Job
}

/** One database write in a transaction. */
export type Write = (tx: Transaction) => Promise<unknown>

/** Writes each item (`requests` database requests each, at most) in as few transactions as the deadline allows. */
export async function writeInTransactions<T>(db: Database, items: readonly T[], requests: number, write: (tx: Transaction, item: T) => Promise<unknown>): Promise<void> {
  const perTransaction = Math.max(1, Math.floor(REQUESTS_PER_TRANSACTION / requests))
  for (let i = 0; i < items.length; i += perTransaction) {
    await db.runTransaction(async (tx) => {
      for (const item of items.slice(i, i + perTransaction)) await write(tx, item)
    })
  }
}
