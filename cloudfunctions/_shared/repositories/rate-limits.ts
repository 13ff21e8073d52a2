import { bumpCounter } from '../db/counters'
import type { Database } from '../db/types'

export const RATE_LIMITS = 'rateLimits'

/** How many writes of one kind one caller made in one fixed window; `_id` = kind:openid:windowStart. */
export interface RateCounter {
  _id: string
  kind: string
  openId: string
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

    async removeFor(openId: string): Promise<number> {
      return (await coll().where({ openId }).remove()).deleted
    },

    /** Adds one to the counter, creating it on first use. */
    async hit(id: string, fields: Omit<RateCounter, '_id' | 'count'>): Promise<void> {
      await bumpCounter(db, RATE_LIMITS, id, fields)
    },
  }
}
