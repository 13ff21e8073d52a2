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
  missing: Record<string, number>
}

export interface CityTotals {
  city: string
  /** firms eligible for at least one provision */
  firms: number
  eligible: number
  amount: number
  needsInfo: number
}

/** A matching run (admin.runMatching): progress and running totals. */
export interface MatchingRun {
  _id: string
  asOf: string
  status: 'running' | 'done'
  total: number
  processed: number
  /** the last employer _id processed; the next batch starts after it */
  cursor: string
  batches: number
  /** firms that got a message because the run found something new for them */
  notified: number
  provisions: Record<string, ProvisionTotals>
  cities: Record<string, CityTotals>
  startedBy: string
  startedAt: string
  updatedAt: string
  finishedAt?: string
  /** milliseconds spent evaluating and writing, summed over batches */
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
      const { data } = await runs().orderBy('startedAt', 'desc').limit(1).get()
      return data[0] ?? null
    },
    async recentRuns(limit: number): Promise<MatchingRun[]> {
      const { data } = await runs().orderBy('startedAt', 'desc').limit(limit).get()
      return data
    },
    /** A page of a run's matches of one provision and status, the largest amount first (then by _id). */
    async page(runId: string, key: string, status: Match['status'], limit: number, skip = 0): Promise<Match[]> {
      const { data } = await matches().where({ runId, key, status }).orderBy('amount', 'desc').orderBy('_id', 'asc').skip(skip).limit(limit).get()
      return data
    },
    /** Every match of a run, paged by _id (at most 1000 per call). */
    async after(runId: string, cursor: string, limit: number): Promise<Match[]> {
      const { data } = await matches().where({ runId, _id: db.command.gt(cursor) }).orderBy('_id', 'asc').limit(limit).get()
      return data
    },
  }
}
