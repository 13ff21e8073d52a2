/**
 * Per-caller limits on writes: apply, post, report, register, booth booking and fair sign-up.
 * Past the limit a call answers RATE_LIMITED in Chinese saying when to retry, and writes nothing;
 * refused calls do not count; one caller's limit is not another's. Reading RATE_LIMITS:
 * cloudfunctions/_shared/rate-limit.test.ts.
 */
import type { AddressInfo } from 'node:net'
import { callerKey } from '../../cloudfunctions/_shared/identity'
import { RATE_LIMITED_WRITES, type RateLimits } from '../../cloudfunctions/_shared/rate-limit'
import { RATE_LIMITS } from '../../cloudfunctions/_shared/repositories/rate-limits'
import { createHost } from '../../server/http'
import { at, CODES, fairInput, makeFairWorld, profile, type FairWorld } from '../helpers/fairs'
import { jobContent } from '../helpers/firms'
import { testStorage } from '../helpers/context'
import { FIRM_A, FIRM_B, NOW, SEEKER, SEEKER_2, makeSeekerWorld, seekerProfile, type SeekerWorld } from '../helpers/seekers'

const oncePerHour: RateLimits = Object.fromEntries(Object.keys(RATE_LIMITED_WRITES).map((k) => [k, { limit: 1, windowSeconds: 3600 }]))

describe('applying', () => {
  let w: SeekerWorld
  beforeEach(async () => {
    w = await makeSeekerWorld()
  })
  afterEach(() => w.db.close())
  const limits = { rateLimits: { apply: { limit: 2, windowSeconds: 3600 } } }
  const apply = (openId: string, jobId: string, now = NOW) => w.call('applications', openId, { action: 'apply', jobId }, { ...limits, now })

  it('answers RATE_LIMITED past the limit, says when to retry in Shanghai time, writes nothing, and lets the caller in again next window', async () => {
    // NOW is 12:00 in Shanghai; the setup's apply was the first of this hour's two.
    expect(await apply(SEEKER, w.jobs.bPublished)).toMatchObject({ ok: true })
    const before = await w.dump()
    const refused = await apply(SEEKER, w.jobs.aPublished)
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'RATE_LIMITED',
        message: '操作过于频繁：每小时最多投递简历2次，请在13:00后（约1小时后）再试',
        details: { write: 'apply', limit: 2, windowSeconds: 3600, retryAfterSeconds: 3600, retryAt: '2026-11-28T13:00:00+08:00' },
      },
    })
    expect(await w.dump()).toBe(before)
    const halfPast = await apply(SEEKER, w.jobs.aPublished, new Date(NOW.getTime() + 30 * 60_000))
    expect(halfPast).toMatchObject({ ok: false, error: { message: expect.stringContaining('约30分钟后'), details: { retryAfterSeconds: 1800 } } })
    expect(await apply(SEEKER, w.jobs.aPublished, new Date(NOW.getTime() + 60 * 60_000))).toMatchObject({ ok: true })
  })

  it('counts only calls that succeeded, per caller', async () => {
    // Refused for other reasons: no such posting, a firm applying. None of them count.
    for (let i = 0; i < 3; i++) expect(await apply(SEEKER_2, 'no-such-job')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await apply(SEEKER_2, w.jobs.aPublished)).toMatchObject({ ok: true })
    expect(await apply(SEEKER_2, w.jobs.bPublished)).toMatchObject({ ok: true })
    // SEEKER_2 is now at the limit; SEEKER still has one left.
    expect(await apply(SEEKER_2, w.jobs.bPublished)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await apply(SEEKER, w.jobs.bPublished)).toMatchObject({ ok: true })
  })

  it('counts in one document per write, caller and window, keyed by the caller’s key and never the openid', async () => {
    await apply(SEEKER_2, w.jobs.aPublished, new Date(NOW.getTime() + 59 * 60_000))
    const key = callerKey(w.ctx(SEEKER_2))
    const { data } = await w.db.collection(RATE_LIMITS).where({ caller: key }).get()
    // NOW is 04:00 UTC: the hour's window starts there.
    expect(data).toEqual([{ _id: `apply:${key}:2026-11-28T04:00:00.000Z`, kind: 'apply', caller: key, windowStart: '2026-11-28T04:00:00.000Z', count: 1 }])
    expect(JSON.stringify(await w.db.collection(RATE_LIMITS).limit(1000).get())).not.toContain(SEEKER_2)
  })

  it('neither checks nor counts a write whose limit is off', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      for (const rateLimits of [{}, { report: { limit: 1, windowSeconds: 3600 } }]) {
        const res = await w.call('applications', SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished }, { rateLimits })
        expect(res).toMatchObject({ ok: true })
      }
      expect(spy).not.toHaveBeenCalled()
    } finally {
      spy.mockRestore()
    }
    expect(await w.count(RATE_LIMITS, { caller: callerKey(w.ctx(SEEKER_2)) })).toBe(0)
  })

  it('answers an anonymous caller UNAUTHENTICATED, limited or not, and counts nothing', async () => {
    const before = await w.dump()
    for (const rateLimits of [limits.rateLimits, {}]) {
      expect(await w.call('applications', null, { action: 'apply', jobId: w.jobs.aPublished }, { rateLimits })).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: '请先登录后再操作' },
      })
    }
    expect(await w.dump()).toBe(before)
  })

  it('is answered over HTTP with status 429 and Retry-After', async () => {
    const server = createHost({ db: w.db, config: { adminOpenIds: [], local: true, rateLimits: { apply: { limit: 1, windowSeconds: 60 } } }, storage: testStorage })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const post = () =>
        fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/fn/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-dev-openid': SEEKER_2 },
          body: JSON.stringify({ action: 'apply', jobId: w.jobs.aPublished }),
        })
      expect((await post()).status).toBe(200)
      const limited = await post()
      expect(limited.status).toBe(429)
      const retryAfter = Number(limited.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(60)
      expect(await limited.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', details: { retryAfterSeconds: retryAfter } } })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('what a caller past the limit is told', () => {
  let w: SeekerWorld
  beforeAll(async () => {
    w = await makeSeekerWorld()
  })
  afterAll(() => w.db.close())
  /** 2026-11-28 in Shanghai at hh:mm:ss. */
  const shanghai = (time: string) => new Date(`2026-11-28T${time}+08:00`)
  let callers = 0
  /** A new seeker uses up the limit (a first apply, then pressing again), then applies once more: the refusal. */
  const refusal = async (limit: number, windowSeconds: number, now: Date) => {
    const seeker = `u-limited-${++callers}`
    await w.ok('account', seeker, { action: 'updateProfile', ...seekerProfile() })
    const options = { rateLimits: { apply: { limit, windowSeconds } }, now }
    for (let i = 0; i < limit; i++) expect(await w.call('applications', seeker, { action: 'apply', jobId: w.jobs.aPublished }, options)).toMatchObject({ ok: true })
    const refused = await w.call('applications', seeker, { action: 'apply', jobId: w.jobs.bPublished }, options)
    if (refused.ok) throw new Error('not refused')
    return refused.error
  }

  it.each([
    // limit, window, Shanghai time → message, retry after (s), retry at
    [1, 1, '09:00:00', '操作过于频繁：每1秒最多投递简历1次，请在09:00后（约1秒后）再试', 1, '2026-11-28T09:00:01+08:00'],
    [1, 30, '09:01:05', '操作过于频繁：每30秒最多投递简历1次，请在09:01后（约25秒后）再试', 25, '2026-11-28T09:01:30+08:00'],
    [2, 60, '09:02:00', '操作过于频繁：每分钟最多投递简历2次，请在09:03后（约1分钟后）再试', 60, '2026-11-28T09:03:00+08:00'],
    [1, 600, '09:10:01', '操作过于频繁：每10分钟最多投递简历1次，请在09:20后（约10分钟后）再试', 599, '2026-11-28T09:20:00+08:00'],
    [1, 5400, '10:00:00', '操作过于频繁：每90分钟最多投递简历1次，请在11:00后（约1小时后）再试', 3600, '2026-11-28T11:00:00+08:00'],
    [1, 5400, '10:40:00', '操作过于频繁：每90分钟最多投递简历1次，请在11:00后（约20分钟后）再试', 1200, '2026-11-28T11:00:00+08:00'],
    [1, 7200, '14:10:00', '操作过于频繁：每2小时最多投递简历1次，请在16:00后（约1小时50分钟后）再试', 6600, '2026-11-28T16:00:00+08:00'],
    // A wait is rounded up to whole minutes before it is told in hours.
    [1, 7200, '14:00:30', '操作过于频繁：每2小时最多投递简历1次，请在16:00后（约2小时后）再试', 7170, '2026-11-28T16:00:00+08:00'],
    [1, 3600, '12:00:01', '操作过于频繁：每小时最多投递简历1次，请在13:00后（约1小时后）再试', 3599, '2026-11-28T13:00:00+08:00'],
    [1, 3600, '23:30:00', '操作过于频繁：每小时最多投递简历1次，请在11月29日 00:00后（约30分钟后）再试', 1800, '2026-11-29T00:00:00+08:00'],
    // Days are counted in UTC: a day's window turns at 08:00 in Shanghai.
    [1, 86_400, '07:59:30', '操作过于频繁：每天最多投递简历1次，请在08:00后（约30秒后）再试', 30, '2026-11-28T08:00:00+08:00'],
    [1, 86_400, '12:00:00', '操作过于频繁：每天最多投递简历1次，请在11月29日 08:00后（约20小时后）再试', 72_000, '2026-11-29T08:00:00+08:00'],
    [1, 172_800, '12:00:00', '操作过于频繁：每2天最多投递简历1次，请在11月29日 08:00后（约20小时后）再试', 72_000, '2026-11-29T08:00:00+08:00'],
  ])('a limit of %i in %i s, refused at %s', async (limit, windowSeconds, time, message, retryAfterSeconds, retryAt) => {
    expect(await refusal(limit, windowSeconds, shanghai(time))).toEqual({
      code: 'RATE_LIMITED',
      message,
      details: { write: 'apply', limit, windowSeconds, retryAfterSeconds, retryAt },
    })
  })

  it('rounds a wait of part of a second up to a whole second', async () => {
    const error = await refusal(1, 1, new Date(shanghai('09:05:00').getTime() + 400))
    expect(error).toMatchObject({ message: expect.stringContaining('约1秒后'), details: { retryAfterSeconds: 1 } })
    const later = await refusal(1, 30, new Date(shanghai('09:01:05').getTime() + 400))
    expect(later).toMatchObject({ message: expect.stringContaining('约25秒后'), details: { retryAfterSeconds: 25 } })
  })
})

describe('every limited write', () => {
  let w: FairWorld
  beforeEach(async () => {
    w = await makeFairWorld()
  })
  afterEach(() => w.db.close())
  const opts = (now = at('2026-12-05 10:00')) => ({ rateLimits: oncePerHour, now })

  it('posting: one a window', async () => {
    expect(await w.call('jobs', FIRM_A, { action: 'create', ...jobContent() }, opts())).toMatchObject({ ok: true })
    expect(await w.call('jobs', FIRM_A, { action: 'create', ...jobContent() }, opts())).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('每小时最多发布岗位1次') } })
    expect(await w.call('jobs', FIRM_B, { action: 'create', ...jobContent() }, opts())).toMatchObject({ ok: true })
  })

  it('reporting: one a window', async () => {
    expect(await w.call('jobs', SEEKER, { action: 'report', id: w.jobs.aPublished, reason: 'fraud' }, opts())).toMatchObject({ ok: true })
    expect(await w.call('jobs', SEEKER, { action: 'report', id: w.jobs.bPublished, reason: 'fraud' }, opts())).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('举报岗位') } })
  })

  it('registering a firm: one a window', async () => {
    expect(await w.call('account', 'u-new-firm', { action: 'registerEmployer', ...profile({ creditCode: CODES.spare }) }, opts())).toMatchObject({ ok: true })
    expect(await w.call('account', 'u-new-firm', { action: 'registerEmployer', ...profile({ creditCode: CODES.spare, name: '改名后的公司' }) }, opts())).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('提交企业认证') },
    })
  })

  it('booking a booth and signing up for a fair: one a window each', async () => {
    const first = await w.createFair(fairInput())
    const second = await w.createFair(fairInput({ name: '金秋招聘月·大同专场' }))
    expect(await w.fairsCall(FIRM_A, { action: 'register', fairId: first, jobIds: [w.jobs.aPublished] }, opts(at('2026-12-01 10:00')))).toMatchObject({ ok: true })
    expect(await w.fairsCall(FIRM_A, { action: 'register', fairId: second, jobIds: [w.jobs.aPublished] }, opts(at('2026-12-01 10:00')))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('预订招聘会展位') } })
    expect(await w.fairsCall(SEEKER, { action: 'signup', fairId: first }, opts(at('2026-12-01 10:00')))).toMatchObject({ ok: true })
    expect(await w.fairsCall(SEEKER, { action: 'signup', fairId: second }, opts(at('2026-12-01 10:00')))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('报名招聘会') } })
  })
})
