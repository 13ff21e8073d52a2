import type { AuditEntryView } from '../../cloudfunctions/_shared/services/admin/audit'
import { callFunction } from './cloud'
import type { EmployerStatus, EmployerView, JobState, JobView } from './employer'

export interface QueueJob extends JobView {
  employer: EmployerView | null
  compliance: { checkedAt: string; wechat: 'pass' | 'review' | 'unavailable' | 'skipped' } | null
}

/** An open report of a posting (by a seeker or another firm), with the posting as it is now. */
export interface QueueReport {
  id: string
  jobId: string
  employerId: string
  jobTitle: string
  employerName: string
  reason: 'fraud' | 'discrimination' | 'wrong-info'
  reasonLabel: string
  note: string
  status: 'open' | 'upheld' | 'dismissed'
  statusLabel: string
  createdAt: string
  job: JobView | null
  employer: EmployerView | null
  /** Open reports of the same posting in the queue. */
  sameJob: number
}

/** Another profile claiming the same credit code as a profile in the queue. */
export interface CodeClaim {
  id: string
  name: string
  status: EmployerStatus
  statusLabel: string
  submittedAt: string
  /** A pending claim: until when it keeps others from registering the code. */
  heldUntil: string | null
}

export interface QueueEmployer extends EmployerView {
  /** The other pending or verified profiles with this credit code: the bureau verifies one. */
  codeClaims: CodeClaim[]
}

export interface Queue {
  counts: { employers: number; jobs: number; reports: number }
  employers: QueueEmployer[]
  jobs: QueueJob[]
  reports: QueueReport[]
}

export interface Bucket<K extends string = string> {
  key: K
  label: string
  count: number
}

export interface Stats {
  asOf: string
  /** Applications made: per day over the last 30 days (oldest first), and in all. */
  applications: { total: number; byDay: Bucket[] }
  employers: { total: number; verified: number; byStatus: Bucket<EmployerStatus>[]; byIndustry: Bucket[]; byCity: Bucket[] }
  jobs: { total: number; live: number; byState: Bucket<JobState>[]; byIndustry: Bucket[]; byCity: Bucket[] }
}

export type ReviewTarget = 'employer' | 'job' | 'report'

/** The bureau's actions (admin), typed. */
export const adminApi = {
  queue: () => callFunction<Queue>('admin', 'queue'),
  /** `revision`: the version of the profile or posting (a report's posting) the reviewer read. */
  review: (target: ReviewTarget, id: string, revision: number, decision: 'approve' | 'reject', reason?: string) =>
    callFunction<{ target: ReviewTarget; id: string; status: string; statusLabel: string }>('admin', 'review', {
      target,
      id,
      revision,
      decision,
      ...(reason ? { reason } : {}),
    }),
  stats: () => callFunction<Stats>('admin', 'stats'),
  audit: (filter: AuditFilter, cursor?: string) =>
    callFunction<AuditPage>('admin', 'audit', { ...filter, ...(cursor ? { cursor } : {}) }),
}

export type AuditEntry = AuditEntryView
export interface AuditFilter {
  targetCollection?: string
  targetId?: string
}
export interface AuditPage {
  items: AuditEntry[]
  nextCursor: string | null
}
