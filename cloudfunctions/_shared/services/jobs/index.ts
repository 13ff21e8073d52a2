/**
 * A firm's postings: draft → pending review → published → closed / expired, or rejected with a
 * reason the firm can fix. Only the firm that owns a posting may change it; only a verified
 * private firm may send one for review, and only after the content check passes.
 */
import { employerStatusLabels, JOB_STATES, jobStateLabels, type JobState } from '../../catalog/firms'
import { checkPostingTexts, summariseHits, type CheckedText, type ComplianceHit } from '../../compliance/posting-check'
import type { RequestContext } from '../../context'
import { AppError, invalidInput } from '../../errors'
import { isAdmin, requireCaller } from '../../identity'
import { employersRepository, type Employer } from '../../repositories/employers'
import { jobsRepository, type Job, type JobChanges, type JobContent } from '../../repositories/jobs'
import { contentOf, effectiveState, employerView, jobView } from '../firm-views'
import { hiringHint } from '../hiring-hint'

/** The most postings `mine` lists at once. */
const MINE_LIMIT = 100

type ContentInput = Omit<JobContent, 'requirements' | 'benefits'> & {
  requirements: { education: string; experienceYears: number; other?: string }
  benefits?: string
}

/** The caller's enterprise profile; administrators and callers without one may not manage postings. */
async function requireEmployer(ctx: RequestContext): Promise<Employer> {
  const openId = requireCaller(ctx)
  if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员负责审核岗位，不能以管理员身份发布或管理岗位')
  const employer = await employersRepository(ctx.db).findByOwner(openId)
  if (!employer) throw new AppError('FORBIDDEN', '请先在「我的」中注册企业信息，认证通过后即可发布岗位')
  return employer
}

/** A posting of the caller's firm: NOT_FOUND when there is none, FORBIDDEN when it is another firm's. */
async function ownJob(ctx: RequestContext, employer: Employer, id: string): Promise<Job> {
  const job = await jobsRepository(ctx.db).findById(id)
  if (!job) throw new AppError('NOT_FOUND', '没有找到这个岗位，可能已被删除')
  if (job.ownerOpenId !== employer.ownerOpenId) throw new AppError('FORBIDDEN', '只能查看和管理本企业发布的岗位')
  return job
}

/** The texts a posting shows, with their Chinese names, as the checkers read them. */
export function textsOf(content: { title?: string; duties?: string; other?: string; benefits?: string }): CheckedText[] {
  const texts: CheckedText[] = [
    { field: 'title', fieldLabel: '岗位名称', text: content.title ?? '' },
    { field: 'duties', fieldLabel: '岗位职责', text: content.duties ?? '' },
    { field: 'requirements.other', fieldLabel: '其他要求', text: content.other ?? '' },
    { field: 'benefits', fieldLabel: '福利待遇', text: content.benefits ?? '' },
  ]
  return texts.filter((t) => t.text)
}

const normalise = (content: ContentInput): JobContent => ({
  ...content,
  requirements: { ...content.requirements, other: content.requirements.other ?? '' },
  benefits: content.benefits ?? '',
})

/**
 * What sending a posting for review takes: a verified private firm, and content that passes the word
 * list (and, in the cloud, WeChat's msgSecCheck). Throws with every hit; returns the fields to store.
 */
async function submission(ctx: RequestContext, employer: Employer, content: JobContent, at: string): Promise<JobChanges> {
  if (employer.status !== 'verified') {
    throw new AppError(
      'FORBIDDEN',
      `企业资料${employerStatusLabels[employer.status]}，认证通过后才能提交岗位审核；现在可以先保存为草稿`,
      { employerStatus: employer.status },
    )
  }
  if (employer.ownership !== 'private') throw new AppError('FORBIDDEN', '本平台只为民营企业发布招聘信息')
  const texts = textsOf({ ...content, other: content.requirements.other })
  const hits: ComplianceHit[] = checkPostingTexts(texts)
  let wechat: NonNullable<Job['compliance']>['wechat'] = 'skipped'
  if (!ctx.config.local && ctx.contentSecurity) {
    const verdict = await ctx.contentSecurity.checkText({
      openId: employer.ownerOpenId,
      title: content.title,
      content: texts.map((t) => t.text).join('\n'),
    })
    // A risky verdict comes with hits and stops the submission below.
    wechat = verdict.suggest === 'risky' ? 'review' : verdict.suggest
    hits.push(...verdict.hits)
  }
  if (hits.length) {
    throw invalidInput(`岗位信息含有法律禁止的歧视性或违规内容：${summariseHits(hits)}。请按提示修改后再提交`, { hits })
  }
  return { status: 'pending', submittedAt: at, compliance: { checkedAt: at, wechat } }
}

export const jobsService = {
  /** A new posting: a draft, or (submit) straight into the review queue. */
  async create(input: ContentInput & { submit?: boolean }, ctx: RequestContext) {
    const employer = await requireEmployer(ctx)
    const { submit, ...rest } = input
    const content = normalise(rest)
    const at = ctx.now().toISOString()
    const review = submit ? await submission(ctx, employer, content, at) : { status: 'draft' as const }
    const job = await jobsRepository(ctx.db).create({
      employerId: employer._id,
      ownerOpenId: employer.ownerOpenId,
      employerName: employer.name,
      industry: employer.industry,
      ...content,
      status: 'draft',
      ...review,
      createdAt: at,
      updatedAt: at,
    } as Omit<Job, '_id'>)
    return { job: jobView(job, ctx.now(), employer) }
  },

  /**
   * Changes a posting not yet closed or expired. `submit` (default: true for postings already in
   * review or published, false otherwise) sends it (back) to review after the content check; false
   * keeps or makes it a draft — a published posting edited leaves the board until approved again.
   */
  async update(input: Partial<ContentInput> & { id: string; submit?: boolean }, ctx: RequestContext) {
    const employer = await requireEmployer(ctx)
    const job = await ownJob(ctx, employer, input.id)
    const now = ctx.now()
    const state = effectiveState(job, now.toISOString())
    if (state === 'closed' || state === 'expired') {
      throw new AppError('CONFLICT', `岗位${jobStateLabels[state]}，不能再修改；如需继续招聘，请发布新岗位`)
    }
    const { submit } = input
    const changes = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'id' && key !== 'submit')) as Partial<ContentInput>
    const content = normalise({ ...contentOf(job), ...changes } as ContentInput)
    const at = now.toISOString()
    const toReview = submit ?? (job.status === 'pending' || job.status === 'published')
    const next: JobChanges = {
      ...content,
      employerName: employer.name,
      industry: employer.industry,
      updatedAt: at,
      ...(toReview ? await submission(ctx, employer, content, at) : { status: 'draft' as const }),
    }
    const remove: (keyof Job)[] = job.status === 'published' ? ['publishedAt', 'validUntil'] : []
    if (!(await jobsRepository(ctx.db).update(job, next, remove))) {
      throw new AppError('CONFLICT', '岗位刚刚发生了变化（可能已被审核），请刷新后重试')
    }
    const updated = { ...job, ...next } as Job
    for (const field of remove) delete updated[field]
    return { job: jobView(updated, now, employer) }
  },

  /** Takes a posting down for good (recruitment finished or abandoned). */
  async close(input: { id: string }, ctx: RequestContext) {
    const employer = await requireEmployer(ctx)
    const job = await ownJob(ctx, employer, input.id)
    if (job.status === 'closed') throw new AppError('CONFLICT', '岗位已经关闭')
    const now = ctx.now()
    const at = now.toISOString()
    const next: JobChanges = { status: 'closed', closedAt: at, updatedAt: at }
    if (!(await jobsRepository(ctx.db).update(job, next))) {
      throw new AppError('CONFLICT', '岗位刚刚发生了变化（可能已被审核），请刷新后重试')
    }
    return { job: jobView({ ...job, ...next }, now, employer) }
  },

  /** The firm's profile, its postings (one, in one state, or all) and how many it has in each state. */
  async mine(input: { state?: JobState; id?: string }, ctx: RequestContext) {
    const employer = await requireEmployer(ctx)
    const now = ctx.now()
    const nowIso = now.toISOString()
    const jobs = jobsRepository(ctx.db)
    const list = input.id
      ? [await ownJob(ctx, employer, input.id)]
      : await jobs.listByOwner(employer.ownerOpenId, { state: input.state, nowIso, limit: MINE_LIMIT })
    const counts = Object.fromEntries(
      await Promise.all(JOB_STATES.map(async (s) => [s, await jobs.countByOwner(employer.ownerOpenId, s, nowIso)] as const)),
    ) as Record<JobState, number>
    return {
      employer: employerView(employer),
      canSubmit: employer.status === 'verified',
      counts,
      jobs: list.map((job) => jobView(job, now, employer)),
    }
  },

  /** While a posting is typed: the word-list hits so far and the measure-21 hint for the headcount. Writes nothing. */
  async preview(input: { headcount?: number; title?: string; duties?: string; other?: string; benefits?: string }, ctx: RequestContext) {
    const employer = await requireEmployer(ctx)
    return {
      canSubmit: employer.status === 'verified',
      hits: checkPostingTexts(textsOf(input)),
      measure21: input.headcount ? hiringHint(employer, input.headcount, ctx.now()) : null,
    }
  },
}
