import { isDuplicateKeyError } from '../db/errors'
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

    /** Adds one, creating the counter on first use; safe under concurrency without a transaction. */
    async hit(id: string, base: Omit<RateCounter, '_id' | 'count'>): Promise<void> {
      const inc = () => coll().doc(id).update({ count: db.command.inc(1) })
      if ((await inc()).updated > 0) return
      try {
        await coll().add({ _id: id, ...base, count: 1 })
        return
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error
      }
      await inc()
    },
  }
}
