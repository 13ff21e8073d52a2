/**
 * The seekers' side of the postings: the board (search), a posting's page with its firm, favourites,
 * and reports to the bureau. Searching and reading are open to anyone, signed in or not.
 */
import { EXPERIENCE_YEARS, type Education } from '../../catalog/firms'
import type { RequestContext } from '../../context'
import { isDuplicateKeyError } from '../../db/errors'
import { AppError, invalidInput } from '../../errors'
import { callerKey, isAdmin, requireCaller, type Role } from '../../identity'
import { applicationsRepository } from '../../repositories/applications'
import { employersRepository } from '../../repositories/employers'
import { favouritesRepository, FAVOURITES_LIMIT } from '../../repositories/favourites'
import { boardSortField, jobsRepository, type BoardFilter, type BoardPosition, type BoardSort } from '../../repositories/jobs'
import { reportsRepository, type Report } from '../../repositories/reports'
import { seekersRepository } from '../../repositories/seekers'
import { applicationStatusLabels, educationsUpTo, type ReportReason } from '../../catalog/seekers'
import { findPublicJob } from '../applications'
import { effectiveState } from '../firm-views'
import { boardJobView, publicEmployerView, publicJobView, reportView } from '../seeker-views'
import { requireSeeker } from '../account/seeker-data'

export interface SearchInput {
  q?: string
  city?: string
  district?: string
  industry?: string
  education?: Education
  experienceYears?: number
  payMin?: number
  payMax?: number
  sort: BoardSort
  pageSize: number
  cursor?: string
}

/** At most this many space-separated keywords count. */
const MAX_TERMS = 5

/** A page's end as an opaque string: the sort, the last posting's sort value and its id. */
export const encodeCursor = (sort: BoardSort, position: BoardPosition) => Buffer.from(JSON.stringify([sort, position.value, position.id]), 'utf8').toString('base64url')

const badCursor = () => invalidInput('「翻页位置」无效：请从第一页重新加载', { issues: [{ field: 'cursor', message: '无效的翻页位置' }] })

export function decodeCursor(cursor: string, sort: BoardSort): BoardPosition {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw badCursor()
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw badCursor()
  const [cursorSort, value, id] = parsed as unknown[]
  // A cursor of the other sort would land anywhere: the app starts over when the sort changes.
  if (cursorSort !== sort) throw badCursor()
  const valueOk = sort === 'pay' ? Number.isInteger(value) : typeof value === 'string' && value.length <= 40
  if (!valueOk || typeof id !== 'string' || !id || id.length > 64) throw badCursor()
  return { value: value as string | number, id }
}

function boardFilter(input: SearchInput): BoardFilter {
  const keywords = (input.q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_TERMS)
  return {
    ...(keywords.length ? { keywords } : {}),
    city: input.city,
    district: input.district,
    industry: input.industry,
    ...(input.education ? { educations: educationsUpTo(input.education) } : {}),
    ...(input.experienceYears !== undefined ? { experienceYears: EXPERIENCE_YEARS.filter((y) => y <= (input.experienceYears as number)) } : {}),
    payMin: input.payMin,
    payMax: input.payMax,
  }
}

/** Who is reading a posting's page, and what they already did with it. */
async function viewerOf(ctx: RequestContext, jobId: string, ownerOpenId: string) {
  if (!ctx.openId) return null
  const openId = ctx.openId
  if (isAdmin(ctx)) return { role: 'admin' as Role, own: false, hasProfile: false, profile: null, application: null, favourite: false, reported: false }
  const employer = await employersRepository(ctx.db).findByOwner(openId)
  const [application, favourite, report, profile] = await Promise.all([
    employer ? null : applicationsRepository(ctx.db).findOne(jobId, openId),
    employer ? false : favouritesRepository(ctx.db).exists(openId, jobId),
    reportsRepository(ctx.db).findOne(jobId, callerKey(ctx)),
    employer ? null : seekersRepository(ctx.db).find(openId),
  ])
  return {
    role: (employer ? 'employer' : 'seeker') as Role,
    own: ownerOpenId === openId,
    hasProfile: profile !== null,
    /** The seeker's own education and years, for the page's note when the posting asks for more. */
    profile: profile && { education: profile.education, experienceYears: profile.experienceYears },
    application: application && { id: application._id, status: application.status, statusLabel: applicationStatusLabels[application.status] },
    favourite,
    reported: report !== null,
  }
}

export const boardService = {
  /**
   * Postings recruiting now that pass the filters, a page at a time: `nextCursor` fetches the next
   * page (null after the last). Keywords must each occur in the title or the firm's name; pay
   * ranges overlap; `education` / `experienceYears` are the seeker's own, matching postings that
   * ask for as much or less.
   */
  async search(input: SearchInput, ctx: RequestContext) {
    const now = ctx.now()
    const after = input.cursor ? decodeCursor(input.cursor, input.sort) : undefined
    // One more than a page tells whether another page follows.
    const found = await jobsRepository(ctx.db).search(boardFilter(input), input.sort, now.toISOString(), { limit: input.pageSize + 1, after })
    const page = found.slice(0, input.pageSize)
    const last = page[page.length - 1]
    const field = boardSortField[input.sort]
    const nextCursor =
      found.length > input.pageSize && last
        ? encodeCursor(input.sort, { value: field === 'pay.max' ? last.pay.max : (last.publishedAt as string), id: last._id })
        : null
    return { asOf: now.toISOString(), sort: input.sort, jobs: page.map((j) => boardJobView(j, now)), nextCursor }
  },

  /**
   * A posting's page: the posting (recruiting, expired or closed — drafts and postings in review are
   * not public), its firm's public profile with the phone masked, and what the caller did with it.
   */
  async get(input: { id: string }, ctx: RequestContext) {
    const job = await findPublicJob(ctx, input.id)
    const now = ctx.now()
    const [employer, live, viewer] = await Promise.all([
      employersRepository(ctx.db).findById(job.employerId),
      jobsRepository(ctx.db).countByOwner(job.ownerOpenId, 'published', now.toISOString()),
      viewerOf(ctx, job._id, job.ownerOpenId),
    ])
    return {
      job: publicJobView(job, now),
      employer: employer && publicEmployerView(employer, live),
      viewer,
    }
  },

  /** Saves a posting to the seeker's favourites, or takes it off; saving twice keeps one. */
  async favourite(input: { id: string; favourite: boolean }, ctx: RequestContext) {
    const openId = await requireSeeker(ctx)
    const favourites = favouritesRepository(ctx.db)
    if (!input.favourite) {
      await favourites.remove(openId, input.id)
      return { jobId: input.id, favourite: false }
    }
    await findPublicJob(ctx, input.id)
    if ((await favourites.count(openId)) >= FAVOURITES_LIMIT) throw new AppError('CONFLICT', `最多收藏${FAVOURITES_LIMIT}个岗位，请先取消一些收藏`)
    try {
      await favourites.add(openId, input.id, ctx.now().toISOString())
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
    }
    return { jobId: input.id, favourite: true }
  },

  /** The seeker's favourites, the latest first, each with the posting as it is now (null once it is gone). */
  async favourites(ctx: RequestContext) {
    const openId = await requireSeeker(ctx)
    const now = ctx.now()
    const list = await favouritesRepository(ctx.db).list(openId)
    const jobs = new Map((await jobsRepository(ctx.db).findByIds(list.map((f) => f.jobId))).map((j) => [j._id, j]))
    return {
      favourites: list.map((f) => {
        const job = jobs.get(f.jobId)
        const visible = job && job.publishedAt && (job.status === 'published' || job.status === 'closed')
        return { jobId: f.jobId, createdAt: f.createdAt, job: visible ? boardJobView(job, now) : null }
      }),
    }
  },

  /**
   * Reports a posting recruiting now to the bureau's review queue: fraud or fees, discrimination,
   * wrong information. One report per person and posting (reporting again, also after deleting the
   * account and coming back, answers with the first).
   * Anyone signed in but the firm that posted it and the administrators (who close postings directly).
   */
  async report(input: { id: string; reason: ReportReason; note: string }, ctx: RequestContext) {
    const openId = requireCaller(ctx)
    if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员可在审核队列中直接处理岗位，无需举报')
    const job = await findPublicJob(ctx, input.id)
    if (job.ownerOpenId === openId) throw new AppError('FORBIDDEN', '不能举报本企业发布的岗位')
    const now = ctx.now()
    const at = now.toISOString()
    if (effectiveState(job, at) !== 'published') throw new AppError('CONFLICT', '岗位已停止招聘，无需举报')
    const reports = reportsRepository(ctx.db)
    let report: Report | null = null
    try {
      report = await reports.create({
        jobId: job._id,
        employerId: job.employerId,
        jobTitle: job.title,
        employerName: job.employerName,
        reporterOpenId: openId,
        reporterKey: callerKey(ctx),
        reason: input.reason,
        note: input.note,
        status: 'open',
        createdAt: at,
        updatedAt: at,
      })
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
    }
    if (report) return { report: reportView(report), alreadyReported: false }
    const existing = await reports.findOne(job._id, callerKey(ctx))
    if (!existing) throw new AppError('CONFLICT', '举报状态刚刚发生了变化，请重试')
    return { report: reportView(existing), alreadyReported: true }
  },
}
