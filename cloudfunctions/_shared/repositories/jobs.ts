import type { JobState } from '../catalog'
import type { Condition, Database } from '../db/types'

export const JOBS = 'jobs'

/** What is stored; `expired` is never stored: a published posting past `validUntil` is expired when read. */
export type StoredJobStatus = 'draft' | 'pending' | 'published' | 'rejected' | 'closed'

/** The parts of a posting the firm writes (what the national rules on online recruitment require). */
export interface JobContent {
  title: string
  headcount: number
  duties: string
  requirements: { education: string; experienceYears: number; other: string }
  location: { city: string; district: string; address: string }
  /** Basic monthly pay in yuan. */
  pay: { min: number; max: number }
  benefits: string
  /** Days the posting stays up once published (1–90). */
  validDays: number
}

/** A job posting. */
export interface Job extends JobContent {
  _id: string
  employerId: string
  ownerOpenId: string
  /** Copied from the profile on every write, so the board needs no join. */
  employerName: string
  industry: string
  status: StoredJobStatus
  reviewReason?: string
  reviewedBy?: string
  reviewedAt?: string
  /** The content check at the last submission: WeChat's verdict (`skipped` locally). */
  compliance?: { checkedAt: string; wechat: 'pass' | 'review' | 'unavailable' | 'skipped' }
  submittedAt?: string
  publishedAt?: string
  /** ISO time the posting stops showing: publication + validDays. */
  validUntil?: string
  closedAt?: string
  createdAt: string
  updatedAt: string
}

export type JobChanges = Partial<Omit<Job, '_id' | 'employerId' | 'ownerOpenId' | 'createdAt'>>

/** The query for a posting state as of `nowIso` (expiry derived from `validUntil`). */
export function stateCondition(state: JobState, nowIso: string, db: Database): Condition {
  if (state === 'published') return { status: 'published', validUntil: db.command.gt(nowIso) }
  if (state === 'expired') return { status: 'published', validUntil: db.command.lte(nowIso) }
  return { status: state }
}

export const jobsRepository = (db: Database) => {
  const jobs = () => db.collection<Job>(JOBS)
  return {
    async create(doc: Omit<Job, '_id'>): Promise<Job> {
      const { id } = await jobs().add(doc)
      return { _id: id as string, ...doc }
    },

    async findById(id: string): Promise<Job | null> {
      const { data } = await jobs().doc(id).get()
      return data[0] ?? null
    },

    /**
     * Writes changes if nobody changed the posting since it was read (same status and updatedAt):
     * false otherwise, and nothing is written.
     */
    async update(current: Job, changes: JobChanges, remove: readonly (keyof Job)[] = []): Promise<boolean> {
      const data: Record<string, unknown> = { ...changes }
      for (const field of remove) data[field] = db.command.remove()
      const { updated } = await jobs().where({ _id: current._id, status: current.status, updatedAt: current.updatedAt }).update(data)
      return updated > 0
    },

    /** A firm's postings, optionally in one state, the most recently changed first. */
    async listByOwner(ownerOpenId: string, options: { state?: JobState; nowIso: string; limit: number }): Promise<Job[]> {
      const where = options.state ? { ownerOpenId, ...stateCondition(options.state, options.nowIso, db) } : { ownerOpenId }
      const { data } = await jobs().where(where).orderBy('updatedAt', 'desc').limit(options.limit).get()
      return data
    },

    async countByOwner(ownerOpenId: string, state: JobState, nowIso: string): Promise<number> {
      return (await jobs().where({ ownerOpenId, ...stateCondition(state, nowIso, db) }).count()).total
    },

    /** Postings awaiting review, the longest waiting first. */
    async listPending(limit: number): Promise<Job[]> {
      const { data } = await jobs().where({ status: 'pending' }).orderBy('submittedAt', 'asc').limit(limit).get()
      return data
    },

    async countPending(): Promise<number> {
      return (await jobs().where({ status: 'pending' }).count()).total
    },

    /** Records the bureau's decision on a pending posting; false when it is no longer pending. */
    async review(id: string, changes: JobChanges & { status: 'published' | 'rejected' }, removeReason: boolean): Promise<boolean> {
      const data: Record<string, unknown> = { ...changes }
      if (removeReason) data.reviewReason = db.command.remove()
      const { updated } = await jobs().where({ _id: id, status: 'pending' }).update(data)
      return updated > 0
    },

    /** Postings in a state as of `nowIso`, optionally of one industry or city. */
    async count(state: JobState, nowIso: string, where: { industry?: string; 'location.city'?: string } = {}): Promise<number> {
      return (await jobs().where({ ...where, ...stateCondition(state, nowIso, db) }).count()).total
    },

    /** Keeps the firm's name and industry on its unpublished postings in step with its profile. */
    async refreshEmployer(ownerOpenId: string, employer: { employerName: string; industry: string }): Promise<void> {
      await jobs()
        .where({ ownerOpenId, status: db.command.in(['draft', 'rejected']) })
        .update(employer)
    },
  }
}
