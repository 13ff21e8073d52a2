import type { Database } from '../db/types'

export const RECOMMENDATIONS = 'recommendations'

/**
 * One measure a firm qualifies for, as the latest matching run found it (为您推荐). `_id` is
 * `${employerId}:${measure}/${provision}`; `factsVersion` is the version of the firm's facts it was
 * computed from — a recommendation from older facts is never shown.
 */
export interface Recommendation {
  _id: string
  employerId: string
  ownerOpenId: string
  measure: number
  provision: string
  key: string
  amount?: number
  amountMax?: number
  working?: string
  reasons: string[]
  citation: string
  asOf: string
  runId: string
  factsVersion: number
  /** When a run first found it, and which (kept while later runs still find it). */
  foundAt: string
  foundBy: string
  updatedAt: string
}

export const recommendationId = (employerId: string, key: string) => `${employerId}:${key}`

export const recommendationsRepository = (db: Database) => {
  const coll = () => db.collection<Recommendation>(RECOMMENDATIONS)
  return {
    async listForEmployer(employerId: string): Promise<Recommendation[]> {
      const { data } = await coll().where({ employerId }).limit(100).get()
      return data
    },
    /** Every recommendation of up to 100 employers (at most 10 provisions each). */
    async listForEmployers(employerIds: readonly string[]): Promise<Recommendation[]> {
      if (!employerIds.length) return []
      const { data } = await coll().where({ employerId: db.command.in([...employerIds]) }).limit(1000).get()
      return data
    },
    /** Writes one recommendation (again, if a batch is retried: the same id). */
    async save({ _id, ...rec }: Recommendation): Promise<void> {
      await coll().doc(_id).set(rec)
    },
    async remove(id: string): Promise<void> {
      await coll().doc(id).remove()
    },
    async removeForEmployer(employerId: string): Promise<number> {
      return (await coll().where({ employerId }).remove()).deleted
    },
  }
}
