import { catalog } from '../catalog'
import type { RequestContext } from '../context'
import { isDuplicateKeyError } from '../db/errors'
import { devIdentities } from '../dev-identities'
import { AppError } from '../errors'
import { isAdmin, requireCaller, type Role } from '../identity'
import { employersRepository, type EmployerProfile } from '../repositories/employers'
import { jobsRepository } from '../repositories/jobs'
import { employerView } from './firm-views'

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
   * rejected (it goes back to the queue). A verified profile is not changed here.
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
    try {
      if (!current) return { employer: employerView(await employers.create(openId, profile, at)) }
      if (!(await employers.resubmit(current, profile, at))) {
        throw new AppError('CONFLICT', '企业资料刚刚发生了变化（可能已被审核），请刷新后重试')
      }
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
      const mine = await employers.findByOwner(openId)
      if (!current && mine) throw new AppError('CONFLICT', '已提交过企业资料，请勿重复注册')
      throw new AppError('CONFLICT', '该统一社会信用代码已由其他账号注册；如确属本企业，请联系当地人力资源和社会保障部门', { field: 'creditCode' })
    }
    await jobsRepository(ctx.db).refreshEmployer(openId, { employerName: profile.name, industry: profile.industry })
    return { employer: employerView({ ...current, ...profile, status: 'pending', submittedAt: at, updatedAt: at }) }
  },

  /** The choices of the firm and posting forms. */
  catalog,
}
