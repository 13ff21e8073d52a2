import type { IndexSpec } from '../db/sqlite'
import { EMPLOYERS } from './employers'
import { FAIR_BOOKINGS } from './fair-bookings'
import { FAIR_SIGNUPS } from './fair-signups'
import { FAIRS } from './fairs'
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
  // Job fairs: those not yet ended (endAt), and a month of the calendar (startAt).
  { collection: FAIRS, name: 'fairs_end', fields: [{ field: 'endAt', direction: 'asc' }] },
  { collection: FAIRS, name: 'fairs_start', fields: [{ field: 'startAt', direction: 'asc' }] },
  // One firm per booth (the booking's _id already makes it one booth per firm per fair); a fair's bookings by booth.
  { collection: FAIR_BOOKINGS, name: 'fairBookings_booth', fields: [{ field: 'fairId', direction: 'asc' }, { field: 'boothNo', direction: 'asc' }], unique: true },
  { collection: FAIR_BOOKINGS, name: 'fairBookings_owner', fields: [{ field: 'ownerOpenId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: FAIR_BOOKINGS, name: 'fairBookings_employer', fields: [{ field: 'employerId', direction: 'asc' }] },
  // A check-in code is unique within its fair; a fair's sign-ups in order; a seeker's sign-ups.
  { collection: FAIR_SIGNUPS, name: 'fairSignups_code', fields: [{ field: 'fairId', direction: 'asc' }, { field: 'code', direction: 'asc' }], unique: true },
  { collection: FAIR_SIGNUPS, name: 'fairSignups_fair', fields: [{ field: 'fairId', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }] },
  { collection: FAIR_SIGNUPS, name: 'fairSignups_openid', fields: [{ field: 'openId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
]
