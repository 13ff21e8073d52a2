/**
 * Every collection the functions use, declared once with its indexes and its security rule.
 * The embedded engine builds its tables and indexes from this list (and refuses any other
 * collection, as CloudBase does); `npm run deploy:database` applies the same list to CloudBase.
 */
import type { OrderDirection } from '../db/types'
import { APPLICATION_COUNTS, APPLICATIONS, COUNTED_APPLICANTS } from './applications'
import { AUDIT_LOG } from './audit-log'
import { CREDIT_CODES } from './credit-codes'
import { EMPLOYERS } from './employers'
import { ENTERPRISE_FACTS } from './enterprise-facts'
import { FAIR_BOOKINGS } from './fair-bookings'
import { FAIR_SIGNUPS } from './fair-signups'
import { FAIRS } from './fairs'
import { FAVOURITES } from './favourites'
import { JOBS } from './jobs'
import { MATCHES, MATCHING_RUNS } from './matching'
import { MESSAGES } from './messages'
import { RATE_LIMITS } from './rate-limits'
import { RECOMMENDATIONS } from './recommendations'
import { REPORTS } from './reports'
import { SEEKERS } from './seekers'

/**
 * A CloudBase database security rule (custom form): what a client calling the database
 * directly, outside the functions, may do. Functions use the server SDK and are not bound by it.
 */
export interface SecurityRule {
  read: boolean | string
  write: boolean | string
}

/** Every read and write goes through a function, where identity and validation live. */
export const FUNCTIONS_ONLY: SecurityRule = { read: false, write: false }

/** Operational records; the local server's seeding marks itself done here. */
export const META = 'meta'

/** An index of a collection: its fields in order, each ascending or descending. */
export interface IndexSpec {
  collection: string
  name: string
  fields: { field: string; direction: OrderDirection }[]
  unique?: boolean
  /**
   * The one field that holds an array: a multikey index, with an entry per element (CloudBase,
   * being MongoDB, makes any index on an array field one; at most one array field per index).
   */
  arrayField?: string
  /**
   * Fields the index also holds after its key and `_id`, in no order a query can use: a filter on
   * them is checked on the index entry, and a document that fails it is never read. Not with
   * `unique` (its key would change) or `arrayField`.
   */
  covers?: string[]
}

export type CollectionIndex = Omit<IndexSpec, 'collection'>

/** A declared collection and its indexes: what a database is opened with. */
export interface CollectionSchema {
  name: string
  indexes: readonly CollectionIndex[]
}

export interface CollectionSpec extends CollectionSchema {
  /** What the collection holds, for the people who deploy and operate it. */
  holds: string
  indexes: CollectionIndex[]
  security: SecurityRule
}

const asc = (field: string) => ({ field, direction: 'asc' as const })
const desc = (field: string) => ({ field, direction: 'desc' as const })

/**
 * What the board filters postings by (repositories/jobs.ts boardCondition), keywords aside. Not
 * pay.min (payMax): covering it too tips SQLite's planner into reading a pay index and sorting for
 * the newest postings (the query plans of test/functions/board.test.ts).
 */
const BOARD_FILTERS = ['validUntil', 'location.city', 'location.district', 'industry', 'pay.max', 'requirements.education', 'requirements.experienceYears']

/** An index of the board: its key, and every other filter of the board covered. */
const boardIndex = (name: string, fields: CollectionIndex['fields']): CollectionIndex => ({
  name,
  fields,
  covers: BOARD_FILTERS.filter((filter) => !fields.some(({ field }) => field === filter)),
})

export const collections: CollectionSpec[] = [
  {
    name: EMPLOYERS,
    holds: '企业资料（待核验/已核验/退回），每个用户一份',
    security: FUNCTIONS_ONLY,
    indexes: [
      { name: 'employers_owner', fields: [asc('ownerOpenId')], unique: true },
      // The profiles claiming a 统一社会信用代码 (not unique: codes are public, see creditCodes).
      { name: 'employers_credit_code', fields: [asc('creditCode'), asc('status')] },
      // The review queue: pending profiles, the longest waiting first.
      { name: 'employers_status', fields: [asc('status'), asc('submittedAt')] },
      // Verified firms in _id order: a matching run pages through them.
      { name: 'employers_status_id', fields: [asc('status')] },
    ],
  },
  {
    name: CREDIT_CODES,
    holds: '统一社会信用代码的认证占用：每个代码一条（_id 为代码），记录以该代码通过认证的企业',
    security: FUNCTIONS_ONLY,
    indexes: [],
  },
  {
    name: ENTERPRISE_FACTS,
    holds: '企业自报的测算事实及其填报日期（_id 为企业 _id）',
    security: FUNCTIONS_ONLY,
    indexes: [],
  },
  {
    name: JOBS,
    holds: '招聘岗位：草稿、待审、已发布、已关闭、已退回',
    security: FUNCTIONS_ONLY,
    indexes: [
      // A firm's postings (我的), the most recently changed first; how many are live, on the index alone.
      { name: 'jobs_owner', fields: [asc('ownerOpenId'), desc('updatedAt')], covers: ['status', 'validUntil'] },
      // The review queue: pending postings, the longest waiting first.
      { name: 'jobs_review', fields: [asc('status'), asc('submittedAt')] },
      // Published and not yet expired (the statistics).
      { name: 'jobs_live', fields: [asc('status'), asc('validUntil')] },
      // The board (jobs.search): published postings by publication or by pay, on their own or within a
      // city, a district or an industry, so every filter combination walks an index in the order it
      // shows; the other filters, expiry too, are checked on the index's entries before a posting is read.
      boardIndex('jobs_board_newest', [asc('status'), desc('publishedAt')]),
      boardIndex('jobs_board_pay', [asc('status'), desc('pay.max')]),
      boardIndex('jobs_board_city_newest', [asc('status'), asc('location.city'), desc('publishedAt')]),
      boardIndex('jobs_board_city_pay', [asc('status'), asc('location.city'), desc('pay.max')]),
      boardIndex('jobs_board_district_newest', [asc('status'), asc('location.city'), asc('location.district'), desc('publishedAt')]),
      boardIndex('jobs_board_district_pay', [asc('status'), asc('location.city'), asc('location.district'), desc('pay.max')]),
      boardIndex('jobs_board_industry_newest', [asc('status'), asc('industry'), desc('publishedAt')]),
      boardIndex('jobs_board_industry_pay', [asc('status'), asc('industry'), desc('pay.max')]),
      // Keywords (jobs.search q): a posting's search terms (repositories/search-terms.ts) hold every
      // keyword's terms, so the board walks the postings holding the rarest of them in the order shown.
      { name: 'jobs_keyword_newest', fields: [asc('status'), asc('searchTerms'), desc('publishedAt')], arrayField: 'searchTerms' },
      { name: 'jobs_keyword_pay', fields: [asc('status'), asc('searchTerms'), desc('pay.max')], arrayField: 'searchTerms' },
    ],
  },
  {
    name: SEEKERS,
    holds: '求职者资料（简历），_id 为 openid',
    security: FUNCTIONS_ONLY,
    indexes: [],
  },
  {
    name: APPLICATIONS,
    holds: '投递：求职者发出的资料副本与每次状态变化',
    security: FUNCTIONS_ONLY,
    indexes: [
      // One application per seeker and posting: what makes applying twice (or 500 times at once) one application.
      { name: 'applications_job_seeker', fields: [asc('jobId'), asc('seekerOpenId')], unique: true },
      // 我的投递, and a posting's pipeline, the newest first.
      { name: 'applications_seeker', fields: [asc('seekerOpenId'), desc('createdAt')] },
      { name: 'applications_job', fields: [asc('jobId'), desc('createdAt')] },
      // Applications made from a fair's page (admin.stats per fair).
      { name: 'applications_fair', fields: [asc('fairId')] },
    ],
  },
  {
    name: APPLICATION_COUNTS,
    holds: '投递计数（按日、按岗位、总数），删除账号后仍保留',
    security: FUNCTIONS_ONLY,
    indexes: [],
  },
  {
    name: COUNTED_APPLICANTS,
    holds: '已计数的投递人：每个岗位、每位投递人一条（_id 含投递人 openid 的密钥散列，不含 openid），注销后重新投递同一岗位不再计数',
    security: FUNCTIONS_ONLY,
    indexes: [],
  },
  {
    name: FAVOURITES,
    holds: '求职者收藏的岗位',
    security: FUNCTIONS_ONLY,
    indexes: [
      // One favourite per seeker and posting; a seeker's favourites, the latest first.
      { name: 'favourites_openid_job', fields: [asc('openId'), asc('jobId')], unique: true },
      { name: 'favourites_openid', fields: [asc('openId'), desc('createdAt')] },
    ],
  },
  {
    name: REPORTS,
    holds: '对岗位的举报及处理结果',
    security: FUNCTIONS_ONLY,
    indexes: [
      // One report per person and posting, by the reporter's key (it outlives a deleted account);
      // the bureau's queue of open reports, the longest waiting first.
      { name: 'reports_job_reporter', fields: [asc('jobId'), asc('reporterKey')], unique: true },
      { name: 'reports_status', fields: [asc('status'), asc('createdAt')] },
      { name: 'reports_reporter', fields: [asc('reporterOpenId'), desc('createdAt')] },
    ],
  },
  {
    name: FAIRS,
    holds: '招聘会（春风行动、民营企业招聘月、金秋招聘月等）',
    security: FUNCTIONS_ONLY,
    indexes: [
      // Those not yet ended (endAt), and a month of the calendar (startAt).
      { name: 'fairs_end', fields: [asc('endAt')] },
      { name: 'fairs_start', fields: [asc('startAt')] },
    ],
  },
  {
    name: FAIR_BOOKINGS,
    holds: '企业的展位预订（_id 为招聘会与企业，一企一展位）',
    security: FUNCTIONS_ONLY,
    indexes: [
      // One firm per booth; a fair's bookings by booth.
      { name: 'fairBookings_booth', fields: [asc('fairId'), asc('boothNo')], unique: true },
      { name: 'fairBookings_owner', fields: [asc('ownerOpenId'), desc('createdAt')] },
      { name: 'fairBookings_employer', fields: [asc('employerId')] },
    ],
  },
  {
    name: FAIR_SIGNUPS,
    holds: '求职者的招聘会报名与签到码',
    security: FUNCTIONS_ONLY,
    indexes: [
      // A check-in code is unique within its fair; a fair's sign-ups in order; a seeker's sign-ups.
      { name: 'fairSignups_code', fields: [asc('fairId'), asc('code')], unique: true },
      { name: 'fairSignups_fair', fields: [asc('fairId'), asc('createdAt')] },
      { name: 'fairSignups_openid', fields: [asc('openId'), desc('createdAt')] },
    ],
  },
  {
    name: MATCHING_RUNS,
    holds: '政策找企业的匹配批次及进度',
    security: FUNCTIONS_ONLY,
    indexes: [{ name: 'matchingRuns_started', fields: [desc('startedAt')] }],
  },
  {
    name: MATCHES,
    holds: '匹配结果：每批次、每项政策、每家企业一条',
    security: FUNCTIONS_ONLY,
    indexes: [
      // A run's matches per provision and status, the largest amount first; all of them in _id order
      // (CSV); a batch's firms (their matches are rewritten when the batch is retried).
      { name: 'matches_provision', fields: [asc('runId'), asc('key'), asc('status'), desc('amount')] },
      { name: 'matches_run', fields: [asc('runId')] },
      { name: 'matches_run_employer', fields: [asc('runId'), asc('employerId')] },
    ],
  },
  {
    name: RECOMMENDATIONS,
    holds: '推荐给企业的政策（为您推荐）',
    security: FUNCTIONS_ONLY,
    indexes: [{ name: 'recommendations_employer', fields: [asc('employerId')] }],
  },
  {
    name: MESSAGES,
    holds: '站内消息（我的 → 消息）：政策推荐、投递状态变化',
    security: FUNCTIONS_ONLY,
    indexes: [{ name: 'messages_owner', fields: [asc('ownerOpenId'), desc('createdAt')] }],
  },
  {
    name: AUDIT_LOG,
    holds: '审计日志：管理员的每项决定与投递状态的每次变化（谁、何时、做了什么、前后状态）',
    security: FUNCTIONS_ONLY,
    indexes: [
      // The newest first; one target's history; one actor's decisions.
      { name: 'auditLog_at', fields: [desc('at')] },
      { name: 'auditLog_target', fields: [asc('target.collection'), asc('target.id'), desc('at')] },
      { name: 'auditLog_actor', fields: [asc('actor.openId'), desc('at')] },
    ],
  },
  {
    name: META,
    holds: '运维记录：示例数据的写入时间（仅本地开发环境写入）',
    security: FUNCTIONS_ONLY,
    indexes: [],
  },
  {
    name: RATE_LIMITS,
    holds: '写操作频率计数：每个用户（openid 的密钥散列，不含 openid）、每类操作、每个时间窗一条（_id）；删除账号后仍保留',
    security: FUNCTIONS_ONLY,
    indexes: [],
  },
]

/** The indexes of every collection, in the engine's form. */
export const indexes: IndexSpec[] = collections.flatMap(({ name, indexes }) => indexes.map((index) => ({ collection: name, ...index })))

export const collectionNames = collections.map((c) => c.name)
