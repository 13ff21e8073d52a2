import type { Education } from '../catalog/firms'
import type { Database } from '../db/types'

export const SEEKERS = 'seekers'

/** What a job seeker tells firms about themselves (a short résumé). */
export interface SeekerProfileContent {
  name: string
  /** An 11-digit mobile number; shown unmasked only to a firm the seeker applied to. */
  phone: string
  /** The seeker's highest education. */
  education: Education
  /** Whole years of work experience. */
  experienceYears: number
  intro: string
}

/** A seeker's profile: one per openid, which is its `_id`. */
export interface SeekerProfile extends SeekerProfileContent {
  _id: string
  createdAt: string
  updatedAt: string
}

export const seekersRepository = (db: Database) => {
  const seekers = () => db.collection<SeekerProfile>(SEEKERS)
  return {
    async find(openId: string): Promise<SeekerProfile | null> {
      const { data } = await seekers().doc(openId).get()
      return data[0] ?? null
    },

    /** Creates or replaces the caller's profile (the openid is the document id: one profile per seeker). */
    async save(openId: string, content: SeekerProfileContent, createdAt: string, at: string): Promise<SeekerProfile> {
      const doc = { ...content, createdAt, updatedAt: at }
      await seekers().doc(openId).set(doc)
      return { _id: openId, ...doc }
    },

    async remove(openId: string): Promise<number> {
      return (await seekers().doc(openId).remove()).deleted
    },
  }
}
