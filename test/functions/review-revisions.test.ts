/**
 * What the bureau approves is what it read: admin.review names the revision the queue showed, and a
 * profile or posting the firm changed after that is not decided — CONFLICT with the current
 * revision, nothing written — until the reviewer has read the new version.
 */
import { callFunction } from '../helpers/context'
import { ADMIN, CODES, FIRM_A, jobContent, makeWorld, profile, UNVERIFIED, type World } from '../helpers/firms'
import { makeSeekerWorld, SEEKER } from '../helpers/seekers'


let w: World
beforeEach(async () => {
  w = await makeWorld()
})
afterEach(() => w.db.close())

const queue = (world: World = w) => world.ok('admin', ADMIN, { action: 'queue' })
const review = (event: Record<string, unknown>, world: World = w) => world.call('admin', ADMIN, { action: 'review', ...event })

describe('a firm’s profile re-submitted after the reviewer opened it', () => {
  it('is not verified as read: CONFLICT with the current revision, then verified once read again', async () => {
    const shown = (await queue()).employers.find((e) => e.id === w.ids.unverified)!
    // The firm swaps in another name and another credit code while the reviewer reads the first.
    await w.ok('account', UNVERIFIED, { action: 'registerEmployer', ...profile({ creditCode: CODES.spare2, name: '晋中另一家商贸有限公司' }) })
    const before = await w.dump()
    const stale = await review({ target: 'employer', id: shown.id, decision: 'approve', revision: shown.revision })
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '企业在您打开审核队列后修改了企业认证资料，请查看最新内容后再审核', details: { reason: 'changed', revision: shown.revision + 1 } },
    })
    expect(await w.dump()).toBe(before)
    expect((await w.ok('account', UNVERIFIED, { action: 'me' })).employer?.status).toBe('pending')

    const reread = (await queue()).employers.find((e) => e.id === shown.id)!
    expect(reread).toMatchObject({ name: '晋中另一家商贸有限公司', creditCode: CODES.spare2, revision: shown.revision + 1 })
    expect(await review({ target: 'employer', id: shown.id, decision: 'approve', revision: reread.revision })).toMatchObject({ ok: true, data: { status: 'verified' } })
  })

  it('is not rejected as read either: a rejection names the version it judged', async () => {
    const shown = (await queue()).employers[0]
    await w.ok('account', UNVERIFIED, { action: 'registerEmployer', ...profile({ creditCode: CODES.unverified, name: '晋中待审商贸有限公司（更正）' }) })
    expect(await review({ target: 'employer', id: shown.id, decision: 'reject', reason: '名称与执照不符', revision: shown.revision })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'changed' } },
    })
  })
})

describe('a change that lands between the review’s read and its write', () => {
  it('is caught inside the decision’s transaction: nothing decided, no credit code taken', async () => {
    const admin = (await import('../../cloudfunctions/admin/index.ts')).default
    const shown = (await queue()).employers.find((e) => e.id === w.ids.unverified)!
    // The firm's re-submission commits just before the decision's transaction starts.
    const racing = {
      ...w.db,
      collection: w.db.collection.bind(w.db),
      runTransaction: async <R>(fn: Parameters<typeof w.db.runTransaction<R>>[0]) => {
        await w.db.collection('employers').doc(shown.id).update({ name: '晋中改名商贸有限公司', revision: w.db.command.inc(1) })
        return w.db.runTransaction(fn)
      },
    }
    const res = await callFunction(admin, { action: 'review', target: 'employer', id: shown.id, decision: 'approve', revision: shown.revision }, { ...w.ctx(ADMIN), db: racing })
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'changed', revision: shown.revision + 1 } } })
    expect((await w.ok('account', UNVERIFIED, { action: 'me' })).employer?.status).toBe('pending')
    expect(await w.count('creditCodes')).toBe(2)
    expect((await w.db.collection('auditLog').where({ 'target.id': shown.id }).count()).total).toBe(0)
  })
})

describe('a pending posting edited after the reviewer opened it', () => {
  it('is not published: pay ×8 and a WeChat contact wait for a reviewer who has read them', async () => {
    const shown = (await queue()).jobs.find((j) => j.id === w.jobs.aPending)!
    expect(shown.pay).toEqual({ min: 5000, max: 8000 })
    await w.ok('jobs', FIRM_A, { action: 'update', id: shown.id, pay: { min: 40_000, max: 64_000 }, benefits: '详情加微信 jqt2026 咨询' })
    const before = await w.dump()
    expect(await review({ target: 'job', id: shown.id, decision: 'approve', revision: shown.revision })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '企业在您打开审核队列后修改了岗位内容，请查看最新内容后再审核', details: { reason: 'changed', revision: shown.revision + 1 } },
    })
    expect(await w.dump()).toBe(before)
    expect(await w.call('jobs', null, { action: 'get', id: shown.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    const reread = (await queue()).jobs.find((j) => j.id === shown.id)!
    expect(reread).toMatchObject({ pay: { min: 40_000, max: 64_000 }, benefits: '详情加微信 jqt2026 咨询' })
    expect(await review({ target: 'job', id: shown.id, decision: 'reject', reason: '请勿在岗位中留私人联系方式', revision: reread.revision })).toMatchObject({
      ok: true,
      data: { status: 'rejected' },
    })
  })

  it('publishes exactly the version read when nothing changed', async () => {
    const shown = (await queue()).jobs.find((j) => j.id === w.jobs.aPending)!
    expect(await review({ target: 'job', id: shown.id, decision: 'approve', revision: shown.revision })).toMatchObject({ ok: true, data: { status: 'published' } })
    const page = await w.ok('jobs', null, { action: 'get', id: shown.id })
    expect(page.job.pay).toEqual(shown.pay)
  })

  it('refuses a revision the queue never showed, and one missing, writing nothing', async () => {
    const shown = (await queue()).jobs.find((j) => j.id === w.jobs.aPending)!
    const before = await w.dump()
    expect(await review({ target: 'job', id: shown.id, decision: 'approve', revision: shown.revision + 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await review({ target: 'job', id: shown.id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('版本号') } })
    for (const revision of [-1, 1.5, '1', null]) {
      expect(await review({ target: 'job', id: shown.id, decision: 'approve', revision })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(await w.dump()).toBe(before)
  })

  it('counts every write: create, each edit, the decision', async () => {
    const id = await w.createJob(FIRM_A, { title: '仓库管理员' })
    const revisionOf = async () => (await w.ok('jobs', FIRM_A, { action: 'mine', id })).jobs[0].revision
    expect(await revisionOf()).toBe(1)
    await w.ok('jobs', FIRM_A, { action: 'update', id, headcount: 4 })
    await w.ok('jobs', FIRM_A, { action: 'update', id, submit: true, ...jobContent({ title: '仓库管理员' }) })
    expect(await revisionOf()).toBe(3)
    await w.approveJob(id)
    expect(await revisionOf()).toBe(4)
  })
})

describe('a report decided on a posting that changed after the reviewer read it', () => {
  it('neither takes the posting down nor dismisses the report until the new version is read', async () => {
    const s = await makeSeekerWorld()
    try {
      await s.ok('jobs', SEEKER, { action: 'report', id: s.jobs.aPublished, reason: 'fraud', note: '面试时要求交服装费' })
      const shown = (await queue(s)).reports[0]
      expect(shown.job).toMatchObject({ id: s.jobs.aPublished, state: 'published' })
      await s.ok('jobs', FIRM_A, { action: 'update', id: s.jobs.aPublished, benefits: '五险一金，不收取任何费用' })
      const before = await s.dump()
      for (const decision of ['approve', 'reject'] as const) {
        expect(await review({ target: 'report', id: shown.id, decision, reason: '经核实存在收费', revision: shown.job!.revision }, s)).toMatchObject({
          ok: false,
          error: { code: 'CONFLICT', message: '被举报的岗位在您打开审核队列后有了变化，请查看最新内容后再处理', details: { reason: 'changed', revision: shown.job!.revision + 1 } },
        })
      }
      expect(await s.dump()).toBe(before)
      const reread = (await queue(s)).reports[0]
      expect(await review({ target: 'report', id: reread.id, decision: 'approve', reason: '经核实存在收费', revision: reread.job!.revision }, s)).toMatchObject({
        ok: true,
        data: { status: 'upheld', jobState: 'closed' },
      })
    } finally {
      s.db.close()
    }
  })
})
