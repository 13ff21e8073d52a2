import { openEmbeddedDatabase } from '../../server/db/embedded'
import type { RequestContext } from '../../cloudfunctions/_shared/context'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'

export const ADMIN = 'test-admin'

/** A fresh in-memory embedded database with the production indexes. */
export const freshDatabase = () => openEmbeddedDatabase(':memory:', { schema: collections })

/** A request context as the cloud would build it, for the given caller. */
export function contextFor(db: RequestContext['db'], openId: string | null, now = new Date('2021-11-30T02:00:00Z')): RequestContext {
  return { db, openId, config: { adminOpenIds: [ADMIN], local: false, rateLimits: DEFAULT_RATE_LIMITS }, now: () => now }
}
