import { openEmbeddedDatabase } from '../../cloudfunctions/_shared/db/sqlite'
import type { RequestContext } from '../../cloudfunctions/_shared/context'
import { indexes } from '../../cloudfunctions/_shared/repositories/indexes'

export const ADMIN = 'test-admin'

/** A fresh in-memory embedded database with the production indexes. */
export const freshDatabase = () => openEmbeddedDatabase(':memory:', { indexes })

/** A request context as the cloud would build it, for the given caller. */
export function contextFor(db: RequestContext['db'], openId: string | null, now = new Date('2021-11-30T02:00:00Z')): RequestContext {
  return { db, openId, config: { adminOpenIds: [ADMIN], local: false }, now: () => now }
}
