/**
 * applications.* through the router on the embedded database: one application per seeker and
 * posting however often (and however concurrently) apply is called, the firm's pipeline and its
 * transitions, the seeker's timeline, withdrawing, masked phones, and applications per day.
 */
import applications from '../../cloudfunctions/applications/index.ts'
import fairs from '../../cloudfunctions/fairs/index.ts'
import { invoke } from '../../server/invoke'
import { callFunction, testProfile } from '../helpers/context'
import { fairInput } from '../helpers/fairs'
import { ADMIN, FIRM_A, FIRM_B, makeSeekerWorld, NEWCOMER, NOW, SEEKER, SEEKER_2, seekerProfile, type SeekerWorld } from '../helpers/seekers'

let w: SeekerWorld
beforeEach(async () => {
  w = await makeSeekerWorld()
})
afterEach(() => w.db.close())

interface TimelineItem {
  status: string
  statusLabel: string
  at: string
  note?: string
}
interface ApplicationData {
  id: string
  jobId: string
  status: string
  statusLabel: string
  timeline: TimelineItem[]
  seeker: { name: string; phone: string; educationLabel: string }
  job: { id: string; title: string; state: string }
  canWithdraw?: boolean
  nextStatuses?: string[]
}
type Applied = { application: ApplicationData; alreadyApplied: boolean }

const later = (minutes: number) => ({ now: new Date(NOW.getTime() + minutes * 60_000) })
const apply = (openId: string, jobId: string, options = {}) => w.call('applications', openId, { action: 'apply', jobId }, options)
const setStatus = (id: string, status: string, note?: string, options = {}) =>
  w.call('applications', FIRM_A, { action: 'setStatus', id, status, ...(note ? { note } : {}) }, options)
const pipeline = (jobId = w.jobs.aPublished) => w.ok('applications', FIRM_A, { action: 'forJob', jobId })
const mine = (openId = SEEKER) => w.ok('applications', openId, { action: 'mine' })

describe('applications.apply', () => {
  it('applies once: pressing again answers with the same application, and one row is stored', async () => {
    const again = await apply(SEEKER, w.jobs.aPublished, later(1))
    expect(again).toMatchObject({ ok: true, data: { alreadyApplied: true, application: { id: w.applicationId, status: 'submitted' } } })
    expect(await w.count('applications', { jobId: w.jobs.aPublished, seekerOpenId: SEEKER })).toBe(1)
    expect((await mine()).applications).toHaveLength(1)
  })

  it('50 identical applies at once leave one application and answer every call with it', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => apply(SEEKER_2, w.jobs.bPublished)))
    expect(results.every((r) => r.ok)).toBe(true)
    const data = results.map((r) => (r.ok ? (r.data as Applied) : null))
    expect(data.filter((d) => d && !d.alreadyApplied)).toHaveLength(1)
    expect(new Set(data.map((d) => d?.application.id)).size).toBe(1)
    expect(await w.count('applications', { jobId: w.jobs.bPublished, seekerOpenId: SEEKER_2 })).toBe(1)
    // Counted once.
    const stats = await w.ok('admin', ADMIN, { action: 'stats' })
    expect(stats.applications.total).toBe(2)
  })

  it('many seekers at once each get their own application', async () => {
    const seekers = Array.from({ length: 30 }, (_, i) => `u-crowd-${i}`)
    for (const s of seekers) await w.ok('account', s, { action: 'updateProfile', ...seekerProfile({ name: `求职者${i(s)}` }) })
    const results = await Promise.all(seekers.flatMap((s) => [apply(s, w.jobs.bPublished), apply(s, w.jobs.bPublished)]))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await w.count('applications', { jobId: w.jobs.bPublished })).toBe(30)
    const b = await w.ok('applications', FIRM_B, { action: 'forJob', jobId: w.jobs.bPublished })
    expect(b.received).toBe(30)
    expect(b.counts.submitted).toBe(30)
  })

  it('needs a profile first (CONFLICT, reason profile-required) and writes nothing', async () => {
    const before = await w.dump()
    expect(await apply(NEWCOMER, w.jobs.aPublished)).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'profile-required' }, message: expect.stringContaining('求职资料') } })
    expect(await w.dump()).toBe(before)
  })

  it('only to postings recruiting now: drafts and postings in review are not found, expired and closed ones refuse', async () => {
    const before = await w.dump()
    expect(await apply(SEEKER_2, w.jobs.aDraft)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await apply(SEEKER_2, w.jobs.aPending)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await apply(SEEKER_2, 'no-such-posting')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await apply(SEEKER_2, w.jobs.aPublished, { now: new Date(NOW.getTime() + 31 * 86_400_000) })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已过有效期') },
    })
    expect(await w.dump()).toBe(before)
    await w.ok('jobs', FIRM_B, { action: 'close', id: w.jobs.bPublished })
    expect(await apply(SEEKER_2, w.jobs.bPublished)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已停止招聘') } })
  })

  it.each([
    ['no jobId', {}],
    ['an empty jobId', { jobId: '' }],
    ['a number', { jobId: 42 }],
    ['an unknown key', { jobId: 'x', seekerOpenId: SEEKER_2 }],
  ])('refuses %s with INVALID_INPUT, writing nothing', async (_what, params) => {
    const before = await w.dump()
    expect(await w.call('applications', SEEKER_2, { action: 'apply', ...params })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.dump()).toBe(before)
  })

  it('from a fair’s page: the application keeps the fair, and that fair’s 投递 figure counts it, not another’s', async () => {
    const fairId = (await w.ok('admin', ADMIN, { action: 'saveFair', ...fairInput() })).fair.id
    expect(await callFunction(fairs, { action: 'register', fairId, jobIds: [w.jobs.bPublished] }, w.ctx(FIRM_B))).toMatchObject({ ok: true })
    const before = await w.dump()
    // A fair that does not exist, or a posting no firm brings to it: refused, nothing written.
    expect(await w.call('applications', SEEKER_2, { action: 'apply', jobId: w.jobs.bPublished, fairId: 'no-such-fair' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('招聘会') },
    })
    expect(await w.call('applications', SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished, fairId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('不在') },
    })
    expect(await w.dump()).toBe(before)
    // Another fair the same postings are brought to.
    const otherFairId = (await w.ok('admin', ADMIN, { action: 'saveFair', ...fairInput({ name: '民营企业招聘月·小店区专场' }) })).fair.id
    await callFunction(fairs, { action: 'register', fairId: otherFairId, jobIds: [w.jobs.bPublished] }, w.ctx(FIRM_B))
    await callFunction(fairs, { action: 'register', fairId: otherFairId, jobIds: [w.jobs.aPublished] }, w.ctx(FIRM_A))
    const applied = async () => {
      const { fairs: figures } = (await w.ok('admin', ADMIN, { action: 'stats' })).fairs
      return [fairId, otherFairId].map((id) => figures.find((f) => f.id === id)?.applications)
    }

    await w.ok('applications', SEEKER_2, { action: 'apply', jobId: w.jobs.bPublished, fairId })
    expect(await w.count('applications', { fairId })).toBe(1)
    expect(await applied()).toEqual([1, 0])
    // Pressed again from the other fair: the same application, still the first fair's.
    expect(await w.ok('applications', SEEKER_2, { action: 'apply', jobId: w.jobs.bPublished, fairId: otherFairId })).toMatchObject({ alreadyApplied: true })
    expect(await applied()).toEqual([1, 0])
    // Withdrawn (it was sent from no fair), then sent again from the other fair's page: that fair counts it.
    await w.ok('applications', SEEKER, { action: 'withdraw', id: w.applicationId })
    expect(await w.ok('applications', SEEKER, { action: 'apply', jobId: w.jobs.aPublished, fairId: otherFairId })).toMatchObject({ alreadyApplied: false, application: { status: 'submitted' } })
    expect(await applied()).toEqual([1, 1])
  })

  it('costs some sixteen database requests, but twelve round trips: independent ones go together', async () => {
    const invoked = await invoke(applications, { action: 'apply', jobId: w.jobs.bPublished }, w.ctx(SEEKER_2), testProfile)
    expect(invoked.answer).toMatchObject({ ok: true, data: { alreadyApplied: false } })
    // The rate-limit check; the caller's firm, profile and the posting (together); the transaction
    // (start, the application, its audit entry, the firm's message, commit); the applicant counted once per posting (its
    // keyed tombstone); three counters, together (a counter's first use adds it: two requests); the
    // rate-limit count (a first one, two).
    expect(invoked.requests).toBeLessThanOrEqual(16)
    expect(invoked.elapsedMs).toBeLessThanOrEqual(12 * testProfile.roundTripMs)
  })

  it('sends the profile as it was: a later edit leaves the application unchanged', async () => {
    await w.ok('account', SEEKER, { action: 'updateProfile', ...seekerProfile({ name: '王大明', phone: '13700000000' }) })
    const [a] = (await pipeline()).applications
    expect(a.seeker).toMatchObject({ name: '王小明', phone: '13812341234' })
  })
})

describe('the pipeline and the timeline', () => {
  it('moves submitted → viewed → interview → offer, each change with its time, and the seeker reads it', async () => {
    expect(await setStatus(w.applicationId, 'viewed', undefined, later(5))).toMatchObject({ ok: true, data: { application: { status: 'viewed' } } })
    expect(await setStatus(w.applicationId, 'interview', '11月30日14:00，大同市平城区装备园8号', later(10))).toMatchObject({ ok: true })
    expect(await setStatus(w.applicationId, 'offer', undefined, later(60 * 24))).toMatchObject({ ok: true, data: { application: { nextStatuses: [] } } })

    const [a] = (await mine()).applications
    expect(a.status).toBe('offer')
    expect(a.canWithdraw).toBe(false)
    expect(a.timeline.map((t) => [t.status, t.statusLabel, t.at])).toEqual([
      ['submitted', '已投递', NOW.toISOString()],
      ['viewed', '企业已查看', later(5).now.toISOString()],
      ['interview', '邀请面试', later(10).now.toISOString()],
      ['offer', '录用', later(60 * 24).now.toISOString()],
    ])
    expect(a.timeline[2].note).toBe('11月30日14:00，大同市平城区装备园8号')
  })

  it('may skip a step (straight to interview) and turn down at any open step', async () => {
    expect(await setStatus(w.applicationId, 'interview')).toMatchObject({ ok: true, data: { application: { nextStatuses: ['offer', 'rejected'] } } })
    expect(await setStatus(w.applicationId, 'rejected', '岗位已招满')).toMatchObject({ ok: true, data: { application: { status: 'rejected' } } })
  })

  it.each([
    ['backwards', ['interview'], 'viewed'],
    ['to the same status', ['viewed'], 'viewed'],
    ['after an offer', ['offer'], 'rejected'],
    ['after turning down', ['rejected'], 'interview'],
  ])('refuses a move %s with CONFLICT, writing nothing', async (_what, steps, to) => {
    for (const s of steps) await w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: s })
    const before = await w.dump()
    expect(await setStatus(w.applicationId, to)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await w.dump()).toBe(before)
  })

  it.each([
    ['submitted (where every application starts)', { status: 'submitted' }],
    ['withdrawn (the seeker\'s)', { status: 'withdrawn' }],
    ['an unknown status', { status: 'hired' }],
    ['a note that is too long', { status: 'interview', note: '长'.repeat(201) }],
    ['no id', { id: undefined, status: 'viewed' }],
  ])('refuses %s with INVALID_INPUT, writing nothing', async (_what, params) => {
    const before = await w.dump()
    expect(await w.call('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, ...params })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.dump()).toBe(before)
  })

  it('an unknown application is NOT_FOUND', async () => {
    expect(await setStatus('nothing', 'viewed')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await w.call('applications', FIRM_A, { action: 'forJob', jobId: 'nothing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('lists a posting\'s applications for its firm only, with counts by status and a status filter', async () => {
    await apply(SEEKER_2, w.jobs.aPublished, later(1))
    await setStatus(w.applicationId, 'interview')
    const all = await pipeline()
    expect(all.applications.map((a) => a.seeker.name)).toEqual(['李华', '王小明'])
    expect(all.counts).toMatchObject({ submitted: 1, interview: 1, viewed: 0 })
    expect(all.received).toBe(2)
    const invited = await w.ok('applications', FIRM_A, { action: 'forJob', jobId: w.jobs.aPublished, status: 'interview' })
    expect(invited.applications.map((a) => a.seeker.name)).toEqual(['王小明'])
    // Firm B sees nothing of firm A's pipeline.
    expect(await w.call('applications', FIRM_B, { action: 'forJob', jobId: w.jobs.aPublished })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('phones', () => {
  it('are masked for the seeker and shown in full to the firm applied to', async () => {
    const [own] = (await mine()).applications
    expect(own.seeker.phone).toBe('138****1234')
    const [inPipeline] = (await pipeline()).applications
    expect(inPipeline.seeker.phone).toBe('13812341234')
    const profile = await w.ok('account', SEEKER, { action: 'profile' })
    expect(profile.profile?.phone).toBe('138****1234')
  })

  it('are masked again in the pipeline once the seeker withdraws', async () => {
    await w.ok('applications', SEEKER, { action: 'withdraw', id: w.applicationId })
    const [a] = (await pipeline()).applications
    expect(a).toMatchObject({ status: 'withdrawn', seeker: { phone: '138****1234' }, nextStatuses: [] })
  })

  it('never leave the backend unmasked on the board or a posting\'s page', async () => {
    const page = await w.call('jobs', SEEKER, { action: 'get', id: w.jobs.aPublished })
    const board = await w.call('jobs', null, { action: 'search' })
    for (const res of [page, board]) expect(JSON.stringify(res)).not.toMatch(/(?<![\da-f])1[3-9]\d{9}(?![\da-f])/)
    expect(page).toMatchObject({ ok: true, data: { employer: { contactPhone: '138****0000', contactName: '张*' } } })
  })
})

describe('applications.withdraw', () => {
  it('withdraws an open application; applying again sends the same application again', async () => {
    await setStatus(w.applicationId, 'viewed')
    expect(await w.call('applications', SEEKER, { action: 'withdraw', id: w.applicationId }, later(2))).toMatchObject({
      ok: true,
      data: { application: { status: 'withdrawn', canWithdraw: false } },
    })
    expect(await w.call('applications', SEEKER, { action: 'withdraw', id: w.applicationId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const again = await apply(SEEKER, w.jobs.aPublished, later(3))
    expect(again).toMatchObject({ ok: true, data: { alreadyApplied: false, application: { id: w.applicationId, status: 'submitted' } } })
    const [a] = (await mine()).applications
    expect(a.timeline.map((t) => t.status)).toEqual(['submitted', 'viewed', 'withdrawn', 'submitted'])
    expect(await w.count('applications', { seekerOpenId: SEEKER })).toBe(1)
    // Sent again, not counted again.
    expect((await pipeline()).received).toBe(1)
  })

  it('cannot withdraw after an offer or a rejection', async () => {
    await setStatus(w.applicationId, 'offer')
    const before = await w.dump()
    expect(await w.call('applications', SEEKER, { action: 'withdraw', id: w.applicationId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await w.dump()).toBe(before)
  })

  it.each([
    ['withdraw without an id', 'withdraw', SEEKER, {}],
    ['withdraw with a number', 'withdraw', SEEKER, { id: 7 }],
    ['withdraw with an unknown key', 'withdraw', SEEKER, { id: 'x', reason: '不想去了' }],
    ['forJob with an unknown status', 'forJob', FIRM_A, { jobId: 'x', status: 'hired' }],
    ['mine with a parameter', 'mine', SEEKER, { all: true }],
  ])('refuses %s with INVALID_INPUT, writing nothing', async (_what, action, openId, params) => {
    const before = await w.dump()
    expect(await w.call('applications', openId, { action, ...params })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.dump()).toBe(before)
  })

  it('a firm cannot move an application the seeker withdrew', async () => {
    await w.ok('applications', SEEKER, { action: 'withdraw', id: w.applicationId })
    expect(await setStatus(w.applicationId, 'interview')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('applications.mine', () => {
  it('lists the seeker\'s applications, newest first, with the posting as it is now and counts by status', async () => {
    await apply(SEEKER, w.jobs.bPublished, later(1))
    await w.ok('jobs', FIRM_B, { action: 'close', id: w.jobs.bPublished })
    const { applications, counts } = await mine()
    expect(applications.map((a) => [a.job.title, a.job.state])).toEqual([
      ['服务员', 'closed'],
      ['焊工', 'published'],
    ])
    expect(counts).toMatchObject({ submitted: 2, viewed: 0 })
    expect((await mine(SEEKER_2)).applications).toEqual([])
  })
})

describe('admin.stats', () => {
  it('adds applications per day in Shanghai over the last 30 days, and in all', async () => {
    await apply(SEEKER_2, w.jobs.aPublished, { now: new Date(NOW.getTime() - 86_400_000) })
    // 23:30 in Shanghai is still the same day there.
    await w.ok('account', 'u-late', { action: 'updateProfile', ...seekerProfile() })
    await apply('u-late', w.jobs.bPublished, { now: new Date('2026-11-28T15:30:00Z') })
    const stats = await w.ok('admin', ADMIN, { action: 'stats' })
    expect(stats.applications.total).toBe(3)
    expect(stats.applications.byDay).toHaveLength(30)
    expect(stats.applications.byDay.slice(-2)).toEqual([
      { key: '2026-11-27', label: '11月27日', count: 1 },
      { key: '2026-11-28', label: '11月28日', count: 2 },
    ])
    expect(stats.applications.byDay[0].key).toBe('2026-10-30')
  })
})

/** A readable name for the crowd test. */
function i(openId: string) {
  return openId.split('-').pop()
}
