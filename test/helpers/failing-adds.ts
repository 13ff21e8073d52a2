import type { Database } from '../../cloudfunctions/_shared/db/types'

/** The database, except that adding to `collection` inside a transaction fails (a full disk, say). */
export const failingAdds = (db: Database, collection: string): Database => ({
  ...db,
  runTransaction: (fn) =>
    db.runTransaction((tx) =>
      fn({
        collection: (name) => {
          const coll = tx.collection(name)
          return name === collection ? { ...coll, add: () => Promise.reject(new Error('disk full')) } : coll
        },
      } as typeof tx),
    ),
})
