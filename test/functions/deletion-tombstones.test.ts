/**
 * Deleting an account deletes the person's data, not the rules they were held to: write limits,
 * one report per posting and the count of applications are keyed by a keyed hash of the openid
 * (HMAC-SHA256 under OPENID_HMAC_SECRET), which outlives the account and holds no openid. Whoever
 * deletes their account and comes back is the same person to those rules.
 */
import { configFromEnv } from '../../cloudfunctions/_shared/context'
import { openIdKey, OPENID_HMAC_SECRET_MIN_LENGTH } from '../../cloudfunctions/_shared/identity'
import { COUNTED_APPLICANTS } from '../../cloudfunctions/_shared/repositories/applications'
import { RATE_LIMITS } from '../../cloudfunctions/_shared/repositories/rate-limits'
import { REPORTS } from '../../cloudfunctions/_shared/repositories/reports'
import { collectionNames } from '../../cloudfunctions/_shared/repositories/schema'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'
import { ADMIN, FIRM_A, makeSeekerWorld, NEWCOMER, seekerProfile, type SeekerWorld } from '../helpers/seekers'

let w: SeekerWorld
beforeEach(async () => {
  w = await makeSeekerWorld()
})
afterEach(() => w.db.close())

const deleteAccount = () => w.ok('account', NEWCOMER, { action: 'deleteAccount', confirm: true })

it('report → delete → report ×12 leaves one open report of the posting', async () => {
  const answers: { alreadyReported: boolean }[] = []
  for (let i = 0; i < 12; i++) {
    answers.push(await w.ok('jobs', NEWCOMER, { action: 'report', id: w.jobs.bPublished, reason: 'fraud', note: `第${i + 1}次` }, { rateLimits: {} }))
    await deleteAccount()
  }
  expect(answers.map((a) => a.alreadyReported)).toEqual([false, ...Array(11).fill(true)])
  expect(await w.count(REPORTS, { jobId: w.jobs.bPublished, status: 'open' })).toBe(1)
  const queue = await w.ok('admin', ADMIN, { action: 'queue' })
  expect(queue.counts.reports).toBe(1)
})

it('the report limit holds across deletions', async () => {
  const limits = { rateLimits: { report: { limit: 2, windowSeconds: 3600 } } }
  for (const id of [w.jobs.aPublished, w.jobs.bPublished]) {
    await w.ok('jobs', NEWCOMER, { action: 'report', id, reason: 'wrong-info' }, limits)
    await deleteAccount()
  }
  const third = await w.createJob(FIRM_A, { title: '叉车司机' }, true)
  await w.approveJob(third)
  expect(await w.call('jobs', NEWCOMER, { action: 'report', id: third, reason: 'wrong-info' }, limits)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
})

it(`profile → apply → delete: application number ${DEFAULT_RATE_LIMITS.apply.limit + 1} within the hour is refused, and the posting and the bureau count one`, async () => {
  const stats = async () => (await w.ok('admin', ADMIN, { action: 'stats' })).applications.total
  const receivedBefore = (await w.ok('applications', FIRM_A, { action: 'forJob', jobId: w.jobs.aPublished })).received
  const totalBefore = await stats()
  for (let i = 0; i < DEFAULT_RATE_LIMITS.apply.limit; i++) {
    await w.ok('account', NEWCOMER, { action: 'updateProfile', ...seekerProfile({ name: '赵六' }) })
    expect(await w.ok('applications', NEWCOMER, { action: 'apply', jobId: w.jobs.aPublished })).toMatchObject({ alreadyApplied: false })
    await deleteAccount()
  }
  await w.ok('account', NEWCOMER, { action: 'updateProfile', ...seekerProfile({ name: '赵六' }) })
  expect(await w.call('applications', NEWCOMER, { action: 'apply', jobId: w.jobs.aPublished })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  expect((await w.ok('applications', FIRM_A, { action: 'forJob', jobId: w.jobs.aPublished })).received).toBe(receivedBefore + 1)
  expect(await stats()).toBe(totalBefore + 1)
})

it('an applicant counts once per posting, however often they come back; another posting counts them again', async () => {
  const received = async (jobId: string) => (await w.ok('applications', FIRM_A, { action: 'forJob', jobId })).received
  const second = await w.createJob(FIRM_A, { title: '叉车司机' }, true)
  await w.approveJob(second)
  for (let i = 0; i < 3; i++) {
    await w.ok('account', NEWCOMER, { action: 'updateProfile', ...seekerProfile() })
    await w.ok('applications', NEWCOMER, { action: 'apply', jobId: w.jobs.aPublished })
    await deleteAccount()
  }
  expect(await received(w.jobs.aPublished)).toBe(2)
  await w.ok('account', NEWCOMER, { action: 'updateProfile', ...seekerProfile() })
  await w.ok('applications', NEWCOMER, { action: 'apply', jobId: second })
  expect(await received(second)).toBe(1)
  // The firm still sees the application sent last: the person applied again.
  const pipeline = await w.ok('applications', FIRM_A, { action: 'forJob', jobId: second })
  expect(pipeline.applications).toHaveLength(1)
})

it('what outlives a deleted account holds no openid', async () => {
  await w.ok('account', NEWCOMER, { action: 'updateProfile', ...seekerProfile() })
  await w.ok('applications', NEWCOMER, { action: 'apply', jobId: w.jobs.aPublished })
  await w.ok('jobs', NEWCOMER, { action: 'report', id: w.jobs.bPublished, reason: 'fraud' })
  await deleteAccount()
  const all = async (name: string) => JSON.stringify((await w.db.collection(name).limit(1000).get()).data)
  const left = await Promise.all(collectionNames.map(async (name) => [name, await all(name)] as const))
  expect(left.filter(([, text]) => text.includes(NEWCOMER)).map(([name]) => name)).toEqual([])
  // What keeps the rules stays, under the keyed hash of the openid.
  const key = openIdKey(NEWCOMER, w.ctx(NEWCOMER).config)
  expect(key).toMatch(/^[0-9a-f]{64}$/)
  expect(await w.count(RATE_LIMITS, { caller: key })).toBe(2) // apply, report
  expect(await w.count(REPORTS, { jobId: w.jobs.bPublished, reporterKey: key })).toBe(1)
  expect(await w.count(COUNTED_APPLICANTS, { _id: `${w.jobs.aPublished}:${key}` })).toBe(1)
})

it('keys a caller under the configured secret: another secret, another key; the cloud will not start without one', () => {
  const local = configFromEnv({}, true)
  expect(openIdKey(NEWCOMER, local)).toBe(openIdKey(NEWCOMER, {}))
  const secret = 'f'.repeat(OPENID_HMAC_SECRET_MIN_LENGTH)
  expect(openIdKey(NEWCOMER, configFromEnv({ OPENID_HMAC_SECRET: secret }, false))).not.toBe(openIdKey(NEWCOMER, local))
  expect(() => configFromEnv({}, false)).toThrow(/OPENID_HMAC_SECRET is not set/)
  expect(() => configFromEnv({ OPENID_HMAC_SECRET: 'short' }, false)).toThrow(`OPENID_HMAC_SECRET must be at least ${OPENID_HMAC_SECRET_MIN_LENGTH} characters`)
})
