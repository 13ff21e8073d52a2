import { randomHex } from '../random-hex'
import { bumpCounter } from '../db/counters'
import { isDuplicateKeyError } from '../db/errors'
import type { Database, Transaction } from '../db/types'
import type { InterviewAnswer } from '../catalog/interview'
import type { ApplicationStatus } from '../catalog/seekers'
import type { SeekerProfileContent } from './seekers'

export const APPLICATIONS = 'applications'
/** Counters of applications made: per day (Shanghai), per posting and in all. They outlive the applications. */
export const APPLICATION_COUNTS = 'applicationCounts'
/**
 * Who has been counted as an applicant to a posting: one document per posting and person,
 * `_id` = `<jobId>:<applicant's key>` (identity.ts callerKey), nothing else about them. It outlives
 * a deleted account, so applying again to the same posting after deleting it is not counted again.
 */
export const COUNTED_APPLICANTS = 'countedApplicants'

export interface TimelineEntry {
  status: ApplicationStatus
  /** ISO time of the change. */
  at: string
  /** What the firm added, e.g. the interview's time and place. */
  note?: string
}

/** The interview a firm invited to, and the seeker's answer once given. */
export interface Interview {
  /** ISO instant of the start. */
  startAt: string
  place: string
  contactName: string
  contactPhone: string
  note?: string
  /** Every key always written (note null when none): an update merges nested objects, so an absent key would keep an earlier answer's. */
  answer?: { answer: InterviewAnswer; note: string | null; at: string }
}

/**
 * A seeker's application to a posting: one per (jobId, seekerOpenId), which a unique index
 * enforces. It carries what the seeker sent (a copy of the profile at the time) and every status
 * change with its time.
 */
export interface Application {
  _id: string
  jobId: string
  seekerOpenId: string
  employerId: string
  /** Copied from the posting, for 我的投递 should the posting go. */
  jobTitle: string
  employerName: string
  /** The profile as sent with the application. */
  seeker: SeekerProfileContent
  status: ApplicationStatus
  timeline: TimelineEntry[]
  /** The fair whose page it was made from, if any (the fair's 投递 figure counts it). */
  fairId?: string
  /** The latest interview invitation, while and after the status is interview. */
  interview?: Interview
  createdAt: string
  updatedAt: string
}

export interface ApplicationCount {
  _id: string
  scope: 'day' | 'job' | 'all'
  /** YYYY-MM-DD in Shanghai, for `day`. */
  day?: string
  jobId?: string
  employerId?: string
  count: number
  updatedAt: string
}

export const dayCountId = (day: string) => `day-${day}`
export const jobCountId = (jobId: string) => `job-${jobId}`
export const ALL_COUNT_ID = 'all'

/** The most applications one list returns (a seeker's, or one posting's). */
export const LIST_LIMIT = 500

/**
 * The writes of an application's status, inside a transaction that also records the change
 * (audit log, the seeker's message): the application and its record stand or fall together.
 */
export const applicationWrites = (tx: Transaction) => {
  const applications = () => tx.collection<Application>(APPLICATIONS)
  return {
    /** A single insert: a second application to the same posting by the same seeker throws the database's duplicate-key error. */
    async create(doc: Omit<Application, '_id'>): Promise<Application> {
      // The id is ours: a transaction's add() does not promise to return one.
      const application = { _id: randomHex(16), ...doc }
      await applications().add(application)
      return application
    },

    /** Writes the change if nobody changed the application since it was read; false otherwise. */
    async update(current: Application, changes: Partial<Pick<Application, 'status' | 'timeline' | 'seeker' | 'fairId' | 'interview' | 'updatedAt'>>): Promise<boolean> {
      const ref = applications().doc(current._id)
      const { data } = await ref.get()
      if (!data || data.status !== current.status || data.updatedAt !== current.updatedAt) return false
      await ref.update(changes)
      return true
    },
  }
}

export const applicationsRepository = (db: Database) => {
  const applications = () => db.collection<Application>(APPLICATIONS)
  const counts = () => db.collection<ApplicationCount>(APPLICATION_COUNTS)

  /** Adds one to a counter, creating it on first use. */
  const bump = (id: string, fields: Omit<ApplicationCount, '_id' | 'count' | 'updatedAt'>, at: string) =>
    bumpCounter(db, APPLICATION_COUNTS, id, fields, { updatedAt: at })

  return {
    async findById(id: string): Promise<Application | null> {
      const { data } = await applications().doc(id).get()
      return data[0] ?? null
    },

    async findOne(jobId: string, seekerOpenId: string): Promise<Application | null> {
      const { data } = await applications().where({ jobId, seekerOpenId }).limit(1).get()
      return data[0] ?? null
    },

    /** The seeker's applications to these postings (for a page of the board or the favourites). */
    async findForJobs(seekerOpenId: string, jobIds: readonly string[]): Promise<Application[]> {
      if (!jobIds.length) return []
      const { data } = await applications().where({ seekerOpenId, jobId: db.command.in([...new Set(jobIds)]) }).limit(1000).get()
      return data
    },

    /** A seeker's applications, the newest first. */
    async listBySeeker(seekerOpenId: string): Promise<Application[]> {
      const { data } = await applications().where({ seekerOpenId }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(LIST_LIMIT).get()
      return data
    },

    /** A posting's applications, optionally in one status, the newest first. */
    async listByJob(jobId: string, status?: ApplicationStatus): Promise<Application[]> {
      const where = status ? { jobId, status } : { jobId }
      const { data } = await applications().where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(LIST_LIMIT).get()
      return data
    },

    async countByJob(jobId: string, status: ApplicationStatus): Promise<number> {
      return (await applications().where({ jobId, status }).count()).total
    },

    async removeBySeeker(seekerOpenId: string): Promise<number> {
      return (await applications().where({ seekerOpenId }).remove()).deleted
    },

    /**
     * Counts a new application for its day (Shanghai), its posting and in all — unless the same
     * person (`applicantKey`) was counted for that posting before: the counts are of people.
     */
    async countNew(application: Pick<Application, 'jobId' | 'employerId'>, day: string, at: string, applicantKey: string): Promise<void> {
      try {
        await db.collection(COUNTED_APPLICANTS).add({ _id: `${application.jobId}:${applicantKey}`, jobId: application.jobId, countedAt: at })
      } catch (error) {
        if (isDuplicateKeyError(error)) return
        throw error
      }
      await Promise.all([
        bump(dayCountId(day), { scope: 'day', day }, at),
        bump(jobCountId(application.jobId), { scope: 'job', jobId: application.jobId, employerId: application.employerId }, at),
        bump(ALL_COUNT_ID, { scope: 'all' }, at),
      ])
    },

    /** The counters with these ids (missing ones are zero). */
    async readCounts(ids: readonly string[]): Promise<Map<string, number>> {
      if (!ids.length) return new Map()
      const { data } = await counts().where({ _id: db.command.in([...new Set(ids)]) }).limit(1000).get()
      return new Map(data.map((c) => [c._id, c.count]))
    },
  }
}
