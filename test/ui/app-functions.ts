/**
 * Every cloud function, in process, on an embedded database, standing in for the network in page
 * tests: pages get what the functions answer. Use `inProcess(db, caller)` as the implementation of a
 * mocked `callFunction` from src/services/cloud.ts.
 */
import type { RequestContext } from '../../cloudfunctions/_shared/context'
import type { Database } from '../../cloudfunctions/_shared/db/types'
import { cloudFunctions } from '../../server/functions'
import { CallError } from '../../src/services/cloud'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'

/** Every call made, for assertions on what the page sent. */
export const functionCalls: { name: string; action: string; params: Record<string, unknown> }[] = []

/** `caller()` is read on each call, so a test can change who is calling. */
export function inProcess(db: Database, caller: () => string | null, now: () => Date = () => new Date()) {
  return async (name: string, action: string, params: Record<string, unknown> = {}) => {
    functionCalls.push({ name, action, params })
    const ctx: RequestContext = { db, openId: caller(), config: { adminOpenIds: ['dev-admin'], local: true, rateLimits: DEFAULT_RATE_LIMITS }, now }
    // Through JSON, as over the wire.
    const envelope = await cloudFunctions[name].dispatch(JSON.parse(JSON.stringify({ action, ...params })), ctx)
    if (envelope.ok) return JSON.parse(JSON.stringify(envelope.data))
    throw new CallError(envelope.error.code, envelope.error.message, envelope.error.details)
  }
}
