import type { Database } from '../db/types'

export const MATCHING_RUNS = 'matching_runs'
export const MATCHES = 'matches'

export interface ProvisionTotals {
  key: string
  measure: number
  provision: string
  eligible: number
  amount: number
  amountMax: number
  needsInfo: number
  /** needs-info firms by the one fact missing */
  missing: { fact: string; count: number }[]
}

export interface CityTotals {
  city: string
  /** firms eligible for at least one provision */
  firms: number
  eligible: number
  amount: number
  needsInfo: number
}

/**
 * A matching run (admin.runMatching): progress and running totals. Totals are lists, not objects
 * keyed by city or provision: CloudBase field names are letters, digits and `_` only.
 */
export interface MatchingRun {
  _id: string
  asOf: string
  /** As of another day than today: the bureau's what-if. Firms get no message and no recommendation from it. */
  simulation: boolean
  status: 'running' | 'done'
  total: number
  processed: number
  /** the last employer _id processed; the next batch starts after it */
  cursor: string
  /** firms read per batch: halved after a batch that never committed, so no batch is retried for ever */
  batchSize: number
  /** the batch being written (set before its writes, gone once its cursor commits) */
  attempt?: { cursor: string; batchSize: number }
  batches: number
  /** firms that got a message because the run found something new for them */
  notified: number
  provisions: ProvisionTotals[]
  cities: CityTotals[]
  startedBy: string
  startedAt: string
  updatedAt: string
  finishedAt?: string
  /** time its batches took, summed (ctx.elapsedMs: the wall clock in the cloud, the modelled time under the local profile) */
  elapsedMs: number
}

/** One firm × provision of a run: eligible (amount, working) or needs-info with exactly one missing fact. */
export interface Match {
  _id: string
  runId: string
  employerId: string
  employerName: string
  creditCode: string
  city: string
  district: string
  measure: number
  provision: string
  key: string
  status: 'eligible' | 'needs-info'
  amount?: number
  amountMax?: number
  working?: string
  missing?: string
  factsVersion: number
}

export const matchId = (runId: string, employerId: string, key: string) => `${runId}:${employerId}:${key}`

export const matchingRepository = (db: Database) => {
  const runs = () => db.collection<MatchingRun>(MATCHING_RUNS)
  const matches = () => db.collection<Match>(MATCHES)
  return {
    async createRun(run: Omit<MatchingRun, '_id'>): Promise<MatchingRun> {
      const { id } = await runs().add(run)
      return { _id: id as string, ...run }
    },
    async findRun(id: string): Promise<MatchingRun | null> {
      const { data } = await runs().doc(id).get()
      return data[0] ?? null
    },
    async latestRun(): Promise<MatchingRun | null> {
      const { data } = await runs().orderBy('startedAt', 'desc').orderBy('_id', 'desc').limit(1).get()
      return data[0] ?? null
    },
    async recentRuns(limit: number): Promise<MatchingRun[]> {
      const { data } = await runs().orderBy('startedAt', 'desc').orderBy('_id', 'desc').limit(limit).get()
      return data
    },
    /** A page of a run's matches of one provision and status, the largest amount first (then by _id, a total order). */
    async page(runId: string, key: string, status: Match['status'], limit: number, skip = 0): Promise<Match[]> {
      const { data } = await matches().where({ runId, key, status }).orderBy('amount', 'desc').orderBy('_id', 'desc').skip(skip).limit(limit).get()
      return data
    },
    /** Notes the batch about to be written, before its writes. */
    async markAttempt(runId: string, attempt: NonNullable<MatchingRun['attempt']>): Promise<void> {
      await runs().doc(runId).update({ attempt })
    },
    /** Writes one match (again, if a batch is retried: the same id). */
    async saveMatch({ _id, ...match }: Match): Promise<void> {
      await matches().doc(_id).set(match)
    },
    /** A run's matches of these firms, left by an attempt of their batch that never committed. */
    async removeMatches(runId: string, employerIds: readonly string[]): Promise<void> {
      await matches().where({ runId, employerId: db.command.in([...employerIds]) }).remove()
    },
    /** Every match of a run, paged by _id (at most 1000 per call). */
    async after(runId: string, cursor: string, limit: number): Promise<Match[]> {
      const { data } = await matches().where({ runId, _id: db.command.gt(cursor) }).orderBy('_id', 'asc').limit(limit).get()
      return data
    },
  }
}
