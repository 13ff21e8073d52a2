import { randomHex } from '../random-hex'
import type { Database, Transaction } from '../db/types'

export const AUDIT_LOG = 'auditLog'

/** What an entry is about: a document of a collection, with a label people can read. */
export interface AuditTarget {
  collection: string
  id: string
  label?: string
}

/**
 * One administrator decision or one change of an application's status: who, when, what, and the
 * state before and after (the fields the action changed, not whole documents with personal data).
 */
export interface AuditEntry {
  _id: string
  at: string
  actor: { openId: string; role: 'admin' | 'employer' | 'seeker' }
  /** `function.action`, e.g. `admin.review`, `applications.setStatus`. */
  action: string
  target: AuditTarget
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  /** The reason or note given with the decision. */
  note?: string
}

export type NewAuditEntry = Omit<AuditEntry, '_id'>

export interface AuditFilter {
  targetCollection?: string
  targetId?: string
  actorOpenId?: string
}

let lastMs = 0
let sequence = 0

/**
 * Ids that sort like the entries were written, in any container: the wall-clock millisecond, a
 * sequence within it (entries share a millisecond: a decision and its effects, or a test's fixed
 * clock), a random suffix. The log is read in (at, _id) order.
 */
export function entryId(): string {
  const ms = Math.max(Date.now(), lastMs)
  sequence = ms === lastMs ? sequence + 1 : 0
  lastMs = ms
  return `${String(ms).padStart(15, '0')}${String(sequence).padStart(4, '0')}${randomHex(4)}`
}

export const auditLogRepository = (db: Database) => {
  const coll = () => db.collection<AuditEntry>(AUDIT_LOG)
  return {
    /** Adds the entry inside the transaction that makes the change, so neither stands without the other. */
    async addIn(tx: Transaction, entry: NewAuditEntry): Promise<void> {
      await tx.collection<AuditEntry>(AUDIT_LOG).add({ _id: entryId(), ...entry })
    },

    async add(entry: NewAuditEntry): Promise<void> {
      await coll().add({ _id: entryId(), ...entry })
    },

    /** Keeps what someone did in one role (a deleted seeker account), but no longer who did it. */
    async anonymiseActor(openId: string, role: AuditEntry['actor']['role'], placeholder: string): Promise<number> {
      return (await coll().where({ 'actor.openId': openId, 'actor.role': role }).update({ actor: { openId: placeholder } })).updated
    },

    /** The newest first, `limit` of them, before the (at, _id) cursor when given. */
    async list(filter: AuditFilter, limit: number, before?: { at: string; id: string }): Promise<AuditEntry[]> {
      const _ = db.command
      const where: Record<string, unknown> = {}
      if (filter.targetCollection) where['target.collection'] = filter.targetCollection
      if (filter.targetId) where['target.id'] = filter.targetId
      if (filter.actorOpenId) where['actor.openId'] = filter.actorOpenId
      const query = before
        ? coll().where(_.and([where, _.or([{ at: _.lt(before.at) }, { at: before.at, _id: _.lt(before.id) }])]))
        : coll().where(where)
      const { data } = await query.orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit).get()
      return data
    },
  }
}
