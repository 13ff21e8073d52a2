import { randomHex } from '../random-hex'
import type { JobState } from '../catalog/firms'
import type { Condition, Database, Transaction } from '../db/types'
import { atRevision, revisionOf, type ReviewWrite } from './revision'
import { keywordQuery, searchTermsOf } from './search-terms'

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
  /** How many times the posting was written (repositories/revision.ts). */
  revision?: number
  /** What keywords find it by (search-terms.ts): rewritten with every write, from its title and firm name. */
  searchTerms: string[]
  createdAt: string
  updatedAt: string
}

export type JobChanges = Partial<Omit<Job, '_id' | 'employerId' | 'ownerOpenId' | 'createdAt' | 'revision' | 'searchTerms'>>

/** The query for a posting state as of `nowIso` (expiry derived from `validUntil`). */
export function stateCondition(state: JobState, nowIso: string, db: Database): Condition {
  if (state === 'published') return { status: 'published', validUntil: db.command.gt(nowIso) }
  if (state === 'expired') return { status: 'published', validUntil: db.command.lte(nowIso) }
  return { status: state }
}

/** How the board sorts: the newest publication first, or the highest pay (the top of the range) first. */
export type BoardSort = 'newest' | 'pay'
export const boardSortField: Readonly<Record<BoardSort, 'publishedAt' | 'pay.max'>> = { newest: 'publishedAt', pay: 'pay.max' }

/** The seekers' filters, as values to match (the service turns a seeker's level into the requirements it meets). */
export interface BoardFilter {
  /** Each keyword must occur in the title or the firm's name (a single character: in the title), in NFKC and any case. */
  keywords?: readonly string[]
  city?: string
  district?: string
  industry?: string
  /** Postings asking for one of these educations. */
  educations?: readonly string[]
  /** Postings asking for one of these years of experience. */
  experienceYears?: readonly number[]
  /** The posting's range overlaps [payMin, payMax]. */
  payMin?: number
  payMax?: number
}

/** Where the previous page ended: its last posting's sort value and id. */
export interface BoardPosition {
  value: string | number
  id: string
}

/** What the board lists of a posting (no contact, no owner, no review notes). */
export type BoardJob = Pick<
  Job,
  '_id' | 'title' | 'employerId' | 'employerName' | 'industry' | 'headcount' | 'requirements' | 'location' | 'pay' | 'benefits' | 'status' | 'publishedAt' | 'validUntil' | 'closedAt'
>

const BOARD_FIELDS = {
  title: true,
  employerId: true,
  employerName: true,
  industry: true,
  headcount: true,
  requirements: true,
  location: true,
  pay: true,
  benefits: true,
  status: true,
  publishedAt: true,
  validUntil: true,
  closedAt: true,
} as const

/** Postings read per page when giving them their search terms. */
const BACKFILL_PAGE = 500

/** Unpublished postings refreshed per read, and reads before giving up on postings that keep changing. */
const REFRESH_PAGE = 100
const REFRESH_ROUNDS = 20

/** A literal for db.RegExp: every character that means something in a pattern is escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/** A new posting as stored: at its first revision, with its search terms. */
const firstRevision = (doc: Omit<Job, '_id' | 'revision' | 'searchTerms'>): Omit<Job, '_id'> => ({ ...doc, revision: 1, searchTerms: searchTermsOf(doc) })

/** Writes of postings inside a transaction (the local seed writes its province in a few). */
export const jobWrites = (tx: Transaction) => ({
  /** Adds a posting as `create` does, under an id of its own: a transaction's add() does not promise to return one. */
  async create(doc: Omit<Job, '_id' | 'revision' | 'searchTerms'>): Promise<Job> {
    const job: Job = { _id: randomHex(16), ...firstRevision(doc) }
    await tx.collection<Job>(JOBS).add(job)
    return job
  },
})

export const jobsRepository = (db: Database) => {
  const jobs = () => db.collection<Job>(JOBS)

  /**
   * Writes changes if nobody changed the posting since it was read (same status, updatedAt and
   * revision): false otherwise, and nothing is written.
   */
  async function update(current: Job, changes: JobChanges, remove: readonly (keyof Job)[] = []): Promise<boolean> {
    const data: Record<string, unknown> = { ...changes, searchTerms: searchTermsOf({ ...current, ...changes }), revision: db.command.inc(1) }
    for (const field of remove) data[field] = db.command.remove()
    const { updated } = await jobs().where({ _id: current._id, status: current.status, updatedAt: current.updatedAt, ...atRevision(current) }).update(data)
    return updated > 0
  }

  /** Recruiting now, passing the filters, and `extra` (the page's position). */
  function boardCondition(filter: BoardFilter, nowIso: string, extra?: Condition): Condition {
    const _ = db.command
    const equal: Record<string, unknown> = {}
    if (filter.city) equal['location.city'] = filter.city
    if (filter.district) equal['location.district'] = filter.district
    if (filter.industry) equal.industry = filter.industry
    if (filter.educations) equal['requirements.education'] = _.in([...filter.educations])
    if (filter.experienceYears) equal['requirements.experienceYears'] = _.in([...filter.experienceYears])
    const conditions: Condition[] = []
    const terms = new Set<string>()
    for (const keyword of filter.keywords ?? []) {
      const query = keywordQuery(keyword)
      for (const term of query.terms) terms.add(term)
      if (!query.checkWhole) continue
      // Checked on the postings the index found (their terms), never by reading the board.
      const pattern = db.RegExp({ regexp: escapeRegExp(keyword), options: 'i' })
      conditions.push(_.or([{ title: pattern }, { employerName: pattern }]))
    }
    if (terms.size) equal.searchTerms = _.all([...terms])
    conditions.unshift({ ...stateCondition('published', nowIso, db), ...equal })
    if (filter.payMin !== undefined) conditions.push({ 'pay.max': _.gte(filter.payMin) })
    if (filter.payMax !== undefined) conditions.push({ 'pay.min': _.lte(filter.payMax) })
    if (extra) conditions.push(extra)
    return conditions.length === 1 ? conditions[0] : _.and(conditions)
  }

  /** The query of one page of the board (search runs it; tests read its plan). */
  function boardQuery(filter: BoardFilter, sort: BoardSort, nowIso: string, page: { limit: number; after?: BoardPosition; skip?: number }) {
    const field = boardSortField[sort]
    const where = boardCondition(filter, nowIso, page.after ? { [field]: db.command.lte(page.after.value) } : undefined)
    return jobs().where(where).orderBy(field, 'desc').orderBy('_id', 'desc').skip(page.skip ?? 0).limit(page.limit).field(BOARD_FIELDS)
  }

  return {
    async create(doc: Omit<Job, '_id' | 'revision' | 'searchTerms'>): Promise<Job> {
      const stored = firstRevision(doc)
      const { id } = await jobs().add(stored)
      return { _id: id as string, ...stored }
    },

    async findById(id: string): Promise<Job | null> {
      const { data } = await jobs().doc(id).get()
      return data[0] ?? null
    },

    update,

    /** A firm's postings, optionally in one state, the most recently changed first. */
    async listByOwner(ownerOpenId: string, options: { state?: JobState; nowIso: string; limit: number }): Promise<Job[]> {
      const where = options.state ? { ownerOpenId, ...stateCondition(options.state, options.nowIso, db) } : { ownerOpenId }
      const { data } = await jobs().where(where).orderBy('updatedAt', 'desc').orderBy('_id', 'desc').limit(options.limit).get()
      return data
    },

    async countByOwner(ownerOpenId: string, state: JobState, nowIso: string): Promise<number> {
      return (await jobs().where({ ownerOpenId, ...stateCondition(state, nowIso, db) }).count()).total
    },

    /** Postings awaiting review, the longest waiting first. */
    async listPending(limit: number): Promise<Job[]> {
      const { data } = await jobs().where({ status: 'pending' }).orderBy('submittedAt', 'asc').orderBy('_id', 'asc').limit(limit).get()
      return data
    },

    async countPending(): Promise<number> {
      return (await jobs().where({ status: 'pending' }).count()).total
    },

    /**
     * Records the bureau's decision on a pending posting at the revision the reviewer read, in the
     * caller's transaction; not written when the posting is no longer pending or was changed since.
     */
    async review(
      tx: Transaction,
      id: string,
      revision: number,
      changes: JobChanges & { status: 'published' | 'rejected' },
      removeReason: boolean,
    ): Promise<ReviewWrite<Job>> {
      const ref = tx.collection<Job>(JOBS).doc(id)
      const current = (await ref.get()).data
      if (current?.status !== 'pending' || revisionOf(current) !== revision) return { written: false, current }
      const terms = searchTermsOf({ ...current, ...changes })
      await ref.update({ ...changes, searchTerms: terms, revision: revision + 1, ...(removeReason ? { reviewReason: db.command.remove() } : {}) })
      return { written: true }
    },

    /** Postings in a state as of `nowIso`, optionally of one industry or city. */
    async count(state: JobState, nowIso: string, where: { industry?: string; 'location.city'?: string } = {}): Promise<number> {
      return (await jobs().where({ ...where, ...stateCondition(state, nowIso, db) }).count()).total
    },

    /**
     * The board: postings recruiting now (published, not expired) that pass the filters, sorted by
     * `sort` and then `_id` (a total order, so pages never overlap or skip), `limit` of them after
     * `after`. Paging is by position, not by offset: the next page starts at or below the last
     * sort value, skipping the postings tied with it that the previous page already showed
     * (counted on the index), so deep pages cost no more than the first and a posting published
     * meanwhile never shifts them.
     */
    async search(filter: BoardFilter, sort: BoardSort, nowIso: string, options: { limit: number; after?: BoardPosition }): Promise<BoardJob[]> {
      const { after } = options
      // The postings tied with the previous page's last one that it already showed.
      const skip = after ? (await jobs().where(boardCondition(filter, nowIso, { [boardSortField[sort]]: after.value, _id: db.command.gte(after.id) })).count()).total : 0
      const { data } = await boardQuery(filter, sort, nowIso, { limit: options.limit, after, skip }).get()
      return data as BoardJob[]
    },

    boardQuery,

    async findByIds(ids: readonly string[]): Promise<Job[]> {
      if (!ids.length) return []
      const { data } = await jobs().where({ _id: db.command.in([...new Set(ids)]) }).limit(1000).get()
      return data
    },

    /**
     * Gives every posting the search terms of its title and firm name as stored — postings written
     * before postings had them, or by anything that left them out: one pass over all postings in
     * _id order, each written only while its title and firm name are still those read (the terms
     * depend on nothing else, so no revision changes). Returns how many were written.
     */
    async backfillSearchTerms(): Promise<number> {
      let written = 0
      for (let after = ''; ; ) {
        const { data } = await jobs()
          .where({ _id: db.command.gt(after) })
          .orderBy('_id', 'asc')
          .limit(BACKFILL_PAGE)
          .field({ title: true, employerName: true, searchTerms: true })
          .get()
        for (const job of data as Pick<Job, '_id' | 'title' | 'employerName' | 'searchTerms'>[]) {
          const terms = searchTermsOf(job)
          if (JSON.stringify(job.searchTerms) === JSON.stringify(terms)) continue
          written += (await jobs().where({ _id: job._id, title: job.title, employerName: job.employerName }).update({ searchTerms: terms })).updated
        }
        if (data.length < BACKFILL_PAGE) return written
        after = data[data.length - 1]._id as string
      }
    },

    /**
     * Keeps the firm's name and industry on its unpublished postings in step with its profile, and
     * their search terms with the name: posting by posting, each written only as it was read (one
     * changed meanwhile is read again).
     */
    async refreshEmployer(ownerOpenId: string, employer: { employerName: string; industry: string }): Promise<void> {
      const _ = db.command
      const stale = () =>
        jobs()
          .where(_.and([{ ownerOpenId, status: _.in(['draft', 'rejected']) }, _.or([{ employerName: _.neq(employer.employerName) }, { industry: _.neq(employer.industry) }])]))
          .orderBy('updatedAt', 'desc')
          .orderBy('_id', 'desc')
          .limit(REFRESH_PAGE)
          .get()
      for (let rounds = 0; rounds < REFRESH_ROUNDS; rounds++) {
        const { data } = await stale()
        if (!data.length) return
        await Promise.all(data.map((job) => update(job, employer)))
      }
    },
  }
}
