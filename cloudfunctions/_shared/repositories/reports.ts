import type { Database } from '../db/types'
import type { ReportReason, ReportStatus } from '../catalog/seekers'

export const REPORTS = 'reports'

/**
 * A report of a posting to the bureau: one per posting and person, which a unique index on
 * (jobId, reporterKey) enforces. The reporter's openid is replaced by a random placeholder when
 * they delete their account; the key stays, so coming back does not make a second report.
 */
export interface Report {
  _id: string
  jobId: string
  employerId: string
  /** Copied from the posting when reported. */
  jobTitle: string
  employerName: string
  reporterOpenId: string
  /** The reporter's key (identity.ts callerKey): no openid, and it outlives the account. */
  reporterKey: string
  reason: ReportReason
  note: string
  status: ReportStatus
  /** The administrator's note: why the posting was taken down, or why the report was not upheld. */
  resolution?: string
  reviewedBy?: string
  reviewedAt?: string
  createdAt: string
  updatedAt: string
}

export const reportsRepository = (db: Database) => {
  const reports = () => db.collection<Report>(REPORTS)
  return {
    /** A single insert: a second report of the posting by the same caller throws the database's duplicate-key error. */
    async create(doc: Omit<Report, '_id'>): Promise<Report> {
      const { id } = await reports().add(doc)
      return { _id: id as string, ...doc }
    },

    async findById(id: string): Promise<Report | null> {
      const { data } = await reports().doc(id).get()
      return data[0] ?? null
    },

    /** The person's report of the posting, by their key: also one made before they deleted an account. */
    async findOne(jobId: string, reporterKey: string): Promise<Report | null> {
      const { data } = await reports().where({ jobId, reporterKey }).limit(1).get()
      return data[0] ?? null
    },

    /** Open reports, the longest waiting first. */
    async listOpen(limit: number): Promise<Report[]> {
      const { data } = await reports().where({ status: 'open' }).orderBy('createdAt', 'asc').orderBy('_id', 'asc').limit(limit).get()
      return data
    },

    async countOpen(): Promise<number> {
      return (await reports().where({ status: 'open' }).count()).total
    },

    async countOpenForJob(jobId: string): Promise<number> {
      return (await reports().where({ jobId, status: 'open' }).count()).total
    },

    /** Records the decision on every open report of a posting (or only on `id`); how many changed. */
    async resolve(
      target: { id: string } | { jobId: string },
      decision: { status: Exclude<ReportStatus, 'open'>; resolution: string; by: string; at: string },
    ): Promise<number> {
      const where = 'id' in target ? { _id: target.id, status: 'open' } : { jobId: target.jobId, status: 'open' }
      const { updated } = await reports()
        .where(where)
        .update({ status: decision.status, resolution: decision.resolution, reviewedBy: decision.by, reviewedAt: decision.at, updatedAt: decision.at })
      return updated
    },

    async listByReporter(reporterOpenId: string): Promise<Report[]> {
      const { data } = await reports().where({ reporterOpenId }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(500).get()
      return data
    },

    /** Keeps the reports for the bureau but no longer says who made them. */
    async anonymiseReporter(reporterOpenId: string, placeholder: string): Promise<number> {
      return (await reports().where({ reporterOpenId }).update({ reporterOpenId: placeholder })).updated
    },
  }
}
