import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
/**
 * Applying to a posting and following the application: the seeker applies with their profile
 * (once per posting, however often they press — the unique index on (jobId, seekerOpenId) decides,
 * not a read before the write), withdraws, and reads the timeline; the firm that owns the posting
 * works its pipeline submitted → viewed → interview → offer / rejected; an interview invitation says
 * when, where and whom to ask for, and the seeker confirms it or asks for another time.
 */
import type { RequestContext } from '../../context'
import { isDuplicateKeyError, isWriteConflict } from '../../db/errors'
import { AppError, invalidInput } from '../../errors'
import { callerKey, isAdmin, requireCaller } from '../../identity'
import { ALL_COUNT_ID, applicationsRepository, applicationWrites, dayCountId, jobCountId, type Application, type Interview, type TimelineEntry } from '../../repositories/applications'
import { auditLogRepository } from '../../repositories/audit-log'
import { fairBookingsRepository } from '../../repositories/fair-bookings'
import { fairsRepository } from '../../repositories/fairs'
import { messagesRepository, type Message } from '../../repositories/messages'
import { jobsRepository, type Job } from '../../repositories/jobs'
import { seekersRepository, type SeekerProfile, type SeekerProfileContent } from '../../repositories/seekers'
import { TIME_ZONE, todayInShanghai } from '../../catalog/time'
import { INTERVIEW_MAX_DAYS_AHEAD, interviewAnswerLabels, type InterviewAnswer } from '../../catalog/interview'
import { APPLICATION_STATUSES, applicationStatusLabels, canMove, isOpenStatus, type ApplicationStatus, type FirmStatus } from '../../catalog/seekers'
import { effectiveState } from '../firm-views'
import { auditEntry } from '../audit'
import { applicationView, boardJobView } from '../seeker-views'
import { requireOwnSeekerData, requireSeeker } from '../account/seeker-data'

dayjs.extend(utc)
dayjs.extend(timezone)

const DAY_MS = 86_400_000

const snapshot = (p: SeekerProfile): SeekerProfileContent => ({
  name: p.name,
  phone: p.phone,
  education: p.education,
  experienceYears: p.experienceYears,
  intro: p.intro,
})

/** What a change of status writes: the status, its time, the timeline with it, on sending again the profile as it is now (and the fair it is sent from), with an invitation the interview. */
type StatusChange = Pick<Application, 'status' | 'timeline' | 'updatedAt'> & Partial<Pick<Application, 'seeker' | 'fairId' | 'interview'>>

/** A message to whoever the change concerns: the seeker when the firm acts, the firm when a seeker applies. */
type NewMessage = Omit<Message, '_id'>

const targetOf = (a: Pick<Application, '_id' | 'jobTitle' | 'employerName'>) => ({
  collection: 'applications',
  id: a._id,
  label: `${a.employerName}「${a.jobTitle}」`,
})

/**
 * Moves an application to `next.status` if nobody changed it since it was read, recording the
 * change in the audit log and the message it causes in the same transaction.
 */
async function changeStatus(
  ctx: RequestContext,
  current: Application,
  next: StatusChange,
  by: { role: 'seeker' | 'employer'; action: 'applications.apply' | 'applications.withdraw' | 'applications.setStatus'; note?: string },
  message?: NewMessage,
): Promise<boolean> {
  return ctx.db.runTransaction(async (tx) => {
    if (!(await applicationWrites(tx).update(current, next))) return false
    const change = { before: { status: current.status }, after: { status: next.status } }
    await auditLogRepository(ctx.db).addIn(tx, auditEntry(ctx, by.role, { action: by.action, target: targetOf(current), ...change, note: by.note }))
    if (message) await messagesRepository(ctx.db).addIn(tx, message)
    return true
  })
}

/** An interview's time and place in one line, as the seeker's message and the timeline say it. */
export const interviewSummary = (i: Pick<Interview, 'startAt' | 'place' | 'contactName' | 'contactPhone'>) =>
  `面试时间：${dayjs(i.startAt).tz(TIME_ZONE).format('M月D日 HH:mm')}，地点：${i.place}，联系人：${i.contactName} ${i.contactPhone}`

/** The seeker's in-app message when the firm moves their application. */
export function statusMessage(a: Application, status: ApplicationStatus, note: string | undefined, at: string): NewMessage {
  const label = applicationStatusLabels[status]
  return {
    ownerOpenId: a.seekerOpenId,
    kind: 'application-status',
    title: `投递进展：${label}`,
    body: `${a.employerName}「${a.jobTitle}」：${label}${note ? `。${note}` : ''}`,
    applicationId: a._id,
    jobId: a.jobId,
    read: false,
    createdAt: at,
  }
}

/** The firm's in-app message when a seeker applies (or sends a withdrawn application again). No name: the pipeline shows who. */
export const newApplicationMessage = (job: Pick<Job, '_id' | 'ownerOpenId' | 'title'>, applicationId: string, at: string): NewMessage => ({
  ownerOpenId: job.ownerOpenId,
  kind: 'application-new',
  title: '收到新投递',
  body: `「${job.title}」收到一份新的简历投递，请及时查看处理。`,
  applicationId,
  jobId: job._id,
  read: false,
  createdAt: at,
})

/** The firm's in-app message when the seeker answers its interview invitation. */
const interviewAnswerMessage = (a: Application, firmOpenId: string, answer: InterviewAnswer, note: string | undefined, at: string): NewMessage => ({
  ownerOpenId: firmOpenId,
  kind: 'interview-answer',
  title: `面试答复：${interviewAnswerLabels[answer]}`,
  body: `「${a.jobTitle}」的求职者${interviewAnswerLabels[answer]}${note ? `：${note}` : '。'}`,
  applicationId: a._id,
  jobId: a.jobId,
  read: false,
  createdAt: at,
})

/** The invitation as stored: its Shanghai date and time as an instant, which must lie ahead (within INTERVIEW_MAX_DAYS_AHEAD days). */
function plannedInterview(input: { date: string; time: string; place: string; contactName: string; contactPhone: string; note?: string }, now: Date): Interview {
  const start = dayjs.tz(`${input.date} ${input.time}`, TIME_ZONE)
  if (!start.isAfter(now)) throw invalidInput('「面试时间」须晚于现在', { field: 'interview.date' })
  if (start.isAfter(dayjs(now).add(INTERVIEW_MAX_DAYS_AHEAD, 'day'))) {
    throw invalidInput(`「面试时间」须在${INTERVIEW_MAX_DAYS_AHEAD}天之内`, { field: 'interview.date' })
  }
  return {
    startAt: start.toISOString(),
    place: input.place,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    ...(input.note ? { note: input.note } : {}),
  }
}

/** A posting seekers may see: one that has been published (recruiting, expired or closed since). */
function publicJob(job: Job | null): Job {
  if (!job || !job.publishedAt || (job.status !== 'published' && job.status !== 'closed')) {
    throw new AppError('NOT_FOUND', '没有找到这个岗位，可能已下线')
  }
  return job
}

export const findPublicJob = async (ctx: RequestContext, id: string): Promise<Job> => publicJob(await jobsRepository(ctx.db).findById(id))

/** A fair the posting is brought to, or INVALID_INPUT saying why not. */
async function checkFair(ctx: RequestContext, fairId: string, broughtThere: boolean): Promise<void> {
  if (broughtThere) return
  const fair = await fairsRepository(ctx.db).findById(fairId)
  if (!fair) throw invalidInput('「招聘会」没有对应的招聘会，请从招聘会页面重新投递', { field: 'fairId' })
  throw invalidInput(`这个岗位不在「${fair.name}」的参会岗位中`, { field: 'fairId' })
}

/** The posting of the caller's firm: anonymous → UNAUTHENTICATED; anyone but the firm that posted it → FORBIDDEN. */
async function ownPosting(ctx: RequestContext, jobId: string): Promise<Job> {
  const openId = requireCaller(ctx)
  if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '求职者的投递只对所投企业可见')
  const job = await jobsRepository(ctx.db).findById(jobId)
  if (!job) throw new AppError('NOT_FOUND', '没有找到这个岗位')
  if (job.ownerOpenId !== openId) throw new AppError('FORBIDDEN', '只能查看和处理投递到本企业岗位的简历')
  return job
}

export const applicationsService = {
  /**
   * Applies to a posting recruiting now with the caller's profile, from a fair's page when `fairId`
   * says so. A single insert: when the unique index says the seeker already applied, the answer is
   * that application (`alreadyApplied: true`), never an error — pressing twice, or 500 times at
   * once, leaves one application. Two inserts racing inside transactions may also meet as a write
   * conflict in the cloud: the same answer. An application the seeker withdrew is sent again (same
   * application, back to submitted; from a fair's page, recording that fair). The reads go out together: an apply is a dozen requests.
   */
  async apply(input: { jobId: string; fairId?: string }, ctx: RequestContext) {
    const openId = requireCaller(ctx)
    const [, profile, found, broughtToFair] = await Promise.all([
      requireSeeker(ctx, '企业账号不能投递简历，求职请使用个人微信'),
      seekersRepository(ctx.db).find(openId),
      jobsRepository(ctx.db).findById(input.jobId),
      // Stryker disable next-line BooleanLiteral: without a fair this value is never read (checkFair runs only with a fairId)
      input.fairId ? fairBookingsRepository(ctx.db).brings(input.fairId, input.jobId) : true,
    ])
    if (!profile) {
      throw new AppError('CONFLICT', '请先填写求职资料（姓名、手机号、学历、工作经验），再投递简历', { reason: 'profile-required' })
    }
    const job = publicJob(found)
    if (input.fairId) await checkFair(ctx, input.fairId, broughtToFair)
    const now = ctx.now()
    const at = now.toISOString()
    const state = effectiveState(job, at)
    if (state !== 'published') throw new AppError('CONFLICT', `该岗位${state === 'expired' ? '已过有效期' : '已停止招聘'}，不能再投递`, { state })
    const applications = applicationsRepository(ctx.db)
    const answer = (a: Application, alreadyApplied: boolean) => ({ application: applicationView(a, job, now), alreadyApplied })

    let created: Application | null = null
    try {
      created = await ctx.db.runTransaction(async (tx) => {
        const application = await applicationWrites(tx).create({
          jobId: job._id,
          seekerOpenId: openId,
          employerId: job.employerId,
          jobTitle: job.title,
          employerName: job.employerName,
          seeker: snapshot(profile),
          status: 'submitted',
          timeline: [{ status: 'submitted', at }],
          ...(input.fairId ? { fairId: input.fairId } : {}),
          createdAt: at,
          updatedAt: at,
        })
        const entry = auditEntry(ctx, 'seeker', { action: 'applications.apply', target: targetOf(application), before: null, after: { status: 'submitted' } })
        await auditLogRepository(ctx.db).addIn(tx, entry)
        await messagesRepository(ctx.db).addIn(tx, newApplicationMessage(job, application._id, at))
        return application
      })
    } catch (error) {
      if (!isDuplicateKeyError(error) && !isWriteConflict(error)) throw error
    }
    if (created) {
      // The application stands once inserted: a counter that fails to count is logged, not the caller's error.
      await applications.countNew(created, todayInShanghai(now), at, callerKey(ctx)).catch((error: unknown) => console.error('[applications] counting failed', error))
      return answer(created, false)
    }

    // Applied before (or a moment ago, in a call racing this one).
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await applications.findOne(job._id, openId)
      if (!existing) break
      if (existing.status !== 'withdrawn') return answer(existing, true)
      const again: StatusChange = {
        status: 'submitted',
        seeker: snapshot(profile),
        timeline: [...existing.timeline, { status: 'submitted', at }],
        // Sent again from a fair's page: that fair counts it.
        ...(input.fairId ? { fairId: input.fairId } : {}),
        updatedAt: at,
      }
      if (await changeStatus(ctx, existing, again, { role: 'seeker', action: 'applications.apply' }, newApplicationMessage(job, existing._id, at))) {
        return answer({ ...existing, ...again }, false)
      }
    }
    throw new AppError('CONFLICT', '投递状态刚刚发生了变化，请刷新后重试')
  },

  /** The caller's applications with their timelines, the newest first; phones masked. Also of a seeker who has since registered a firm. */
  async mine(ctx: RequestContext) {
    const openId = requireOwnSeekerData(ctx)
    const now = ctx.now()
    const list = await applicationsRepository(ctx.db).listBySeeker(openId)
    const jobs = new Map((await jobsRepository(ctx.db).findByIds(list.map((a) => a.jobId))).map((j) => [j._id, j]))
    const counts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, list.filter((a) => a.status === s).length])) as Record<ApplicationStatus, number>
    return { counts, applications: list.map((a) => applicationView(a, jobs.get(a.jobId) ?? null, now)) }
  },

  /** The seeker (also one who has since registered a firm) takes back an application still open (submitted, viewed or invited to interview). */
  async withdraw(input: { id: string }, ctx: RequestContext) {
    const openId = requireOwnSeekerData(ctx)
    const applications = applicationsRepository(ctx.db)
    const current = await applications.findById(input.id)
    if (!current) throw new AppError('NOT_FOUND', '没有找到这条投递记录')
    if (current.seekerOpenId !== openId) throw new AppError('FORBIDDEN', '只能撤回自己的投递')
    if (!isOpenStatus(current.status)) throw new AppError('CONFLICT', `投递${applicationStatusLabels[current.status]}，不能撤回`, { status: current.status })
    const now = ctx.now()
    const at = now.toISOString()
    const next = { status: 'withdrawn' as const, timeline: [...current.timeline, { status: 'withdrawn' as const, at }], updatedAt: at }
    if (!(await changeStatus(ctx, current, next, { role: 'seeker', action: 'applications.withdraw' }))) {
      throw new AppError('CONFLICT', '投递状态刚刚发生了变化，请刷新后重试')
    }
    const job = await jobsRepository(ctx.db).findById(current.jobId)
    return { application: applicationView({ ...current, ...next }, job, now) }
  },

  /**
   * The pipeline of one posting for the firm that owns it: every application (phones in full but
   * for withdrawn ones), how many are in each status, and how many were ever received — a count that
   * keeps applications whose seekers have since deleted their accounts.
   */
  async forJob(input: { jobId: string; status?: ApplicationStatus }, ctx: RequestContext) {
    const job = await ownPosting(ctx, input.jobId)
    const now = ctx.now()
    const applications = applicationsRepository(ctx.db)
    const [list, counts, received] = await Promise.all([
      applications.listByJob(job._id, input.status),
      Promise.all(APPLICATION_STATUSES.map(async (s) => [s, await applications.countByJob(job._id, s)] as const)),
      applications.readCounts([jobCountId(job._id)]),
    ])
    return {
      job: boardJobView(job, now),
      counts: Object.fromEntries(counts) as Record<ApplicationStatus, number>,
      received: received.get(jobCountId(job._id)) ?? 0,
      applications: list.map((a) => applicationView(a, job, now, true)),
    }
  },

  /**
   * The firm moves an application along its pipeline (see `canMove`); each change is added to the
   * timeline with its time and the firm's note. Only the firm that owns the posting.
   */
  async setStatus(
    input: { id: string; status: FirmStatus; note?: string; interview?: { date: string; time: string; place: string; contactName: string; contactPhone: string; note?: string } },
    ctx: RequestContext,
  ) {
    const openId = requireCaller(ctx)
    if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '求职者的投递只对所投企业可见')
    const applications = applicationsRepository(ctx.db)
    const current = await applications.findById(input.id)
    if (!current) throw new AppError('NOT_FOUND', '没有找到这条投递记录')
    const job = await jobsRepository(ctx.db).findById(current.jobId)
    if (!job || job.ownerOpenId !== openId) throw new AppError('FORBIDDEN', '只能处理投递到本企业岗位的简历')
    if (!canMove(current.status, input.status)) {
      throw new AppError('CONFLICT', `投递当前为「${applicationStatusLabels[current.status]}」，不能改为「${applicationStatusLabels[input.status]}」`, {
        from: current.status,
        to: input.status,
      })
    }
    const now = ctx.now()
    const at = now.toISOString()
    const interview = input.interview ? plannedInterview(input.interview, now) : undefined
    // The seeker's timeline and message say the invitation in words when the firm adds no note of its own.
    const note = input.note ?? (interview ? interviewSummary(interview) : undefined)
    const entry: TimelineEntry = { status: input.status, at, ...(note ? { note } : {}) }
    const next: StatusChange = { status: input.status, timeline: [...current.timeline, entry], updatedAt: at, ...(interview ? { interview } : {}) }
    const message = statusMessage(current, input.status, note, at)
    if (!(await changeStatus(ctx, current, next, { role: 'employer', action: 'applications.setStatus', note }, message))) {
      throw new AppError('CONFLICT', '投递状态刚刚发生了变化（求职者可能已撤回），请刷新后重试')
    }
    // The WeChat subscription message is best effort: the change and the in-app message stand without it.
    await ctx.notifier
      ?.applicationStatusChanged({
        toOpenId: current.seekerOpenId,
        applicationId: current._id,
        jobTitle: current.jobTitle,
        employerName: current.employerName,
        status: input.status,
        statusLabel: applicationStatusLabels[input.status],
        ...(note ? { note } : {}),
        at,
      })
      .catch((error: unknown) => console.error('[applications] subscription message failed', error))
    return { application: applicationView({ ...current, ...next }, job, now, true) }
  },

  /**
   * The seeker answers the interview invitation of their application: they will come, or they ask
   * for another time (saying when suits them). The answer and the firm's message are one
   * transaction; answering again replaces the answer. Only before the interview starts.
   */
  async answerInterview(input: { id: string; answer: InterviewAnswer; note?: string }, ctx: RequestContext) {
    const openId = requireOwnSeekerData(ctx)
    const applications = applicationsRepository(ctx.db)
    const current = await applications.findById(input.id)
    if (!current) throw new AppError('NOT_FOUND', '没有找到这条投递记录')
    if (current.seekerOpenId !== openId) throw new AppError('FORBIDDEN', '只能答复自己的面试邀请')
    const invitation = current.interview
    if (current.status !== 'interview' || !invitation) throw new AppError('CONFLICT', '这条投递没有待答复的面试邀请', { status: current.status })
    const now = ctx.now()
    if (Date.parse(invitation.startAt) <= now.getTime()) throw new AppError('CONFLICT', '面试时间已过，请直接联系企业')
    const job = await jobsRepository(ctx.db).findById(current.jobId)
    const at = now.toISOString()
    const interview: Interview = { ...invitation, answer: { answer: input.answer, note: input.note ?? null, at } }
    const written = await ctx.db.runTransaction(async (tx) => {
      if (!(await applicationWrites(tx).update(current, { interview, updatedAt: at }))) return false
      if (job) await messagesRepository(ctx.db).addIn(tx, interviewAnswerMessage(current, job.ownerOpenId, input.answer, input.note, at))
      return true
    })
    if (!written) throw new AppError('CONFLICT', '投递状态刚刚发生了变化，请刷新后重试')
    return { application: applicationView({ ...current, interview, updatedAt: at }, job, now) }
  },

  /** Applications made per day over the last `days` days in Shanghai (oldest first, zeros included), and in all. */
  async dailyCounts(ctx: RequestContext, days = 30) {
    const today = todayInShanghai(ctx.now())
    const start = Date.parse(`${today}T00:00:00Z`)
    const dates = Array.from({ length: days }, (_, i) => new Date(start - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10))
    const counts = await applicationsRepository(ctx.db).readCounts([ALL_COUNT_ID, ...dates.map(dayCountId)])
    return {
      total: counts.get(ALL_COUNT_ID) ?? 0,
      byDay: dates.map((d) => ({ key: d, label: `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`, count: counts.get(dayCountId(d)) ?? 0 })),
    }
  },
}
