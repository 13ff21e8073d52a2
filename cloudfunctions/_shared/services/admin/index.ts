/**
 * The bureau's side: what awaits review, the decision on it, and the numbers. Administrators only
 * (openids in configuration); every action checks that first.
 */
import { EMPLOYER_STATUSES, employerStatusLabels, JOB_STATES, jobStateLabels, type EmployerStatus, type JobState } from '../../catalog/firms'
import { CITIES } from '../../catalog/regions'
import type { RequestContext } from '../../context'
import { mapWithConcurrency } from '../../db/concurrency'
import { AppError } from '../../errors'
import { requireAdmin } from '../../identity'
import { INDUSTRIES } from '../../rules/facts'
import { employersRepository } from '../../repositories/employers'
import { jobsRepository, type JobChanges } from '../../repositories/jobs'
import { messagesRepository, type Message } from '../../repositories/messages'
import { revisionOf } from '../../repositories/revision'
import { changedSinceRead, notDecided } from './review-conflicts'
import { otherClaims, requireNoVerifiedHolder, takeCreditCode } from '../credit-code-claims'
import { employerView, industryLabel, jobView } from '../firm-views'
import { applicationsService } from '../applications'
import { reportsAdmin } from './reports'
import { recordDecision } from '../audit'
import { fairsAdminService } from './fairs'

const DAY_MS = 86_400_000

/** The firm's 消息 of the bureau's decision on its profile or one of its postings, with the reason when there is one. */
export function reviewMessage(
  to: string,
  subject: { kind: 'employer'; name: string } | { kind: 'job'; id: string; title: string },
  approve: boolean,
  reason: string | null,
  at: string,
): Omit<Message, '_id'> {
  const title =
    subject.kind === 'employer' ? (approve ? '企业认证已通过' : '企业认证未通过') : approve ? '岗位审核通过，已发布' : '岗位未通过审核'
  const what = subject.kind === 'employer' ? `「${subject.name}」的企业资料` : `岗位「${subject.title}」`
  const outcome = approve ? (subject.kind === 'employer' ? '已通过人社部门认证，可以发布岗位了' : '已通过审核，求职者现在可以看到并投递') : '未通过审核，请修改后重新提交'
  return {
    ownerOpenId: to,
    kind: 'review',
    title,
    body: `${what}${outcome}。${reason ? `审核意见：${reason}` : ''}`,
    ...(subject.kind === 'job' ? { jobId: subject.id } : {}),
    read: false,
    createdAt: at,
  }
}

interface Bucket {
  key: string
  label: string
  count: number
}

/** Non-empty buckets, the largest first (ties keep the catalogue's order). */
const nonEmptyByCount = (buckets: Bucket[]) => buckets.filter((b) => b.count > 0).sort((a, b) => b.count - a.count)

const sum = (buckets: Bucket[]) => buckets.reduce((n, b) => n + b.count, 0)

/** One count per key, each a bucket of a statistic, to run with the others. */
const bucketCounts = <K extends string>(keys: readonly K[], label: (key: K) => string, count: (key: K) => Promise<number>) =>
  keys.map((key) => async (): Promise<Bucket> => ({ key, label: label(key), count: await count(key) }))

export const adminService = {
  /** Pending profiles and postings, the longest waiting first; postings come with their firm. */
  async queue(input: { limit?: number }, ctx: RequestContext) {
    requireAdmin(ctx)
    const limit = input.limit ?? 50
    const employers = employersRepository(ctx.db)
    const jobs = jobsRepository(ctx.db)
    const [pendingEmployers, pendingJobs, employerCount, jobCount, reports] = await Promise.all([
      employers.listPending(limit),
      jobs.listPending(limit),
      employers.countPending(),
      jobs.countPending(),
      // Reports of postings (seekers' issue): open ones, the longest waiting first.
      reportsAdmin.queue(limit, ctx),
    ])
    const firms = new Map((await employers.findByIds(pendingJobs.map((j) => j.employerId))).map((e) => [e._id, e]))
    // Other profiles claiming the same credit code, for the bureau to choose between.
    const claims = await otherClaims(ctx, pendingEmployers)
    const now = ctx.now()
    return {
      counts: { employers: employerCount, jobs: jobCount, reports: reports.count },
      employers: pendingEmployers.map((e) => ({ ...employerView(e), codeClaims: claims.get(e._id) ?? [] })),
      jobs: pendingJobs.map((job) => {
        const firm = firms.get(job.employerId) ?? null
        return { ...jobView(job, now, firm), employer: firm && employerView(firm), compliance: job.compliance ?? null }
      }),
      reports: reports.reports,
    }
  },

  /**
   * Approves or rejects a pending profile or posting at the revision the reviewer read: one changed
   * since answers CONFLICT with the current revision, and nothing is decided. Approving a posting
   * publishes it for its validity period from now; rejecting needs a reason, which the firm reads.
   */
  async review(
    input: { target: 'employer' | 'job' | 'report'; id: string; decision: 'approve' | 'reject'; reason?: string; revision: number },
    ctx: RequestContext,
  ) {
    const by = requireAdmin(ctx)
    // A report: upholding it closes the posting (services/reports-admin.ts).
    if (input.target === 'report') return reportsAdmin.review(input, by, ctx)
    const now = ctx.now()
    const at = now.toISOString()
    const reason = input.reason ? input.reason : null
    const approve = input.decision === 'approve'

    if (input.target === 'employer') {
      const employers = employersRepository(ctx.db)
      const firm = await employers.findById(input.id)
      if (!firm) throw new AppError('NOT_FOUND', '没有找到这家企业')
      if (firm.status !== 'pending') throw new AppError('CONFLICT', `该企业${employerStatusLabels[firm.status]}，不在待审核状态`)
      if (revisionOf(firm) !== input.revision) throw changedSinceRead('employer', revisionOf(firm))
      const status = approve ? 'verified' : 'rejected'
      if (approve) await requireNoVerifiedHolder(ctx, firm)
      const decided = await ctx.db.runTransaction(async (tx) => {
        const write = await employers.review(tx, firm._id, input.revision, { status, reason, by, at })
        if (!write.written) return write
        // One verified firm per code, even when two claims are approved at the same moment (throws: nothing is written).
        if (approve) await takeCreditCode(tx, firm, at)
        const change = { action: 'admin.review', target: { collection: 'employers', id: firm._id, label: firm.name }, before: { status: firm.status }, after: { status } } as const
        await recordDecision(ctx, { ...change, ...(reason ? { note: reason } : {}) }, tx)
        await messagesRepository(ctx.db).addIn(tx, reviewMessage(firm.ownerOpenId, { kind: 'employer', name: firm.name }, approve, reason, at))
        return write
      })
      if (!decided.written) throw notDecided('employer', decided.current)
      return { target: 'employer' as const, id: firm._id, status, statusLabel: employerStatusLabels[status], reviewReason: reason }
    }

    const jobs = jobsRepository(ctx.db)
    const job = await jobs.findById(input.id)
    if (!job) throw new AppError('NOT_FOUND', '没有找到这个岗位')
    if (job.status !== 'pending') throw new AppError('CONFLICT', `该岗位${jobStateLabels[job.status]}，不在待审核状态`)
    if (revisionOf(job) !== input.revision) throw changedSinceRead('job', revisionOf(job))
    const common = { reviewedBy: by, reviewedAt: at, updatedAt: at }
    /** The decision and its audit entry, in one transaction; not written when the posting is no longer pending or changed. */
    const decide = async (changes: JobChanges & { status: 'published' | 'rejected' }, removeReason: boolean, after: Record<string, unknown>) => {
      const decided = await ctx.db.runTransaction(async (tx) => {
        const write = await jobs.review(tx, job._id, input.revision, changes, removeReason)
        if (!write.written) return write
        const target = { collection: 'jobs', id: job._id, label: `${job.employerName}「${job.title}」` }
        await recordDecision(ctx, { action: 'admin.review', target, before: { status: job.status }, after, ...(reason ? { note: reason } : {}) }, tx)
        await messagesRepository(ctx.db).addIn(tx, reviewMessage(job.ownerOpenId, { kind: 'job', id: job._id, title: job.title }, changes.status === 'published', reason, at))
        return write
      })
      if (!decided.written) throw notDecided('job', decided.current)
    }
    if (approve) {
      const firm = await employersRepository(ctx.db).findById(job.employerId)
      if (firm?.status !== 'verified') throw new AppError('CONFLICT', '发布岗位的企业尚未通过认证，请先审核企业')
      const validUntil = new Date(now.getTime() + job.validDays * DAY_MS).toISOString()
      await decide({ status: 'published', publishedAt: at, validUntil, ...common, ...(reason ? { reviewReason: reason } : {}) }, !reason, { status: 'published', validUntil })
      return { target: 'job' as const, id: job._id, status: 'published' as const, statusLabel: jobStateLabels.published, reviewReason: reason, publishedAt: at, validUntil }
    }
    await decide({ status: 'rejected', reviewReason: reason ?? '', ...common }, false, { status: 'rejected' })
    return { target: 'job' as const, id: job._id, status: 'rejected' as const, statusLabel: jobStateLabels.rejected, reviewReason: reason }
  },

  /**
   * Profiles by status, and verified ones by industry and city; postings by state, and those
   * recruiting (published, not expired) by industry and city; applications per day; the fairs' figures.
   */
  async stats(ctx: RequestContext) {
    requireAdmin(ctx)
    const nowIso = ctx.now().toISOString()
    const employers = employersRepository(ctx.db)
    const jobs = jobsRepository(ctx.db)
    // Some sixty counts: a few at a time (db/concurrency.ts), not all at once.
    const groups = [
      bucketCounts(EMPLOYER_STATUSES, (s: EmployerStatus) => employerStatusLabels[s], (s) => employers.count({ status: s })),
      bucketCounts(INDUSTRIES, industryLabel, (i) => employers.count({ status: 'verified', industry: i })),
      bucketCounts(CITIES, (c) => c, (c) => employers.count({ status: 'verified', city: c })),
      bucketCounts(JOB_STATES, (s: JobState) => jobStateLabels[s], (s) => jobs.count(s, nowIso)),
      bucketCounts(INDUSTRIES, industryLabel, (i) => jobs.count('published', nowIso, { industry: i })),
      bucketCounts(CITIES, (c) => c, (c) => jobs.count('published', nowIso, { 'location.city': c })),
    ]
    const counted = await mapWithConcurrency(groups.flat(), (count) => count())
    let offset = 0
    const [employerStatus, employerIndustry, employerCity, jobState, jobIndustry, jobCity] = groups.map((group) => counted.slice(offset, (offset += group.length)))
    // Applications made per day (from counters that outlive deleted accounts).
    const applications = await applicationsService.dailyCounts(ctx)
    return {
      asOf: nowIso,
      applications,
      employers: {
        total: sum(employerStatus),
        verified: employerStatus.find((b) => b.key === 'verified')?.count ?? 0,
        byStatus: employerStatus,
        byIndustry: nonEmptyByCount(employerIndustry),
        byCity: nonEmptyByCount(employerCity),
      },
      jobs: {
        total: sum(jobState),
        live: jobState.find((b) => b.key === 'published')?.count ?? 0,
        byState: jobState,
        byIndustry: nonEmptyByCount(jobIndustry),
        byCity: nonEmptyByCount(jobCity),
      },
      fairs: await fairsAdminService.stats(ctx),
    }
  },
}
