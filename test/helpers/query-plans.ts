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

/** A query built again on another database by the same calls (where, orderBy, limit…). */
type Replay = (db: Database) => Query<object>

/**
 * The database as the functions see it, recording the query plan of every query they run
 * (get and count), so a test can prove what the functions do is served by an index.
 *
 * `planOn`: explain each query on that database instead (the same schema, e.g. one never written
 * to): the plan then depends on the indexes alone, not on the statistics the planner gathers once
 * enough has been written (on a table of a few rows a scan is cheapest, and SQLite knows it).
 */
export function recordQueryPlans(db: EmbeddedDatabase, planOn?: EmbeddedDatabase): { db: Database; plans: RecordedPlan[] } {
  const plans: RecordedPlan[] = []
  const wrap = <Q extends Query<object>>(query: Q, collection: string, replay: Replay): Q =>
    new Proxy(query, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop)
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (prop === 'get' || prop === 'count') {
            plans.push({ collection, kind: prop, plan: explainQueryPlan(planOn ? replay(planOn) : target, prop).join('\n') })
          }
          const result: unknown = value.apply(target, args)
          const next: Replay = (other) => {
            const query = replay(other)
            return (Reflect.get(query, prop) as (...a: unknown[]) => Query<object>).apply(query, args)
          }
          return isQuery(result) ? wrap(result, collection, next) : result
        }
      },
    })
  return { db: { ...db, collection: (name: string) => wrap(db.collection(name), name, (other) => other.collection(name)) } as Database, plans }
}
