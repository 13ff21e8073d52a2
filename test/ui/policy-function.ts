/**
 * The real `policy` cloud function, in process, standing in for the network in page tests: pages
 * get exactly what the rules engine answers (never hand-written responses). Use it as the
 * implementation of a mocked `callFunction` from src/services/cloud.ts.
 */
import policy from '../../cloudfunctions/policy'
import type { HostContext } from '../../server/invoke'
import { CallError } from '../../src/services/cloud'
import { callFunction, TEST_ORIGIN, testStorage } from '../helpers/context'

/** 2026-11-28, noon in Shanghai, unless a test says otherwise. */
export const TEST_NOW = new Date('2026-11-28T04:00:00Z')

/** Every call made, for assertions on what the page sent. */
export const calls: { name: string; action: string; params: Record<string, unknown> }[] = []

export function policyFunction(now: Date = TEST_NOW) {
  // The policy function never touches the database.
  const ctx = { db: undefined, openId: null, config: { adminOpenIds: [], local: true, rateLimits: {} }, now: () => now, storage: testStorage.at(TEST_ORIGIN) } as unknown as HostContext
  return async <T>(name: string, action: string, params: Record<string, unknown> = {}): Promise<T> => {
    calls.push({ name, action, params })
    if (name !== 'policy') throw new CallError('NOT_FOUND', `no function ${name} in this test`)
    // Through JSON, as over the wire.
    const answer = await callFunction(policy, JSON.parse(JSON.stringify({ action, ...params })), ctx)
    if (answer.ok) return answer.data as T
    throw new CallError(answer.error.code, answer.error.message, answer.error.details)
  }
}
