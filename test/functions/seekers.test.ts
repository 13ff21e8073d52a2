/**
 * The seeker's own data (account.profile / updateProfile / exportData / deleteAccount), a posting's
 * page (jobs.get), favourites, and reports through to the bureau's queue, where upholding one
 * takes the posting down.
 */
import { ADMIN, FIRM_A, FIRM_B, makeSeekerWorld, NEWCOMER, NOW, SEEKER, SEEKER_2, seekerProfile, type SeekerWorld } from '../helpers/seekers'

let w: SeekerWorld
beforeEach(async () => {
  w = await makeSeekerWorld()
})
afterEach(() => w.db.close())


describe('account.updateProfile and account.profile', () => {
  it('creates a profile, shows it with the phone masked, and keeps the phone when it is left out', async () => {
    expect(await w.ok('account', NEWCOMER, { action: 'profile' })).toEqual({ profile: null, counts: { applications: 0, favourites: 0 } })
    await w.ok('account', NEWCOMER, { action: 'updateProfile', ...seekerProfile({ name: '  张伟 ', phone: '15011112222', intro: '' }) })
    const first = await w.ok('account', NEWCOMER, { action: 'profile' })
    expect(first.profile).toMatchObject({ name: '张伟', phone: '150****2222', educationLabel: '大专', experienceYears: 2 })
    // No phone: the stored one stays.
    await w.ok('account', NEWCOMER, { action: 'updateProfile', ...seekerProfile({ name: '张伟', education: 'bachelor', phone: undefined }) })
    expect((await w.ok('account', NEWCOMER, { action: 'profile' })).profile).toMatchObject({ phone: '150****2222', educationLabel: '本科' })
    const stored = (await w.db.collection('seekers').doc(NEWCOMER).get()).data[0]
    expect(stored).toMatchObject({ phone: '15011112222', education: 'bachelor' })
  })

  it('counts the seeker\'s applications and favourites', async () => {
    await w.ok('jobs', SEEKER, { action: 'favourite', id: w.jobs.bPublished, favourite: true })
    expect((await w.ok('account', SEEKER, { action: 'profile' })).counts).toEqual({ applications: 1, favourites: 1 })
  })

  it.each([
    ['no phone for a new profile', { phone: undefined }, 'phone'],
    ['a landline', { phone: '0351-6012345' }, 'phone'],
    ['a 10-digit number', { phone: '1381234123' }, 'phone'],
    ['a one-character name', { name: '王' }, 'name'],
    ['an unknown education', { education: 'college' }, 'education'],
    ['fractional years', { experienceYears: 1.5 }, 'experienceYears'],
    ['negative years', { experienceYears: -1 }, 'experienceYears'],
    ['an introduction over 300 characters', { intro: '好'.repeat(301) }, 'intro'],
    ['an unknown key', { wechat: 'wx123' }, ''],
  ])('refuses %s with INVALID_INPUT naming the field, writing nothing', async (_what, over, field) => {
    const before = await w.dump()
    const event = { action: 'updateProfile', ...seekerProfile(over) }
    const res = await w.call('account', NEWCOMER, JSON.parse(JSON.stringify(event)))
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (field && !res.ok) expect(JSON.stringify(res.error.details)).toContain(field)
    expect(await w.dump()).toBe(before)
  })
})

describe('account.exportData', () => {
  it('hands the seeker everything stored about them, phones in full', async () => {
    await w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'interview', note: '周三面试' })
    await w.ok('jobs', SEEKER, { action: 'favourite', id: w.jobs.bPublished, favourite: true })
    await w.ok('jobs', SEEKER, { action: 'report', id: w.jobs.bPublished, reason: 'wrong-info', note: '实际工资低于所写' })
    const data = await w.ok('account', SEEKER, { action: 'exportData' })
    expect(data).toMatchObject({
      exportedAt: NOW.toISOString(),
      openId: SEEKER,
      profile: { name: '王小明', phone: '13812341234', education: 'associate' },
      applications: [
        {
          id: w.applicationId,
          job: { title: '焊工' },
          seeker: { phone: '13812341234' },
          status: 'interview',
          timeline: [{ status: 'submitted' }, { status: 'interview', note: '周三面试' }],
        },
      ],
      favourites: [{ jobId: w.jobs.bPublished }],
      reports: [{ jobId: w.jobs.bPublished, reason: 'wrong-info', note: '实际工资低于所写', status: 'open' }],
      fairSignups: [],
      messages: [{ title: '投递进展：邀请面试', body: '大同甲机械有限公司「焊工」：邀请面试。周三面试', read: false }],
    })
    // Nothing of other people.
    expect(JSON.stringify(data)).not.toContain('李华')
  })
})

describe('account.deleteAccount', () => {
  it('removes the profile, applications and favourites; firms keep their counts; reports stay without the reporter', async () => {
    await w.ok('jobs', SEEKER, { action: 'favourite', id: w.jobs.bPublished, favourite: true })
    await w.ok('applications', SEEKER, { action: 'apply', jobId: w.jobs.bPublished })
    await w.ok('jobs', SEEKER, { action: 'report', id: w.jobs.bPublished, reason: 'fraud' })
    await w.ok('applications', SEEKER_2, { action: 'apply', jobId: w.jobs.aPublished })
    // A fair sign-up holds the seeker's openid and check-in code: personal data too.
    await w.db.collection('fairSignups').add({ _id: `fair-1_${SEEKER}`, fairId: 'fair-1', openId: SEEKER, code: 'ABCD2345', marks: [] })
    // The firm moved an application along: a message for the seeker, an audit entry by the firm.
    await w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'viewed' })
    const statsBefore = await w.ok('admin', ADMIN, { action: 'stats' })

    const res = await w.ok('account', SEEKER, { action: 'deleteAccount', confirm: true })
    // The audit log keeps the two applications made, without saying by whom.
    expect(res).toEqual({
      deleted: { profile: 1, applications: 2, favourites: 1, fairSignups: 1, messages: 1 },
      anonymised: { reports: 1, auditEntries: 2 },
    })

    expect(await w.count('seekers', { _id: SEEKER })).toBe(0)
    expect(await w.count('applications', { seekerOpenId: SEEKER })).toBe(0)
    expect(await w.count('favourites', { openId: SEEKER })).toBe(0)
    expect(await w.count('reports', { reporterOpenId: SEEKER })).toBe(0)
    expect(await w.count('reports', { jobId: w.jobs.bPublished, status: 'open' })).toBe(1)
    // Nothing stored mentions the seeker any more.
    expect(await w.dump()).not.toMatch(/u-seeker"|王小明|13812341234/)

    // The firm's pipeline loses the application but not the count of applications received.
    const a = await w.ok('applications', FIRM_A, { action: 'forJob', jobId: w.jobs.aPublished })
    expect(a.applications.map((x) => x.seeker.name)).toEqual(['李华'])
    expect(a.received).toBe(2)
    const b = await w.ok('applications', FIRM_B, { action: 'forJob', jobId: w.jobs.bPublished })
    expect(b).toMatchObject({ received: 1, applications: [] })
    expect((await w.ok('admin', ADMIN, { action: 'stats' })).applications).toEqual(statsBefore.applications)

    // Starting over is possible, as a new seeker.
    expect(await w.ok('account', SEEKER, { action: 'profile' })).toEqual({ profile: null, counts: { applications: 0, favourites: 0 } })
  })

  it('needs an explicit confirmation, and writes nothing without it', async () => {
    const before = await w.dump()
    for (const event of [{}, { confirm: false }, { confirm: 'yes' }]) {
      expect(await w.call('account', SEEKER, { action: 'deleteAccount', ...event })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(await w.dump()).toBe(before)
  })
})

describe('jobs.get', () => {

  it('shows a posting recruiting now with its firm\'s public profile; what the viewer did with it', async () => {
    const anonymous = await w.ok('jobs', null, { action: 'get', id: w.jobs.aPublished })
    expect(anonymous).toMatchObject({ job: { title: '焊工', state: 'published', location: { address: '长治路1号' } }, employer: { name: '大同甲机械有限公司', verified: true, livePostings: 1 }, viewer: null })
    const text = JSON.stringify(anonymous)
    for (const hidden of ['ownerOpenId', FIRM_A, 'creditCode', 'measure21', 'reviewedBy', 'compliance']) expect(text).not.toContain(hidden)

    await w.ok('jobs', SEEKER, { action: 'favourite', id: w.jobs.aPublished, favourite: true })
    expect((await w.ok('jobs', SEEKER, { action: 'get', id: w.jobs.aPublished })).viewer).toEqual({
      role: 'seeker',
      own: false,
      hasProfile: true,
      profile: { education: seekerProfile().education, experienceYears: seekerProfile().experienceYears },
      application: { id: w.applicationId, status: 'submitted', statusLabel: '已投递' },
      favourite: true,
      reported: false,
    })
    expect((await w.ok('jobs', NEWCOMER, { action: 'get', id: w.jobs.aPublished })).viewer).toMatchObject({ hasProfile: false, profile: null, application: null })
    expect((await w.ok('jobs', FIRM_A, { action: 'get', id: w.jobs.aPublished })).viewer).toMatchObject({ role: 'employer', own: true })
  })

  it('shows a posting expired or closed since with its state; never a draft, one in review or an unknown id', async () => {
    const later = { now: new Date(NOW.getTime() + 31 * 86_400_000) }
    expect(await w.call('jobs', null, { action: 'get', id: w.jobs.aPublished }, later)).toMatchObject({ ok: true, data: { job: { state: 'expired' } } })
    await w.ok('jobs', FIRM_B, { action: 'close', id: w.jobs.bPublished })
    expect(await w.call('jobs', null, { action: 'get', id: w.jobs.bPublished })).toMatchObject({ ok: true, data: { job: { state: 'closed' } } })
    for (const id of [w.jobs.aDraft, w.jobs.aPending, w.jobs.unverifiedDraft, 'nothing']) {
      expect(await w.call('jobs', SEEKER, { action: 'get', id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })
})

describe('favourites', () => {

  it('saves a posting once however often, lists the latest first, and takes it off', async () => {
    for (let i = 0; i < 3; i++) await w.ok('jobs', SEEKER, { action: 'favourite', id: w.jobs.aPublished, favourite: true })
    await w.ok('jobs', SEEKER, { action: 'favourite', id: w.jobs.bPublished, favourite: true }, { now: new Date(NOW.getTime() + 60_000) })
    expect(await w.count('favourites', { openId: SEEKER })).toBe(2)
    await w.ok('jobs', FIRM_B, { action: 'close', id: w.jobs.bPublished })
    const list = await w.ok('jobs', SEEKER, { action: 'favourites' })
    expect(list.favourites.map((f) => [f.job?.title, f.job?.state])).toEqual([
      ['服务员', 'closed'],
      ['焊工', 'published'],
    ])
    await w.ok('jobs', SEEKER, { action: 'favourite', id: w.jobs.aPublished, favourite: false })
    expect((await w.ok('jobs', SEEKER, { action: 'favourites' })).favourites).toHaveLength(1)
    expect((await w.ok('jobs', SEEKER_2, { action: 'favourites' })).favourites).toEqual([])
  })

  it('only of postings seekers may see', async () => {
    const before = await w.dump()
    expect(await w.call('jobs', SEEKER, { action: 'favourite', id: w.jobs.aDraft, favourite: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await w.call('jobs', SEEKER, { action: 'favourite', id: w.jobs.aPublished })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.dump()).toBe(before)
  })
})

describe('reports', () => {
  const report = (openId: string, reason = 'fraud', note = '面试时要求先交500元服装费', minutes = 0) =>
    w.call('jobs', openId, { action: 'report', id: w.jobs.bPublished, reason, note }, { now: new Date(NOW.getTime() + minutes * 60_000) })

  it('go to the bureau\'s queue once per caller; upholding one closes the posting and settles the others', async () => {
    expect(await report(SEEKER)).toMatchObject({ ok: true, data: { alreadyReported: false, report: { status: 'open', reasonLabel: '虚假招聘或收取费用' } } })
    expect(await report(SEEKER)).toMatchObject({ ok: true, data: { alreadyReported: true } })
    await report(SEEKER_2, 'discrimination', '', 1)
    await report(FIRM_A, 'wrong-info', '', 2)
    const q = await w.ok('admin', ADMIN, { action: 'queue' })
    expect(q.counts.reports).toBe(3)
    expect(q.reports.map((r) => r.reasonLabel)).toEqual(['虚假招聘或收取费用', '就业歧视', '信息不实'])
    expect(q.reports[0]).toMatchObject({ jobId: w.jobs.bPublished, note: '面试时要求先交500元服装费', job: { state: 'published' }, sameJob: 3 })
    expect(JSON.stringify(q.reports)).not.toContain(SEEKER)

    // Upholding needs a reason the firm will read.
    const before = await w.dump()
    expect(await w.call('admin', ADMIN, { action: 'review', target: 'report', id: q.reports[0].id, revision: await w.revision('report', q.reports[0].id), decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.dump()).toBe(before)

    const upheld = await w.ok('admin', ADMIN, { action: 'review', target: 'report', id: q.reports[0].id, revision: await w.revision('report', q.reports[0].id), decision: 'approve', reason: '经核实存在违规收费' })
    expect(upheld).toMatchObject({ status: 'upheld', jobState: 'closed', settledReports: 3 })
    expect((await w.ok('admin', ADMIN, { action: 'queue' })).counts.reports).toBe(0)
    expect((await w.ok('jobs', null, { action: 'search' })).jobs.map((j) => j.title)).toEqual(['焊工'])
    const mine = await w.ok('jobs', FIRM_B, { action: 'mine', id: w.jobs.bPublished })
    expect(mine.jobs[0]).toMatchObject({ state: 'closed', reviewReason: '经核实存在违规收费' })
    // Settled: a second decision is a conflict; a closed posting cannot be reported.
    expect(await w.call('admin', ADMIN, { action: 'review', target: 'report', id: q.reports[1].id, revision: await w.revision('report', q.reports[1].id), decision: 'reject' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await report(NEWCOMER)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('dismissing a report leaves the posting up', async () => {
    const { data } = (await report(SEEKER)) as { data: { report: { id: string } } }
    expect(await w.ok('admin', ADMIN, { action: 'review', target: 'report', id: data.report.id, revision: await w.revision('report', data.report.id), decision: 'reject' })).toMatchObject({ status: 'dismissed' })
    expect((await w.ok('jobs', null, { action: 'search' })).jobs).toHaveLength(2)
    expect(await w.call('admin', ADMIN, { action: 'review', target: 'report', id: 'nothing', revision: await w.revision('report', 'nothing'), decision: 'reject' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it.each([
    ['an unknown reason', { reason: 'spam' }],
    ['no reason', { reason: undefined }],
    ['a note over 200 characters', { note: '长'.repeat(201) }],
  ])('refuses %s with INVALID_INPUT, writing nothing', async (_what, over) => {
    const before = await w.dump()
    const event = JSON.parse(JSON.stringify({ action: 'report', id: w.jobs.bPublished, reason: 'fraud', ...over }))
    expect(await w.call('jobs', SEEKER, event)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.dump()).toBe(before)
  })
})
