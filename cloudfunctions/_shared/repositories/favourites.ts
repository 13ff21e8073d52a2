import type { Database } from '../db/types'

export const FAVOURITES = 'favourites'

/** A posting a seeker saved: one per (openId, jobId), which a unique index enforces. */
export interface Favourite {
  _id: string
  openId: string
  jobId: string
  createdAt: string
}

/** The most favourites a seeker keeps. */
export const FAVOURITES_LIMIT = 200

export const favouritesRepository = (db: Database) => {
  const favourites = () => db.collection<Favourite>(FAVOURITES)
  return {
    /** Saves a posting; saving it again throws the database's duplicate-key error. */
    async add(openId: string, jobId: string, at: string): Promise<void> {
      await favourites().add({ openId, jobId, createdAt: at })
    },

    async remove(openId: string, jobId: string): Promise<number> {
      return (await favourites().where({ openId, jobId }).remove()).deleted
    },

    async exists(openId: string, jobId: string): Promise<boolean> {
      return (await favourites().where({ openId, jobId }).count()).total > 0
    },

    async count(openId: string): Promise<number> {
      return (await favourites().where({ openId }).count()).total
    },

    /** The seeker's favourites, the most recently saved first. */
    async list(openId: string): Promise<Favourite[]> {
      const { data } = await favourites().where({ openId }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(FAVOURITES_LIMIT).get()
      return data
    },

    async removeAll(openId: string): Promise<number> {
      return (await favourites().where({ openId }).remove()).deleted
    },
  }
}
