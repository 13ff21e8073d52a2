import { callFunction } from './cloud'
// Type-only imports from the shared backend code: erased at build time, one source for the wire types.
import type { ComplianceHit } from '../../cloudfunctions/_shared/compliance/posting-check'
import type { JobContent } from '../../cloudfunctions/_shared/repositories/jobs'
import type { HiringHint } from '../../cloudfunctions/_shared/services/hiring-hint'
import type { EmployerStatus, JobState } from '../../cloudfunctions/_shared/catalog/firms'

export type { ComplianceHit, EmployerStatus, HiringHint, JobContent, JobState }

export const JOB_STATES: readonly JobState[] = ['draft', 'pending', 'published', 'rejected', 'closed', 'expired']

export interface Option<V = string> {
  value: V
  label: string
}

/** The choices of the firm and posting forms (account.catalog). */
export interface Catalog {
  industries: Option[]
  ownerships: Option[]
  educations: Option[]
  experienceYears: Option<number>[]
  regions: { city: string; districts: string[] }[]
  maxValidDays: number
}

/** What a firm registers (account.registerEmployer). */
export interface EmployerProfile {
  name: string
  creditCode: string
  ownership: 'private'
  industry: string
  employees: number
  revenue: number
  totalAssets: number
  city: string
  district: string
  address: string
  contactName: string
  contactPhone: string
}

export interface EmployerView extends Omit<EmployerProfile, 'ownership' | 'revenue' | 'totalAssets'> {
  id: string
  ownership: string
  ownershipLabel: string
  industryLabel: string
  revenue: number | null
  totalAssets: number | null
  status: EmployerStatus
  statusLabel: string
  reviewReason: string | null
  submittedAt: string
  reviewedAt: string | null
  /** The version of the profile: a review names the one it read. */
  revision: number
  createdAt: string
}

export interface JobView extends JobContent {
  id: string
  employerId: string
  employerName: string
  industry: string
  industryLabel: string
  requirements: JobContent['requirements'] & { educationLabel: string; experienceLabel: string }
  state: JobState
  stateLabel: string
  reviewReason: string | null
  submittedAt: string | null
  publishedAt: string | null
  validUntil: string | null
  closedAt: string | null
  createdAt: string
  updatedAt: string
  /** The version of the posting: a review names the one it read. */
  revision: number
  measure21: HiringHint | null
}

export interface MyJobs {
  employer: EmployerView
  canSubmit: boolean
  counts: Record<JobState, number>
  jobs: JobView[]
}

export interface Preview {
  canSubmit: boolean
  hits: ComplianceHit[]
  measure21: HiringHint | null
}

export type JobInput = JobContent & { submit?: boolean }

/** account (the firm's profile) and jobs (its postings), typed. */
export const employerApi = {
  catalog: () => callFunction<Catalog>('account', 'catalog'),
  register: (profile: EmployerProfile) => callFunction<{ employer: EmployerView }>('account', 'registerEmployer', { ...profile }),
  mine: (params: { state?: JobState; id?: string } = {}) => callFunction<MyJobs>('jobs', 'mine', params),
  create: (job: JobInput) => callFunction<{ job: JobView }>('jobs', 'create', { ...job }),
  update: (id: string, job: Partial<JobInput>) => callFunction<{ job: JobView }>('jobs', 'update', { id, ...job }),
  close: (id: string) => callFunction<{ job: JobView }>('jobs', 'close', { id }),
  preview: (params: { headcount?: number; title?: string; duties?: string; other?: string; benefits?: string }) =>
    callFunction<Preview>('jobs', 'preview', params),
}

/** The hits of a submission the content check stopped, or null for any other error. */
export function hitsOf(error: unknown): ComplianceHit[] | null {
  const details = (error as { details?: { hits?: unknown } } | null)?.details
  return Array.isArray(details?.hits) ? (details.hits as ComplianceHit[]) : null
}
