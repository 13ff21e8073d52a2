import { bumpCounter } from '../db/counters'
import type { Database } from '../db/types'

export const RATE_LIMITS = 'rateLimits'

/**
 * How many writes of one kind one caller made in one fixed window; `_id` = kind:caller:windowStart.
 * `caller` is the caller's key (identity.ts callerKey), never the openid: counters outlive a
 * deleted account, so its limits hold when the same person comes back.
 */
export interface RateCounter {
  _id: string
  kind: string
  caller: string
  windowStart: string
  count: number
}

export const rateLimitsRepository = (db: Database) => {
  const coll = () => db.collection<RateCounter>(RATE_LIMITS)
  return {
    async count(id: string): Promise<number> {
      const { data } = await coll().doc(id).get()
      return data[0]?.count ?? 0
    },

    /** Adds one to the counter, creating it on first use. */
    async hit(id: string, fields: Omit<RateCounter, '_id' | 'count'>): Promise<void> {
      await bumpCounter(db, RATE_LIMITS, id, fields)
    },
  }
}
