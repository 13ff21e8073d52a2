import { EDUCATIONS, educationLabels, EXPERIENCE_YEARS, experienceLabel, MAX_VALID_DAYS } from '../../catalog/firms'
import { SHANXI_REGIONS } from '../../catalog/regions'
import type { RequestContext } from '../../context'
import { isDuplicateKeyError } from '../../db/errors'
import { devIdentities } from '../../dev-identities'
import { AppError } from '../../errors'
import { isAdmin, requireCaller, type Role } from '../../identity'
import { employersRepository, type EmployerProfile } from '../../repositories/employers'
import { jobsRepository } from '../../repositories/jobs'
import { revisionOf } from '../../repositories/revision'
import { INDUSTRIES, OWNERSHIPS } from '../../rules/facts'
import { employerView, industryLabel, ownershipLabel } from '../firm-views'
import { requireCodeFree } from '../credit-code-claims'

export const accountService = {
  /** Who the caller is: role from configuration and data, never from the request. */
  async me(ctx: RequestContext) {
    const employer = ctx.openId ? await employersRepository(ctx.db).findByOwner(ctx.openId) : null
    const role: Role = !ctx.openId ? 'anonymous' : isAdmin(ctx) ? 'admin' : employer ? 'employer' : 'seeker'
    return {
      openId: ctx.openId,
      role,
      employer: employer && employerView(employer),
      ...(ctx.config.local ? { devIdentities } : {}),
    }
  },

  /**
   * Registers the caller's enterprise for verification, or corrects a profile still pending or
   * rejected (it goes back to the queue). A verified profile is not changed here. The credit code
   * must be free: not held by a verified firm, nor by another profile within its pending hold
   * (services/credit-code-claims.ts).
   */
  async registerEmployer(profile: EmployerProfile, ctx: RequestContext) {
    const openId = requireCaller(ctx)
    if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员账号不能注册企业，请用企业经办人的微信登录后注册')
    const employers = employersRepository(ctx.db)
    const at = ctx.now().toISOString()
    const current = await employers.findByOwner(openId)
    if (current?.status === 'verified') {
      throw new AppError('CONFLICT', '企业已通过认证，资料如需变更请联系当地人力资源和社会保障部门')
    }
    await requireCodeFree(ctx, profile.creditCode, current?._id ?? null)
    if (!current) {
      try {
        return { employer: employerView(await employers.create(openId, profile, at)) }
      } catch (error) {
        // The unique index on the owner: a second registration racing this one.
        if (!isDuplicateKeyError(error)) throw error
        throw new AppError('CONFLICT', '已提交过企业资料，请勿重复注册')
      }
    }
    if (!(await employers.resubmit(current, profile, at))) {
      throw new AppError('CONFLICT', '企业资料刚刚发生了变化（可能已被审核），请刷新后重试')
    }
    await jobsRepository(ctx.db).refreshEmployer(openId, { employerName: profile.name, industry: profile.industry })
    const codeClaimedAt = profile.creditCode !== current.creditCode ? at : current.codeClaimedAt
    return {
      employer: employerView({ ...current, ...profile, status: 'pending', submittedAt: at, codeClaimedAt, updatedAt: at, revision: revisionOf(current) + 1 }),
    }
  },

  /** The choices of the firm and posting forms. */
  catalog() {
    return {
      industries: INDUSTRIES.map((value) => ({ value, label: industryLabel(value) })),
      ownerships: OWNERSHIPS.map((value) => ({ value, label: ownershipLabel(value) })),
      regions: SHANXI_REGIONS.map((r) => ({ city: r.city, districts: [...r.districts] })),
      educations: EDUCATIONS.map((value) => ({ value, label: educationLabels[value] })),
      experienceYears: EXPERIENCE_YEARS.map((value) => ({ value, label: experienceLabel(value) })),
      maxValidDays: MAX_VALID_DAYS,
    }
  },
}
