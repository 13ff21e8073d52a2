/**
 * Per-caller limits on writes, in fixed windows counted in the database (functions run as many
 * instances; memory is not shared). A call is checked before it runs and counted once it
 * succeeded, so a refused or failed call writes nothing; a burst of simultaneous calls can pass
 * the check together and overshoot by at most its own size.
 */
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { RequestContext } from './context'
import { AppError } from './errors'
import { callerKey } from './identity'
import { rateLimitsRepository } from './repositories/rate-limits'

dayjs.extend(utc)
dayjs.extend(timezone)

/** The writes that are limited, and how each is named in messages. */
export const RATE_LIMITED_WRITES = {
  apply: '投递简历',
  post: '发布岗位',
  report: '举报岗位',
  register: '提交企业认证',
  booth: '预订招聘会展位',
  signup: '报名招聘会',
} as const

export type RateLimitedWrite = keyof typeof RATE_LIMITED_WRITES

export interface RateLimit {
  limit: number
  windowSeconds: number
}

export type RateLimits = Partial<Record<RateLimitedWrite, RateLimit>>

const HOUR = 3600
const DAY = 86_400

/** Generous for people, tight for scripts. */
export const DEFAULT_RATE_LIMITS: Readonly<Record<RateLimitedWrite, RateLimit>> = {
  apply: { limit: 60, windowSeconds: HOUR },
  post: { limit: 30, windowSeconds: DAY },
  report: { limit: 10, windowSeconds: HOUR },
  register: { limit: 5, windowSeconds: HOUR },
  booth: { limit: 20, windowSeconds: HOUR },
  signup: { limit: 20, windowSeconds: HOUR },
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: HOUR, d: DAY }
const ENTRY = /^([a-z]+)=(?:off|(\d+)\/(\d*)([smhd]))$/

/**
 * Reads RATE_LIMITS: `off` for none, or comma-separated overrides of the defaults such as
 * `apply=100/1h,post=off,report=5/10m`. A malformed value stops the function from starting.
 */
export function parseRateLimits(text: string | undefined): RateLimits {
  const value = (text ?? '').trim()
  if (value === 'off') return {}
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS }
  for (const entry of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = ENTRY.exec(entry)
    if (!match || !Object.hasOwn(RATE_LIMITED_WRITES, match[1])) {
      throw new Error(`RATE_LIMITS: cannot read "${entry}"; use off or kind=count/window, kinds ${Object.keys(RATE_LIMITED_WRITES).join(', ')}, e.g. apply=60/1h`)
    }
    const write = match[1] as RateLimitedWrite
    if (match[2] === undefined) {
      delete limits[write]
      continue
    }
    const limit = Number(match[2])
    const windowSeconds = Number(match[3] || 1) * UNIT_SECONDS[match[4]]
    if (limit < 1 || windowSeconds < 1) throw new Error(`RATE_LIMITS: "${entry}" needs a count and a window of at least 1`)
    limits[write] = { limit, windowSeconds }
  }
  return limits
}

/** 每小时 / 每10分钟 / 每天 … */
function perWindow(seconds: number): string {
  for (const [unit, size] of [['天', DAY], ['小时', HOUR], ['分钟', 60]] as const) {
    if (seconds % size === 0) return seconds === size ? `每${unit}` : `每${seconds / size}${unit}`
  }
  return `每${seconds}秒`
}

/** 45秒 / 30分钟 / 1小时50分钟: minutes rounded up first, so 1:59:30 reads 2小时. */
function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds}秒`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return `${minutes}分钟`
  const rest = minutes % 60
  return `${Math.floor(minutes / 60)}小时${rest ? `${rest}分钟` : ''}`
}

const windowOf = (rule: RateLimit, now: Date) => {
  const size = rule.windowSeconds * 1000
  const start = Math.floor(now.getTime() / size) * size
  return { start: new Date(start).toISOString(), end: start + size }
}

/** Keyed by the caller's key, not the openid: a counter outlives the account it counts (identity.ts callerKey). */
const counterId = (write: RateLimitedWrite, caller: string, windowStart: string) => `${write}:${caller}:${windowStart}`

/**
 * RATE_LIMITED when the caller used up this window's writes of this kind, saying when to retry.
 * Every limited write needs a caller: an anonymous one is answered UNAUTHENTICATED here (callerKey),
 * as the action itself would answer.
 */
export async function checkRateLimit(write: RateLimitedWrite, ctx: RequestContext): Promise<void> {
  const rule = ctx.config.rateLimits[write]
  if (!rule) return
  const now = ctx.now()
  const window = windowOf(rule, now)
  const used = await rateLimitsRepository(ctx.db).count(counterId(write, callerKey(ctx), window.start))
  if (used < rule.limit) return
  // At least 1: the window ends after now.
  const retryAfterSeconds = Math.ceil((window.end - now.getTime()) / 1000)
  const retryAt = dayjs(window.end).tz('Asia/Shanghai')
  const sameDay = retryAt.format('YYYY-MM-DD') === dayjs(now).tz('Asia/Shanghai').format('YYYY-MM-DD')
  throw new AppError(
    'RATE_LIMITED',
    `操作过于频繁：${perWindow(rule.windowSeconds)}最多${RATE_LIMITED_WRITES[write]}${rule.limit}次，请在${retryAt.format(sameDay ? 'HH:mm' : 'M月D日 HH:mm')}后（约${waitText(retryAfterSeconds)}后）再试`,
    { write, limit: rule.limit, windowSeconds: rule.windowSeconds, retryAfterSeconds, retryAt: retryAt.format() },
  )
}

/** Counts a write that succeeded (so made by a caller). */
export async function countWrite(write: RateLimitedWrite, ctx: RequestContext): Promise<void> {
  const rule = ctx.config.rateLimits[write]
  if (!rule) return
  const { start } = windowOf(rule, ctx.now())
  const caller = callerKey(ctx)
  await rateLimitsRepository(ctx.db).hit(counterId(write, caller, start), { kind: write, caller, windowStart: start })
}
