import type { Input, Output } from '../../cloudfunctions/api'
import type { EmployerStatus, JobState } from '../../cloudfunctions/_shared/catalog/firms'
import type { ComplianceHit } from '../../cloudfunctions/_shared/compliance/posting-check'
import type { JobContent } from '../../cloudfunctions/_shared/repositories/jobs'
import type { EmployerView, JobView } from '../../cloudfunctions/_shared/services/firm-views'
import type { HiringHint } from '../../cloudfunctions/_shared/services/hiring-hint'
import { callFunction } from './cloud'

export type { ComplianceHit, EmployerStatus, EmployerView, HiringHint, JobContent, JobState, JobView }

/** The choices of the firm and posting forms (account.catalog). */
export type Catalog = Output<'account', 'catalog'>
/** What a firm registers (account.registerEmployer). */
export type EmployerProfile = Input<'account', 'registerEmployer'>
/** A posting as the firm writes it (jobs.create without `submit`). */
export type JobInput = Omit<Input<'jobs', 'create'>, 'submit'>
export type MyJobs = Output<'jobs', 'mine'>
export type Preview = Output<'jobs', 'preview'>

/** account (the firm's profile) and jobs (its postings). */
export const employerApi = {
  catalog: () => callFunction('account', 'catalog'),
  register: (profile: EmployerProfile) => callFunction('account', 'registerEmployer', profile),
  mine: (params: Input<'jobs', 'mine'> = {}) => callFunction('jobs', 'mine', params),
  create: (job: JobInput & { submit?: boolean }) => callFunction('jobs', 'create', job),
  update: (id: string, job: Omit<Input<'jobs', 'update'>, 'id'>) => callFunction('jobs', 'update', { id, ...job }),
  close: (id: string) => callFunction('jobs', 'close', { id }),
  preview: (params: Input<'jobs', 'preview'>) => callFunction('jobs', 'preview', params),
}

/** The hits of a submission the content check stopped, or null for any other error. */
export function hitsOf(error: unknown): ComplianceHit[] | null {
  const details = (error as { details?: { hits?: unknown } } | null)?.details
  return Array.isArray(details?.hits) ? (details.hits as ComplianceHit[]) : null
}
