import { callFunction } from './cloud'
import type { JobState } from './employer'

/** The seekers' side of the postings: the board, a posting's page, favourites, reports (jobs.*). */

export type BoardSort = 'newest' | 'pay'

export interface SearchFilters {
  q?: string
  city?: string
  district?: string
  industry?: string
  /** The seeker's own education: postings asking for it or less. */
  education?: string
  /** The seeker's own years of experience: postings asking for as many or fewer. */
  experienceYears?: number
  payMin?: number
  payMax?: number
}

export interface SearchParams extends SearchFilters {
  sort?: BoardSort
  pageSize?: number
  cursor?: string
}

/** A posting as the board lists it. */
export interface BoardJob {
  id: string
  title: string
  employerId: string
  employerName: string
  industry: string
  industryLabel: string
  headcount: number
  pay: { min: number; max: number }
  location: { city: string; district: string }
  requirements: { education: string; educationLabel: string; experienceYears: number; experienceLabel: string }
  benefits: string
  state: JobState
  stateLabel: string
  publishedAt: string | null
  validUntil: string | null
}

export interface SearchPage {
  asOf: string
  sort: BoardSort
  jobs: BoardJob[]
  /** Fetches the next page; null after the last. */
  nextCursor: string | null
}

/** A posting's page. */
export interface PublicJob extends Omit<BoardJob, 'requirements' | 'location'> {
  duties: string
  requirements: BoardJob['requirements'] & { other: string }
  location: { city: string; district: string; address: string }
  closedAt: string | null
}

/** The firm behind a posting, as anyone may see it (contact masked). */
export interface PublicEmployer {
  id: string
  name: string
  industry: string
  industryLabel: string
  city: string
  district: string
  address: string
  employees: number
  verified: boolean
  contactName: string
  contactPhone: string
  livePostings: number
}

export interface Viewer {
  role: 'seeker' | 'employer' | 'admin'
  own: boolean
  hasProfile: boolean
  application: { id: string; status: string; statusLabel: string } | null
  favourite: boolean
  reported: boolean
}

export interface JobDetail {
  job: PublicJob
  employer: PublicEmployer | null
  /** null when not signed in. */
  viewer: Viewer | null
}

export interface FavouriteItem {
  jobId: string
  createdAt: string
  /** null once the posting is gone. */
  job: BoardJob | null
}

export type ReportReason = 'fraud' | 'discrimination' | 'wrong-info'

export const REPORT_REASONS: readonly { value: ReportReason; label: string; hint: string }[] = [
  { value: 'fraud', label: '虚假招聘或收取费用', hint: '以招聘为名收取押金、培训费、服装费，或岗位并不存在' },
  { value: 'discrimination', label: '就业歧视', hint: '限定性别、民族、户籍、婚育状况等' },
  { value: 'wrong-info', label: '信息不实', hint: '薪资、地点、工作内容与实际不符' },
]

export interface ReportResult {
  report: { id: string; status: string; statusLabel: string; reasonLabel: string }
  alreadyReported: boolean
}

export const jobDetailUrl = (id: string) => `/packages/jobs/detail/index?id=${encodeURIComponent(id)}`

/** Only the filters that are set, as the function expects them. */
const defined = (params: object) => Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''))

export const jobsApi = {
  search: (params: SearchParams) => callFunction<SearchPage>('jobs', 'search', defined(params)),
  get: (id: string) => callFunction<JobDetail>('jobs', 'get', { id }),
  favourite: (id: string, favourite: boolean) => callFunction<{ jobId: string; favourite: boolean }>('jobs', 'favourite', { id, favourite }),
  favourites: () => callFunction<{ favourites: FavouriteItem[] }>('jobs', 'favourites'),
  report: (id: string, reason: ReportReason, note: string) => callFunction<ReportResult>('jobs', 'report', { id, reason, note }),
}
