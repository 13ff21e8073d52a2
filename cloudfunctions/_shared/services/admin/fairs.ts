/**
 * The bureau's side of the fairs: create and edit them, see who booked and who signed up (a page at
 * a time), export both as CSV files in cloud storage, check seekers in at the venue, and the per-fair
 * figures of `admin.stats`. Administrators only; every action checks that first.
 */
import type { RequestContext } from '../../context'
import { mapWithConcurrency } from '../../db/concurrency'
import { AppError, invalidInput } from '../../errors'
import { exportCsv } from '../../exports'
import { CAMPAIGNS, campaignLabels } from '../../catalog/fairs'
import { isCheckInCode, normaliseCheckInCode } from '../../fairs/check-in-code'
import { fairStatus } from '../../catalog/fair-status'
import { TIME_ZONE } from '../../catalog/time'
import { requireAdmin } from '../../identity'
import { employersRepository } from '../../repositories/employers'
import { fairBookingsRepository, type FairBooking } from '../../repositories/fair-bookings'
import { fairJobsRepository } from '../../repositories/fair-jobs'
import { fairSignupsRepository, type FairSignup } from '../../repositories/fair-signups'
import { fairsRepository, type Fair, type FairContent } from '../../repositories/fairs'
import { byRelevance, fairView, signupView } from '../fair-views'
import { recordDecision } from '../audit'
import { effectiveState, employerView } from '../firm-views'
import { jobStateLabels } from '../../catalog/firms'
import dayjs from 'dayjs'

/** How many fairs `admin.stats` reports on: those not ended and the most recently ended. */
const STATS_FAIRS = 50

async function requireFair(ctx: RequestContext, id: string): Promise<Fair> {
  const fair = await fairsRepository(ctx.db).findById(id)
  if (!fair) throw new AppError('NOT_FOUND', '没有找到这场招聘会')
  return fair
}

const shanghaiTime = (iso: string | null) => (iso ? dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm') : '')

const markCounts = (s: FairSignup) => ({
  visited: s.marks.filter((m) => m.visited).length,
  interested: s.marks.filter((m) => m.interested).length,
})

/** Bookings with their firms and postings, as the roster and the export show them. */
async function bookingRows(ctx: RequestContext, bookings: FairBooking[]) {
  const nowIso = ctx.now().toISOString()
  const [employers, jobs] = await Promise.all([
    employersRepository(ctx.db).findByIds(bookings.map((b) => b.employerId)),
    fairJobsRepository(ctx.db).findByIds(bookings.flatMap((b) => b.jobIds)),
  ])
  const firms = new Map(employers.map((e) => [e._id, e]))
  const jobsById = new Map(jobs.map((j) => [j._id, j]))
  return bookings.map((b) => {
    const firm = firms.get(b.employerId)
    return {
      boothNo: b.boothNo,
      employer: firm ? employerView(firm) : null,
      employerName: firm?.name ?? b.employerName,
      jobs: b.jobIds.flatMap((id) => {
        const job = jobsById.get(id)
        if (!job) return []
        const state = effectiveState(job, nowIso)
        return [{ id, title: job.title, headcount: job.headcount, state, stateLabel: jobStateLabels[state] }]
      }),
      createdAt: b.createdAt,
    }
  })
}

const signupRow = (s: FairSignup) => ({ ...signupView(s), openId: s.openId, ...markCounts(s) })

/** Roster pages: this many rows unless the caller asks for fewer. */
export const ROSTER_PAGE = 50

/** A page and where the next one starts (null after the last). */
const pageOf = <T>(rows: T[], limit: number, cursorOf: (last: T) => string) => {
  const items = rows.slice(0, limit)
  return { items, nextCursor: rows.length > limit && items.length ? cursorOf(items[items.length - 1]) : null }
}

function signupCursor(cursor: string): Pick<FairSignup, '_id' | 'createdAt'> {
  const [createdAt, id] = cursor.split('|')
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt))) throw invalidInput('翻页位置无效，请从第一页重新查看', { field: 'cursor' })
  return { createdAt, _id: id }
}

function boothCursor(cursor: string): number {
  const booth = Number(cursor)
  if (!Number.isInteger(booth) || booth < 0) throw invalidInput('翻页位置无效，请从第一页重新查看', { field: 'cursor' })
  return booth
}

const fairTarget = (fair: Pick<Fair, '_id' | 'name'>) => ({ collection: 'fairs', id: fair._id, label: fair.name })

export const fairsAdminService = {
  /** Creates a fair, or rewrites one (`id`): never fewer booths than it has booked, nor below a booked booth's number. */
  async saveFair(input: FairContent & { id?: string }, ctx: RequestContext) {
    const by = requireAdmin(ctx)
    const now = ctx.now()
    const at = now.toISOString()
    const { id, ...content } = input
    const fairs = fairsRepository(ctx.db)
    if (!id) {
      const fair = await fairs.create({ ...content, takenBooths: [], createdBy: by, updatedBy: by, createdAt: at, updatedAt: at })
      await recordDecision(ctx, { action: 'admin.saveFair', target: fairTarget(fair), before: null, after: { ...content } })
      return { fair: fairView(fair, now), created: true }
    }
    let before: Fair | undefined
    const fair = await fairs.update(id, content, { updatedBy: by, updatedAt: at }, (current) => {
      before = current
      const taken = current.takenBooths ?? []
      if (content.boothCount < taken.length) {
        throw invalidInput(`已有${taken.length}家企业预订展位，展位数不能少于${taken.length}个`, { field: 'boothCount', booked: taken.length })
      }
      const highest = Math.max(0, ...taken)
      if (content.boothCount < highest) {
        throw invalidInput(`${highest}号展位已被预订，展位数不能少于${highest}个`, { field: 'boothCount', highestBooked: highest })
      }
    })
    if (!fair || !before) throw new AppError('NOT_FOUND', '没有找到这场招聘会')
    // Before and after: the fields this save changed.
    const changed = (Object.keys(content) as (keyof FairContent)[]).filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(content[k]))
    const pick = (f: FairContent) => Object.fromEntries(changed.map((k) => [k, f[k]]))
    await recordDecision(ctx, { action: 'admin.saveFair', target: fairTarget(fair), before: pick(before), after: pick(content) })
    return { fair: fairView(fair, now), created: false }
  },

  /**
   * Who booked (firms, booths, postings, contacts) and who signed up (codes, check-ins, marks), with
   * the counts: the first page of both lists, or with `list` the page of that list after `cursor`.
   * Pages follow a total order (booth number; sign-up time, then _id).
   */
  async fairParticipants(input: { fairId: string; list?: 'bookings' | 'signups'; cursor?: string; limit?: number }, ctx: RequestContext) {
    requireAdmin(ctx)
    const limit = input.limit ?? ROSTER_PAGE
    const wants = (list: 'bookings' | 'signups') => !input.list || input.list === list
    const afterBooth = input.list === 'bookings' && input.cursor ? boothCursor(input.cursor) : 0
    const afterSignup = input.list === 'signups' && input.cursor ? signupCursor(input.cursor) : null
    const fair = await requireFair(ctx, input.fairId)
    const bookingsRepo = fairBookingsRepository(ctx.db)
    const signupsRepo = fairSignupsRepository(ctx.db)
    const [bookings, signups, bookingCount, signupCount, checkedIn] = await Promise.all([
      wants('bookings') ? bookingsRepo.page(fair._id, afterBooth, limit + 1) : null,
      wants('signups') ? signupsRepo.page(fair._id, afterSignup, limit + 1) : null,
      bookingsRepo.countByFair(fair._id),
      signupsRepo.countByFair(fair._id),
      signupsRepo.countByFair(fair._id, { checkedIn: true }),
    ])
    const bookingPage = bookings && pageOf(bookings, limit, (b) => String(b.boothNo))
    const signupPage = signups && pageOf(signups, limit, (s) => `${s.createdAt}|${s._id}`)
    return {
      fair: fairView(fair, ctx.now()),
      counts: { bookings: bookingCount, signups: signupCount, checkedIn },
      bookings: bookingPage && { items: await bookingRows(ctx, bookingPage.items), nextCursor: bookingPage.nextCursor },
      signups: signupPage && { items: signupPage.items.map(signupRow), nextCursor: signupPage.nextCursor },
    }
  },

  /** The bookings or the sign-ups as a CSV file in cloud storage (UTF-8, CRLF, a header row); the answer links to it. */
  async exportFair(input: { fairId: string; kind: 'bookings' | 'signups' }, ctx: RequestContext) {
    requireAdmin(ctx)
    const fair = await requireFair(ctx, input.fairId)
    const date = dayjs(fair.startAt).tz(TIME_ZONE).format('YYYYMMDD')
    const filename = `${date}-${fair.name}-${input.kind === 'bookings' ? '参会企业' : '报名求职者'}.csv`
    const exported =
      input.kind === 'bookings'
        ? await exportCsv(ctx, {
            folder: 'fairs',
            filename,
            header: ['展位号', '企业名称', '统一社会信用代码', '行业', '所在地', '联系人', '联系电话', '参会岗位', '岗位数', '招聘人数', '预订时间'],
            rows: (await bookingRows(ctx, await fairBookingsRepository(ctx.db).listByFair(fair._id))).map((b) => [
              b.boothNo,
              b.employerName,
              b.employer?.creditCode ?? '',
              b.employer?.industryLabel ?? '',
              b.employer ? `${b.employer.city}${b.employer.district}` : '',
              b.employer?.contactName ?? '',
              b.employer?.contactPhone ?? '',
              b.jobs.map((j) => `${j.title}（${j.headcount}人）`).join('；'),
              b.jobs.length,
              b.jobs.reduce((n, j) => n + j.headcount, 0),
              shanghaiTime(b.createdAt),
            ]),
          })
        : await exportCsv(ctx, {
            folder: 'fairs',
            filename,
            header: ['序号', '签到码', '用户标识', '报名时间', '签到时间', '已到访企业数', '感兴趣企业数'],
            rows: (await fairSignupsRepository(ctx.db).listByFair(fair._id)).map(signupRow).map((s, i) => [
              i + 1,
              s.code,
              s.openId,
              shanghaiTime(s.createdAt),
              shanghaiTime(s.checkedInAt),
              s.visited,
              s.interested,
            ]),
          })
    // Personal data leaves the system: who took it, when.
    await recordDecision(ctx, { action: 'admin.exportFair', target: fairTarget(fair), before: null, after: { kind: input.kind, rows: exported.rows } })
    return exported
  },

  /** Checks a seeker in by the code they show, on the fair's day(s); a second check-in says when the first was. */
  async fairCheckIn(input: { fairId: string; code: string }, ctx: RequestContext) {
    const by = requireAdmin(ctx)
    const now = ctx.now()
    const code = normaliseCheckInCode(input.code)
    if (!isCheckInCode(code)) throw invalidInput('签到码应为8位字母或数字（不含0、1、I、L、O）', { field: 'code' })
    const fair = await requireFair(ctx, input.fairId)
    const status = fairStatus(fair, now)
    if (status === 'upcoming') throw new AppError('CONFLICT', '招聘会当天才能签到')
    if (status === 'ended') throw new AppError('CONFLICT', '招聘会已结束')
    const signups = fairSignupsRepository(ctx.db)
    const signup = await signups.findByCode(fair._id, code)
    if (!signup) throw new AppError('NOT_FOUND', '签到码无效：本场招聘会没有这个报名')
    if (signup.checkedInAt) return { signup: signupView(signup), already: true }
    const at = now.toISOString()
    if (!(await signups.checkIn(signup, by, at))) {
      const again = (await signups.find(fair._id, signup.openId)) ?? signup
      return { signup: signupView(again), already: true }
    }
    await recordDecision(ctx, {
      action: 'admin.fairCheckIn',
      target: { collection: 'fairSignups', id: signup._id, label: `${fair.name} 签到码${code}` },
      before: { checkedInAt: null },
      after: { checkedInAt: at },
    })
    return { signup: signupView({ ...signup, checkedInAt: at, checkedInBy: by }), already: false }
  },

  /**
   * Per-fair figures for `admin.stats`: for the fairs not ended and the latest ended ones (at most 50),
   * firms, postings brought, sign-ups, check-ins and applications made from the fair.
   */
  async stats(ctx: RequestContext) {
    requireAdmin(ctx)
    const now = ctx.now()
    const all = (await fairsRepository(ctx.db).list({})).map((f) => ({ stored: f, view: fairView(f, now) }))
    all.sort((a, b) => byRelevance(a.view, b.view))
    const bookings = fairBookingsRepository(ctx.db)
    const signups = fairSignupsRepository(ctx.db)
    const applications = fairJobsRepository(ctx.db)
    const shown = all.slice(0, STATS_FAIRS).map((f) => f.view)
    // Four reads per fair, a few at a time (db/concurrency.ts): 50 fairs at once would be 200 requests.
    const perFair = <R>(read: (fairId: string) => Promise<R>) => mapWithConcurrency(shown, (view) => read(view.id))
    const booked = await perFair((id) => bookings.listByFair(id))
    const signed = await perFair((id) => signups.countByFair(id))
    const checkedIn = await perFair((id) => signups.countByFair(id, { checkedIn: true }))
    const applied = await perFair((id) => applications.countApplications(id))
    const fairs = shown.map((view, i) => ({
      id: view.id,
      name: view.name,
      campaign: view.campaign,
      campaignLabel: view.campaignLabel,
      mode: view.mode,
      status: view.status,
      statusLabel: view.statusLabel,
      startAt: view.startAt,
      endAt: view.endAt,
      boothCount: view.boothCount,
      firms: booked[i].length,
      postings: booked[i].reduce((n, b) => n + b.jobIds.length, 0),
      signups: signed[i],
      checkedIn: checkedIn[i],
      applications: applied[i],
    }))
    return {
      total: all.length,
      open: all.filter((f) => f.view.status !== 'ended').length,
      byCampaign: CAMPAIGNS.map((c) => ({ key: c, label: campaignLabels[c], count: all.filter((f) => f.view.campaign === c).length })),
      fairs,
    }
  },
}
