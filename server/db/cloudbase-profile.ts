/**
 * The CloudBase profile of the embedded engine: with it, the local database and host refuse what
 * CloudBase refuses, by the numbers of cloudfunctions/_shared/db/cloudbase-limits.ts, so local green
 * means cloud green. On in every test; `JQT_CLOUDBASE=1` turns it on for `npm start` / `npm run api`.
 *
 * - Field names: document keys follow CloudBase's rule (`INVALID_PARAM`).
 * - A unique index counts a missing field as null: two documents both lacking it collide
 *   (embedded.ts MISSING_AS_NULL).
 * - No hidden order: ties in a sort, and results of a query without `orderBy`, come back in a
 *   seeded random order (the same seed, the same order), so code that pages must ask for a total
 *   order (`orderBy(…, '_id')`).
 * - Time is modelled, never slept: every database request costs a round trip. A transaction
 *   older than the deadline is dropped (`DATABASE_TRANSACTION_FAIL`); a duplicate key inside a
 *   transaction surfaces as a write conflict (`DATABASE_TRANSACTION_CONFLICT`), as it may in the cloud.
 * - Per invocation (see server/invoke.ts): at most so many requests in flight
 *   (`EXCEED_CONCURRENT_REQUEST_LIMIT`), the function's configured timeout from cloudbaserc.json
 *   (`FUNCTIONS_TIME_LIMIT_EXCEEDED`, after which its requests never reach the database) and the
 *   size of its answer (`EXCEED_MAX_RESPONSE_SIZE`).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import path from 'node:path'
import {
  CONCURRENT_REQUESTS_EXCEEDED,
  FUNCTION_TIMED_OUT,
  MAX_CONCURRENT_DB_REQUESTS,
  MODELLED_ROUND_TRIP_MS,
  TRANSACTION_DEADLINE_MS,
} from '../../cloudfunctions/_shared/db/cloudbase-limits'
import { DbError } from '../../cloudfunctions/_shared/db/errors'
import { repoRoot } from '../repo-root'

export interface CloudBaseProfile {
  /** Orders ties: the same seed, the same order, so a failure reproduces. */
  seed: string
  /** Modelled time of one database request. */
  roundTripMs: number
  /** Database requests one invocation may have in flight at once. */
  maxConcurrentRequests: number
  /** Age at which a transaction is dropped. */
  transactionDeadlineMs: number
  /** Each function's configured timeout (cloudbaserc.json), in milliseconds. */
  functionTimeoutMs: Readonly<Record<string, number>>
}

const CLOUDBASERC = path.join(repoRoot, 'cloudbaserc.json')

/** The timeout each function is deployed with: cloudbaserc.json's `timeout` (seconds). */
export function functionTimeouts(file = CLOUDBASERC): Record<string, number> {
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as { functions: { name: string; timeout: number }[] }
  return Object.fromEntries(config.functions.map((f) => [f.name, f.timeout * 1000]))
}

/** The seed when none is given: fixed, so a run reproduces; set JQT_CLOUDBASE_SEED to shake the order up. */
export const DEFAULT_SEED = 'jinqitong'

export function cloudBaseProfile(overrides: Partial<CloudBaseProfile> = {}): CloudBaseProfile {
  return {
    seed: DEFAULT_SEED,
    roundTripMs: MODELLED_ROUND_TRIP_MS,
    maxConcurrentRequests: MAX_CONCURRENT_DB_REQUESTS,
    transactionDeadlineMs: TRANSACTION_DEADLINE_MS,
    functionTimeoutMs: functionTimeouts(),
    ...overrides,
  }
}

/** `JQT_CLOUDBASE=1` (any value but empty, 0, false or off) turns the profile on; `JQT_CLOUDBASE_SEED` seeds it. */
export function profileFromEnv(env: NodeJS.ProcessEnv): CloudBaseProfile | null {
  const on = (env.JQT_CLOUDBASE ?? '').trim().toLowerCase()
  if (!on || ['0', 'false', 'off'].includes(on)) return null
  return cloudBaseProfile(env.JQT_CLOUDBASE_SEED ? { seed: env.JQT_CLOUDBASE_SEED } : {})
}

/** 32 bits of FNV-1a: the seed as a number the engine's tie order mixes in. */
export function seedNumber(seed: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** A document's place among ties: its row number mixed with the seed (murmur3's finaliser). */
export function tieRank(rowid: number, seed: number): number {
  let h = (rowid ^ seed) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** One function call under the profile: its modelled clock and its database requests. */
export class Invocation {
  /** Modelled time since the call began: round trips, overlapping when concurrent. */
  elapsedMs = 0
  /** Database requests made (a transaction's start, each of its operations and its commit count). */
  requests = 0
  inFlight = 0
  maxInFlight = 0
  /** Reached its timeout wanting more: the cloud has stopped it. */
  stopped = false

  constructor(
    readonly profile: CloudBaseProfile,
    readonly timeoutMs: number,
  ) {}

  get timedOut(): boolean {
    return this.stopped || this.elapsedMs > this.timeoutMs
  }
}

const current = new AsyncLocalStorage<Invocation>()

/** Runs `fn` as the invocation: the database requests it makes count against it. */
export const runInvocation = <R>(invocation: Invocation, fn: () => R): R => current.run(invocation, fn)

/**
 * A database request of the running invocation begins (outside one, nothing is counted): refused
 * once the invocation is past its timeout (the cloud has stopped it, so the request never arrives)
 * or when it already has the most requests in flight. Returns what to call when the request ends.
 */
export function beginRequest(): () => void {
  const invocation = current.getStore()
  if (!invocation) return () => undefined
  const { profile } = invocation
  if (invocation.elapsedMs >= invocation.timeoutMs) {
    invocation.stopped = true
    throw new DbError(FUNCTION_TIMED_OUT, `the function ran past its ${invocation.timeoutMs / 1000} s timeout and was stopped`)
  }
  if (invocation.inFlight >= profile.maxConcurrentRequests) {
    throw new DbError(CONCURRENT_REQUESTS_EXCEEDED, `more than ${profile.maxConcurrentRequests} database requests in flight at once`)
  }
  const startedAt = invocation.elapsedMs
  invocation.requests++
  invocation.inFlight++
  invocation.maxInFlight = Math.max(invocation.maxInFlight, invocation.inFlight)
  return () => {
    invocation.inFlight--
    invocation.elapsedMs = Math.max(invocation.elapsedMs, startedAt + profile.roundTripMs)
  }
}
