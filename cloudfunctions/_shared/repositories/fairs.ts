import type { Campaign, FairLevel, FairMode } from '../catalog/fairs'
import { isWriteConflict } from '../db/errors'
import type { Condition, Database, Transaction } from '../db/types'

export const FAIRS = 'fairs'

/** What the bureau writes about a fair (admin.saveFair). Absent texts are '', an absent place is null. */
export interface FairContent {
  name: string
  campaign: Campaign
  level: FairLevel
  /** Where it is held or organised; `district` is '' unless the fair is a county's (or names one). */
  region: { city: string; district: string }
  mode: FairMode
  /** On site: the venue and its address; '' online. */
  venue: string
  address: string
  /** GCJ-02 coordinates of an on-site venue (what WeChat's map uses), or null. */
  location: { latitude: number; longitude: number } | null
  /** An image of the hall plan (https:// or cloud:// file), or ''. */
  hallMapUrl: string
  /** ISO instants; `endAt` is after `startAt`. */
  startAt: string
  endAt: string
  organiser: string
  contactName: string
  contactPhone: string
  description: string
  boothCount: number
}

/** A job fair. Its status is never stored: it is derived from the times when read. */
export interface Fair extends FairContent {
  _id: string
  /** Booth numbers (1…boothCount) booked: the fair document is what concurrent bookings serialise on. */
  takenBooths: number[]
  createdBy: string
  updatedBy: string
  createdAt: string
  updatedAt: string
}

export interface FairFilter {
  campaign?: Campaign
  city?: string
  mode?: FairMode
  /** Fairs that end after this instant (ISO). */
  endsAfter?: string
  /** Fairs that start before this instant (ISO). */
  startsBefore?: string
}

/** The most fairs one query reads: a province runs some hundreds a year. */
const MAX_READ = 1000

export const fairsRepository = (db: Database) => {
  const fairs = () => db.collection<Fair>(FAIRS)
  return {
    async findById(id: string): Promise<Fair | null> {
      const { data } = await fairs().doc(id).get()
      return data[0] ?? null
    },

    async findByIds(ids: readonly string[]): Promise<Fair[]> {
      if (!ids.length) return []
      const { data } = await fairs().where({ _id: db.command.in([...new Set(ids)]) }).limit(MAX_READ).get()
      return data
    },

    /** Fairs matching every given filter, by start time. */
    async list(filter: FairFilter): Promise<Fair[]> {
      const where: Condition = {}
      if (filter.campaign) where.campaign = filter.campaign
      if (filter.city) where['region.city'] = filter.city
      if (filter.mode) where.mode = filter.mode
      if (filter.endsAfter) where.endAt = db.command.gt(filter.endsAfter)
      if (filter.startsBefore) where.startAt = db.command.lt(filter.startsBefore)
      const { data } = await fairs().where(where).orderBy('startAt', 'asc').orderBy('_id', 'asc').limit(MAX_READ).get()
      return data
    },

    async create(doc: Omit<Fair, '_id'>): Promise<Fair> {
      const { id } = await fairs().add(doc)
      return { _id: id as string, ...doc }
    },

    /**
     * Rewrites a fair's content inside a transaction after `check` approves the stored fair (e.g.
     * enough booths for the bookings made): a booking can never slip in between. Null when missing.
     */
    async update(id: string, content: FairContent, meta: { updatedBy: string; updatedAt: string }, check: (current: Fair) => void): Promise<Fair | null> {
      return transaction(db, async (tx) => {
        const ref = tx.collection<Fair>(FAIRS).doc(id)
        const { data: current } = await ref.get()
        if (!current) return null
        check(current)
        // The whole document is written: a nested field (location) may go from null to an object.
        const { _id, ...rest } = current
        const next = { ...rest, ...content, ...meta }
        await ref.set(next)
        return { _id, ...next }
      })
    },

    async count(where: Partial<Pick<Fair, 'campaign' | 'mode'>> = {}): Promise<number> {
      return (await fairs().where(where).count()).total
    },
  }
}

/** Runs a transaction, retrying (a few times) one the cloud aborted for a write conflict. */
export async function transaction<R>(db: Database, fn: (tx: Transaction) => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction(fn)
    } catch (error) {
      if (attempt >= 5 || !isWriteConflict(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.floor(Math.random() * 20)))
    }
  }
}
