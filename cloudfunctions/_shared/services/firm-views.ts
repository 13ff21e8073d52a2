/** How profiles and postings leave the backend: ids as `id`, states derived, Chinese labels added. */
import { educationLabels, employerStatusLabels, experienceLabel, jobStateLabels, type Education, type JobState } from '../catalog/firms'
import type { Employer } from '../repositories/employers'
import type { Job, JobContent } from '../repositories/jobs'
import { revisionOf } from '../repositories/revision'
import { optionLabel, type Industry, type Ownership } from '../rules/facts'
import { hiringHint } from './hiring-hint'

/** The rules' words for a firm's industry and ownership (the facts of `policy.evaluate`). */
export const industryLabel = (industry: Industry | string) => optionLabel('industry', industry)
export const ownershipLabel = (ownership: Ownership | string) => optionLabel('ownership', ownership)

export function employerView(e: Employer) {
  return {
    id: e._id,
    name: e.name,
    creditCode: e.creditCode,
    ownership: e.ownership,
    ownershipLabel: ownershipLabel(e.ownership),
    industry: e.industry,
    industryLabel: industryLabel(e.industry),
    employees: e.employees,
    revenue: e.revenue ?? null,
    totalAssets: e.totalAssets ?? null,
    city: e.city,
    district: e.district,
    address: e.address,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    status: e.status,
    statusLabel: employerStatusLabels[e.status],
    reviewReason: e.reviewReason ?? null,
    submittedAt: e.submittedAt ?? e.createdAt,
    reviewedAt: e.reviewedAt ?? null,
    /** What the bureau's decision names: `admin.review` applies to this revision only. */
    revision: revisionOf(e),
    createdAt: e.createdAt,
  }
}

export type EmployerView = ReturnType<typeof employerView>

/** The state a reader sees: a published posting whose validity has run out is expired, no cron needed. */
export const effectiveState = (job: Pick<Job, 'status' | 'validUntil'>, nowIso: string): JobState =>
  job.status === 'published' && job.validUntil !== undefined && job.validUntil <= nowIso ? 'expired' : job.status

export const contentOf = (job: Job): JobContent => ({
  title: job.title,
  headcount: job.headcount,
  duties: job.duties,
  requirements: job.requirements,
  location: job.location,
  pay: job.pay,
  benefits: job.benefits,
  validDays: job.validDays,
})

/** A posting with its measure-21 hint computed from the firm's facts (when the firm is given). */
export function jobView(job: Job, now: Date, employer?: Employer | null) {
  const state = effectiveState(job, now.toISOString())
  return {
    id: job._id,
    employerId: job.employerId,
    employerName: job.employerName,
    industry: job.industry,
    industryLabel: industryLabel(job.industry),
    ...contentOf(job),
    requirements: {
      ...job.requirements,
      educationLabel: educationLabels[job.requirements.education as Education] ?? job.requirements.education,
      experienceLabel: experienceLabel(job.requirements.experienceYears),
    },
    state,
    stateLabel: jobStateLabels[state],
    reviewReason: job.reviewReason ?? null,
    submittedAt: job.submittedAt ?? null,
    publishedAt: job.publishedAt ?? null,
    validUntil: job.validUntil ?? null,
    closedAt: job.closedAt ?? null,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    /** What the bureau's decision names: `admin.review` applies to this revision only. */
    revision: revisionOf(job),
    measure21: employer ? hiringHint(employer, job.headcount, now) : null,
  }
}

export type JobView = ReturnType<typeof jobView>
