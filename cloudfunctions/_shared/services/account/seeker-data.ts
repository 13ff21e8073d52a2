/**
 * A job seeker's own data: the profile they apply with, an export of everything stored about them,
 * and deleting it. Only seekers — signed in, not administrators, without an enterprise profile.
 */
import { randomHex } from '../../random-hex'
import type { Education } from '../../catalog/firms'
import type { RequestContext } from '../../context'
import { AppError, invalidInput } from '../../errors'
import { isAdmin, requireCaller } from '../../identity'
import { applicationsRepository } from '../../repositories/applications'
import { employersRepository } from '../../repositories/employers'
import { fairSignupsRepository } from '../../repositories/fair-signups'
import { favouritesRepository } from '../../repositories/favourites'
import { jobsRepository } from '../../repositories/jobs'
import { reportsRepository } from '../../repositories/reports'
import { seekersRepository } from '../../repositories/seekers'
import { applicationView, ownProfileView, profileView, reportView } from '../seeker-views'
import { auditLogRepository } from '../../repositories/audit-log'
import { messagesRepository } from '../../repositories/messages'

/** A seeker's messages in an export: every one there is, in practice (one per status change). */
const MESSAGES_EXPORT_LIMIT = 1000

/**
 * The caller as a job seeker: signed in (UNAUTHENTICATED), not an administrator and without an
 * enterprise profile (FORBIDDEN, with `forbidden` as the message for a firm).
 */
export async function requireSeeker(ctx: RequestContext, forbidden = '企业账号不能使用求职功能，求职请使用个人微信'): Promise<string> {
  const openId = requireCaller(ctx)
  if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员账号不能使用求职功能')
  if (await employersRepository(ctx.db).findByOwner(openId)) throw new AppError('FORBIDDEN', forbidden)
  return openId
}

/**
 * The caller's own seeker data, whatever their role now: signed in (UNAUTHENTICATED) and not an
 * administrator (FORBIDDEN). A seeker who has since registered a firm still reads, withdraws,
 * exports and deletes what they did as a seeker; seeking anew needs requireSeeker.
 */
export function requireOwnSeekerData(ctx: RequestContext): string {
  const openId = requireCaller(ctx)
  if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员账号没有求职数据')
  return openId
}

export const seekerDataService = {
  /** The caller's profile (phone masked, as everywhere it is shown) and how much they have going on. */
  async profile(ctx: RequestContext) {
    const openId = requireOwnSeekerData(ctx)
    const [profile, applications, favourites] = await Promise.all([
      seekersRepository(ctx.db).find(openId),
      applicationsRepository(ctx.db).listBySeeker(openId),
      favouritesRepository(ctx.db).count(openId),
    ])
    return {
      profile: profile && ownProfileView(profile),
      counts: { applications: applications.length, favourites },
    }
  },

  /**
   * Creates or replaces the caller's profile. `phone` may be left out once one is stored (the app
   * only ever shows it masked): the stored number is kept. Applications already sent keep the
   * profile as it was then.
   */
  async updateProfile(input: { name: string; phone?: string; education: Education; experienceYears: number; intro: string }, ctx: RequestContext) {
    const openId = await requireSeeker(ctx)
    const seekers = seekersRepository(ctx.db)
    const current = await seekers.find(openId)
    const phone = input.phone ?? current?.phone
    if (!phone) throw invalidInput('请填写手机号，企业将通过它联系您', { issues: [{ field: 'phone', message: '请填写手机号' }] })
    const at = ctx.now().toISOString()
    const saved = await seekers.save(openId, { ...input, phone }, current?.createdAt ?? at, at)
    return { profile: ownProfileView(saved) }
  },

  /** Everything stored about the caller as a seeker, phone numbers in full: their own data. */
  async exportData(ctx: RequestContext) {
    const openId = requireOwnSeekerData(ctx)
    const now = ctx.now()
    const [profile, applications, favourites, reports, fairSignups, messages] = await Promise.all([
      seekersRepository(ctx.db).find(openId),
      applicationsRepository(ctx.db).listBySeeker(openId),
      favouritesRepository(ctx.db).list(openId),
      reportsRepository(ctx.db).listByReporter(openId),
      fairSignupsRepository(ctx.db).listByOpenId(openId),
      messagesRepository(ctx.db).listFor(openId, MESSAGES_EXPORT_LIMIT),
    ])
    const jobs = new Map((await jobsRepository(ctx.db).findByIds(applications.map((a) => a.jobId))).map((j) => [j._id, j]))
    return {
      exportedAt: now.toISOString(),
      openId,
      profile: profile && { ...profileView(profile, true), createdAt: profile.createdAt, updatedAt: profile.updatedAt },
      applications: applications.map((a) => ({ ...applicationView(a, jobs.get(a.jobId) ?? null, now), seeker: profileView(a.seeker, true) })),
      favourites: favourites.map((f) => ({ jobId: f.jobId, createdAt: f.createdAt })),
      reports: reports.map(reportView),
      fairSignups: fairSignups.map((s) => ({ fairId: s.fairId, code: s.code, marks: s.marks, checkedInAt: s.checkedInAt, createdAt: s.createdAt })),
      messages: messages.map(({ title, body, read, createdAt }) => ({ title, body, read, createdAt })),
    }
  },

  /**
   * Deletes the caller's seeker data: the profile, every application (firms' pipelines lose them;
   * the counts of applications made, by day and by posting, are kept apart and stay), the
   * favourites, fair sign-ups and messages; reports and audit-log entries stay with the bureau
   * without the caller's openid. What is keyed by the caller's key (write-limit counters, the
   * report's key, the applicants counted) stays: the same person coming back meets the same rules.
   * Of someone who has since registered a firm, only the seeker data goes: the firm's profile,
   * postings, its 消息 and its decisions in the audit log stay as they are.
   */
  async deleteAccount(_input: { confirm: true }, ctx: RequestContext) {
    const openId = requireOwnSeekerData(ctx)
    const placeholder = `deleted-${randomHex(12)}`
    const applications = await applicationsRepository(ctx.db).removeBySeeker(openId)
    const favourites = await favouritesRepository(ctx.db).removeAll(openId)
    const fairSignups = await fairSignupsRepository(ctx.db).removeByOpenId(openId)
    const messages = await messagesRepository(ctx.db).removeApplicationMessages(openId)
    const reports = await reportsRepository(ctx.db).anonymiseReporter(openId, placeholder)
    const auditEntries = await auditLogRepository(ctx.db).anonymiseActor(openId, 'seeker', placeholder)
    const profile = await seekersRepository(ctx.db).remove(openId)
    return { deleted: { profile, applications, favourites, fairSignups, messages }, anonymised: { reports, auditEntries } }
  },
}
