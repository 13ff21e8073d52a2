import type { RequestContext } from './context'
import { AppError } from './errors'

export type Role = 'anonymous' | 'seeker' | 'employer' | 'admin'

/** The caller's openid, or UNAUTHENTICATED: actions that write need to know who asks. */
export function requireCaller(ctx: RequestContext): string {
  if (!ctx.openId) throw new AppError('UNAUTHENTICATED', '请先登录后再操作')
  return ctx.openId
}

export const isAdmin = (ctx: RequestContext) => ctx.openId !== null && ctx.config.adminOpenIds.includes(ctx.openId)

export function requireAdmin(ctx: RequestContext): string {
  const openId = requireCaller(ctx)
  if (!isAdmin(ctx)) throw new AppError('FORBIDDEN', '仅人社部门管理员可执行此操作')
  return openId
}
