import { isDuplicateKeyError } from '../db/errors'
import type { Database } from '../db/types'
import { FAIRS, transaction, type Fair } from './fairs'

export const FAIR_BOOKINGS = 'fairBookings'

/** A firm's booth at a fair: one per firm per fair (the `_id` says so), one firm per booth (unique index). */
export interface FairBooking {
  /** `${fairId}_${employerId}`: a second booking by the same firm is a duplicate key. */
  _id: string
  fairId: string
  employerId: string
  ownerOpenId: string
  /** Copied from the profile when booked, for lists and exports without a join. */
  employerName: string
  boothNo: number
  /** The firm's postings it brings (published when chosen). */
  jobIds: string[]
  createdAt: string
  updatedAt: string
}

export const bookingId = (fairId: string, employerId: string) => `${fairId}_${employerId}`

/** The lowest booth number in 1…count nobody holds, or null when all are taken. */
export function firstFreeBooth(taken: readonly number[], count: number): number | null {
  const held = new Set(taken)
  for (let n = 1; n <= count; n++) if (!held.has(n)) return n
  return null
}

export type BookResult = { ok: true; booking: FairBooking } | { ok: false; reason: 'no-fair' | 'full' | 'booked' }

export const fairBookingsRepository = (db: Database) => {
  const bookings = () => db.collection<FairBooking>(FAIR_BOOKINGS)
  /**
   * A page of a fair's bookings by booth number, after the given booth. A booth number is unique
   * within its fair (index fairBookings_booth): the order is total.
   */
  const page = async (fairId: string, afterBooth: number, limit: number): Promise<FairBooking[]> => {
    const { data } = await bookings().where({ fairId, boothNo: db.command.gt(afterBooth) }).orderBy('boothNo', 'asc').limit(limit).get()
    return data
  }
  return {
    page,
    /**
     * Books the first free booth in one transaction: read the fair, let `check` refuse it (e.g. it has
     * ended), refuse a full fair or a second booking of the firm, write the booking, mark the booth
     * taken on the fair. Concurrent bookings serialise on the fair document, so a fair never has more
     * bookings than booths and a firm never has two.
     */
    async book(
      booking: Omit<FairBooking, '_id' | 'boothNo'>,
      check: (fair: Fair) => void,
    ): Promise<BookResult> {
      const id = bookingId(booking.fairId, booking.employerId)
      try {
        return await transaction(db, async (tx): Promise<BookResult> => {
          const fairRef = tx.collection<Fair>(FAIRS).doc(booking.fairId)
          const { data: fair } = await fairRef.get()
          if (!fair) return { ok: false, reason: 'no-fair' }
          check(fair)
          const ref = tx.collection<FairBooking>(FAIR_BOOKINGS).doc(id)
          if ((await ref.get()).data) return { ok: false, reason: 'booked' }
          const taken = fair.takenBooths ?? []
          const boothNo = firstFreeBooth(taken, fair.boothCount)
          if (boothNo === null) return { ok: false, reason: 'full' }
          const doc: FairBooking = { _id: id, ...booking, boothNo }
          await tx.collection<FairBooking>(FAIR_BOOKINGS).add(doc)
          await fairRef.update({ takenBooths: [...taken, boothNo].sort((a, b) => a - b), updatedAt: booking.createdAt })
          return { ok: true, booking: doc }
        })
      } catch (error) {
        // The same firm booking twice at once: the second add meets the first's _id.
        if (isDuplicateKeyError(error) && (await bookings().doc(id).get()).data.length) return { ok: false, reason: 'booked' }
        throw error
      }
    },

    /**
     * Cancels a booking and frees its booth, after `check` approves the fair (not yet started).
     * Null when there is no such booking.
     */
    async cancel(fairId: string, employerId: string, check: (fair: Fair) => void, at: string): Promise<FairBooking | null> {
      return transaction(db, async (tx) => {
        const ref = tx.collection<FairBooking>(FAIR_BOOKINGS).doc(bookingId(fairId, employerId))
        const { data: booking } = await ref.get()
        if (!booking) return null
        const fairRef = tx.collection<Fair>(FAIRS).doc(fairId)
        const { data: fair } = await fairRef.get()
        if (fair) {
          check(fair)
          await fairRef.update({ takenBooths: (fair.takenBooths ?? []).filter((n) => n !== booking.boothNo), updatedAt: at })
        }
        await ref.delete()
        return booking
      })
    },

    async find(fairId: string, employerId: string): Promise<FairBooking | null> {
      const { data } = await bookings().doc(bookingId(fairId, employerId)).get()
      return data[0] ?? null
    },

    /** Replaces the postings a booking brings; false when the booking is gone. */
    async setJobs(booking: FairBooking, jobIds: string[], at: string): Promise<boolean> {
      const { updated } = await bookings().doc(booking._id).update({ jobIds, updatedAt: at })
      // `updated` is 0 too when nothing changed (the same postings again): tell that from a cancelled booking.
      return updated > 0 || (await bookings().doc(booking._id).get()).data.length > 0
    },

    /** A fair's bookings by booth number: at most MAX_BOOTHS (2000), two pages of CloudBase's 1000. */
    async listByFair(fairId: string): Promise<FairBooking[]> {
      const all: FairBooking[] = []
      for (;;) {
        const data = await page(fairId, all[all.length - 1]?.boothNo ?? 0, 1000)
        all.push(...data)
        if (data.length < 1000) return all
      }
    },

    /** The bookings of a firm (by its owner's openid), the newest first. */
    async listByOwner(ownerOpenId: string): Promise<FairBooking[]> {
      const { data } = await bookings().where({ ownerOpenId }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(200).get()
      return data
    },

    /** Whether a firm brings this posting to this fair. */
    async brings(fairId: string, jobId: string): Promise<boolean> {
      const { data } = await bookings().where({ fairId, jobIds: jobId }).limit(1).get()
      return data.length > 0
    },

    async listByEmployer(employerId: string): Promise<FairBooking[]> {
      const { data } = await bookings().where({ employerId }).limit(200).get()
      return data
    },

    async countByFair(fairId: string): Promise<number> {
      return (await bookings().where({ fairId }).count()).total
    },
  }
}
