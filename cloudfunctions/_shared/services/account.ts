import type { RequestContext } from '../context'
import { devIdentities } from '../dev-identities'
import { isAdmin, type Role } from '../identity'
import { employersRepository } from '../repositories/employers'

export const accountService = {
  /** Who the caller is: role from configuration and data, never from the request. */
  async me(ctx: RequestContext) {
    const employer = ctx.openId ? await employersRepository(ctx.db).findByOwner(ctx.openId) : null
    const role: Role = !ctx.openId ? 'anonymous' : isAdmin(ctx) ? 'admin' : employer ? 'employer' : 'seeker'
    return {
      openId: ctx.openId,
      role,
      employer: employer && { id: employer._id, name: employer.name, status: employer.status, reviewReason: employer.reviewReason ?? null },
      ...(ctx.config.local ? { devIdentities } : {}),
    }
  },
}
