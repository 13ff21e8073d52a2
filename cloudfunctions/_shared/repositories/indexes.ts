import type { IndexSpec } from '../db/sqlite'
import { EMPLOYERS } from './employers'
import { JOBS } from './jobs'

/**
 * The indexes every collection needs, declared once: the embedded engine creates them locally,
 * and the same list describes what the CloudBase console must have.
 */
export const indexes: IndexSpec[] = [
  { collection: EMPLOYERS, name: 'employers_owner', fields: [{ field: 'ownerOpenId', direction: 'asc' }], unique: true },
  // The review queue: pending profiles, the longest waiting first.
  { collection: EMPLOYERS, name: 'employers_status', fields: [{ field: 'status', direction: 'asc' }, { field: 'submittedAt', direction: 'asc' }] },
  // One profile per 统一社会信用代码.
  { collection: EMPLOYERS, name: 'employers_credit_code', fields: [{ field: 'creditCode', direction: 'asc' }], unique: true },
  // A firm's postings (我的), the most recently changed first.
  { collection: JOBS, name: 'jobs_owner', fields: [{ field: 'ownerOpenId', direction: 'asc' }, { field: 'updatedAt', direction: 'desc' }] },
  // The review queue: pending postings, the longest waiting first.
  { collection: JOBS, name: 'jobs_review', fields: [{ field: 'status', direction: 'asc' }, { field: 'submittedAt', direction: 'asc' }] },
  // Published and not yet expired (the board, the statistics).
  { collection: JOBS, name: 'jobs_live', fields: [{ field: 'status', direction: 'asc' }, { field: 'validUntil', direction: 'asc' }] },
]
