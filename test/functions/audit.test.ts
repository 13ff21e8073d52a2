/**
 * The audit log: every administrator decision and every change of an application's status, with
 * who, when, what, before and after; readable by administrators only, a page at a time. A firm's
 * change also reaches the seeker: an in-app message and, in the cloud, a subscription message.
 */
import { failingAdds } from '../helpers/failing-adds'
import type { ApplicationStatusNotice, Notifier } from '../../cloudfunctions/_shared/notify/notifier'
import admin from '../../cloudfunctions/admin/index.ts'
import applications from '../../cloudfunctions/applications/index.ts'
import { fairInput, makeFairWorld, type FairWorld } from '../helpers/fairs'
import { ADMIN, FIRM_A, FIRM_B, NOW, SEEKER, SEEKER_2, makeSeekerWorld, type SeekerWorld } from '../helpers/seekers'
import { callFunction } from '../helpers/context'

interface Entry {
  id: string
  at: string
  actor: { openId: string; role: string; roleLabel: string }
  action: string
  actionLabel: string
  target: { collection: string; id: string; label?: string }
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  changes: { field: string; label: string; before: string | null; after: string | null }[]
  note: string | null
}
type Page = { items: Entry[]; nextCursor: string | null }

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)


describe('a change and its entry stand or fall together', () => {
  it('an application moved, or a firm reviewed, whose entry cannot be written is not moved or reviewed', async () => {
    const w = await makeSeekerWorld()
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const before = await w.dump()
    const moved = await callFunction(applications, { action: 'setStatus', id: w.applicationId, status: 'interview' }, { ...w.ctx(FIRM_A), db: failingAdds(w.db, 'auditLog') })
    const reviewed = await callFunction(
      admin,
      { action: 'review', target: 'employer', id: w.ids.unverified, revision: await w.revision('employer', w.ids.unverified), decision: 'approve' },
      { ...w.ctx(ADMIN), db: failingAdds(w.db, 'auditLog') },
    )
    spy.mockRestore()
    expect([moved, reviewed]).toMatchObject([{ ok: false, error: { code: 'INTERNAL' } }, { ok: false, error: { code: 'INTERNAL' } }])
    expect(await w.dump()).toBe(before)
    w.db.close()
  })
})

describe('application status changes', () => {
  let w: SeekerWorld
  beforeEach(async () => {
    w = await makeSeekerWorld()
  })
  afterEach(() => w.db.close())
  const log = (filter: Record<string, unknown> = {}) => w.ok('admin', ADMIN, { action: 'audit', ...filter })
  const history = async (id: string) => (await log({ targetCollection: 'applications', targetId: id })).items

  it('records applying, each move by the firm with its note, withdrawing and applying again: who, when, before and after', async () => {
    await w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'interview', note: '12月1日上午9点面试' }, { now: later(10) })
    await w.ok('applications', SEEKER, { action: 'withdraw', id: w.applicationId }, { now: later(20) })
    await w.ok('applications', SEEKER, { action: 'apply', jobId: w.jobs.aPublished }, { now: later(30) })

    const entries = await history(w.applicationId)
    expect(entries.map((e) => [e.action, e.actor.openId, e.actor.role, e.before?.status ?? null, e.after?.status, e.at])).toEqual([
      ['applications.apply', SEEKER, 'seeker', 'withdrawn', 'submitted', later(30).toISOString()],
      ['applications.withdraw', SEEKER, 'seeker', 'interview', 'withdrawn', later(20).toISOString()],
      ['applications.setStatus', FIRM_A, 'employer', 'submitted', 'interview', later(10).toISOString()],
      ['applications.apply', SEEKER, 'seeker', null, 'submitted', NOW.toISOString()],
    ])
    expect(entries[2]).toMatchObject({ actionLabel: '企业处理投递', note: '12月1日上午9点面试', target: { label: '大同甲机械有限公司「焊工」' } })
  })

  it('a move refused (wrong firm, impossible step) records nothing and tells the seeker nothing', async () => {
    const before = await w.dump()
    expect(await w.call('applications', FIRM_B, { action: 'setStatus', id: w.applicationId, status: 'offer' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'rejected' })
    const afterReject = await w.dump()
    expect(afterReject).not.toBe(before)
    expect(await w.call('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'offer' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await w.dump()).toBe(afterReject)
    expect((await history(w.applicationId)).map((e) => e.action)).toEqual(['applications.setStatus', 'applications.apply'])
  })

  it('tells the seeker in 消息 and through the notifier; a notifier that fails does not undo the change', async () => {
    const sent: ApplicationStatusNotice[] = []
    const notifier: Notifier = { applicationStatusChanged: async (notice) => void sent.push(notice) }
    await w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'viewed' }, { notifier })
    expect(sent).toEqual([
      expect.objectContaining({ toOpenId: SEEKER, applicationId: w.applicationId, jobTitle: '焊工', employerName: '大同甲机械有限公司', status: 'viewed', statusLabel: '企业已查看' }),
    ])

    const broken: Notifier = { applicationStatusChanged: () => Promise.reject(new Error('43101 user refuse to accept the msg')) }
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const res = await w.call('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'interview', note: '周一面试' }, { notifier: broken, now: later(5) })
    spy.mockRestore()
    expect(res).toMatchObject({ ok: true, data: { application: { status: 'interview' } } })

    const inbox = await w.ok('account', SEEKER, { action: 'messages' })
    expect(inbox.unread).toBe(2)
    expect(inbox.items[0]).toMatchObject({ kind: 'application-status', title: '投递进展：邀请面试', body: '大同甲机械有限公司「焊工」：邀请面试。周一面试', applicationId: w.applicationId, read: false })
    // Nobody else hears of it.
    expect((await w.ok('account', SEEKER_2, { action: 'messages' })).items).toEqual([])
  })
})

describe('administrator decisions', () => {
  let w: FairWorld
  beforeEach(async () => {
    w = await makeFairWorld()
  })
  afterEach(() => w.db.close())
  const log = (filter: Record<string, unknown> = {}) => w.ok('admin', ADMIN, { action: 'audit', ...filter })

  it('records reviews of firms and postings with the state before and after and the reason', async () => {
    await w.ok('admin', ADMIN, { action: 'review', target: 'employer', id: w.ids.unverified, revision: await w.revision('employer', w.ids.unverified), decision: 'reject', reason: '营业执照照片不清晰' })
    await w.ok('admin', ADMIN, { action: 'review', target: 'job', id: w.jobs.aPending, revision: await w.revision('job', w.jobs.aPending), decision: 'approve' })
    const { items } = await log({ actorOpenId: ADMIN, limit: 2 })
    expect(items[0]).toMatchObject({
      action: 'admin.review',
      actionLabel: '审核岗位',
      actor: { openId: ADMIN, role: 'admin', roleLabel: '管理员' },
      target: { collection: 'jobs', id: w.jobs.aPending, label: '大同甲机械有限公司「装配钳工」' },
      before: { status: 'pending' },
      after: { status: 'published', validUntil: expect.any(String) },
      // A field that had no value before shows only the new one; times in Shanghai.
      changes: [
        { field: 'status', label: '状态', before: '待审核', after: '招聘中' },
        { field: 'validUntil', label: '有效期至', before: null, after: '2026-12-28 12:00' },
      ],
    })
    expect(items[1]).toMatchObject({
      actionLabel: '审核企业认证',
      target: { collection: 'employers', id: w.ids.unverified },
      before: { status: 'pending' },
      after: { status: 'rejected' },
      note: '营业执照照片不清晰',
    })
  })

  it('records a fair created, then only the fields an edit changed, and an export of personal data', async () => {
    const fairId = await w.createFair()
    await w.adminOk({ action: 'saveFair', id: fairId, ...fairInput({ boothCount: 12, venue: '山西省人力资源市场' }) })
    const entries = (await log({ targetCollection: 'fairs', targetId: fairId })).items
    expect(entries.map((e) => e.action)).toEqual(['admin.saveFair', 'admin.saveFair'])
    expect(entries[0].before).toEqual({ venue: '太原市人力资源市场', boothCount: 10 })
    expect(entries[0].after).toEqual({ venue: '山西省人力资源市场', boothCount: 12 })
    // In words, for the log's readers.
    expect(entries[0].changes).toEqual([
      { field: 'venue', label: '场地', before: '太原市人力资源市场', after: '山西省人力资源市场' },
      { field: 'boothCount', label: '展位数', before: '10', after: '12' },
    ])
    expect(entries[1]).toMatchObject({ before: null, after: { name: '民营企业招聘月·太原专场', boothCount: 10 } })

    await w.adminOk({ action: 'exportFair', fairId, kind: 'signups' })
    expect((await log({ targetId: fairId })).items[0]).toMatchObject({ action: 'admin.exportFair', actionLabel: '导出招聘会名单', after: { kind: 'signups', rows: 0 } })
  })

  it('pages through the log, the newest first, without repeating or skipping', async () => {
    for (let i = 0; i < 5; i++) await w.createFair({ name: `第${i + 1}场` })
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Page = await log({ targetCollection: 'fairs', limit: 2, ...(cursor ? { cursor } : {}) })
      seen.push(...page.items.map((e) => String(e.after?.name)))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(['第5场', '第4场', '第3场', '第2场', '第1场'])
  })

  it('gives entries ids that order them in any container: the wall-clock time first, then a sequence', async () => {
    const before = Date.now()
    await w.createFair({ name: '第一场' })
    await w.createFair({ name: '第二场' })
    const after = Date.now()
    const ids = (await log({ targetCollection: 'fairs' })).items.map((e) => e.id)
    // Not a process-local counter (process.hrtime): another container's entries compare with these.
    for (const id of ids) expect(Number(id.slice(0, 15))).toBeGreaterThanOrEqual(before)
    for (const id of ids) expect(Number(id.slice(0, 15))).toBeLessThanOrEqual(after)
    // The newest first: the later entry sorts after the earlier one.
    expect(ids[0] > ids[1]).toBe(true)
  })

  it('is for administrators only, and refuses a bad filter or cursor', async () => {
    for (const openId of [null, SEEKER, FIRM_A]) {
      expect(await w.call('admin', openId, { action: 'audit' })).toMatchObject({ ok: false, error: { code: openId ? 'FORBIDDEN' : 'UNAUTHENTICATED' } })
    }
    expect(await w.call('admin', ADMIN, { action: 'audit', targetCollection: 'users' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.call('admin', ADMIN, { action: 'audit', cursor: 'not-a-cursor' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('翻页位置无效') },
    })
  })
})
