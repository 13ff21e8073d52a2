/**
 * Every cloud function, in process, on an embedded database, standing in for the network in page
 * tests: pages get what the functions answer. Use `inProcess(db, caller)` as the implementation of a
 * mocked `callFunction` from src/services/cloud.ts.
 */
import type { Database } from '../../cloudfunctions/_shared/db/types'
import { cloudFunctions } from '../../server/functions'
import type { HostContext } from '../../server/invoke'
import { CallError } from '../../src/services/cloud'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'
import { callFunction, TEST_ORIGIN, testStorage } from '../helpers/context'

/** Every call made, for assertions on what the page sent. */
export const functionCalls: { name: string; action: string; params: Record<string, unknown> }[] = []

/** `caller()` is read on each call, so a test can change who is calling. */
export function inProcess(db: Database, caller: () => string | null, now: () => Date = () => new Date()) {
  return async (name: string, action: string, params: Record<string, unknown> = {}) => {
    functionCalls.push({ name, action, params })
    const ctx: HostContext = { db, openId: caller(), config: { adminOpenIds: ['dev-admin'], local: true, rateLimits: DEFAULT_RATE_LIMITS }, now, storage: testStorage.at(TEST_ORIGIN) }
    // Through JSON, as over the wire (callFunction answers what the local server would send).
    const answer = await callFunction(cloudFunctions[name], JSON.parse(JSON.stringify({ action, ...params })), ctx)
    if (answer.ok) return answer.data
    throw new CallError(answer.error.code, answer.error.message, answer.error.details)
  }
}
