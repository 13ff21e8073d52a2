/** fairs.* and the bureau's fair actions (admin.saveFair, fairParticipants, exportFair, fairCheckIn, stats) through the routers. */
import { CODE_ALPHABET } from '../../cloudfunctions/_shared/fairs/check-in-code'
import { ADMIN, at, fairInput, FIRM_A, FIRM_B, makeFairWorld, SEEKER, type FairWorld } from '../helpers/fairs'
import type { Output } from '../../cloudfunctions/api'
import admin from '../../cloudfunctions/admin/index.ts'
import { DB_PARALLELISM } from '../../cloudfunctions/_shared/db/concurrency'
import { MAX_CONCURRENT_DB_REQUESTS } from '../../cloudfunctions/_shared/db/cloudbase-limits'
import { invoke } from '../../server/invoke'
import { signupId } from '../../cloudfunctions/_shared/repositories/fair-signups'
import { inTransactions } from '../../bench/board'
import { downloadText, testProfile } from '../helpers/context'
import { cloudBaseStorage } from '../../cloudfunctions/_shared/storage'

let w: FairWorld
beforeEach(async () => {
  w = await makeFairWorld()
})
afterEach(() => w.db.close())

/** During the default fair (2026-12-05 09:00–15:00 Shanghai), and after it. */
const DURING = { now: at('2026-12-05 10:00') }
const AFTER = { now: at('2026-12-05 16:00') }
const SEEKER_2 = 'u-seeker-2'

const book = (openId: string, fairId: string, jobIds: string[], options = {}) => w.fairsCall(openId, { action: 'register', fairId, jobIds }, options)
const refused = (code: string, message?: string) => ({ ok: false, error: { code, ...(message ? { message: expect.stringContaining(message) } : {}) } })

describe('admin.saveFair', () => {
  it('creates a fair whose status, days and booths are derived', async () => {
    const { fair, created } = await w.adminOk({ action: 'saveFair', ...fairInput() })
    expect(created).toBe(true)
    expect(fair).toMatchObject({
      name: '民营企业招聘月·太原专场',
      campaignLabel: '民营企业招聘月',
      levelLabel: '市级',
      regionLabel: '太原市小店区',
      modeLabel: '现场',
      startAt: '2026-12-05T01:00:00.000Z',
      endAt: '2026-12-05T07:00:00.000Z',
      days: ['2026-12-05'],
      boothCount: 10,
      boothsBooked: 0,
      boothsLeft: 10,
      status: 'upcoming',
      statusLabel: '即将开始',
    })
  })

  it('drops the venue of an online fair', async () => {
    const { fair } = await w.adminOk({ action: 'saveFair', ...fairInput({ mode: 'online', hallMapUrl: 'https://example.cn/hall.png' }) })
    expect(fair).toMatchObject({ mode: 'online', venue: '', address: '', location: null, hallMapUrl: '' })
  })

  it('shows an uploaded hall map to anyone by a temporary link, while the fair keeps the file for the editor', async () => {
    const fileID = 'cloud://prod-1a2b.7072-prod-1a2b-1300000000/fair-hall-maps/taiyuan.png'
    const { fair } = await w.adminOk({ action: 'saveFair', ...fairInput({ hallMapUrl: fileID }) })
    // CloudBase's getTempFileURL, as the SDK answers it: a link for a stored file, a code for a missing one.
    const asked: { fileID: string; maxAge: number }[] = []
    const cloud = cloudBaseStorage({
      uploadFile: () => Promise.reject(new Error('nothing is uploaded here')),
      getTempFileURL: async ({ fileList }) => {
        asked.push(...(fileList as { fileID: string; maxAge: number }[]))
        return {
          fileList: (fileList as { fileID: string }[]).map((f) =>
            f.fileID === fileID
              ? { code: 'SUCCESS', fileID: f.fileID, tempFileURL: 'https://7072-prod-1a2b-1300000000.tcb.qcloud.la/fair-hall-maps/taiyuan.png?sign=x&t=1' }
              : { code: 'STORAGE_FILE_NONEXIST', fileID: f.fileID, tempFileURL: '' },
          ),
          requestId: 'r',
        }
      },
    })
    const seen = await w.fairsOk(SEEKER, { action: 'get', id: fair.id }, { storage: cloud })
    expect(seen.fair).toMatchObject({ hallMapUrl: fileID, hallMapLink: expect.stringMatching(/^https:\/\/7072-prod-1a2b-1300000000\.tcb\.qcloud\.la\/fair-hall-maps\/taiyuan\.png\?/) })
    expect(asked).toEqual([{ fileID, maxAge: 86_400 }])
    // A file no longer in storage shows no map; an address typed as https:// shows as it is.
    const { fair: moved } = await w.adminOk({ action: 'saveFair', id: fair.id, ...fairInput({ hallMapUrl: `${fileID}.old` }) })
    expect((await w.fairsOk(SEEKER, { action: 'get', id: moved.id }, { storage: cloud })).fair.hallMapLink).toBe('')
    await w.adminOk({ action: 'saveFair', id: fair.id, ...fairInput({ hallMapUrl: 'https://example.cn/hall.png' }) })
    expect((await w.fairsOk(SEEKER, { action: 'get', id: fair.id }, { storage: cloud })).fair.hallMapLink).toBe('https://example.cn/hall.png')
  })

  it('edits a fair, keeping its bookings, but never below the booths booked', async () => {
    const id = await w.createFair()
    await w.fairsOk(FIRM_A, { action: 'register', fairId: id, jobIds: [w.jobs.aPublished] })
    await w.fairsOk(FIRM_B, { action: 'register', fairId: id, jobIds: [w.jobs.bPublished] })
    await w.fairsOk(FIRM_A, { action: 'cancel', fairId: id })
    // Booth 2 (firm B) remains: 1 booth would drop it.
    const before = await w.dump()
    expect(await w.adminCall(ADMIN, { action: 'saveFair', id, ...fairInput({ boothCount: 1 }) })).toMatchObject(refused('INVALID_INPUT', '2号展位已被预订'))
    expect(await w.dump()).toBe(before)
    const { fair } = await w.adminOk({ action: 'saveFair', id, ...fairInput({ name: '民营企业招聘月·太原综合专场', boothCount: 2 }) })
    expect(fair).toMatchObject({ id, name: '民营企业招聘月·太原综合专场', boothCount: 2, boothsBooked: 1, boothsLeft: 1 })
    await w.fairsOk(FIRM_A, { action: 'register', fairId: id, jobIds: [w.jobs.aPublished] })
    expect(await w.adminCall(ADMIN, { action: 'saveFair', id, ...fairInput({ boothCount: 1 }) })).toMatchObject(refused('INVALID_INPUT', '已有2家企业预订展位'))
  })

  it('answers NOT_FOUND for an unknown fair', async () => {
    expect(await w.adminCall(ADMIN, { action: 'saveFair', id: 'nope', ...fairInput() })).toMatchObject(refused('NOT_FOUND'))
  })

  it.each([
    ['an end before the start', { endAt: '2026-12-05T08:00:00+08:00' }, 'endAt'],
    ['an end equal to the start', { endAt: '2026-12-05T09:00:00+08:00' }, 'endAt'],
    ['a fair of more than 92 days', { endAt: '2027-03-08T09:00:00+08:00' }, 'endAt'],
    ['a time without its offset', { startAt: '2026-12-05T09:00:00' }, 'startAt'],
    ['an impossible date', { startAt: '2026-02-30T09:00:00+08:00' }, 'startAt'],
    ['a latitude outside Shanxi', { location: { latitude: 31.23, longitude: 112.56 } }, 'location.latitude'],
    ['a longitude out of range', { location: { latitude: 37.8, longitude: 200 } }, 'location.longitude'],
    ['coordinates as text', { location: { latitude: '37.8', longitude: '112.5' } }, 'location.latitude'],
    ['a district of another city', { region: { city: '太原市', district: '平城区' } }, 'region.district'],
    ['a county fair without its county', { level: 'county', region: { city: '晋中市' } }, 'region.district'],
    ['an on-site fair without a venue', { venue: '' }, 'venue'],
    ['an on-site fair without an address', { address: ' ' }, 'address'],
    ['an unknown campaign', { campaign: 'summer' }, 'campaign'],
    ['an unknown level', { level: '省' }, 'level'],
    ['a city outside Shanxi', { region: { city: '西安市', district: '' } }, 'region.city'],
    ['no booths', { boothCount: 0 }, 'boothCount'],
    ['too many booths', { boothCount: 2001 }, 'boothCount'],
    ['a fraction of a booth', { boothCount: 1.5 }, 'boothCount'],
    ['a hall map over http', { hallMapUrl: 'http://example.cn/hall.png' }, 'hallMapUrl'],
    ['a bad phone number', { contactPhone: '12345' }, 'contactPhone'],
    ['a one-character name', { name: '会' }, 'name'],
    ['an unknown field', { booths: 10 }, ''],
  ])('refuses %s and writes nothing', async (_label, over, field) => {
    const id = await w.createFair()
    const before = await w.dump()
    for (const event of [{ action: 'saveFair', ...fairInput(over) }, { action: 'saveFair', id, ...fairInput(over) }]) {
      const res = await w.adminCall(ADMIN, event)
      expect(res).toMatchObject(refused('INVALID_INPUT'))
      if (field && !res.ok) expect((res.error.details?.issues as { field: string }[]).map((i) => i.field)).toContain(field)
    }
    expect(await w.dump()).toBe(before)
  })
})

describe('fairs.list', () => {
  beforeEach(async () => {
    // Created out of order, so the order of the list is the service's.
    await Promise.all([
      w.createFair({ name: '金秋招聘月·晋中专场', campaign: 'golden-autumn', region: { city: '晋中市', district: '榆次区' }, startAt: '2026-12-20T09:00:00+08:00', endAt: '2026-12-20T15:00:00+08:00' }),
      w.createFair({ name: '太原现场专场' }),
      w.createFair({ name: '全省网络招聘会', mode: 'online', level: 'province', startAt: '2026-11-20T09:00:00+08:00', endAt: '2026-12-02T18:00:00+08:00' }),
      w.createFair({ name: '今天下午的专场', startAt: '2026-11-28T14:00:00+08:00', endAt: '2026-11-28T17:00:00+08:00' }),
      w.createFair({ name: '春风行动·往期', campaign: 'spring-breeze', startAt: '2026-03-01T09:00:00+08:00', endAt: '2026-03-01T15:00:00+08:00' }),
    ])
  })
  const names = (d: Output<'fairs', 'list'>) => d.fairs.map((f) => f.name)

  it('puts fairs under way first, then today’s, then upcoming by start, then ended ones', async () => {
    const d = await w.fairsOk(null, { action: 'list' })
    expect(names(d)).toEqual(['全省网络招聘会', '今天下午的专场', '太原现场专场', '金秋招聘月·晋中专场', '春风行动·往期'])
    expect(d.fairs.map((f) => f.status)).toEqual(['ongoing', 'today', 'upcoming', 'upcoming', 'ended'])
    expect(d.total).toBe(5)
  })

  it('filters by campaign, city, mode and open/ended, and limits', async () => {
    expect(names(await w.fairsOk(null, { action: 'list', campaign: 'golden-autumn' }))).toEqual(['金秋招聘月·晋中专场'])
    expect(names(await w.fairsOk(null, { action: 'list', city: '晋中市' }))).toEqual(['金秋招聘月·晋中专场'])
    expect(names(await w.fairsOk(null, { action: 'list', mode: 'online' }))).toEqual(['全省网络招聘会'])
    expect(names(await w.fairsOk(null, { action: 'list', when: 'open' }))).not.toContain('春风行动·往期')
    expect(names(await w.fairsOk(null, { action: 'list', when: 'ended' }))).toEqual(['春风行动·往期'])
    const limited = await w.fairsOk(null, { action: 'list', limit: 2 })
    expect(limited.fairs).toHaveLength(2)
    expect(limited.total).toBe(5)
  })

  it('gives a month’s fairs and the days that have them, for the calendar', async () => {
    const d = await w.fairsOk(null, { action: 'list', month: '2026-12' })
    expect(names(d).sort()).toEqual(['全省网络招聘会', '太原现场专场', '金秋招聘月·晋中专场'].sort())
    expect(d.days).toEqual([
      { date: '2026-12-01', count: 1 },
      { date: '2026-12-02', count: 1 },
      { date: '2026-12-05', count: 1 },
      { date: '2026-12-20', count: 1 },
    ])
    const march = await w.fairsOk(null, { action: 'list', month: '2026-03', campaign: 'spring-breeze' })
    expect(march.days).toEqual([{ date: '2026-03-01', count: 1 }])
  })

  it('refuses a bad filter', async () => {
    for (const bad of [{ month: '2026-13' }, { month: '2026-1' }, { campaign: 'summer' }, { city: '北京市' }, { mode: 'both' }, { when: 'soon' }, { limit: 0 }, { page: 2 }]) {
      expect(await w.fairsCall(null, { action: 'list', ...bad })).toMatchObject(refused('INVALID_INPUT'))
    }
  })
})

describe('booking a booth (fairs.register / cancel / setJobs)', () => {
  let fairId: string
  beforeEach(async () => {
    fairId = await w.createFair({ boothCount: 2 })
  })

  it('books the first free booth, with the firm’s postings, and shows the firm at the fair', async () => {
    const a = await w.fairsOk(FIRM_A, { action: 'register', fairId, jobIds: [w.jobs.aPublished] })
    expect(a.booking).toMatchObject({ fairId, employerId: w.ids.a, boothNo: 1, jobIds: [w.jobs.aPublished] })
    expect(a.jobs.map((j) => j.title)).toEqual(['焊工'])
    expect(a.fair).toMatchObject({ boothsBooked: 1, boothsLeft: 1 })
    const b = await w.fairsOk(FIRM_B, { action: 'register', fairId, jobIds: [w.jobs.bPublished] })
    expect(b.booking.boothNo).toBe(2)

    const d = await w.fairsOk(SEEKER, { action: 'get', id: fairId })
    expect(d.firms.map((f) => [f.boothNo, f.employer.name, f.jobs.map((j) => j.title)])).toEqual([
      [1, '大同甲机械有限公司', ['焊工']],
      [2, '晋中乙餐饮有限公司', ['服务员']],
    ])
    expect(d.counts).toEqual({ firms: 2, jobs: 2, signups: 0 })
    // What anyone sees of a firm: no credit code, no contact.
    expect(Object.keys(d.firms[0].employer).sort()).toEqual(['city', 'district', 'employees', 'id', 'industry', 'industryLabel', 'name'])
    expect(d.mine).toEqual({ booking: null, signup: null })
    expect((await w.fairsOk(FIRM_A, { action: 'get', id: fairId })).mine?.booking).toMatchObject({ boothNo: 1 })
    expect((await w.fairsOk(null, { action: 'get', id: fairId })).mine).toBeNull()
  })

  it('allows one booth per firm, never more booths than the fair has, and writes nothing when it refuses', async () => {
    await w.fairsOk(FIRM_A, { action: 'register', fairId, jobIds: [w.jobs.aPublished] })
    let before = await w.dump()
    expect(await book(FIRM_A, fairId, [w.jobs.aPublished])).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('1号展位'), details: { reason: 'booked', boothNo: 1 } },
    })
    expect(await w.dump()).toBe(before)

    await w.adminOk({ action: 'saveFair', id: fairId, ...fairInput({ boothCount: 1 }) })
    before = await w.dump()
    expect(await book(FIRM_B, fairId, [w.jobs.bPublished])).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '展位已订满', details: { reason: 'full' } } })
    expect(await w.dump()).toBe(before)
  })

  it('brings only the firm’s own postings that are recruiting now', async () => {
    const before = await w.dump()
    expect(await book(FIRM_A, fairId, [w.jobs.aDraft])).toMatchObject(refused('CONFLICT', '「数控车工」当前不在招聘中'))
    expect(await book(FIRM_A, fairId, [w.jobs.aPending])).toMatchObject(refused('CONFLICT'))
    expect(await book(FIRM_A, fairId, [w.jobs.aPublished, w.jobs.bPublished])).toMatchObject(refused('FORBIDDEN', '只能带本企业'))
    expect(await book(FIRM_A, fairId, ['no-such-job'])).toMatchObject(refused('NOT_FOUND'))
    expect(await book(FIRM_A, fairId, [])).toMatchObject(refused('INVALID_INPUT', '至少选择1个'))
    expect(await book(FIRM_A, fairId, [w.jobs.aPublished, w.jobs.aPublished])).toMatchObject(refused('INVALID_INPUT', '不能重复'))
    expect(await book(FIRM_A, 'no-such-fair', [w.jobs.aPublished])).toMatchObject(refused('NOT_FOUND'))
    // Expired: the posting was published for 30 days on NOW.
    expect(await book(FIRM_A, fairId, [w.jobs.aPublished], { now: at('2027-01-05 10:00') })).toMatchObject(refused('CONFLICT'))
    expect(await w.dump()).toBe(before)
  })

  it('lets a firm book until the fair ends, and cancel only before it starts, which frees the booth', async () => {
    expect(await book(FIRM_A, fairId, [w.jobs.aPublished], AFTER)).toMatchObject(refused('CONFLICT', '已结束'))
    await w.fairsOk(FIRM_A, { action: 'register', fairId, jobIds: [w.jobs.aPublished] }, DURING)
    const before = await w.dump()
    expect(await w.fairsCall(FIRM_A, { action: 'cancel', fairId }, DURING)).toMatchObject(refused('CONFLICT', '已开始'))
    expect(await w.dump()).toBe(before)
    // The same morning, before 09:00, it still may.
    const cancelled = await w.fairsOk(FIRM_A, { action: 'cancel', fairId }, { now: at('2026-12-05 08:59') })
    expect(cancelled).toMatchObject({ cancelled: { boothNo: 1 }, fair: { boothsBooked: 0 } })
    expect(await w.fairsCall(FIRM_A, { action: 'cancel', fairId })).toMatchObject(refused('NOT_FOUND'))
    // The freed booth 1 goes to the next firm.
    await w.fairsOk(FIRM_B, { action: 'register', fairId, jobIds: [w.jobs.bPublished] })
    expect((await w.fairsOk(FIRM_A, { action: 'register', fairId, jobIds: [w.jobs.aPublished] })).booking.boothNo).toBe(2)
  })

  it('changes the postings a booth brings; a posting closed later leaves the fair page', async () => {
    const second = await w.createJob(FIRM_A, { title: '电工' }, true)
    await w.approveJob(second)
    await w.fairsOk(FIRM_A, { action: 'register', fairId, jobIds: [w.jobs.aPublished] })
    const changed = await w.fairsOk(FIRM_A, { action: 'setJobs', fairId, jobIds: [second, w.jobs.aPublished] })
    expect(changed.booking.jobIds).toEqual([second, w.jobs.aPublished])
    expect(await w.fairsCall(FIRM_B, { action: 'setJobs', fairId, jobIds: [w.jobs.bPublished] })).toMatchObject(refused('NOT_FOUND'))
    expect(await w.fairsCall(FIRM_A, { action: 'setJobs', fairId, jobIds: [w.jobs.aDraft] })).toMatchObject(refused('CONFLICT'))
    await w.ok('jobs', FIRM_A, { action: 'close', id: second })
    const d = await w.fairsOk(SEEKER, { action: 'get', id: fairId })
    expect(d.firms[0].jobs.map((j) => j.title)).toEqual(['焊工'])
  })
})

describe('signing up (fairs.signup / mark / mine)', () => {
  let fairId: string
  beforeEach(async () => {
    fairId = await w.createFair()
    await w.fairsOk(FIRM_A, { action: 'register', fairId, jobIds: [w.jobs.aPublished] })
  })

  it('gives a short, unambiguous check-in code, the same one when signing up again', async () => {
    const first = await w.fairsOk(SEEKER, { action: 'signup', fairId })
    expect(first.created).toBe(true)
    expect(first.signup.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`))
    const again = await w.fairsOk(SEEKER, { action: 'signup', fairId })
    expect(again).toMatchObject({ created: false, signup: { code: first.signup.code } })
    expect(await w.countOf('fairSignups')).toBe(1)
    const other = await w.fairsOk(SEEKER_2, { action: 'signup', fairId })
    expect(other.signup.code).not.toBe(first.signup.code)
    expect((await w.fairsOk(SEEKER, { action: 'get', id: fairId })).mine?.signup).toMatchObject({ code: first.signup.code })
  })

  it('closes sign-up when the fair has ended', async () => {
    expect(await w.fairsCall(SEEKER, { action: 'signup', fairId }, AFTER)).toMatchObject(refused('CONFLICT', '已结束'))
    expect(await w.countOf('fairSignups')).toBe(0)
    expect(await w.fairsCall(SEEKER, { action: 'signup', fairId: 'nope' })).toMatchObject(refused('NOT_FOUND'))
  })

  it('marks firms as interesting before the fair and visited at it', async () => {
    expect(await w.fairsCall(SEEKER, { action: 'mark', fairId, employerId: w.ids.a, interested: true })).toMatchObject(refused('FORBIDDEN', '报名'))
    await w.fairsOk(SEEKER, { action: 'signup', fairId })
    const interested = await w.fairsOk(SEEKER, { action: 'mark', fairId, employerId: w.ids.a, interested: true })
    expect(interested.marks).toEqual([{ employerId: w.ids.a, visited: false, interested: true, at: expect.any(String) }])
    expect(await w.fairsCall(SEEKER, { action: 'mark', fairId, employerId: w.ids.a, visited: true })).toMatchObject(refused('CONFLICT', '当天'))
    const visited = await w.fairsOk(SEEKER, { action: 'mark', fairId, employerId: w.ids.a, visited: true }, DURING)
    expect(visited.marks).toMatchObject([{ visited: true, interested: true }])
    expect(await w.fairsCall(SEEKER, { action: 'mark', fairId, employerId: w.ids.b, visited: true }, DURING)).toMatchObject(refused('NOT_FOUND', '没有参加'))
    expect(await w.fairsCall(SEEKER, { action: 'mark', fairId, employerId: w.ids.a })).toMatchObject(refused('INVALID_INPUT'))
    const cleared = await w.fairsOk(SEEKER, { action: 'mark', fairId, employerId: w.ids.a, visited: false, interested: false }, DURING)
    expect(cleared.marks).toEqual([])
    expect(await w.fairsCall(SEEKER, { action: 'mark', fairId, employerId: w.ids.a, interested: true }, AFTER)).toMatchObject(refused('CONFLICT', '已结束'))
  })

  it('lists the caller’s sign-ups or booths with their fairs', async () => {
    const later = await w.createFair({ name: '第二场', startAt: '2026-12-10T09:00:00+08:00', endAt: '2026-12-10T15:00:00+08:00' })
    await w.fairsOk(SEEKER, { action: 'signup', fairId: later })
    await w.fairsOk(SEEKER, { action: 'signup', fairId })
    const seeker = await w.fairsOk(SEEKER, { action: 'mine' })
    expect(seeker.role).toBe('seeker')
    expect(seeker.signups.map((s) => s.fair.name)).toEqual(['民营企业招聘月·太原专场', '第二场'])
    expect(seeker.bookings).toEqual([])
    const firm = await w.fairsOk(FIRM_A, { action: 'mine' })
    expect(firm).toMatchObject({ role: 'employer', signups: [], bookings: [{ fair: { id: fairId }, booking: { boothNo: 1 } }] })
  })
})

describe('fairs.forEmployer', () => {
  it('lists the fairs a firm attends that have not ended, with its booth', async () => {
    const soon = await w.createFair({ name: '近期专场' })
    const past = await w.createFair({ name: '往期专场', startAt: '2026-12-01T09:00:00+08:00', endAt: '2026-12-01T15:00:00+08:00' })
    await w.fairsOk(FIRM_A, { action: 'register', fairId: past, jobIds: [w.jobs.aPublished] })
    await w.fairsOk(FIRM_A, { action: 'register', fairId: soon, jobIds: [w.jobs.aPublished] })
    const now = await w.fairsOk(null, { action: 'forEmployer', employerId: w.ids.a })
    expect(now.fairs.map((f) => [f.fair.name, f.boothNo])).toEqual([['往期专场', 1], ['近期专场', 1]])
    const later = await w.fairsOk(null, { action: 'forEmployer', employerId: w.ids.a }, { now: at('2026-12-02 10:00') })
    expect(later.fairs.map((f) => f.fair.name)).toEqual(['近期专场'])
    expect((await w.fairsOk(null, { action: 'forEmployer', employerId: 'nobody' })).fairs).toEqual([])
  })
})

describe('the bureau’s fair actions', () => {
  let fairId: string
  beforeEach(async () => {
    fairId = await w.createFair({ name: '招聘会, "A"' })
    await w.fairsOk(FIRM_A, { action: 'register', fairId, jobIds: [w.jobs.aPublished] })
    await w.fairsOk(FIRM_B, { action: 'register', fairId, jobIds: [w.jobs.bPublished] })
  })

  it('lists bookings with contacts and sign-ups with codes', async () => {
    const { signup } = await w.fairsOk(SEEKER, { action: 'signup', fairId })
    const p = await w.adminOk({ action: 'fairParticipants', fairId })
    expect(p.counts).toEqual({ bookings: 2, signups: 1, checkedIn: 0 })
    expect(p.bookings?.items.map((b) => [b.boothNo, b.employerName, b.employer?.contactPhone, b.jobs.map((j) => j.title)])).toEqual([
      [1, '大同甲机械有限公司', '13800000000', ['焊工']],
      [2, '晋中乙餐饮有限公司', '13800000000', ['服务员']],
    ])
    expect(p.bookings?.nextCursor).toBeNull()
    expect(p.signups).toMatchObject({ items: [{ code: signup.code, openId: SEEKER, checkedInAt: null, visited: 0, interested: 0 }], nextCursor: null })
    expect(await w.adminCall(ADMIN, { action: 'fairParticipants', fairId: 'nope' })).toMatchObject(refused('NOT_FOUND'))
  })

  it('exports bookings and sign-ups as CSV files in storage, quoting where needed and defusing formulas', async () => {
    await w.fairsOk(SEEKER, { action: 'signup', fairId })
    const bookings = await w.adminOk({ action: 'exportFair', fairId, kind: 'bookings' })
    expect(bookings).toMatchObject({ filename: '20261205-招聘会, "A"-参会企业.csv', rows: 2, file: { fileID: expect.stringMatching(/\.csv$/), url: expect.stringMatching(/^http/) } })
    // The link works for ten minutes (EXPORT_LINK_SECONDS).
    expect(Date.parse(bookings.file.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000)
    const text = downloadText(bookings.file)
    expect(text.startsWith('\uFEFF')).toBe(true)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('展位号,企业名称,统一社会信用代码,行业,所在地,联系人,联系电话,参会岗位,岗位数,招聘人数,预订时间')
    expect(lines[1]).toBe('1,大同甲机械有限公司,91140200MA0JT5R7W0,工业,大同市平城区,张三,13800000000,焊工（3人）,1,3,2026-11-28 12:00')
    const signups = await w.adminOk({ action: 'exportFair', fairId, kind: 'signups' })
    expect(downloadText(signups.file).slice(1).split('\r\n')[0]).toBe('序号,签到码,用户标识,报名时间,签到时间,已到访企业数,感兴趣企业数')
    expect(signups.rows).toBe(1)
    const { csvCell } = await import('../../cloudfunctions/_shared/exports')
    expect([csvCell('a,b'), csvCell('say "hi"'), csvCell('=SUM(A1)'), csvCell('line\nbreak'), csvCell(-3)]).toEqual(['"a,b"', '"say ""hi"""', "'=SUM(A1)", '"line\nbreak"', '-3'])
  })

  it('checks a seeker in by code on the fair’s day, once', async () => {
    const { signup } = await w.fairsOk(SEEKER, { action: 'signup', fairId })
    const code = `${signup.code.slice(0, 4).toLowerCase()}-${signup.code.slice(4)}`
    expect(await w.adminCall(ADMIN, { action: 'fairCheckIn', fairId, code })).toMatchObject(refused('CONFLICT', '当天'))
    const first = await w.adminOk({ action: 'fairCheckIn', fairId, code }, { now: at('2026-12-05 08:30') })
    expect(first).toMatchObject({ already: false, signup: { code: signup.code, checkedInAt: at('2026-12-05 08:30').toISOString() } })
    const again = await w.adminOk({ action: 'fairCheckIn', fairId, code: signup.code }, DURING)
    expect(again).toMatchObject({ already: true, signup: { checkedInAt: at('2026-12-05 08:30').toISOString() } })
    expect(await w.adminCall(ADMIN, { action: 'fairCheckIn', fairId, code: 'ABCDEFGH' }, DURING)).toMatchObject(refused('NOT_FOUND', '签到码无效'))
    expect(await w.adminCall(ADMIN, { action: 'fairCheckIn', fairId, code: 'O0I1' }, DURING)).toMatchObject(refused('INVALID_INPUT'))
    expect(await w.adminCall(ADMIN, { action: 'fairCheckIn', fairId, code: signup.code }, AFTER)).toMatchObject(refused('CONFLICT', '已结束'))
    expect((await w.adminOk({ action: 'fairParticipants', fairId })).counts.checkedIn).toBe(1)
  })

  it('adds per-fair figures to admin.stats: firms, postings, sign-ups, check-ins, applications from the fair', async () => {
    await w.fairsOk(SEEKER, { action: 'signup', fairId })
    await w.fairsOk(SEEKER_2, { action: 'signup', fairId })
    // Applications made from the fair's page carry its id (the seekers' applications collection).
    await w.db.collection('applications').add({ jobId: w.jobs.aPublished, fairId, seekerOpenId: SEEKER })
    await w.db.collection('applications').add({ jobId: w.jobs.aPublished, seekerOpenId: SEEKER_2 })
    const stats = await w.adminOk({ action: 'stats' })
    expect(stats.employers).toBeDefined()
    expect(stats.jobs).toBeDefined()
    expect(stats.fairs.total).toBe(1)
    expect(stats.fairs.open).toBe(1)
    expect(stats.fairs.byCampaign.find((b) => b.key === 'private-enterprise-month')?.count).toBe(1)
    expect(stats.fairs.fairs).toEqual([
      expect.objectContaining({ id: fairId, firms: 2, postings: 2, signups: 2, checkedIn: 0, applications: 1, status: 'upcoming' }),
    ])
  })

  it('keeps admin.stats’ sixty counts and four reads per fair within the database requests CloudBase allows at once', async () => {
    for (let i = 0; i < 11; i++) await w.createFair({ name: `第${i + 2}场` })
    const invoked = await invoke(admin, { action: 'stats' }, w.ctx(ADMIN), testProfile)
    expect(invoked.answer).toMatchObject({ ok: true, data: { fairs: { total: 12 } } })
    expect(invoked.maxInFlight).toBeLessThanOrEqual(DB_PARALLELISM)
    expect(DB_PARALLELISM).toBeLessThan(MAX_CONCURRENT_DB_REQUESTS)
  })

  it('exports 20,000 sign-ups of one millisecond as a file, each once: not an answer past 1 MB, nor pages that lose rows', async () => {
    const at = '2026-11-28T04:00:00.000Z'
    const openIds = Array.from({ length: 20_000 }, (_, i) => `u-crowd-${String(i).padStart(5, '0')}`)
    await inTransactions(w.db, openIds, (tx, openId, i) =>
      tx.collection('fairSignups').add({ _id: signupId(fairId, openId), fairId, openId, code: String(i).padStart(8, '0'), marks: [], checkedInAt: null, checkedInBy: null, createdAt: at, updatedAt: at }),
    )
    const { answer, body } = await invoke(admin, { action: 'exportFair', fairId, kind: 'signups' }, w.ctx(ADMIN), testProfile)
    expect(answer).toMatchObject({ ok: true, data: { rows: 20_000 } })
    expect(body.length).toBeLessThan(2000)
    const rows = downloadText((answer as { data: Output<'admin', 'exportFair'> }).data.file).trimEnd().split('\r\n').slice(1)
    expect(new Set(rows.map((r) => r.split(',')[2]))).toEqual(new Set(openIds))
    // The roster shows a page of them.
    const roster = await invoke(admin, { action: 'fairParticipants', fairId }, w.ctx(ADMIN), testProfile)
    expect(roster.answer).toMatchObject({ ok: true, data: { counts: { signups: 20_000 }, signups: { nextCursor: expect.any(String) } } })
    expect(roster.body.length).toBeLessThan(50_000)
  })

  it('pages the roster in a total order: sign-ups of the same millisecond neither repeat nor go missing', async () => {
    const seekers = Array.from({ length: 7 }, (_, i) => `u-roster-${i}`)
    // All at one instant (the test's fixed clock): only _id tells them apart.
    for (const openId of seekers) await w.fairsOk(openId, { action: 'signup', fairId })
    const seen: string[] = []
    let page = await w.adminOk({ action: 'fairParticipants', fairId, limit: 3 })
    seen.push(...(page.signups?.items ?? []).map((s) => s.openId))
    while (page.signups?.nextCursor) {
      page = await w.adminOk({ action: 'fairParticipants', fairId, list: 'signups', cursor: page.signups.nextCursor, limit: 3 })
      expect(page.bookings).toBeNull()
      seen.push(...(page.signups?.items ?? []).map((s) => s.openId))
    }
    expect(seen.sort()).toEqual([...seekers].sort())
    const booths = await w.adminOk({ action: 'fairParticipants', fairId, limit: 1 })
    const next = await w.adminOk({ action: 'fairParticipants', fairId, list: 'bookings', cursor: booths.bookings?.nextCursor ?? '', limit: 1 })
    expect([...(booths.bookings?.items ?? []), ...(next.bookings?.items ?? [])].map((b) => b.boothNo)).toEqual([1, 2])
    expect(next.bookings?.nextCursor).toBeNull()
    expect(await w.adminCall(ADMIN, { action: 'fairParticipants', fairId, list: 'signups', cursor: 'nonsense' })).toMatchObject(refused('INVALID_INPUT', '翻页'))
    expect(await w.adminCall(ADMIN, { action: 'fairParticipants', fairId, cursor: '1' })).toMatchObject(refused('INVALID_INPUT'))
  })
})
