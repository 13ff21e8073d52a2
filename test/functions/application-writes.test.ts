/**
 * What applying, withdrawing and a firm's moves write, field by field: the application, its audit
 * entry (who, the state before and after, the note), the seeker's 消息 when — and only when — the
 * firm moved it, and the subscription notice; the exact refusals (their messages and details);
 * a change that lost a race to another one; and a database failure that is not a duplicate, which
 * surfaces instead of being taken for "applied before".
 */
import type { Database } from '../../cloudfunctions/_shared/db/types'
import type { ApplicationStatusNotice, Notifier } from '../../cloudfunctions/_shared/notify/notifier'
import { AUDIT_LOG } from '../../cloudfunctions/_shared/repositories/audit-log'
import { APPLICATIONS, COUNTED_APPLICANTS } from '../../cloudfunctions/_shared/repositories/applications'
import { MESSAGES } from '../../cloudfunctions/_shared/repositories/messages'
import applications from '../../cloudfunctions/applications/index.ts'
import type { Answer } from '../../server/invoke'
import { callFunction } from '../helpers/context'
import { fairInput } from '../helpers/fairs'
import { ADMIN, FIRM_A, FIRM_B, makeSeekerWorld, NOW, SEEKER, SEEKER_2, type SeekerWorld } from '../helpers/seekers'

let w: SeekerWorld
beforeEach(async () => {
  w = await makeSeekerWorld()
})
afterEach(() => w.db.close())

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)
const FIRM_A_WELDER = '大同甲机械有限公司「焊工」'

/** Every stored document of a collection, without the ids the database chose. */
async function stored(collection: string, where: Record<string, unknown> = {}) {
  const { data } = await w.db.collection(collection).where(where).orderBy('_id', 'asc').limit(1000).get()
  return data.map(({ _id, ...rest }) => rest)
}
const auditOf = async (applicationId: string) =>
  (await stored(AUDIT_LOG, { 'target.id': applicationId })).sort((a, b) => String(a.at).localeCompare(String(b.at)))
const messagesOf = (openId: string) => stored(MESSAGES, { ownerOpenId: openId })

const call = (openId: string, event: Record<string, unknown>, now = NOW, db: Database = w.db, notifier?: Notifier): Promise<Answer> =>
  callFunction(applications, event, { ...w.ctx(openId, { now, ...(notifier ? { notifier } : {}) }), db })
const setStatus = (id: string, status: string, note?: string, now = NOW) => call(FIRM_A, { action: 'setStatus', id, status, ...(note ? { note } : {}) }, now)

/** The database, with `before` run once just before the first transaction begins: a competing change. */
function racing(before: () => Promise<unknown>): Database {
  let raced = false
  return {
    ...w.db,
    runTransaction: async (fn) => {
      if (!raced) {
        raced = true
        await before()
      }
      return w.db.runTransaction(fn)
    },
  }
}

describe('what a firm’s move writes', () => {
  it('the application’s status and timeline, an audit entry with the state before and after, and one unread message to the seeker', async () => {
    expect(await setStatus(w.applicationId, 'interview', '12月1日上午9点，装备园8号', later(10))).toMatchObject({ ok: true })
    const [application] = await stored(APPLICATIONS, { _id: w.applicationId })
    expect(application).toMatchObject({
      status: 'interview',
      updatedAt: later(10).toISOString(),
      timeline: [
        { status: 'submitted', at: NOW.toISOString() },
        { status: 'interview', at: later(10).toISOString(), note: '12月1日上午9点，装备园8号' },
      ],
    })
    expect((await auditOf(w.applicationId)).at(-1)).toEqual({
      at: later(10).toISOString(),
      actor: { openId: FIRM_A, role: 'employer' },
      action: 'applications.setStatus',
      target: { collection: 'applications', id: w.applicationId, label: FIRM_A_WELDER },
      before: { status: 'submitted' },
      after: { status: 'interview' },
      note: '12月1日上午9点，装备园8号',
    })
    expect(await messagesOf(SEEKER)).toEqual([
      {
        ownerOpenId: SEEKER,
        kind: 'application-status',
        title: '投递进展：邀请面试',
        body: `${FIRM_A_WELDER}：邀请面试。12月1日上午9点，装备园8号`,
        applicationId: w.applicationId,
        jobId: w.jobs.aPublished,
        read: false,
        createdAt: later(10).toISOString(),
      },
    ])
    const inbox = await w.ok('account', SEEKER, { action: 'messages' })
    expect(inbox).toMatchObject({ unread: 1, items: [{ title: '投递进展：邀请面试', read: false }] })
    // Nobody else hears of it.
    expect((await stored(MESSAGES, { createdAt: later(10).toISOString() })).map((m) => m.ownerOpenId)).toEqual([SEEKER])
  })

  it('without a note: the body ends with the status, the audit entry and the timeline carry no note', async () => {
    expect(await setStatus(w.applicationId, 'viewed', undefined, later(5))).toMatchObject({ ok: true })
    const [message] = await messagesOf(SEEKER)
    expect(message).toMatchObject({ title: '投递进展：企业已查看', body: `${FIRM_A_WELDER}：企业已查看` })
    const entry = (await auditOf(w.applicationId)).at(-1)
    expect(entry).toMatchObject({ action: 'applications.setStatus', before: { status: 'submitted' }, after: { status: 'viewed' } })
    expect(entry).not.toHaveProperty('note')
    const [application] = await stored(APPLICATIONS, { _id: w.applicationId })
    expect(application.timeline).toEqual([
      { status: 'submitted', at: NOW.toISOString() },
      { status: 'viewed', at: later(5).toISOString() },
    ])
  })

  it('tells the subscription notifier the same, with the note only when there is one', async () => {
    const sent: ApplicationStatusNotice[] = []
    const notifier: Notifier = { applicationStatusChanged: async (notice) => void sent.push(notice) }
    await call(FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'viewed' }, later(1), w.db, notifier)
    await call(FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'offer', note: '下周一入职' }, later(2), w.db, notifier)
    const notice = { toOpenId: SEEKER, applicationId: w.applicationId, jobTitle: '焊工', employerName: '大同甲机械有限公司' }
    expect(sent).toEqual([
      { ...notice, status: 'viewed', statusLabel: '企业已查看', at: later(1).toISOString() },
      { ...notice, status: 'offer', statusLabel: '录用', note: '下周一入职', at: later(2).toISOString() },
    ])
  })

  it('stands when the subscription message cannot be sent, and logs why', async () => {
    const refused = new Error('43101 user refuse to accept the msg')
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const res = await call(FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'viewed' }, NOW, w.db, { applicationStatusChanged: () => Promise.reject(refused) })
      expect(res).toMatchObject({ ok: true, data: { application: { status: 'viewed' } } })
      expect(spy).toHaveBeenCalledWith('[applications] subscription message failed', refused)
    } finally {
      spy.mockRestore()
    }
    expect(await messagesOf(SEEKER)).toHaveLength(1)
  })
})

describe('what the seeker’s own changes write', () => {
  it('applying: the application as sent, an audit entry from nothing to submitted, and one message to the firm naming nobody', async () => {
    const res = await call(SEEKER_2, { action: 'apply', jobId: w.jobs.bPublished }, later(1))
    expect(res).toMatchObject({ ok: true, data: { alreadyApplied: false } })
    const id = res.ok ? (res.data as { application: { id: string } }).application.id : ''
    const [application] = await stored(APPLICATIONS, { _id: id })
    expect(application).toMatchObject({ jobId: w.jobs.bPublished, seekerOpenId: SEEKER_2, jobTitle: '服务员', employerName: '晋中乙餐饮有限公司', status: 'submitted' })
    expect(application).not.toHaveProperty('fairId')
    expect(await auditOf(id)).toEqual([
      {
        at: later(1).toISOString(),
        actor: { openId: SEEKER_2, role: 'seeker' },
        action: 'applications.apply',
        target: { collection: 'applications', id, label: '晋中乙餐饮有限公司「服务员」' },
        before: null,
        after: { status: 'submitted' },
      },
    ])
    expect(await stored(MESSAGES, { createdAt: later(1).toISOString() })).toEqual([
      {
        ownerOpenId: FIRM_B,
        kind: 'application-new',
        title: '收到新投递',
        body: '「服务员」收到一份新的简历投递，请及时查看处理。',
        applicationId: id,
        jobId: w.jobs.bPublished,
        read: false,
        createdAt: later(1).toISOString(),
      },
    ])
  })

  it('withdrawing and applying again: audit entries from the status it had; the firm hears of the new sending, not of the withdrawal', async () => {
    await setStatus(w.applicationId, 'viewed', undefined, later(1))
    const firmMessage = await messagesOf(SEEKER)
    expect(await call(SEEKER, { action: 'withdraw', id: w.applicationId }, later(2))).toMatchObject({ ok: true })
    expect(await call(SEEKER, { action: 'apply', jobId: w.jobs.aPublished }, later(3))).toMatchObject({ ok: true, data: { alreadyApplied: false } })
    const entries = await auditOf(w.applicationId)
    expect(entries.slice(-2)).toEqual([
      {
        at: later(2).toISOString(),
        actor: { openId: SEEKER, role: 'seeker' },
        action: 'applications.withdraw',
        target: { collection: 'applications', id: w.applicationId, label: FIRM_A_WELDER },
        before: { status: 'viewed' },
        after: { status: 'withdrawn' },
      },
      {
        at: later(3).toISOString(),
        actor: { openId: SEEKER, role: 'seeker' },
        action: 'applications.apply',
        target: { collection: 'applications', id: w.applicationId, label: FIRM_A_WELDER },
        before: { status: 'withdrawn' },
        after: { status: 'submitted' },
      },
    ])
    // Only the firm's move told the seeker anything; the firm is told the application came again.
    expect(await messagesOf(SEEKER)).toEqual(firmMessage)
    expect(await stored(MESSAGES, { createdAt: later(2).toISOString() })).toEqual([])
    expect(await stored(MESSAGES, { createdAt: later(3).toISOString() })).toMatchObject([{ ownerOpenId: FIRM_A, kind: 'application-new', applicationId: w.applicationId }])
  })

  it('an application counts even when its counters cannot be written: the failure is logged, not the seeker’s error', async () => {
    const broken = new Error('disk full')
    const countersFail: Database = {
      ...w.db,
      collection: ((name: string) => {
        const coll = w.db.collection(name)
        return name === COUNTED_APPLICANTS ? { ...coll, add: () => Promise.reject(broken) } : coll
      }) as Database['collection'],
    }
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      expect(await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished }, NOW, countersFail)).toMatchObject({ ok: true, data: { alreadyApplied: false } })
      expect(spy).toHaveBeenCalledWith('[applications] counting failed', broken)
    } finally {
      spy.mockRestore()
    }
    expect(await w.count('applications', { seekerOpenId: SEEKER_2 })).toBe(1)
  })
})

describe('a database failure while applying', () => {
  it('that is not a duplicate surfaces as INTERNAL and leaves nothing, instead of reading as “applied before”', async () => {
    const failing: Database = { ...w.db, runTransaction: () => Promise.reject(new Error('disk I/O error')) }
    const before = await w.dump()
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      expect(await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished }, NOW, failing)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    } finally {
      spy.mockRestore()
    }
    expect(await w.dump()).toBe(before)
  })

  it('that is a lost write conflict answers with the application the other call made', async () => {
    // The other call (the same seeker pressing twice) commits first; this one's transaction conflicts.
    const conflicting: Database = {
      ...w.db,
      runTransaction: async () => {
        await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished })
        throw Object.assign(new Error('write conflict'), { code: 'DATABASE_TRANSACTION_CONFLICT' })
      },
    }
    const res = await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished }, NOW, conflicting)
    expect(res).toMatchObject({ ok: true, data: { alreadyApplied: true, application: { status: 'submitted' } } })
    expect(await w.count('applications', { seekerOpenId: SEEKER_2 })).toBe(1)
  })

  it('that is a write conflict with a call that did not commit either: CONFLICT asking to try again, nothing written', async () => {
    const conflicting: Database = { ...w.db, runTransaction: () => Promise.reject(Object.assign(new Error('write conflict'), { code: 'DATABASE_TRANSACTION_CONFLICT' })) }
    const before = await w.dump()
    expect(await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished }, NOW, conflicting)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '投递状态刚刚发生了变化，请刷新后重试' },
    })
    expect(await w.dump()).toBe(before)
  })
})

describe('a change that lost a race', () => {
  it('a firm’s move after the seeker withdrew meanwhile: CONFLICT, and no message, audit entry or notice of it', async () => {
    const sent: ApplicationStatusNotice[] = []
    const withdrawFirst = racing(() => w.ok('applications', SEEKER, { action: 'withdraw', id: w.applicationId }))
    const res = await call(FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'interview' }, NOW, withdrawFirst, { applicationStatusChanged: async (n) => void sent.push(n) })
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '投递状态刚刚发生了变化（求职者可能已撤回），请刷新后重试' } })
    expect((await stored(APPLICATIONS, { _id: w.applicationId }))[0]).toMatchObject({ status: 'withdrawn' })
    expect((await auditOf(w.applicationId)).map((e) => e.action)).toEqual(['applications.apply', 'applications.withdraw'])
    expect(await messagesOf(SEEKER)).toEqual([])
    expect(sent).toEqual([])
  })

  it('a withdrawal after the firm made an offer meanwhile: CONFLICT, the offer stands', async () => {
    const offerFirst = racing(() => w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'offer' }))
    const res = await call(SEEKER, { action: 'withdraw', id: w.applicationId }, NOW, offerFirst)
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '投递状态刚刚发生了变化，请刷新后重试' } })
    expect((await stored(APPLICATIONS, { _id: w.applicationId }))[0]).toMatchObject({ status: 'offer' })
    expect((await auditOf(w.applicationId)).map((e) => e.action)).toEqual(['applications.apply', 'applications.setStatus'])
  })

  it('applying again to a withdrawn application that keeps changing: three tries, then CONFLICT', async () => {
    await w.ok('applications', SEEKER, { action: 'withdraw', id: w.applicationId })
    let tries = 0
    // Before each of its transactions, something else touches the application (its updatedAt moves on).
    const busy: Database = {
      ...w.db,
      runTransaction: async (fn) => {
        tries++
        await w.db.collection(APPLICATIONS).doc(w.applicationId).update({ updatedAt: later(tries).toISOString() })
        return w.db.runTransaction(fn)
      },
    }
    const before = await stored(AUDIT_LOG)
    const res = await call(SEEKER, { action: 'apply', jobId: w.jobs.aPublished }, NOW, busy)
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '投递状态刚刚发生了变化，请刷新后重试' } })
    // The insert (a duplicate), then three attempts to send the withdrawn one again.
    expect(tries).toBe(4)
    expect((await stored(APPLICATIONS, { _id: w.applicationId }))[0]).toMatchObject({ status: 'withdrawn' })
    expect(await stored(AUDIT_LOG)).toEqual(before)
  })
})

describe('refusals, word for word', () => {
  it('a move the pipeline does not allow names both statuses', async () => {
    await setStatus(w.applicationId, 'offer')
    expect(await setStatus(w.applicationId, 'rejected')).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '投递当前为「录用」，不能改为「不合适」', details: { from: 'offer', to: 'rejected' } },
    })
  })

  it('withdrawing what is no longer open names its status', async () => {
    await setStatus(w.applicationId, 'rejected')
    expect(await call(SEEKER, { action: 'withdraw', id: w.applicationId })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '投递不合适，不能撤回', details: { status: 'rejected' } },
    })
  })

  it('applying to a posting no longer recruiting names its state', async () => {
    expect(await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished }, new Date(NOW.getTime() + 31 * 86_400_000))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '该岗位已过有效期，不能再投递', details: { state: 'expired' } },
    })
    await w.ok('jobs', FIRM_B, { action: 'close', id: w.jobs.bPublished })
    expect(await call(SEEKER_2, { action: 'apply', jobId: w.jobs.bPublished })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '该岗位已停止招聘，不能再投递', details: { state: 'closed' } },
    })
  })

  it('a posting or an application that is not there', async () => {
    expect(await call(SEEKER_2, { action: 'apply', jobId: 'no-such-posting' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这个岗位，可能已下线' } })
    expect(await call(FIRM_A, { action: 'forJob', jobId: 'no-such-posting' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这个岗位' } })
    expect(await call(SEEKER, { action: 'withdraw', id: 'no-such-application' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这条投递记录' } })
    expect(await setStatus('no-such-application', 'viewed')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这条投递记录' } })
  })

  it('a posting back in review, rejected or a draft is not found, even with the time it was once published', async () => {
    for (const status of ['pending', 'rejected', 'draft']) {
      await w.db.collection('jobs').doc(w.jobs.aPublished).update({ status })
      expect(await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这个岗位，可能已下线' } })
    }
  })

  it('a fair that is not there, or that the posting is not brought to', async () => {
    const fairId = (await w.ok('admin', ADMIN, { action: 'saveFair', ...fairInput() })).fair.id
    expect(await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished, fairId: 'no-such-fair' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '「招聘会」没有对应的招聘会，请从招聘会页面重新投递', details: { field: 'fairId' } },
    })
    expect(await call(SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished, fairId })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '这个岗位不在「民营企业招聘月·太原专场」的参会岗位中', details: { field: 'fairId' } },
    })
  })

  it('someone else’s application: another seeker cannot withdraw it, another firm cannot move or list it', async () => {
    const before = await w.dump()
    expect(await call(SEEKER_2, { action: 'withdraw', id: w.applicationId })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '只能撤回自己的投递' } })
    expect(await call(FIRM_B, { action: 'setStatus', id: w.applicationId, status: 'viewed' })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能处理投递到本企业岗位的简历' },
    })
    expect(await call(FIRM_B, { action: 'forJob', jobId: w.jobs.aPublished })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能查看和处理投递到本企业岗位的简历' },
    })
    expect(await w.dump()).toBe(before)
  })

  it('the bureau reads no firm’s applicants and moves none', async () => {
    expect(await call(ADMIN, { action: 'forJob', jobId: w.jobs.aPublished })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '求职者的投递只对所投企业可见' } })
    expect(await call(ADMIN, { action: 'setStatus', id: w.applicationId, status: 'viewed' })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '求职者的投递只对所投企业可见' },
    })
  })

  it('an application whose posting is gone is nobody’s to move', async () => {
    await w.db.collection('jobs').doc(w.jobs.aPublished).remove()
    expect(await setStatus(w.applicationId, 'viewed')).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '只能处理投递到本企业岗位的简历' } })
  })
})
