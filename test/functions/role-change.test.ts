/**
 * A seeker who registers a firm keeps their own seeker data within reach: they read their
 * applications, withdraw them (the firm applied to then sees the phone masked), export and delete
 * what they did as a seeker — while the firm's profile, postings, messages and audit trail stay.
 * New job seeking stays closed to an enterprise account.
 */
import { AUDIT_LOG } from '../../cloudfunctions/_shared/repositories/audit-log'
import { MESSAGES } from '../../cloudfunctions/_shared/repositories/messages'
import { present } from '../helpers/context'
import { CODES, profile } from '../helpers/firms'
import { ADMIN, FIRM_A, makeSeekerWorld, NOW, SEEKER, SEEKER_2, type SeekerWorld } from '../helpers/seekers'

let w: SeekerWorld
beforeEach(async () => {
  w = await makeSeekerWorld()
  // SEEKER, who applied to firm A's posting and saved one of firm B's, registers a firm.
  await w.ok('jobs', SEEKER, { action: 'favourite', id: w.jobs.bPublished, favourite: true })
  await w.ok('account', SEEKER, { action: 'registerEmployer', ...profile({ creditCode: CODES.spare2, name: '太原王记商贸有限公司' }) })
  expect((await w.ok('account', SEEKER, { action: 'me' })).role).toBe('employer')
})
afterEach(() => w.db.close())


it('reads their applications and their profile, masked, as before', async () => {
  const mine = await w.ok('applications', SEEKER, { action: 'mine' })
  expect(mine.applications).toEqual([expect.objectContaining({ id: w.applicationId, status: 'submitted', canWithdraw: true, seeker: expect.objectContaining({ phone: '138****1234' }) })])
  expect(await w.ok('account', SEEKER, { action: 'profile' })).toMatchObject({ profile: { name: '王小明', phone: '138****1234' }, counts: { applications: 1, favourites: 1 } })
})

it('withdraws an application: the firm applied to no longer sees the phone', async () => {
  const pipeline = () => w.ok('applications', FIRM_A, { action: 'forJob', jobId: w.jobs.aPublished })
  expect((await pipeline()).applications[0].seeker.phone).toBe('13812341234')
  expect(await w.ok('applications', SEEKER, { action: 'withdraw', id: w.applicationId })).toMatchObject({ application: { status: 'withdrawn' } })
  expect((await pipeline()).applications[0]).toMatchObject({ status: 'withdrawn', seeker: { phone: '138****1234' } })
})

it('exports what they did as a seeker, phone in full', async () => {
  const data = await w.ok('account', SEEKER, { action: 'exportData' })
  expect(data.profile?.phone).toBe('13812341234')
  expect(data.applications.map((a) => a.id)).toEqual([w.applicationId])
  expect(data.favourites.map((f) => f.jobId)).toEqual([w.jobs.bPublished])
})

it('deletes their seeker data, and nothing of the firm', async () => {
  // The firm's own trail: it is verified, posts, and moves an application; the bureau tells it of a measure.
  const firmId = present((await w.ok('account', SEEKER, { action: 'me' })).employer, 'the firm').id
  await w.review({ target: 'employer', id: firmId, decision: 'approve' })
  const posting = await w.createJob(SEEKER, { title: '理货员' }, true)
  await w.approveJob(posting)
  const { application } = await w.ok('applications', SEEKER_2, { action: 'apply', jobId: posting })
  await w.ok('applications', SEEKER, { action: 'setStatus', id: application.id, status: 'viewed' })
  await w.db.collection(MESSAGES).add({ ownerOpenId: SEEKER, kind: 'recommendation', title: '为您推荐：吸纳就业补助', body: '第21条', read: false, createdAt: NOW.toISOString() })
  await w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'viewed' })

  const deleted = await w.ok('account', SEEKER, { action: 'deleteAccount', confirm: true })
  expect(deleted).toMatchObject({ deleted: { profile: 1, applications: 1, favourites: 1, messages: 1 }, anonymised: { auditEntries: 1 } })
  expect(await w.ok('account', SEEKER, { action: 'profile' })).toMatchObject({ profile: null, counts: { applications: 0, favourites: 0 } })
  expect(await w.ok('account', SEEKER, { action: 'me' })).toMatchObject({ role: 'employer', employer: { id: firmId, status: 'verified' } })
  expect((await w.ok('jobs', SEEKER, { action: 'mine' })).jobs.map((j) => j.id)).toEqual([posting])
  expect(await w.count(MESSAGES, { ownerOpenId: SEEKER, kind: 'recommendation' })).toBe(1)
  // The firm's decisions keep who made them; what the person did as a seeker no longer says.
  expect(await w.count(AUDIT_LOG, { 'actor.openId': SEEKER, 'actor.role': 'employer' })).toBe(1)
  expect(await w.count(AUDIT_LOG, { 'actor.openId': SEEKER, 'actor.role': 'seeker' })).toBe(0)
  // The firm applied to no longer has the application.
  expect((await w.ok('applications', FIRM_A, { action: 'forJob', jobId: w.jobs.aPublished })).applications).toEqual([])
})

it('seeks no new jobs as an enterprise account: applying, the profile and favourites are refused', async () => {
  const before = await w.dump()
  for (const [fn, event] of [
    ['applications', { action: 'apply', jobId: w.jobs.bPublished }],
    ['account', { action: 'updateProfile', name: '王小明', education: 'associate', experienceYears: 3 }],
    ['jobs', { action: 'favourite', id: w.jobs.aPublished, favourite: true }],
    ['jobs', { action: 'favourites' }],
  ] as const) {
    expect(await w.call(fn, SEEKER, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }
  expect(await w.dump()).toBe(before)
})

it('an administrator has no seeker data to reach', async () => {
  for (const action of ['exportData', 'deleteAccount']) {
    expect(await w.call('account', ADMIN, { action, ...(action === 'deleteAccount' ? { confirm: true } : {}) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }
})
