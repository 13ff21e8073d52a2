/**
 * What every test builds on: a fresh database under the CloudBase profile (so local green means
 * cloud green), a request context as the cloud would build it, and calls through the same host
 * path as the local server (server/invoke.ts), where the profile's per-invocation limits apply.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ActionName, FunctionName } from '../../cloudfunctions/api'
import type { RequestContext } from '../../cloudfunctions/_shared/context'
import type { CloudFunction } from '../../cloudfunctions/_shared/router'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'
import { cloudBaseProfile } from '../../server/db/cloudbase-profile'
import { openEmbeddedDatabase } from '../../server/db/embedded'
import { invoke, type Answer, type HostContext } from '../../server/invoke'
import { embeddedStorage } from '../../server/storage'

export const ADMIN = 'test-admin'

/** The profile every test runs under; JQT_CLOUDBASE_SEED reorders the ties to shake out hidden order assumptions. */
export const testProfile = cloudBaseProfile(process.env.JQT_CLOUDBASE_SEED ? { seed: process.env.JQT_CLOUDBASE_SEED } : {})

/** A fresh in-memory embedded database with the production indexes, under the CloudBase profile. */
export const freshDatabase = () => openEmbeddedDatabase(':memory:', { schema: collections, profile: testProfile })

/** This test file's exports and other stored files, removed after its tests. */
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-test-files-'))
afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }))
export const testStorage = embeddedStorage(filesDir)
export const TEST_ORIGIN = 'http://127.0.0.1:10086'

/** A request context as the cloud would build it, for the given caller (its clock: the wall clock since it was made). */
export function contextFor(db: RequestContext['db'], openId: string | null, now = new Date('2021-11-30T02:00:00Z')): RequestContext {
  const started = performance.now()
  return {
    db,
    openId,
    config: { adminOpenIds: [ADMIN], local: false, rateLimits: DEFAULT_RATE_LIMITS },
    now: () => now,
    elapsedMs: () => performance.now() - started,
    storage: testStorage.at(TEST_ORIGIN),
  }
}

/** An event naming one of a function's actions: what it answers follows from the name (cloudfunctions/api.ts). */
export type EventOf<F extends FunctionName, A extends ActionName<F>> = { action: A } & Record<string, unknown>

/** The value an answer holds where it may hold null, failing the test when it is absent. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what}: absent`)
  return value
}

/** Calls a function as the local server does: one invocation under the test profile, JSON in and out. */
export async function callFunction(fn: CloudFunction, event: unknown, ctx: HostContext): Promise<Answer> {
  return (await invoke(fn, event, ctx, testProfile)).answer
}

/** What a stored file's link downloads, while it works: the text of an export (its BOM kept). */
export function downloadText(file: { url: string }): string {
  const opened = testStorage.open(new URL(file.url).pathname.split('/')[2])
  if (opened.status !== 'found') throw new Error(`${file.url}: ${opened.status}`)
  return fs.readFileSync(opened.file, 'utf8')
}
