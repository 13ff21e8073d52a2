import { createHmac } from 'node:crypto'
import type { AppConfig, RequestContext } from './context'
import { AppError } from './errors'

/** The key locally, where nothing outlives the developer's database: never for the cloud. */
export const DEV_OPENID_HMAC_SECRET = 'jinqitong-local-development-openid-hmac-secret'

/** A key shorter than this is refused: 32 characters of `openssl rand -hex 32`'s 64 carry 128 bits. */
export const OPENID_HMAC_SECRET_MIN_LENGTH = 32

/**
 * OPENID_HMAC_SECRET: required in the cloud (a function without it does not start: a guessable or
 * changing key would let a deleted account start its limits afresh); locally the development key.
 */
export function openIdHmacSecretFrom(value: string | undefined, local: boolean): string {
  const secret = (value ?? '').trim()
  if (!secret) {
    if (local) return DEV_OPENID_HMAC_SECRET
    throw new Error('OPENID_HMAC_SECRET is not set: the key under which write limits and one-per-person rules still know a caller who deleted their account (generate one with openssl rand -hex 32, and keep it)')
  }
  if (secret.length < OPENID_HMAC_SECRET_MIN_LENGTH) throw new Error(`OPENID_HMAC_SECRET must be at least ${OPENID_HMAC_SECRET_MIN_LENGTH} characters (e.g. openssl rand -hex 32)`)
  return secret
}

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

/** The keyed hash (HMAC-SHA256, hex) of an openid under the configured key. */
export const openIdKey = (openId: string, config: Pick<AppConfig, 'openIdHmacSecret'>) =>
  createHmac('sha256', config.openIdHmacSecret ?? DEV_OPENID_HMAC_SECRET).update(openId).digest('hex')

/**
 * The caller as the rules that outlive an account know them: write limits, one report per posting,
 * an applicant counted once per posting. The same person after deleting their account, no openid.
 */
export const callerKey = (ctx: RequestContext) => openIdKey(requireCaller(ctx), ctx.config)
