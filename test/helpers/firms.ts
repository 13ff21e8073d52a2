/**
 * A small world for the firm and bureau functions: a seeker, a firm awaiting verification, two
 * verified firms (A and B) with postings in several states, and an administrator — all made
 * through the functions themselves, on a fresh embedded database.
 */
import type { FileStorage } from '../../cloudfunctions/_shared/storage'
import type { ContentSecurity } from '../../cloudfunctions/_shared/compliance/content-security'
import type { RequestContext } from '../../cloudfunctions/_shared/context'
import type { Answer } from '../../server/invoke'
import account from '../../cloudfunctions/account/index.ts'
import admin from '../../cloudfunctions/admin/index.ts'
import jobs from '../../cloudfunctions/jobs/index.ts'
import type { ActionName, Output } from '../../cloudfunctions/api'
import { ADMIN, callFunction, contextFor, freshDatabase, type EventOf } from './context'
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../../cloudfunctions/_shared/rate-limit'
import type { Notifier } from '../../cloudfunctions/_shared/notify/notifier'
import { collectionNames } from '../../cloudfunctions/_shared/repositories/schema'
import { EMPLOYERS } from '../../cloudfunctions/_shared/repositories/employers'
import { JOBS } from '../../cloudfunctions/_shared/repositories/jobs'
import { REPORTS } from '../../cloudfunctions/_shared/repositories/reports'

export { ADMIN }
export const SEEKER = 'u-seeker'
export const UNVERIFIED = 'u-firm-unverified'
export const FIRM_A = 'u-firm-a'
export const FIRM_B = 'u-firm-b'

/** Real-format codes with correct GB 32100-2015 check characters. */
export const CODES = {
  unverified: '91140100MA0L2Q8N31',
  a: '91140200MA0JT5R7W0',
  b: '91140700MA0HN6C4KN',
  spare: '91140100MA0MPL7E6L',
  spare2: '91140500MA0K8DQ2XQ',
} as const

/** 2026-11-28 12:00 in Shanghai. */
export const NOW = new Date('2026-11-28T04:00:00Z')

export const profile = (over: Record<string, unknown> = {}) => ({
  name: '太原测试软件有限公司',
  creditCode: CODES.spare,
  ownership: 'private',
  industry: 'software-it',
  employees: 20,
  revenue: 5_000_000,
  totalAssets: 8_000_000,
  city: '太原市',
  district: '小店区',
  address: '长治路1号',
  contactName: '张三',
  contactPhone: '13800000000',
  ...over,
})

export const jobContent = (over: Record<string, unknown> = {}) => ({
  title: 'Java开发工程师',
  headcount: 3,
  duties: '负责公司业务系统的设计、开发与维护，参与需求分析与代码评审。',
  requirements: { education: 'associate', experienceYears: 1, other: '熟悉Java与SQL' },
  location: { city: '太原市', district: '小店区', address: '长治路1号' },
  pay: { min: 5000, max: 8000 },
  benefits: '五险一金，双休',
  validDays: 30,
  ...over,
})

const fns = { account, jobs, admin }
export type FnName = keyof typeof fns

export interface CallOptions {
  now?: Date
  local?: boolean
  contentSecurity?: ContentSecurity
  notifier?: Notifier
  /** Instead of the default per-caller write limits. */
  rateLimits?: RateLimits
  /** Instead of the embedded storage the tests share. */
  storage?: FileStorage
}

export async function makeWorld() {
  const db = freshDatabase()
  const ctx = (openId: string | null, options: CallOptions = {}): RequestContext => ({
    ...contextFor(db, openId, options.now ?? NOW),
    config: { adminOpenIds: [ADMIN], local: options.local ?? false, rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS },
    ...(options.contentSecurity ? { contentSecurity: options.contentSecurity } : {}),
    ...(options.notifier ? { notifier: options.notifier } : {}),
    ...(options.storage ? { storage: options.storage } : {}),
  })
  const call = (fn: FnName, openId: string | null, event: Record<string, unknown>, options: CallOptions = {}): Promise<Answer> =>
    callFunction(fns[fn], event, ctx(openId, options))
  /** Calls and returns the data, as the action answers it, failing the test on an error envelope. */
  const ok = async <F extends FnName, A extends ActionName<F>>(fn: F, openId: string | null, event: EventOf<F, A>, options?: CallOptions) => {
    const res = await call(fn, openId, event, options)
    if (!res.ok) throw new Error(`${fn}.${String(event.action)} as ${openId}: ${res.error.code} ${res.error.message}`)
    return res.data as Output<F, A>
  }

  /** The revision a reviewer reads in the queue: of a profile, a posting, or a report's posting. */
  const revision = async (target: 'employer' | 'job' | 'report', id: string): Promise<number> => {
    const read = async (collection: string, docId: string) => (await db.collection<{ revision?: number; jobId?: string }>(collection).doc(docId).get()).data[0]
    if (target === 'report') {
      const jobId = (await read(REPORTS, id))?.jobId
      return jobId ? ((await read(JOBS, jobId))?.revision ?? 0) : 0
    }
    return (await read(target === 'employer' ? EMPLOYERS : JOBS, id))?.revision ?? 0
  }
  /** admin.review of what the queue shows now (its current revision). */
  const review = async (event: { target: 'employer' | 'job' | 'report'; id: string; decision: 'approve' | 'reject'; reason?: string }, options?: CallOptions) =>
    call('admin', ADMIN, { action: 'review', ...event, revision: await revision(event.target, event.id) }, options)

  const register = async (openId: string, creditCode: string, over: Record<string, unknown> = {}) =>
    (await ok('account', openId, { action: 'registerEmployer', ...profile({ creditCode, ...over }) })).employer.id
  const approveEmployer = async (id: string) => ok('admin', ADMIN, { action: 'review', target: 'employer', id, decision: 'approve', revision: await revision('employer', id) })
  const createJob = async (openId: string, over: Record<string, unknown> = {}, submit = false) =>
    (await ok('jobs', openId, { action: 'create', ...jobContent(over), submit })).job.id
  const approveJob = async (id: string) => ok('admin', ADMIN, { action: 'review', target: 'job', id, decision: 'approve', revision: await revision('job', id) })

  const unverifiedId = await register(UNVERIFIED, CODES.unverified, { name: '晋中待审商贸有限公司', industry: 'retail', city: '晋中市', district: '榆次区' })
  const firmAId = await register(FIRM_A, CODES.a, { name: '大同甲机械有限公司', industry: 'industry', employees: 50, revenue: 10_000_000, city: '大同市', district: '平城区' })
  const firmBId = await register(FIRM_B, CODES.b, { name: '晋中乙餐饮有限公司', industry: 'catering', employees: 30, revenue: 3_000_000, city: '晋中市', district: '榆次区' })
  await approveEmployer(firmAId)
  await approveEmployer(firmBId)

  const jobs = {
    unverifiedDraft: await createJob(UNVERIFIED, { title: '门店导购' }),
    aDraft: await createJob(FIRM_A, { title: '数控车工' }),
    aPending: await createJob(FIRM_A, { title: '装配钳工' }, true),
    aPublished: await createJob(FIRM_A, { title: '焊工' }, true),
    bDraft: await createJob(FIRM_B, { title: '厨师' }),
    bPublished: await createJob(FIRM_B, { title: '服务员' }, true),
  }
  await approveJob(jobs.aPublished)
  await approveJob(jobs.bPublished)

  /** Every document of every collection, to prove a failed call wrote nothing. */
  const dump = async () => {
    const all = async (name: string) => (await db.collection(name).orderBy('_id', 'asc').limit(1000).get()).data
    return JSON.stringify(await Promise.all(collectionNames.map(async (name) => [name, await all(name)])))
  }
  const count = async (name: string) => (await db.collection(name).count()).total

  return { db, ctx, call, ok, dump, count, register, createJob, approveJob, revision, review, ids: { unverified: unverifiedId, a: firmAId, b: firmBId }, jobs }
}

export type World = Awaited<ReturnType<typeof makeWorld>>

/**
 * The permission-matrix check: the call either succeeds, or fails with the expected code and
 * leaves what `world.dump()` shows byte-identical.
 */
export async function expectOutcome(world: { dump: () => Promise<string> }, call: () => Promise<Answer>, expected: string) {
  const before = await world.dump()
  const res = await call()
  if (expected === 'ok') {
    if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.message}`)
    return
  }
  expect(res.ok ? 'ok' : res.error.code).toBe(expected)
  expect(await world.dump()).toBe(before)
}
