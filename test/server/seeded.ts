/** A freshly seeded database for the seed's tests, and every document of a collection. */
import type { RequestContext } from '../../cloudfunctions/_shared/context'
import type { Database } from '../../cloudfunctions/_shared/db/types'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { seedIfEmpty } from '../../server/seed'
import { contextFor, freshDatabase } from '../helpers/context'

/** A Saturday noon in Shanghai, in no campaign's season. */
export const SEEDED_AT = new Date('2026-11-28T04:00:00Z')

export async function seededDatabase(now = SEEDED_AT): Promise<EmbeddedDatabase> {
  const db = freshDatabase()
  await seedIfEmpty(db, now)
  return db
}

/** Every document of a collection, in _id order (pages of 1000, CloudBase's most). */
export async function allOf<T extends object>(db: Database, name: string): Promise<(T & { _id: string })[]> {
  const docs: (T & { _id: string })[] = []
  for (;;) {
    const after = docs.length ? { _id: db.command.gt(docs[docs.length - 1]._id) } : {}
    const { data } = await db.collection<T>(name).where(after).orderBy('_id', 'asc').limit(1000).get()
    docs.push(...(data as (T & { _id: string })[]))
    if (data.length < 1000) return docs
  }
}

/** A request context of a seeded identity as the local server builds it (dev-admin an administrator). */
export const localContext = (db: Database, openId: string | null, now = SEEDED_AT): RequestContext => ({
  ...contextFor(db, openId, now),
  config: { adminOpenIds: ['dev-admin'], local: true, rateLimits: DEFAULT_RATE_LIMITS },
})
