import { callFunction } from './cloud'
import type { EmployerStatus, EmployerView, JobState, JobView } from './employer'

export interface QueueJob extends JobView {
  employer: EmployerView | null
  compliance: { checkedAt: string; wechat: 'pass' | 'review' | 'unavailable' | 'skipped' } | null
}

export interface Queue {
  counts: { employers: number; jobs: number }
  employers: EmployerView[]
  jobs: QueueJob[]
}

export interface Bucket<K extends string = string> {
  key: K
  label: string
  count: number
}

export interface Stats {
  asOf: string
  employers: { total: number; verified: number; byStatus: Bucket<EmployerStatus>[]; byIndustry: Bucket[]; byCity: Bucket[] }
  jobs: { total: number; live: number; byState: Bucket<JobState>[]; byIndustry: Bucket[]; byCity: Bucket[] }
}

export type ReviewTarget = 'employer' | 'job'

/** The bureau's actions (admin), typed. */
export const adminApi = {
  queue: () => callFunction<Queue>('admin', 'queue'),
  review: (target: ReviewTarget, id: string, decision: 'approve' | 'reject', reason?: string) =>
    callFunction<{ target: ReviewTarget; id: string; status: string; statusLabel: string }>('admin', 'review', {
      target,
      id,
      decision,
      ...(reason ? { reason } : {}),
    }),
  stats: () => callFunction<Stats>('admin', 'stats'),
}
