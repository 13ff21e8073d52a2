import type { ContentSecurity } from './compliance/content-security'
import type { Database } from './db/types'
import type { Notifier } from './notify/notifier'
import { openIdHmacSecretFrom } from './identity'
import { parseRateLimits, type RateLimits } from './rate-limit'
import type { FileStorage } from './storage'

/** Deployment settings read from the environment, the same way locally and in the cloud. */
export interface AppConfig {
  /** openids allowed to act as the bureau (administrators). */
  adminOpenIds: readonly string[]
  /** true on the local server: enables dev identities and the local word list. */
  local: boolean
  /** Writes per caller and window, by kind (RATE_LIMITS); a kind left out is not limited. */
  rateLimits: RateLimits
  /**
   * The key of the callers' keyed hashes (OPENID_HMAC_SECRET, identity.ts callerKey). configFromEnv
   * always sets it; contexts built by hand (tests, benches) may leave it out and get the
   * development key.
   */
  openIdHmacSecret?: string
}

/**
 * What a handler may use besides its input. The host builds it: the cloud entry from the
 * platform context and the SDK, the local server from X-Dev-OpenId and the embedded database.
 */
export interface RequestContext {
  db: Database
  /** The caller's openid from the platform, or null when anonymous. */
  openId: string | null
  config: AppConfig
  now: () => Date
  /**
   * Milliseconds this invocation has run: in the cloud by the wall clock; under the local CloudBase
   * profile the modelled time (database round trips), which is what its timeout counts. Long work
   * (a matching run) stops in time by it.
   */
  elapsedMs: () => number
  /** Where files too large for an answer go (exports): CloudBase storage, or the local server's. */
  storage: FileStorage
  /** WeChat's text security check; the cloud entry sets it, the local server leaves it out (word list only). */
  contentSecurity?: ContentSecurity
  /** WeChat subscription messages; the cloud entry sets it, locally the in-app 消息 list stands alone. */
  notifier?: Notifier
}

export function configFromEnv(env: NodeJS.ProcessEnv, local: boolean): AppConfig {
  return {
    adminOpenIds: (env.ADMIN_OPENIDS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    local,
    rateLimits: parseRateLimits(env.RATE_LIMITS),
    openIdHmacSecret: openIdHmacSecretFrom(env.OPENID_HMAC_SECRET, local),
  }
}
