import type { Database } from '../db/types'

export const EMPLOYERS = 'employers'

export type VerificationStatus = 'pending' | 'verified' | 'rejected'

/** An enterprise's profile as registered for verification (issue: firms and the bureau). */
export interface Employer {
  _id: string
  ownerOpenId: string
  name: string
  creditCode: string
  ownership: 'private' | 'state' | 'foreign' | 'other'
  industry: string
  employees: number
  city: string
  district: string
  address: string
  contactName: string
  contactPhone: string
  status: VerificationStatus
  reviewReason?: string
  createdAt: string
  updatedAt: string
}

export const employersRepository = (db: Database) => ({
  async findByOwner(ownerOpenId: string): Promise<Employer | null> {
    const { data } = await db.collection<Employer>(EMPLOYERS).where({ ownerOpenId }).limit(1).get()
    return data[0] ?? null
  },
})
