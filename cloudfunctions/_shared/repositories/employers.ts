import type { Database, Transaction } from '../db/types'
import { atRevision, revisionOf, type ReviewWrite } from './revision'

export const EMPLOYERS = 'employers'

export type VerificationStatus = 'pending' | 'verified' | 'rejected'

/** An enterprise's profile as registered for verification (issue: firms and the bureau). */
export interface Employer {
  _id: string
  ownerOpenId: string
  name: string
  /**
   * 统一社会信用代码, upper case, checked by GB 32100-2015. Public, so not unique among profiles:
   * held by the profile the bureau verified (creditCodes), or for a while by a pending one.
   */
  creditCode: string
  ownership: 'private' | 'state' | 'foreign' | 'other'
  industry: string
  /** Size facts for the rules engine: 从业人员, last year's 营业收入 and 资产总额 in yuan. */
  employees: number
  revenue?: number
  totalAssets?: number
  city: string
  district: string
  address: string
  contactName: string
  contactPhone: string
  status: VerificationStatus
  reviewReason?: string
  reviewedBy?: string
  reviewedAt?: string
  /** When the profile was last sent for review (created or corrected). */
  submittedAt?: string
  /** When the profile took its credit code: registered with it, or re-submitted with another one. */
  codeClaimedAt?: string
  /** How many times the profile was written (repositories/revision.ts). */
  revision?: number
  createdAt: string
  updatedAt: string
}

export type EmployerProfile = Pick<
  Employer,
  'name' | 'creditCode' | 'ownership' | 'industry' | 'employees' | 'revenue' | 'totalAssets' | 'city' | 'district' | 'address' | 'contactName' | 'contactPhone'
>

export const employersRepository = (db: Database) => {
  const employers = () => db.collection<Employer>(EMPLOYERS)
  return {
    async findByOwner(ownerOpenId: string): Promise<Employer | null> {
      const { data } = await employers().where({ ownerOpenId }).limit(1).get()
      return data[0] ?? null
    },

    async findById(id: string): Promise<Employer | null> {
      const { data } = await employers().doc(id).get()
      return data[0] ?? null
    },

    async findByIds(ids: readonly string[]): Promise<Employer[]> {
      const unique = [...new Set(ids)]
      const found: Employer[] = []
      // `in` lists and results stay within CloudBase's limits.
      for (let i = 0; i < unique.length; i += 500) {
        const { data } = await employers().where({ _id: db.command.in(unique.slice(i, i + 500)) }).limit(1000).get()
        found.push(...data)
      }
      return found
    },

    /** A new profile awaiting review; the unique index refuses a second one per openid. */
    async create(ownerOpenId: string, profile: EmployerProfile, at: string): Promise<Employer> {
      const doc: Omit<Employer, '_id'> = { ownerOpenId, ...profile, status: 'pending', submittedAt: at, codeClaimedAt: at, revision: 1, createdAt: at, updatedAt: at }
      const { id } = await employers().add(doc)
      return { _id: id as string, ...doc }
    },

    /** Replaces the profile of a firm not yet verified and sends it for review again; false if it was verified meanwhile. */
    async resubmit(current: Employer, profile: EmployerProfile, at: string): Promise<boolean> {
      const { updated } = await employers()
        .where({ _id: current._id, status: current.status, updatedAt: current.updatedAt, ...atRevision(current) })
        .update({
          ...profile,
          status: 'pending',
          submittedAt: at,
          // Re-submitting keeps the time the code was taken: a pending claim is not renewed by it.
          ...(profile.creditCode !== current.creditCode ? { codeClaimedAt: at } : {}),
          updatedAt: at,
          revision: db.command.inc(1),
        })
      return updated > 0
    },

    /** The pending and verified profiles that claim any of these credit codes, in _id order. */
    async findClaims(creditCodes: readonly string[]): Promise<Employer[]> {
      if (!creditCodes.length) return []
      const { data } = await employers()
        .where({ creditCode: db.command.in([...new Set(creditCodes)]), status: db.command.in(['pending', 'verified']) })
        .orderBy('_id', 'asc')
        .limit(1000)
        .get()
      return data
    },

    /** Pending profiles, the longest waiting first. */
    async listPending(limit: number): Promise<Employer[]> {
      const { data } = await employers().where({ status: 'pending' }).orderBy('submittedAt', 'asc').orderBy('_id', 'asc').limit(limit).get()
      return data
    },

    async countPending(): Promise<number> {
      return (await employers().where({ status: 'pending' }).count()).total
    },

    /**
     * Records the bureau's decision on a pending profile at the revision the reviewer read, in the
     * caller's transaction; not written when the profile is no longer pending or was changed since.
     */
    async review(
      tx: Transaction,
      id: string,
      revision: number,
      decision: { status: 'verified' | 'rejected'; reason: string | null; by: string; at: string },
    ): Promise<ReviewWrite<Employer>> {
      const ref = tx.collection<Employer>(EMPLOYERS).doc(id)
      const current = (await ref.get()).data
      if (current?.status !== 'pending' || revisionOf(current) !== revision) return { written: false, current }
      await ref.update({
        status: decision.status,
        reviewReason: decision.reason ?? db.command.remove(),
        reviewedBy: decision.by,
        reviewedAt: decision.at,
        updatedAt: decision.at,
        revision: revision + 1,
      })
      return { written: true }
    },

    /** Verified profiles in _id order after `cursor` (a matching run pages through them). */
    async listVerifiedAfter(cursor: string, limit: number): Promise<Employer[]> {
      const where = cursor ? { status: 'verified', _id: db.command.gt(cursor) } : { status: 'verified' }
      const { data } = await employers().where(where).orderBy('_id', 'asc').limit(limit).get()
      return data
    },

    /** How many profiles match, e.g. `{ status: 'verified', industry: 'catering' }`. */
    async count(where: Partial<Pick<Employer, 'status' | 'industry' | 'city'>>): Promise<number> {
      return (await employers().where(where).count()).total
    },
  }
}
