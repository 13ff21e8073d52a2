import type { Role } from './identity'

/**
 * Seeded identities of the local server. They exist only in local mode: the cloud never
 * offers them, and the local server alone honours X-Dev-OpenId.
 */
export const devIdentities: ReadonlyArray<{ openId: string; role: Exclude<Role, 'anonymous'>; label: string }> = [
  { openId: 'dev-seeker', role: 'seeker', label: '求职者' },
  { openId: 'dev-hr', role: 'employer', label: '企业 HR' },
  { openId: 'dev-admin', role: 'admin', label: '管理员' },
]

export const DEV_ADMIN_OPENIDS = devIdentities.filter((i) => i.role === 'admin').map((i) => i.openId)
