import type { IndexSpec } from '../db/sqlite'
import { EMPLOYERS } from './employers'
import { FAIR_BOOKINGS } from './fair-bookings'
import { FAIR_SIGNUPS } from './fair-signups'
import { FAIRS } from './fairs'
import { JOBS } from './jobs'
import { APPLICATIONS } from './applications'
import { FAVOURITES } from './favourites'
import { REPORTS } from './reports'
import { MATCHES, MATCHING_RUNS } from './matching'
import { MESSAGES } from './messages'
import { RECOMMENDATIONS } from './recommendations'

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
  // The board (jobs.search): published postings by publication or by pay, on their own or within a
  // city, a district or an industry, so every filter combination walks an index in the order it
  // shows (the other filters are checked on the way; expiry too, as the newest come first).
  { collection: JOBS, name: 'jobs_board_newest', fields: [{ field: 'status', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: JOBS, name: 'jobs_board_pay', fields: [{ field: 'status', direction: 'asc' }, { field: 'pay.max', direction: 'desc' }] },
  { collection: JOBS, name: 'jobs_board_city_newest', fields: [{ field: 'status', direction: 'asc' }, { field: 'location.city', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: JOBS, name: 'jobs_board_city_pay', fields: [{ field: 'status', direction: 'asc' }, { field: 'location.city', direction: 'asc' }, { field: 'pay.max', direction: 'desc' }] },
  { collection: JOBS, name: 'jobs_board_district_newest', fields: [{ field: 'status', direction: 'asc' }, { field: 'location.city', direction: 'asc' }, { field: 'location.district', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: JOBS, name: 'jobs_board_district_pay', fields: [{ field: 'status', direction: 'asc' }, { field: 'location.city', direction: 'asc' }, { field: 'location.district', direction: 'asc' }, { field: 'pay.max', direction: 'desc' }] },
  { collection: JOBS, name: 'jobs_board_industry_newest', fields: [{ field: 'status', direction: 'asc' }, { field: 'industry', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: JOBS, name: 'jobs_board_industry_pay', fields: [{ field: 'status', direction: 'asc' }, { field: 'industry', direction: 'asc' }, { field: 'pay.max', direction: 'desc' }] },
  // One application per seeker and posting: what makes applying twice (or 500 times at once) one application.
  { collection: APPLICATIONS, name: 'applications_job_seeker', fields: [{ field: 'jobId', direction: 'asc' }, { field: 'seekerOpenId', direction: 'asc' }], unique: true },
  // 我的投递, and a posting's pipeline, the newest first.
  { collection: APPLICATIONS, name: 'applications_seeker', fields: [{ field: 'seekerOpenId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: APPLICATIONS, name: 'applications_job', fields: [{ field: 'jobId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  // One favourite per seeker and posting; a seeker's favourites, the latest first.
  { collection: FAVOURITES, name: 'favourites_openid_job', fields: [{ field: 'openId', direction: 'asc' }, { field: 'jobId', direction: 'asc' }], unique: true },
  { collection: FAVOURITES, name: 'favourites_openid', fields: [{ field: 'openId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  // One report per caller and posting; the bureau's queue of open reports, the longest waiting first; a posting's open reports.
  { collection: REPORTS, name: 'reports_job_reporter', fields: [{ field: 'jobId', direction: 'asc' }, { field: 'reporterOpenId', direction: 'asc' }], unique: true },
  { collection: REPORTS, name: 'reports_status', fields: [{ field: 'status', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }] },
  { collection: REPORTS, name: 'reports_reporter', fields: [{ field: 'reporterOpenId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  // 政策找企业 (issue 8): verified firms in _id order (a matching run pages through them); a run's
  // matches per provision and status, the largest amount first, and all of them in _id order (CSV);
  // the runs, the latest first; a firm's recommendations; a user's messages, the newest first.
  { collection: EMPLOYERS, name: 'employers_status_id', fields: [{ field: 'status', direction: 'asc' }] },
  { collection: MATCHES, name: 'matches_provision', fields: [{ field: 'runId', direction: 'asc' }, { field: 'key', direction: 'asc' }, { field: 'status', direction: 'asc' }, { field: 'amount', direction: 'desc' }] },
  { collection: MATCHES, name: 'matches_run', fields: [{ field: 'runId', direction: 'asc' }] },
  { collection: MATCHING_RUNS, name: 'matchingRuns_started', fields: [{ field: 'startedAt', direction: 'desc' }] },
  { collection: RECOMMENDATIONS, name: 'recommendations_employer', fields: [{ field: 'employerId', direction: 'asc' }] },
  { collection: MESSAGES, name: 'messages_owner', fields: [{ field: 'ownerOpenId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
]
