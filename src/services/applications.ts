import { callFunction } from './cloud'
import type { JobState } from './employer'
import type { BoardJob } from './jobs'
import type { ApplicationStatus, FirmStatus } from '../../cloudfunctions/_shared/catalog/seekers'

export type { ApplicationStatus, FirmStatus }

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'viewed', 'interview', 'offer', 'rejected', 'withdrawn']

export const applicationStatusLabels: Readonly<Record<ApplicationStatus, string>> = {
  submitted: '已投递',
  viewed: '企业已查看',
  interview: '邀请面试',
  offer: '录用',
  rejected: '不合适',
  withdrawn: '已撤回',
}

/** What the firm's buttons say for each move. */
export const firmActionLabels: Readonly<Record<FirmStatus, string>> = {
  viewed: '标记已查看',
  interview: '邀请面试',
  offer: '录用',
  rejected: '不合适',
}

export interface TimelineItem {
  status: ApplicationStatus
  statusLabel: string
  at: string
  note?: string
}

/** The profile sent with an application (phone masked, except in the firm's pipeline). */
export interface SentProfile {
  name: string
  phone: string
  education: string
  educationLabel: string
  experienceYears: number
  experienceLabel: string
  intro: string
}

export interface ApplicationView {
  id: string
  jobId: string
  job: {
    id: string
    title: string
    employerName: string
    pay: { min: number; max: number } | null
    location: { city: string; district: string } | null
    state: JobState
    stateLabel: string
  }
  seeker: SentProfile
  status: ApplicationStatus
  statusLabel: string
  timeline: TimelineItem[]
  /** The seeker's view. */
  canWithdraw?: boolean
  /** The firm's view: the moves it may make. */
  nextStatuses?: FirmStatus[]
  createdAt: string
  updatedAt: string
}

export interface Pipeline {
  job: BoardJob
  counts: Record<ApplicationStatus, number>
  /** Every application ever received, including those of seekers who have since deleted their accounts. */
  received: number
  applications: ApplicationView[]
}

export const pipelineUrl = (jobId: string) => `/packages/employer/pipeline/index?jobId=${encodeURIComponent(jobId)}`
export const MY_APPLICATIONS = '/packages/seeker/applications/index'

/** applications.*, typed. */
export const applicationsApi = {
  apply: (jobId: string) => callFunction<{ application: ApplicationView; alreadyApplied: boolean }>('applications', 'apply', { jobId }),
  mine: () => callFunction<{ counts: Record<ApplicationStatus, number>; applications: ApplicationView[] }>('applications', 'mine'),
  withdraw: (id: string) => callFunction<{ application: ApplicationView }>('applications', 'withdraw', { id }),
  forJob: (jobId: string, status?: ApplicationStatus) => callFunction<Pipeline>('applications', 'forJob', { jobId, ...(status ? { status } : {}) }),
  setStatus: (id: string, status: FirmStatus, note?: string) =>
    callFunction<{ application: ApplicationView }>('applications', 'setStatus', { id, status, ...(note ? { note } : {}) }),
}
