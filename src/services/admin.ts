import type { Input, Output } from '../../cloudfunctions/api'
import type { CodeClaim } from '../../cloudfunctions/_shared/services/credit-code-claims'
import type { AuditEntryView } from '../../cloudfunctions/_shared/services/admin/audit'
import { callFunction } from './cloud'

export type { CodeClaim }
export type Queue = Output<'admin', 'queue'>
export type QueueEmployer = Queue['employers'][number]
export type QueueJob = Queue['jobs'][number]
/** An open report of a posting (by a seeker or another firm), with the posting as it is now. */
export type QueueReport = Queue['reports'][number]
export type Stats = Output<'admin', 'stats'>
export type Bucket = Stats['employers']['byCity'][number]
export type ReviewTarget = Input<'admin', 'review'>['target']
export type AuditEntry = AuditEntryView
export type AuditFilter = Pick<Input<'admin', 'audit'>, 'targetCollection' | 'targetId'>
export type AuditPage = Output<'admin', 'audit'>

/** The bureau's review and figures (admin). */
export const adminApi = {
  queue: () => callFunction('admin', 'queue'),
  /** `revision`: the version of the profile or posting (a report's posting) the reviewer read. */
  review: (target: ReviewTarget, id: string, revision: number, decision: 'approve' | 'reject', reason?: string) =>
    callFunction('admin', 'review', { target, id, revision, decision, ...(reason ? { reason } : {}) }),
  stats: () => callFunction('admin', 'stats'),
  audit: (filter: AuditFilter, cursor?: string) => callFunction('admin', 'audit', { ...filter, ...(cursor ? { cursor } : {}) }),
}
