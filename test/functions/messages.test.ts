/**
 * 消息 for every role, and interview invitations, through the routers on the embedded database:
 * what writes a message (an application for the firm, a review for the firm, an interview answer
 * for the firm, a move for the seeker) writes it in the same transaction; the unread count; fair
 * reminders worked out from the sign-ups; an invitation checked before anything is written, and
 * the seeker's answer.
 */
import { failingAdds } from '../helpers/failing-adds'
import applications from '../../cloudfunctions/applications/index.ts'
import fairs from '../../cloudfunctions/fairs/index.ts'
import { callFunction } from '../helpers/context'
import { fairInput } from '../helpers/fairs'
import { ADMIN, FIRM_A, makeSeekerWorld, NOW, SEEKER, SEEKER_2, type SeekerWorld } from '../helpers/seekers'
import { UNVERIFIED } from '../helpers/firms'

let w: SeekerWorld
beforeEach(async () => {
  w = await makeSeekerWorld()
})
afterEach(() => w.db.close())

const later = (minutes: number) => ({ now: new Date(NOW.getTime() + minutes * 60_000) })
const inbox = (openId: string, options = {}) => w.ok('account', openId, { action: 'messages' }, options)
// NOW is 2026-11-28 12:00 in Shanghai.
const invitation = (over: Record<string, unknown> = {}) => ({
  date: '2026-12-01',
  time: '14:30',
  place: '太原市小店区长治路111号3层',
  contactName: '王工',
  contactPhone: '0351-7654321',
  note: '请携带简历和身份证',
  ...over,
})
const invite = (over: Record<string, unknown> = {}, id = w.applicationId) =>
  w.call('applications', FIRM_A, { action: 'setStatus', id, status: 'interview', interview: invitation(over) })
const answer = (event: Record<string, unknown>, openId = SEEKER, options = {}) =>
  w.call('applications', openId, { action: 'answerInterview', id: w.applicationId, ...event }, options)


describe('the firm’s 消息', () => {
  it('a new application tells the firm (no name), counted unread; reading clears the count', async () => {
    const news = (await inbox(FIRM_A)).items.filter((m) => m.kind === 'application-new')
    expect(news).toMatchObject([{ title: '收到新投递', applicationId: w.applicationId, jobId: w.jobs.aPublished, read: false, body: '「焊工」收到一份新的简历投递，请及时查看处理。' }])
    await w.ok('account', FIRM_A, { action: 'readMessages' })
    expect(await w.ok('account', FIRM_A, { action: 'unreadCount' })).toEqual({ unread: 0, reminders: 0 })
    await w.ok('applications', SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished }, later(1))
    expect(await w.ok('account', FIRM_A, { action: 'unreadCount' })).toEqual({ unread: 1, reminders: 0 })
    expect((await inbox(FIRM_A)).items[0]).toMatchObject({ kind: 'application-new', read: false, createdAt: later(1).now.toISOString() })
  })

  it('an application whose message cannot be written is not made', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const before = await w.dump()
    const res = await callFunction(applications, { action: 'apply', jobId: w.jobs.bPublished }, { ...w.ctx(SEEKER_2), db: failingAdds(w.db, 'messages') })
    spy.mockRestore()
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await w.dump()).toBe(before)
  })

  it('the bureau’s decisions on the profile and on a posting reach the firm, with the reason', async () => {
    const revision = async (target: 'employer' | 'job', id: string) => w.revision(target, id)
    await w.ok('admin', ADMIN, { action: 'review', target: 'employer', id: w.ids.unverified, revision: await revision('employer', w.ids.unverified), decision: 'reject', reason: '信用代码与企业名称不符' })
    expect((await inbox(UNVERIFIED)).items).toMatchObject([{ kind: 'review', title: '企业认证未通过', jobId: null, body: expect.stringContaining('审核意见：信用代码与企业名称不符') }])

    await w.ok('account', FIRM_A, { action: 'readMessages' })
    await w.ok('admin', ADMIN, { action: 'review', target: 'job', id: w.jobs.aPending, revision: await revision('job', w.jobs.aPending), decision: 'approve' }, later(1))
    const firm = await inbox(FIRM_A)
    expect(firm.items[0]).toMatchObject({ kind: 'review', title: '岗位审核通过，已发布', jobId: w.jobs.aPending, read: false })
    expect(firm.unread).toBe(1)
  })
})

describe('interview invitations', () => {
  it('the firm invites with a date, time, place and contact: the seeker reads a card with the map, and a message saying when and where', async () => {
    expect(await invite()).toMatchObject({ ok: true })
    const { applications: list } = await w.ok('applications', SEEKER, { action: 'mine' })
    expect(list[0].interview).toEqual({
      // 14:30 in Shanghai.
      startAt: '2026-12-01T06:30:00.000Z',
      place: '太原市小店区长治路111号3层',
      mapUrl: `https://uri.amap.com/search?keyword=${encodeURIComponent('太原市小店区长治路111号3层')}&src=jinqitong&callnative=1`,
      contactName: '王工',
      contactPhone: '0351-7654321',
      note: '请携带简历和身份证',
      answer: null,
      upcoming: true,
    })
    const seeker = await inbox(SEEKER)
    expect(seeker.items[0]).toMatchObject({ kind: 'application-status', title: '投递进展：邀请面试' })
    expect(seeker.items[0].body).toContain('面试时间：12月1日 14:30，地点：太原市小店区长治路111号3层，联系人：王工 0351-7654321')
  })

  it.each([
    ['a time already past', { date: '2026-11-28', time: '11:59' }, '须晚于现在'],
    ['a day more than 90 days ahead', { date: '2027-03-01' }, '90天之内'],
    ['a day that does not exist', { date: '2026-02-30' }, '须为真实存在的日期'],
    ['a time out of range', { time: '25:00' }, '面试时间格式应为HH:mm'],
    ['no place', { place: '' }, '面试地点'],
    ['a phone that is not one', { contactPhone: '12345' }, '联系电话'],
    ['an unknown key', { room: '3层' }, ''],
  ])('refuses %s with INVALID_INPUT in Chinese, writing nothing', async (_what, over, words) => {
    const before = await w.dump()
    expect(await invite(over)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(words) } })
    expect(await w.dump()).toBe(before)
  })

  it('refuses an invitation with another status', async () => {
    const res = await w.call('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'viewed', interview: invitation() })
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('只有邀请面试时才能填写面试安排') } })
  })

  it('the seeker confirms, or asks for another time saying when; the firm sees it in its pipeline and gets a message', async () => {
    await invite()
    await w.ok('account', FIRM_A, { action: 'readMessages' })
    expect(await answer({ answer: 'reschedule' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '申请改期时请说明方便的时间（note）' } })
    expect(await answer({ answer: 'reschedule', note: '周四下午' }, SEEKER, later(5))).toMatchObject({
      ok: true,
      data: { application: { interview: { answer: { answer: 'reschedule', label: '申请改期', note: '周四下午' } } } },
    })
    const firm = await inbox(FIRM_A)
    expect(firm.items[0]).toMatchObject({ kind: 'interview-answer', title: '面试答复：申请改期', read: false, jobId: w.jobs.aPublished, body: expect.stringContaining('周四下午') })
    await answer({ answer: 'confirmed' }, SEEKER, later(10))
    const pipeline = await w.ok('applications', FIRM_A, { action: 'forJob', jobId: w.jobs.aPublished })
    expect(pipeline.applications[0].interview?.answer).toMatchObject({ answer: 'confirmed', label: '已确认参加', note: null })
    expect((await inbox(FIRM_A)).unread).toBe(2)
    expect(await w.count('messages', { ownerOpenId: FIRM_A, kind: 'interview-answer' })).toBe(2)
  })

  it('only the seeker answers, only an invitation, only before it starts', async () => {
    expect(await answer({ answer: 'confirmed' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这条投递没有待答复的面试邀请' } })
    await invite()
    expect(await answer({ answer: 'confirmed' }, SEEKER_2)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // 2026-12-01 14:30 in Shanghai is 3 days 2.5 hours after NOW.
    expect(await answer({ answer: 'confirmed' }, SEEKER, later(3 * 1440 + 151))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('面试时间已过') } })
  })
})

describe('fair reminders', () => {
  it('a fair the seeker signed up for is a reminder from 72 hours before it starts until it starts', async () => {
    // Starts 2026-12-05 09:00 in Shanghai: 6 days 21 hours after NOW.
    const fairId = (await w.ok('admin', ADMIN, { action: 'saveFair', ...fairInput() })).fair.id
    expect(await callFunction(fairs, { action: 'signup', fairId }, w.ctx(SEEKER))).toMatchObject({ ok: true })
    const hours = (h: number) => later(h * 60)
    expect((await inbox(SEEKER, hours(92))).reminders).toEqual([])
    expect((await inbox(SEEKER, hours(94))).reminders).toEqual([{ fairId, name: '民营企业招聘月·太原专场', startAt: '2026-12-05T01:00:00.000Z', mode: 'onsite', venue: '太原市人力资源市场' }])
    expect(await w.ok('account', SEEKER, { action: 'unreadCount' }, hours(94))).toMatchObject({ reminders: 1 })
    expect((await inbox(SEEKER, hours(165))).reminders).toEqual([])
    // Nobody else is reminded.
    expect((await inbox(SEEKER_2, hours(94))).reminders).toEqual([])
  })
})
