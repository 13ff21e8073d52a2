/**
 * How postings, firms, profiles, applications and reports leave the backend on the seekers' side:
 * only what the reader may see. The board and a posting's page never carry the owner's openid, the
 * review notes or the subsidy hint; phones are masked (138****1234) everywhere but in the pipeline
 * of the firm applied to.
 */
import { educationLabels, experienceLabel, jobStateLabels, seekerEducationLabels, type Education } from '../catalog/firms'
import type { Employer } from '../repositories/employers'
import type { Application, Interview } from '../repositories/applications'
import { interviewAnswerLabels, mapSearchUrl } from '../catalog/interview'
import type { BoardJob, Job } from '../repositories/jobs'
import type { Report } from '../repositories/reports'
import type { SeekerProfile, SeekerProfileContent } from '../repositories/seekers'
import {
  applicationStatusLabels,
  isOpenStatus,
  maskName,
  maskPhone,
  nextStatuses,
  reportReasonLabels,
  reportStatusLabels,
  type FirmStatus,
} from '../catalog/seekers'
import { effectiveState, industryLabel } from './firm-views'

/** A posting as the board lists it. */
export function boardJobView(job: BoardJob, now: Date) {
  const state = effectiveState(job, now.toISOString())
  return {
    id: job._id,
    title: job.title,
    employerId: job.employerId,
    employerName: job.employerName,
    industry: job.industry,
    industryLabel: industryLabel(job.industry),
    headcount: job.headcount,
    pay: { min: job.pay.min, max: job.pay.max },
    location: { city: job.location.city, district: job.location.district },
    requirements: {
      education: job.requirements.education,
      educationLabel: educationLabels[job.requirements.education as Education] ?? job.requirements.education,
      experienceYears: job.requirements.experienceYears,
      experienceLabel: experienceLabel(job.requirements.experienceYears),
    },
    benefits: job.benefits,
    state,
    stateLabel: jobStateLabels[state],
    publishedAt: job.publishedAt ?? null,
    validUntil: job.validUntil ?? null,
  }
}

export type BoardJobView = ReturnType<typeof boardJobView>

/** A posting's page: the card plus what the firm wrote in full. */
export function publicJobView(job: Job, now: Date) {
  const card = boardJobView(job, now)
  return {
    ...card,
    duties: job.duties,
    requirements: { ...card.requirements, other: job.requirements.other },
    location: { ...card.location, address: job.location.address },
    closedAt: job.closedAt ?? null,
  }
}

/** What anyone may read about the firm behind a posting: no credit code, contact masked. */
export function publicEmployerView(e: Employer, livePostings: number) {
  return {
    id: e._id,
    name: e.name,
    industry: e.industry,
    industryLabel: industryLabel(e.industry),
    city: e.city,
    district: e.district,
    address: e.address,
    employees: e.employees,
    verified: e.status === 'verified',
    contactName: maskName(e.contactName),
    contactPhone: maskPhone(e.contactPhone),
    livePostings,
  }
}

/** A seeker's profile; the phone is masked unless `revealPhone` (the firm applied to, or an export). */
export function profileView(p: SeekerProfileContent, revealPhone: boolean) {
  return {
    name: p.name,
    phone: revealPhone ? p.phone : maskPhone(p.phone),
    education: p.education,
    educationLabel: seekerEducationLabels[p.education] ?? p.education,
    experienceYears: p.experienceYears,
    experienceLabel: p.experienceYears === 0 ? '无工作经验' : `${p.experienceYears}年工作经验`,
    intro: p.intro,
  }
}

export const ownProfileView = (p: SeekerProfile) => ({ ...profileView(p, false), createdAt: p.createdAt, updatedAt: p.updatedAt })

/** The posting as an application shows it: as it is now, or as it was when applied to if it is gone. */
function applicationJob(a: Application, job: Job | null, now: Date) {
  if (!job) return { id: a.jobId, title: a.jobTitle, employerName: a.employerName, pay: null, location: null, state: 'closed' as const, stateLabel: '已删除' }
  const card = boardJobView(job, now)
  return { id: card.id, title: card.title, employerName: card.employerName, pay: card.pay, location: card.location, state: card.state, stateLabel: card.stateLabel }
}

/**
 * An application with its timeline. `forFirm`: the pipeline of the firm applied to, which sees the
 * phone (unless the seeker withdrew) and the moves it may make; the seeker sees it masked.
 */
/** An interview invitation as both sides read it: the map link of its place, the seeker's answer in words, and whether they may still answer. */
function interviewView(i: Interview, now: Date) {
  return {
    startAt: i.startAt,
    place: i.place,
    mapUrl: mapSearchUrl(i.place),
    contactName: i.contactName,
    contactPhone: i.contactPhone,
    note: i.note ?? null,
    answer: i.answer ? { answer: i.answer.answer, label: interviewAnswerLabels[i.answer.answer], note: i.answer.note, at: i.answer.at } : null,
    upcoming: Date.parse(i.startAt) > now.getTime(),
  }
}

export function applicationView(a: Application, job: Job | null, now: Date, forFirm = false) {
  const moves: { nextStatuses?: FirmStatus[]; canWithdraw?: boolean } = forFirm ? { nextStatuses: nextStatuses(a.status) } : { canWithdraw: isOpenStatus(a.status) }
  return {
    id: a._id,
    jobId: a.jobId,
    job: applicationJob(a, job, now),
    seeker: profileView(a.seeker, forFirm && a.status !== 'withdrawn'),
    status: a.status,
    statusLabel: applicationStatusLabels[a.status],
    timeline: a.timeline.map((t) => ({ status: t.status, statusLabel: applicationStatusLabels[t.status], at: t.at, ...(t.note ? { note: t.note } : {}) })),
    ...moves,
    interview: a.status === 'interview' && a.interview ? interviewView(a.interview, now) : null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }
}

export type ApplicationView = ReturnType<typeof applicationView>

/** A report as the bureau reviews it (who reported is not shown) and as its reporter exports it. */
export function reportView(r: Report) {
  return {
    id: r._id,
    jobId: r.jobId,
    employerId: r.employerId,
    jobTitle: r.jobTitle,
    employerName: r.employerName,
    reason: r.reason,
    reasonLabel: reportReasonLabels[r.reason] ?? r.reason,
    note: r.note,
    status: r.status,
    statusLabel: reportStatusLabels[r.status] ?? r.status,
    resolution: r.resolution ?? null,
    reviewedAt: r.reviewedAt ?? null,
    createdAt: r.createdAt,
  }
}

export type ReportView = ReturnType<typeof reportView>
