/** admin.queue / review / stats through the router, on the embedded database. */
import { ADMIN, FIRM_A, jobContent, makeWorld, NOW, profile, UNVERIFIED, type World } from '../helpers/firms'

let w: World
beforeEach(async () => {
  w = await makeWorld()
})
afterEach(() => w.db.close())

const queue = () => w.ok('admin', ADMIN, { action: 'queue' })
/** admin.review as the queue sends it: with the revision it shows, unless the event names one. */
const review = async (event: Record<string, unknown>) =>
  w.call('admin', ADMIN, { action: 'review', revision: await w.revision(event.target as 'employer' | 'job', String(event.id)), ...event })

describe('admin.queue', () => {
  it('lists pending firms and postings, the longest waiting first, postings with their firm and hint', async () => {
    const later = new Date(NOW.getTime() + 60_000)
    await w.ok('jobs', FIRM_A, { action: 'create', ...jobContent({ title: '后提交的岗位' }), submit: true }, { now: later })
    const q = await queue()
    expect(q.counts).toEqual({ employers: 1, jobs: 2, reports: 0 })
    expect(q.employers.map((e) => e.id)).toEqual([w.ids.unverified])
    expect(q.jobs.map((j) => j.title)).toEqual(['装配钳工', '后提交的岗位'])
    expect(q.jobs[0].employer).toMatchObject({ name: '大同甲机械有限公司', status: 'verified' })
    expect(q.jobs[0].measure21?.status).toBe('eligible')
  })

  it('honours a limit and refuses a bad one', async () => {
    expect((await w.ok('admin', ADMIN, { action: 'queue', limit: 1 })).jobs).toHaveLength(1)
    expect(await w.call('admin', ADMIN, { action: 'queue', limit: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.call('admin', ADMIN, { action: 'queue', limit: 'all' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('admin.review', () => {
  it('verifies a firm, which may then send postings for review', async () => {
    expect(await w.call('jobs', UNVERIFIED, { action: 'update', id: w.jobs.unverifiedDraft, submit: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('认证通过后才能提交') },
    })
    expect(await review({ target: 'employer', id: w.ids.unverified, decision: 'approve' })).toMatchObject({ ok: true, data: { status: 'verified', statusLabel: '已认证' } })
    expect(await w.call('jobs', UNVERIFIED, { action: 'update', id: w.jobs.unverifiedDraft, submit: true })).toMatchObject({ ok: true, data: { job: { state: 'pending' } } })
  })

  it('rejects a firm with a reason the firm reads on 我的', async () => {
    await w.ok('admin', ADMIN, { action: 'review', target: 'employer', id: w.ids.unverified, revision: await w.revision('employer', w.ids.unverified), decision: 'reject', reason: '信用代码与企业名称不符' })
    const me = await w.ok('account', UNVERIFIED, { action: 'me' })
    expect(me.employer).toMatchObject({ status: 'rejected', reviewReason: '信用代码与企业名称不符' })
  })

  it('needs a reason to reject, and writes nothing without one', async () => {
    const before = await w.dump()
    for (const reason of [undefined, '', ' ', '差']) {
      const res = await review({ target: 'job', id: w.jobs.aPending, decision: 'reject', ...(reason === undefined ? {} : { reason }) })
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('驳回时须写明理由') } })
    }
    expect(await w.dump()).toBe(before)
  })

  it.each([
    ['an unknown target', { target: 'fair', id: 'x', decision: 'approve' }],
    ['an unknown decision', { target: 'job', id: 'x', decision: 'maybe' }],
    ['a reason that is too long', { target: 'job', id: 'x', decision: 'reject', reason: '长'.repeat(201) }],
    ['no id', { target: 'job', decision: 'approve' }],
  ])('refuses %s with INVALID_INPUT', async (_what, event) => {
    expect(await review(event)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('answers NOT_FOUND for an unknown firm or posting, CONFLICT for one not pending, writing nothing', async () => {
    const before = await w.dump()
    expect(await review({ target: 'employer', id: 'nobody', decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await review({ target: 'job', id: 'nothing', decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await review({ target: 'employer', id: w.ids.a, decision: 'reject', reason: '重复审核' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await review({ target: 'job', id: w.jobs.aDraft, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await review({ target: 'job', id: w.jobs.aPublished, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // A posting id given as an employer id is simply not found.
    expect(await review({ target: 'employer', id: w.jobs.aPending, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await w.dump()).toBe(before)
  })

  it('will not publish a posting whose firm is not verified', async () => {
    // Only reachable through the data (the functions never let an unverified firm submit).
    await w.db.collection('jobs').doc(w.jobs.unverifiedDraft).update({ status: 'pending', submittedAt: NOW.toISOString() })
    const res = await review({ target: 'job', id: w.jobs.unverifiedDraft, decision: 'approve' })
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('尚未通过认证') } })
  })

  it('keeps an approval note, and drops an earlier rejection reason when approved without one', async () => {
    await review({ target: 'job', id: w.jobs.aPending, decision: 'reject', reason: '请补充岗位职责' })
    await w.ok('jobs', FIRM_A, { action: 'update', id: w.jobs.aPending, submit: true })
    await w.ok('admin', ADMIN, { action: 'review', target: 'job', id: w.jobs.aPending, revision: await w.revision('job', w.jobs.aPending), decision: 'approve' })
    const mine = await w.ok('jobs', FIRM_A, { action: 'mine', id: w.jobs.aPending })
    expect(mine.jobs[0]).toMatchObject({ state: 'published', reviewReason: null })
  })
})

describe('admin.stats', () => {
  it('counts firms and postings by status, industry and city, deriving expiry', async () => {
    await w.ok('account', 'u-new', { action: 'registerEmployer', ...profile({ creditCode: '91140500MA0K8DQ2XQ' }) })
    const stats = await w.ok('admin', ADMIN, { action: 'stats' })
    expect(stats.employers.total).toBe(4)
    expect(stats.employers.verified).toBe(2)
    expect(stats.employers.byStatus).toEqual([
      { key: 'pending', label: '待审核', count: 2 },
      { key: 'verified', label: '已认证', count: 2 },
      { key: 'rejected', label: '未通过', count: 0 },
    ])
    expect(stats.employers.byIndustry).toEqual([
      { key: 'industry', label: '工业', count: 1 },
      { key: 'catering', label: '餐饮业', count: 1 },
    ])
    expect(stats.employers.byCity.map((b) => b.key)).toEqual(['大同市', '晋中市'])
    expect(stats.jobs.byState.map((b) => [b.key, b.count])).toEqual([
      ['draft', 3],
      ['pending', 1],
      ['published', 2],
      ['rejected', 0],
      ['closed', 0],
      ['expired', 0],
    ])
    expect(stats.jobs.live).toBe(2)
    expect(stats.jobs.byCity).toEqual([{ key: '太原市', label: '太原市', count: 2 }])

    const later = await w.ok('admin', ADMIN, { action: 'stats' }, { now: new Date(NOW.getTime() + 31 * 86_400_000) })
    expect(later.jobs.byState.find((b) => b.key === 'expired')?.count).toBe(2)
    expect(later.jobs.live).toBe(0)
    expect(later.jobs.byCity).toEqual([])
  })
})
