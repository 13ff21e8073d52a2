import type { Input, Output } from '../../cloudfunctions/api'
import type { InterviewAnswer } from '../../cloudfunctions/_shared/catalog/interview'
import type { ApplicationStatus, FirmStatus } from '../../cloudfunctions/_shared/catalog/seekers'
import type { ApplicationView } from '../../cloudfunctions/_shared/services/seeker-views'
import { callFunction } from './cloud'

export type { ApplicationStatus, ApplicationView, FirmStatus }

/** What the firm's buttons say for each move. */
export const firmActionLabels: Readonly<Record<FirmStatus, string>> = {
  viewed: '标记已查看',
  interview: '邀请面试',
  offer: '录用',
  rejected: '不合适',
}

/** The colour an application's status shows in: on its way, good news, turned down, withdrawn. */
export const applicationTones: Readonly<Record<ApplicationStatus, 'info' | 'ok' | 'bad' | 'off'>> = {
  submitted: 'info',
  viewed: 'info',
  interview: 'ok',
  offer: 'ok',
  rejected: 'bad',
  withdrawn: 'off',
}

export type TimelineItem = ApplicationView['timeline'][number]
export type InterviewView = NonNullable<ApplicationView['interview']>
/** What a firm writes in an interview invitation. */
export type InterviewInvitation = NonNullable<Input<'applications', 'setStatus'>['interview']>
export type Pipeline = Output<'applications', 'forJob'>

export const pipelineUrl = (jobId: string) => `/packages/employer/pipeline/index?jobId=${encodeURIComponent(jobId)}`
export const MY_APPLICATIONS = '/packages/seeker/applications/index'

/** applications.* */
export const applicationsApi = {
  /** `fairId`: applied from that fair's page. */
  apply: (jobId: string, fairId?: string) => callFunction('applications', 'apply', { jobId, ...(fairId ? { fairId } : {}) }),
  mine: () => callFunction('applications', 'mine'),
  withdraw: (id: string) => callFunction('applications', 'withdraw', { id }),
  forJob: (jobId: string, status?: ApplicationStatus) => callFunction('applications', 'forJob', { jobId, ...(status ? { status } : {}) }),
  setStatus: (id: string, status: FirmStatus, note?: string) => callFunction('applications', 'setStatus', { id, status, ...(note ? { note } : {}) }),
  invite: (id: string, interview: InterviewInvitation) => callFunction('applications', 'setStatus', { id, status: 'interview', interview }),
  answerInterview: (id: string, answer: InterviewAnswer, note?: string) => callFunction('applications', 'answerInterview', { id, answer, ...(note ? { note } : {}) }),
}
