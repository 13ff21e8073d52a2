import { callFunction } from './cloud'
import type { EmployerView, JobView } from './employer'
import type { CsvExport } from './files'
import type { PublicJob } from './jobs'
// Type-only imports from the shared backend code: erased at build time, one source for the wire types.
import type { Campaign, FairLevel, FairMode } from '../../cloudfunctions/_shared/catalog/fairs'
import type { FairContent } from '../../cloudfunctions/_shared/repositories/fairs'
import type { FairStatus } from '../../cloudfunctions/_shared/catalog/fair-status'

export type { Campaign, FairContent, FairLevel, FairMode, FairStatus }

export const CAMPAIGN_OPTIONS: readonly { value: Campaign; label: string }[] = [
  { value: 'spring-breeze', label: '春风行动' },
  { value: 'private-enterprise-month', label: '民营企业招聘月' },
  { value: 'golden-autumn', label: '金秋招聘月' },
  { value: 'regular', label: '常态化招聘' },
]
export const LEVEL_OPTIONS: readonly { value: FairLevel; label: string }[] = [
  { value: 'province', label: '省级' },
  { value: 'city', label: '市级' },
  { value: 'county', label: '县级' },
]
export const MODE_OPTIONS: readonly { value: FairMode; label: string }[] = [
  { value: 'onsite', label: '现场' },
  { value: 'online', label: '线上' },
]

export interface FairView extends FairContent {
  id: string
  campaignLabel: string
  levelLabel: string
  regionLabel: string
  modeLabel: string
  /** The Shanghai dates it covers. */
  days: string[]
  boothsBooked: number
  boothsLeft: number
  status: FairStatus
  statusLabel: string
  createdAt: string
  updatedAt: string
}

export interface BookingView {
  fairId: string
  employerId: string
  employerName: string
  boothNo: number
  jobIds: string[]
  createdAt: string
  updatedAt: string
}

export interface FirmMark {
  employerId: string
  visited: boolean
  interested: boolean
  at: string
}

export interface SignupView {
  fairId: string
  code: string
  marks: FirmMark[]
  checkedInAt: string | null
  createdAt: string
}

export interface PublicEmployer {
  id: string
  name: string
  industry: string
  industryLabel: string
  city: string
  district: string
  employees: number
}

export interface FairFirm {
  boothNo: number
  employer: PublicEmployer
  /** The postings the booth brings, as a posting's page shows them. */
  jobs: PublicJob[]
}

export interface FairList {
  asOf: string
  total: number
  fairs: FairView[]
  month?: string
  days?: { date: string; count: number }[]
}

export interface FairDetail {
  fair: FairView
  firms: FairFirm[]
  counts: { firms: number; jobs: number; signups: number }
  /** The caller's booth or sign-up here; null when anonymous. */
  mine: { booking: BookingView | null; signup: SignupView | null } | null
}

export interface MyFairs {
  role: 'employer' | 'seeker'
  bookings: { fair: FairView; booking: BookingView }[]
  signups: { fair: FairView; signup: SignupView }[]
}

export interface ListFilter {
  campaign?: Campaign
  city?: string
  mode?: FairMode
  month?: string
  when?: 'open' | 'ended' | 'all'
  limit?: number
}

export interface ParticipantBooking {
  boothNo: number
  employer: EmployerView | null
  employerName: string
  jobs: { id: string; title: string; headcount: number; state: string; stateLabel: string }[]
  createdAt: string
}

export type ParticipantSignup = SignupView & { openId: string; visited: number; interested: number }

/** A page of a roster and where the next one starts (null after the last). */
export interface RosterPage<T> {
  items: T[]
  nextCursor: string | null
}

export type RosterList = 'bookings' | 'signups'

/** The first page of both lists; or, asked for one list after a cursor, that page only (the other null). */
export interface Participants {
  fair: FairView
  counts: { bookings: number; signups: number; checkedIn: number }
  bookings: RosterPage<ParticipantBooking> | null
  signups: RosterPage<ParticipantSignup> | null
}

export interface FairFigures {
  id: string
  name: string
  campaign: Campaign
  campaignLabel: string
  mode: FairMode
  status: FairStatus
  statusLabel: string
  startAt: string
  endAt: string
  boothCount: number
  firms: number
  postings: number
  signups: number
  checkedIn: number
  applications: number
}

export interface FairStats {
  total: number
  open: number
  byCampaign: { key: Campaign; label: string; count: number }[]
  fairs: FairFigures[]
}

/** Leaves out empty filters: the function refuses unknown values, not absent ones. */
const clean = (params: object) => Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''))

/** The fairs function, typed. */
export const fairsApi = {
  list: (filter: ListFilter = {}) => callFunction<FairList>('fairs', 'list', clean(filter)),
  get: (id: string) => callFunction<FairDetail>('fairs', 'get', { id }),
  register: (fairId: string, jobIds: string[]) =>
    callFunction<{ booking: BookingView; jobs: JobView[]; fair: FairView }>('fairs', 'register', { fairId, jobIds }),
  cancel: (fairId: string) => callFunction<{ cancelled: BookingView; fair: FairView }>('fairs', 'cancel', { fairId }),
  setJobs: (fairId: string, jobIds: string[]) => callFunction<{ booking: BookingView; jobs: JobView[] }>('fairs', 'setJobs', { fairId, jobIds }),
  signup: (fairId: string) => callFunction<{ signup: SignupView; created: boolean; fair: FairView }>('fairs', 'signup', { fairId }),
  mark: (fairId: string, employerId: string, change: { visited?: boolean; interested?: boolean }) =>
    callFunction<{ marks: FirmMark[] }>('fairs', 'mark', { fairId, employerId, ...change }),
  mine: () => callFunction<MyFairs>('fairs', 'mine'),
  forEmployer: (employerId: string) => callFunction<{ fairs: { fair: FairView; boothNo: number }[] }>('fairs', 'forEmployer', { employerId }),
}

/** The bureau's fair actions (admin), typed. */
export const fairsAdminApi = {
  save: (content: FairContent, id?: string) =>
    callFunction<{ fair: FairView; created: boolean }>('admin', 'saveFair', { ...content, ...(id ? { id } : {}) }),
  participants: (fairId: string, next?: { list: RosterList; cursor: string }) =>
    callFunction<Participants>('admin', 'fairParticipants', { fairId, ...next }),
  exportCsv: (fairId: string, kind: RosterList) => callFunction<CsvExport>('admin', 'exportFair', { fairId, kind }),
  checkIn: (fairId: string, code: string) => callFunction<{ signup: SignupView; already: boolean }>('admin', 'fairCheckIn', { fairId, code }),
  /** admin.stats' per-fair figures. */
  stats: async () => (await callFunction<{ fairs: FairStats }>('admin', 'stats')).fairs,
}

export const FAIR_DETAIL = '/packages/fairs/detail/index'
export const fairDetailUrl = (id: string) => `${FAIR_DETAIL}?id=${encodeURIComponent(id)}`
export const fairBookUrl = (id: string) => `/packages/fairs/book/index?id=${encodeURIComponent(id)}`
export const fairEditUrl = (id?: string) => `/packages/fairs/edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`
export const fairBookingsUrl = (id: string) => `/packages/fairs/bookings/index?id=${encodeURIComponent(id)}`
export const MY_FAIRS = '/packages/fairs/mine/index'
