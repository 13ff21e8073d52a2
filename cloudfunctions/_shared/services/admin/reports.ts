/**
 * The bureau's side of reports: open reports in the review queue, each with its posting and firm;
 * upholding one takes the posting down (closed, with the bureau's reason for the firm) and settles
 * every open report of it; dismissing one settles that report alone. Callers check requireAdmin.
 */
import type { RequestContext } from '../../context'
import { AppError } from '../../errors'
import { employersRepository } from '../../repositories/employers'
import { jobsRepository, type JobChanges } from '../../repositories/jobs'
import { reportsRepository } from '../../repositories/reports'
import { reportStatusLabels } from '../../catalog/seekers'
import { employerView, jobView } from '../firm-views'
import { reportView } from '../seeker-views'
import { revisionOf } from '../../repositories/revision'
import { changedSinceRead } from './review-conflicts'
import { recordDecision } from '../audit'

export const reportsAdmin = {
  /** Open reports, the longest waiting first, with the posting as it is now and its firm. */
  async queue(limit: number, ctx: RequestContext) {
    const reports = reportsRepository(ctx.db)
    const [open, count] = await Promise.all([reports.listOpen(limit), reports.countOpen()])
    const jobs = new Map((await jobsRepository(ctx.db).findByIds(open.map((r) => r.jobId))).map((j) => [j._id, j]))
    const firms = new Map((await employersRepository(ctx.db).findByIds(open.map((r) => r.employerId))).map((e) => [e._id, e]))
    const now = ctx.now()
    const perJob = new Map<string, number>()
    for (const r of open) perJob.set(r.jobId, (perJob.get(r.jobId) ?? 0) + 1)
    return {
      count,
      reports: open.map((r) => {
        const job = jobs.get(r.jobId)
        const firm = firms.get(r.employerId) ?? null
        return {
          ...reportView(r),
          job: job ? jobView(job, now, firm) : null,
          employer: firm && employerView(firm),
          /** Open reports of the same posting in this list. */
          sameJob: perJob.get(r.jobId) ?? 1,
        }
      }),
    }
  },

  /**
   * `approve` upholds the report: the posting is closed (unless it already is) with `reason` as the
   * bureau's word to the firm, and every open report of it is settled as upheld. `reject` dismisses
   * this report. Either judges the posting as the reviewer read it: at `revision`, else CONFLICT
   * with its current revision. A report already settled → CONFLICT.
   */
  async review(input: { id: string; decision: 'approve' | 'reject'; reason?: string; revision: number }, by: string, ctx: RequestContext) {
    const reports = reportsRepository(ctx.db)
    const report = await reports.findById(input.id)
    if (!report) throw new AppError('NOT_FOUND', '没有找到这条举报')
    if (report.status !== 'open') throw new AppError('CONFLICT', `该举报${reportStatusLabels[report.status]}，不在待处理状态`)
    const jobs = jobsRepository(ctx.db)
    const job = await jobs.findById(report.jobId)
    if (job && revisionOf(job) !== input.revision) throw changedSinceRead('report', revisionOf(job))
    const at = ctx.now().toISOString()
    const reason = input.reason ?? ''
    const decided = (after: Record<string, unknown>) =>
      recordDecision(ctx, {
        action: 'admin.review',
        target: { collection: 'reports', id: report._id, label: `举报：${report.jobTitle}` },
        before: { status: report.status },
        after,
        ...(reason ? { note: reason } : {}),
      })

    if (input.decision === 'reject') {
      if (!(await reports.resolve({ id: report._id }, { status: 'dismissed', resolution: reason, by, at }))) {
        throw new AppError('CONFLICT', '该举报刚刚已被处理，请刷新队列')
      }
      await decided({ status: 'dismissed' })
      return { target: 'report' as const, id: report._id, status: 'dismissed' as const, statusLabel: reportStatusLabels.dismissed, reviewReason: reason || null, jobId: report.jobId }
    }

    if (job && job.status !== 'closed') {
      const changes: JobChanges = { status: 'closed', closedAt: at, reviewReason: reason, reviewedBy: by, reviewedAt: at, updatedAt: at }
      if (!(await jobs.update(job, changes))) throw new AppError('CONFLICT', '该岗位刚刚发生了变化，请刷新队列后重试')
    }
    const settled = await reports.resolve({ jobId: report.jobId }, { status: 'upheld', resolution: reason, by, at })
    await decided({ status: 'upheld', jobId: report.jobId, jobState: 'closed', settledReports: settled })
    return {
      target: 'report' as const,
      id: report._id,
      status: 'upheld' as const,
      statusLabel: reportStatusLabels.upheld,
      reviewReason: reason,
      jobId: report.jobId,
      jobState: 'closed' as const,
      settledReports: settled,
    }
  },
}
