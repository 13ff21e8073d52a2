import { explainQueryPlan, type EmbeddedDatabase } from '../../server/db/embedded'
import type { Database, Query } from '../../cloudfunctions/_shared/db/types'

export interface RecordedPlan {
  collection: string
  kind: 'get' | 'count'
  /** EXPLAIN QUERY PLAN of the query as it was run. */
  plan: string
}

const isQuery = (v: unknown): v is Query<object> =>
  typeof v === 'object' && v !== null && typeof (v as Query<object>).where === 'function' && typeof (v as Query<object>).get === 'function'

/**
 * The database as the functions see it, recording the query plan of every query they run
 * (get and count), so a test can prove what the functions do is served by an index.
 */
export function recordQueryPlans(db: EmbeddedDatabase): { db: Database; plans: RecordedPlan[] } {
  const plans: RecordedPlan[] = []
  const wrap = <Q extends Query<object>>(query: Q, collection: string): Q =>
    new Proxy(query, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop)
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (prop === 'get' || prop === 'count') plans.push({ collection, kind: prop, plan: explainQueryPlan(target, prop).join('\n') })
          const result: unknown = value.apply(target, args)
          return isQuery(result) ? wrap(result, collection) : result
        }
      },
    })
  return { db: { ...db, collection: (name: string) => wrap(db.collection(name), name) } as Database, plans }
}
