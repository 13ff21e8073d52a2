import type { Database } from '../../cloudfunctions/_shared/db/types'
import { cloudFor } from './runtime/cloud'
import { MiniProgram } from './runtime/mini-program'

/**
 * Who holds the phone. In WeChat the platform gives every caller an OPENID; the seeded ones are a
 * job seeker without a profile yet, the HR of a verified firm, and a bureau administrator.
 * "anonymous" is a call the platform vouches for no one on.
 */
export const ROLES = {
  anonymous: null,
  seeker: 'dev-seeker',
  employer: 'dev-hr',
  admin: 'dev-admin',
} as const

export type RoleName = keyof typeof ROLES

/** What only the local server's H5 app may show: the role switcher and hints pointing at it. */
export const LOCAL_ONLY_TEXT = /切换身份|本地体验|本地模式|预置账号/

/** Opens the built app at `url` as `role`, on `db`. */
export const launchAs = (role: RoleName, url: string, db: Database, { privacyAgreed = false, local = false } = {}) =>
  MiniProgram.launch(url, { callFunction: cloudFor(db, ROLES[role], { local }), privacyAgreed })
