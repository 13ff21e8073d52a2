/**
 * Job fairs (measure 25): anyone browses them; a verified private firm books one booth per fair and
 * picks the postings it brings; a seeker signs up, gets a check-in code, and marks firms at the fair.
 */
import type { RequestContext } from '../../context'
import { isDuplicateKeyError } from '../../db/errors'
import { AppError } from '../../errors'
import { employerStatusLabels } from '../../catalog/firms'
import type { Campaign, FairMode } from '../../catalog/fairs'
import { randomCheckInCode } from '../../fairs/check-in-code'
import { fairStatus, isOpen, monthRange, notStarted } from '../../catalog/fair-status'
import { isAdmin, requireCaller } from '../../identity'
import { employersRepository, type Employer } from '../../repositories/employers'
import { fairBookingsRepository, type FairBooking } from '../../repositories/fair-bookings'
import { fairJobsRepository } from '../../repositories/fair-jobs'
import { fairSignupsRepository, signupId, type FairSignup } from '../../repositories/fair-signups'
import { fairsRepository, type Fair } from '../../repositories/fairs'
import type { Job } from '../../repositories/jobs'
import { bookingView, byRelevance, fairView, publicEmployer, signupView } from '../fair-views'
import { effectiveState, jobView } from '../firm-views'
import { publicJobView } from '../seeker-views'

/** A new check-in code is drawn this many times at most when one is taken (31⁸ codes: practically never). */
const CODE_ATTEMPTS = 8


/** How long the link to a hall map in cloud storage lasts: a day of looking at the fair's page. */
const HALL_MAP_LINK_SECONDS = 86_400

/**
 * What shows a fair's hall map: an uploaded one (`cloud://`, in storage only the bureau reads) by a
 * temporary link, an address typed as https:// as it is; '' when there is none or the file is gone.
 */
async function hallMapLink(hallMapUrl: string, ctx: RequestContext): Promise<string> {
  if (!hallMapUrl.startsWith('cloud://')) return hallMapUrl
  return (await ctx.storage.link(hallMapUrl, HALL_MAP_LINK_SECONDS)) ?? ''
}

export interface ListInput {
  campaign?: Campaign
  city?: string
  mode?: FairMode
  month?: string
  when?: 'open' | 'ended' | 'all'
  limit?: number
}

async function requireFair(ctx: RequestContext, id: string): Promise<Fair> {
  const fair = await fairsRepository(ctx.db).findById(id)
  if (!fair) throw new AppError('NOT_FOUND', '没有找到这场招聘会，可能已被撤销')
  return fair
}

/** The caller's firm, verified and private: only such a firm books booths. */
async function requireVerifiedFirm(ctx: RequestContext): Promise<Employer> {
  const openId = requireCaller(ctx)
  if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员负责组织招聘会，不能以管理员身份预订展位')
  const employer = await employersRepository(ctx.db).findByOwner(openId)
  if (!employer) throw new AppError('FORBIDDEN', '请先在「我的」中注册企业信息，认证通过后即可预订招聘会展位')
  if (employer.status !== 'verified') {
    throw new AppError('FORBIDDEN', `企业资料${employerStatusLabels[employer.status]}，认证通过后才能预订招聘会展位`, { employerStatus: employer.status })
  }
  if (employer.ownership !== 'private') throw new AppError('FORBIDDEN', '本平台的招聘会面向民营企业')
  return employer
}

/** The caller as a job seeker: signed in, not an administrator, without an enterprise profile. */
async function requireSeeker(ctx: RequestContext): Promise<string> {
  const openId = requireCaller(ctx)
  if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员账号不能报名招聘会')
  if (await employersRepository(ctx.db).findByOwner(openId)) {
    throw new AppError('FORBIDDEN', '企业账号请预订展位参会；求职者报名请使用个人微信')
  }
  return openId
}

/** The firm's own postings, each now recruiting: what a booth may bring. Throws on the first that is not. */
async function bringableJobs(ctx: RequestContext, employer: Employer, ids: readonly string[], now: Date): Promise<Job[]> {
  const found = new Map((await fairJobsRepository(ctx.db).findByIds(ids)).map((j) => [j._id, j]))
  const nowIso = now.toISOString()
  return ids.map((id) => {
    const job = found.get(id)
    if (!job) throw new AppError('NOT_FOUND', '没有找到所选的岗位，可能已被删除', { jobId: id })
    if (job.ownerOpenId !== employer.ownerOpenId) throw new AppError('FORBIDDEN', '只能带本企业发布的岗位参会', { jobId: id })
    const state = effectiveState(job, nowIso)
    if (state !== 'published') {
      throw new AppError('CONFLICT', `岗位「${job.title}」当前不在招聘中，只能带已发布且未过期的岗位参会`, { jobId: id, state })
    }
    return job
  })
}

/** Published, unexpired postings among `ids`, in that order: what a booth shows anyone, as a posting's page does. */
function liveJobs(ids: readonly string[], jobs: Map<string, Job>, now: Date) {
  const nowIso = now.toISOString()
  return ids
    .map((id) => jobs.get(id))
    .filter((j): j is Job => j !== undefined && effectiveState(j, nowIso) === 'published')
    .map((j) => publicJobView(j, now))
}

const ended = () => new AppError('CONFLICT', '招聘会已结束')

/** Creates a sign-up with a fresh code, drawing again when the code is taken; returns an existing sign-up as it is. */
export async function createSignup(
  ctx: RequestContext,
  fairId: string,
  openId: string,
  nextCode: () => string = randomCheckInCode,
): Promise<{ signup: FairSignup; created: boolean }> {
  const signups = fairSignupsRepository(ctx.db)
  const existing = await signups.find(fairId, openId)
  if (existing) return { signup: existing, created: false }
  const at = ctx.now().toISOString()
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const doc: FairSignup = {
      _id: signupId(fairId, openId),
      fairId,
      openId,
      code: nextCode(),
      marks: [],
      checkedInAt: null,
      checkedInBy: null,
      createdAt: at,
      updatedAt: at,
    }
    try {
      return { signup: await signups.create(doc), created: true }
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
      // Either this seeker signed up a moment ago (same _id), or the code is another seeker's.
      const mine = await signups.find(fairId, openId)
      if (mine) return { signup: mine, created: false }
    }
  }
  throw new AppError('INTERNAL', '签到码生成失败，请稍后重试')
}

export const fairsService = {
  /** Fairs by campaign, city, mode and month; upcoming and under way first. With `month`: the days that have fairs. */
  async list(input: ListInput, ctx: RequestContext) {
    const now = ctx.now()
    const nowIso = now.toISOString()
    const range = input.month ? monthRange(input.month) : null
    const when = input.when ?? 'all'
    const endsAfter = [range?.start, when === 'open' ? nowIso : undefined].filter((s): s is string => !!s).sort().pop()
    const stored = await fairsRepository(ctx.db).list({
      campaign: input.campaign,
      city: input.city,
      mode: input.mode,
      endsAfter,
      startsBefore: range?.end,
    })
    const fairs = stored
      .map((f) => fairView(f, now))
      .filter((f) => when !== 'ended' || f.status === 'ended')
      .sort(byRelevance)
    const days = input.month ? daysInMonth(fairs, input.month) : undefined
    return {
      asOf: nowIso,
      total: fairs.length,
      fairs: fairs.slice(0, input.limit ?? 50),
      ...(days ? { month: input.month, days } : {}),
    }
  },

  /** One fair, with a link anyone may open to its hall map, the firms at it by booth (with their postings now recruiting), and the caller's booking or sign-up. */
  async get(input: { id: string }, ctx: RequestContext) {
    const now = ctx.now()
    const fair = await requireFair(ctx, input.id)
    const bookings = await fairBookingsRepository(ctx.db).listByFair(fair._id)
    const [employers, jobs, signups] = await Promise.all([
      employersRepository(ctx.db).findByIds(bookings.map((b) => b.employerId)),
      fairJobsRepository(ctx.db).findByIds(bookings.flatMap((b) => b.jobIds)),
      fairSignupsRepository(ctx.db).countByFair(fair._id),
    ])
    const firmsById = new Map(employers.map((e) => [e._id, e]))
    const jobsById = new Map(jobs.map((j) => [j._id, j]))
    const firms = bookings.flatMap((b) => {
      const employer = firmsById.get(b.employerId)
      return employer ? [{ boothNo: b.boothNo, employer: publicEmployer(employer), jobs: liveJobs(b.jobIds, jobsById, now) }] : []
    })
    return {
      fair: { ...fairView(fair, now), hallMapLink: await hallMapLink(fair.hallMapUrl, ctx) },
      firms,
      counts: { firms: firms.length, jobs: firms.reduce((n, f) => n + f.jobs.length, 0), signups },
      mine: await mineAt(ctx, fair, bookings),
    }
  },

  /** A verified firm books the first free booth, bringing postings of its own that are recruiting now. */
  async register(input: { fairId: string; jobIds: string[] }, ctx: RequestContext) {
    const employer = await requireVerifiedFirm(ctx)
    const now = ctx.now()
    await requireFair(ctx, input.fairId)
    const jobs = await bringableJobs(ctx, employer, input.jobIds, now)
    const at = now.toISOString()
    const bookings = fairBookingsRepository(ctx.db)
    const result = await bookings.book(
      { fairId: input.fairId, employerId: employer._id, ownerOpenId: employer.ownerOpenId, employerName: employer.name, jobIds: input.jobIds, createdAt: at, updatedAt: at },
      (fair) => {
        if (!isOpen(fairStatus(fair, now))) throw ended()
      },
    )
    if (!result.ok) {
      if (result.reason === 'no-fair') throw new AppError('NOT_FOUND', '没有找到这场招聘会，可能已被撤销')
      if (result.reason === 'full') throw new AppError('CONFLICT', '展位已订满', { reason: 'full' })
      const mine = await bookings.find(input.fairId, employer._id)
      throw new AppError('CONFLICT', `本企业已预订该招聘会${mine ? `的${mine.boothNo}号展位` : '展位'}，每家企业限订一个展位`, {
        reason: 'booked',
        ...(mine ? { boothNo: mine.boothNo } : {}),
      })
    }
    const fair = await requireFair(ctx, input.fairId)
    return { booking: bookingView(result.booking), jobs: jobs.map((j) => jobView(j, now)), fair: fairView(fair, now) }
  },

  /** The firm gives its booth back, before the fair starts. */
  async cancel(input: { fairId: string }, ctx: RequestContext) {
    const employer = await requireVerifiedFirm(ctx)
    const now = ctx.now()
    await requireFair(ctx, input.fairId)
    const cancelled = await fairBookingsRepository(ctx.db).cancel(
      input.fairId,
      employer._id,
      (fair) => {
        if (!notStarted(fairStatus(fair, now))) throw new AppError('CONFLICT', '招聘会已开始，不能再取消展位；如有变化请联系主办单位')
      },
      now.toISOString(),
    )
    if (!cancelled) throw new AppError('NOT_FOUND', '本企业没有预订这场招聘会的展位')
    return { cancelled: bookingView(cancelled), fair: fairView(await requireFair(ctx, input.fairId), now) }
  },

  /** The firm changes which of its postings it brings, until the fair ends. */
  async setJobs(input: { fairId: string; jobIds: string[] }, ctx: RequestContext) {
    const employer = await requireVerifiedFirm(ctx)
    const now = ctx.now()
    const fair = await requireFair(ctx, input.fairId)
    const bookings = fairBookingsRepository(ctx.db)
    const booking = await bookings.find(fair._id, employer._id)
    if (!booking) throw new AppError('NOT_FOUND', '本企业没有预订这场招聘会的展位')
    if (!isOpen(fairStatus(fair, now))) throw ended()
    const jobs = await bringableJobs(ctx, employer, input.jobIds, now)
    const at = now.toISOString()
    if (!(await bookings.setJobs(booking, input.jobIds, at))) throw new AppError('NOT_FOUND', '展位预订刚刚已被取消')
    return { booking: bookingView({ ...booking, jobIds: input.jobIds, updatedAt: at }), jobs: jobs.map((j) => jobView(j, now)) }
  },

  /** A seeker signs up and gets a check-in code; signing up again answers with the same code. */
  async signup(input: { fairId: string }, ctx: RequestContext) {
    const openId = await requireSeeker(ctx)
    const now = ctx.now()
    const fair = await requireFair(ctx, input.fairId)
    if (!isOpen(fairStatus(fair, now))) throw ended()
    const { signup, created } = await createSignup(ctx, fair._id, openId)
    return { signup: signupView(signup), created, fair: fairView(fair, now) }
  },

  /** A signed-up seeker marks a firm at the fair as visited (once the fair is on) or interesting. */
  async mark(input: { fairId: string; employerId: string; visited?: boolean; interested?: boolean }, ctx: RequestContext) {
    const openId = await requireSeeker(ctx)
    const now = ctx.now()
    const fair = await requireFair(ctx, input.fairId)
    const signups = fairSignupsRepository(ctx.db)
    if (!(await signups.find(fair._id, openId))) throw new AppError('FORBIDDEN', '报名这场招聘会后才能标记企业')
    if (!(await fairBookingsRepository(ctx.db).find(fair._id, input.employerId))) {
      throw new AppError('NOT_FOUND', '这家企业没有参加本场招聘会')
    }
    const status = fairStatus(fair, now)
    if (!isOpen(status)) throw ended()
    if (input.visited && status === 'upcoming') throw new AppError('CONFLICT', '招聘会当天才能标记「已到访」')
    const change = {
      ...(input.visited !== undefined ? { visited: input.visited } : {}),
      ...(input.interested !== undefined ? { interested: input.interested } : {}),
    }
    const marks = await signups.mark(signupId(fair._id, openId), input.employerId, change, now.toISOString())
    if (!marks) throw new AppError('FORBIDDEN', '报名这场招聘会后才能标记企业')
    return { marks }
  },

  /** The caller's booths (a firm) or sign-ups (a seeker), with their fairs: open ones first. */
  async mine(ctx: RequestContext) {
    const openId = requireCaller(ctx)
    if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员请在招聘会管理中查看参会企业与报名情况')
    const now = ctx.now()
    const employer = await employersRepository(ctx.db).findByOwner(openId)
    const bookings = employer ? await fairBookingsRepository(ctx.db).listByOwner(openId) : []
    const signups = employer ? [] : await fairSignupsRepository(ctx.db).listByOpenId(openId)
    const fairs = new Map(
      (await fairsRepository(ctx.db).findByIds([...bookings, ...signups].map((x) => x.fairId))).map((f) => [f._id, fairView(f, now)]),
    )
    const withFair = <T extends { fairId: string }>(items: T[]) =>
      items.flatMap((item) => {
        const fair = fairs.get(item.fairId)
        return fair ? [{ item, fair }] : []
      }).sort((a, b) => byRelevance(a.fair, b.fair))
    return {
      role: employer ? ('employer' as const) : ('seeker' as const),
      bookings: withFair(bookings).map(({ item, fair }) => ({ fair, booking: bookingView(item) })),
      signups: withFair(signups).map(({ item, fair }) => ({ fair, signup: signupView(item) })),
    }
  },

  /** The fairs a firm attends that have not ended, with its booth: what a posting shows. Anyone may ask. */
  async forEmployer(input: { employerId: string }, ctx: RequestContext) {
    const now = ctx.now()
    const bookings = await fairBookingsRepository(ctx.db).listByEmployer(input.employerId)
    const booths = new Map(bookings.map((b) => [b.fairId, b.boothNo]))
    const fairs = (await fairsRepository(ctx.db).findByIds(bookings.map((b) => b.fairId)))
      .map((f) => fairView(f, now))
      .filter((f) => isOpen(f.status))
      .sort(byRelevance)
    return { fairs: fairs.map((fair) => ({ fair, boothNo: booths.get(fair.id) as number })) }
  },
}

/** How many fairs fall on each day of `month` (only days with fairs). */
function daysInMonth(fairs: { days: string[] }[], month: string): { date: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const fair of fairs) for (const day of fair.days) if (day.startsWith(month)) counts.set(day, (counts.get(day) ?? 0) + 1)
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count }))
}

/** The caller's booking (a firm) or sign-up (a seeker) at this fair; null when anonymous. */
async function mineAt(ctx: RequestContext, fair: Fair, bookings: FairBooking[]) {
  if (!ctx.openId) return null
  const openId = ctx.openId
  const booking = bookings.find((b) => b.ownerOpenId === openId)
  const signup = await fairSignupsRepository(ctx.db).find(fair._id, openId)
  return { booking: booking ? bookingView(booking) : null, signup: signup ? signupView(signup) : null }
}
