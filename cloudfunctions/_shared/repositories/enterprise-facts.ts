import type { Database, Transaction } from '../db/types'
import type { Facts } from '../rules/facts'

export const ENTERPRISE_FACTS = 'enterprise_facts'

/** One stated fact: its value and when the firm stated it (ISO time). */
export interface StatedFact<V = unknown> {
  value: V
  statedAt: string
}

export type StatedFacts = { [K in keyof Facts]?: StatedFact<Facts[K]> }

/**
 * The facts an enterprise stated for the rules engine (政策找企业), one document per
 * employer: `_id` is the employer's id. `version` grows with every change, so a match computed
 * from older facts can be told apart.
 */
export interface EnterpriseFacts {
  _id: string
  ownerOpenId: string
  facts: StatedFacts
  version: number
  updatedAt: string
}

export const enterpriseFactsRepository = (db: Database) => {
  const coll = () => db.collection<EnterpriseFacts>(ENTERPRISE_FACTS)
  return {
    async find(employerId: string): Promise<EnterpriseFacts | null> {
      const { data } = await coll().doc(employerId).get()
      return data[0] ?? null
    },

    /** The facts of up to 1000 employers at once. */
    async findMany(employerIds: readonly string[]): Promise<Map<string, EnterpriseFacts>> {
      if (!employerIds.length) return new Map()
      const { data } = await coll().where({ _id: db.command.in([...employerIds]) }).limit(1000).get()
      return new Map(data.map((d) => [d._id, d]))
    },

    /**
     * Sets (value) or clears (undefined) facts atomically, bumping the version; returns the new
     * document. `change` sees the current document (or null).
     */
    async apply(employerId: string, ownerOpenId: string, change: (current: EnterpriseFacts | null) => StatedFacts, at: string): Promise<EnterpriseFacts> {
      return db.runTransaction(async (tx: Transaction) => {
        const ref = tx.collection<EnterpriseFacts>(ENTERPRISE_FACTS).doc(employerId)
        const { data: current } = await ref.get()
        const doc: Omit<EnterpriseFacts, '_id'> = { ownerOpenId, facts: change(current), version: (current?.version ?? 0) + 1, updatedAt: at }
        await ref.set(doc)
        return { _id: employerId, ...doc }
      })
    },
  }
}
