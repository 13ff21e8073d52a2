import type { Database } from '../db/types'
import { transaction } from './fairs'

export const FAIR_SIGNUPS = 'fairSignups'

/** What a seeker noted about a firm at a fair. */
export interface FirmMark {
  employerId: string
  visited: boolean
  interested: boolean
  at: string
}

/** A seeker's sign-up for a fair: one per seeker per fair (the `_id`), a check-in code unique per fair (index). */
export interface FairSignup {
  /** `${fairId}_${openId}`. */
  _id: string
  fairId: string
  openId: string
  /** Shown at the venue; unique within the fair. */
  code: string
  marks: FirmMark[]
  checkedInAt: string | null
  checkedInBy: string | null
  createdAt: string
  updatedAt: string
}

const PAGE = 1000
/** Enough for the largest venue; an export beyond it would need paging by the caller. */
const MAX_LIST = 50_000

export const signupId = (fairId: string, openId: string) => `${fairId}_${openId}`

export const fairSignupsRepository = (db: Database) => {
  const signups = () => db.collection<FairSignup>(FAIR_SIGNUPS)
  /**
   * A page of a fair's sign-ups, the earliest first, after the given one: (createdAt, _id) is a
   * total order — sign-ups made in the same millisecond would otherwise repeat or go missing
   * between pages.
   */
  const page = async (fairId: string, after: Pick<FairSignup, '_id' | 'createdAt'> | null, limit: number): Promise<FairSignup[]> => {
    const _ = db.command
    const where = after
      ? _.and([{ fairId }, _.or([{ createdAt: _.gt(after.createdAt) }, { createdAt: after.createdAt, _id: _.gt(after._id) }])])
      : { fairId }
    const { data } = await signups().where(where).orderBy('createdAt', 'asc').orderBy('_id', 'asc').limit(limit).get()
    return data
  }
  return {
    page,
    /** Adds a sign-up; a duplicate key (the seeker already signed up, or the code is taken) throws the database's error. */
    async create(doc: FairSignup): Promise<FairSignup> {
      await signups().add(doc)
      return doc
    },

    async find(fairId: string, openId: string): Promise<FairSignup | null> {
      const { data } = await signups().doc(signupId(fairId, openId)).get()
      return data[0] ?? null
    },

    async findByCode(fairId: string, code: string): Promise<FairSignup | null> {
      const { data } = await signups().where({ fairId, code }).limit(1).get()
      return data[0] ?? null
    },

    /** Records the check-in once; false when it was already recorded. */
    async checkIn(signup: FairSignup, by: string, at: string): Promise<boolean> {
      const { updated } = await signups().where({ _id: signup._id, checkedInAt: null }).update({ checkedInAt: at, checkedInBy: by, updatedAt: at })
      return updated > 0
    },

    /** Changes one firm's mark inside a transaction (two quick taps never lose one); null without a sign-up. */
    async mark(id: string, employerId: string, change: { visited?: boolean; interested?: boolean }, at: string): Promise<FirmMark[] | null> {
      return transaction(db, async (tx) => {
        const ref = tx.collection<FairSignup>(FAIR_SIGNUPS).doc(id)
        const { data: signup } = await ref.get()
        if (!signup) return null
        const current = signup.marks.find((m) => m.employerId === employerId) ?? { employerId, visited: false, interested: false, at }
        const next: FirmMark = { ...current, ...change, at }
        const marks = [...signup.marks.filter((m) => m.employerId !== employerId), ...(next.visited || next.interested ? [next] : [])]
        await ref.update({ marks, updatedAt: at })
        return marks
      })
    },

    /** A fair's sign-ups, the earliest first (read in pages of 1000, CloudBase's most per query). */
    async listByFair(fairId: string): Promise<FairSignup[]> {
      const all: FairSignup[] = []
      for (;;) {
        const data = await page(fairId, all[all.length - 1] ?? null, PAGE)
        all.push(...data)
        if (data.length < PAGE || all.length >= MAX_LIST) return all
      }
    },

    /** A seeker's sign-ups, the newest first. */
    async listByOpenId(openId: string): Promise<FairSignup[]> {
      const { data } = await signups().where({ openId }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(200).get()
      return data
    },

    /** Removes every sign-up of a seeker (account deletion); returns how many. */
    async removeByOpenId(openId: string): Promise<number> {
      const { deleted } = await signups().where({ openId }).remove()
      return deleted
    },

    async countByFair(fairId: string, where: { checkedIn?: boolean } = {}): Promise<number> {
      const condition = where.checkedIn === undefined ? { fairId } : { fairId, checkedInAt: where.checkedIn ? db.command.neq(null) : null }
      return (await signups().where(condition).count()).total
    },
  }
}
