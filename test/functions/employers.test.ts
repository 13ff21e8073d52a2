/** account.registerEmployer, account.me and account.catalog through the router, on the embedded database. */
import { CODES, FIRM_A, makeWorld, profile, SEEKER, UNVERIFIED, type World } from '../helpers/firms'

let w: World
beforeEach(async () => {
  w = await makeWorld()
})
afterEach(() => w.db.close())

const register = (openId: string | null, over: Record<string, unknown> = {}) => w.call('account', openId, { action: 'registerEmployer', ...profile(over) })

describe('account.registerEmployer', () => {
  it('registers a private firm for verification: pending, and the caller becomes an employer', async () => {
    const res = await register(SEEKER, { creditCode: ' 91140100ma0mpl7e6l ' })
    expect(res).toMatchObject({ ok: true, data: { employer: { status: 'pending', statusLabel: '待审核', creditCode: CODES.spare, name: '太原测试软件有限公司' } } })
    const me = await w.ok('account', SEEKER, { action: 'me' })
    expect(me.role).toBe('employer')
    expect(me.employer).toMatchObject({ status: 'pending', city: '太原市', district: '小店区' })
  })

  it.each([
    ['a wrong check character', { creditCode: '91140100MA0MPL7E6X' }, '校验位不正确'],
    ['a code of the wrong length', { creditCode: '91140100MA0MPL7E6' }, '应为18位'],
    ['a letter the standard leaves out', { creditCode: '91140100MA0MPL7EIL' }, '不是有效字符'],
    ['a state-owned firm', { ownership: 'state' }, '只有民营企业'],
    ['an ownership that is not one of the four', { ownership: 'collective' }, '企业性质'],
    ['a district of another city', { district: '榆次区' }, '榆次区不是太原市的区县'],
    ['a city outside Shanxi', { city: '北京市' }, '山西省'],
    ['a phone number that is neither mobile nor landline', { contactPhone: '12345' }, '联系电话'],
    ['a one-character name', { name: '晋' }, '企业名称至少2个字'],
    ['a very long address', { address: '路'.repeat(101) }, '详细地址最多100个字'],
    ['employees as text', { employees: '二十' }, '从业人员数须为数字'],
    ['a negative revenue', { revenue: -1 }, '上年度营业收入不能小于0'],
    ['an unknown industry', { industry: 'mining' }, '所属行业'],
    ['an extra field', { status: 'verified' }, 'status'],
    ['an openid in the data', { ownerOpenId: FIRM_A }, 'ownerOpenId'],
  ])('refuses %s with INVALID_INPUT naming the problem, and writes nothing', async (_what, over, message) => {
    const before = await w.dump()
    const res = await register(SEEKER, over)
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.code).toBe('INVALID_INPUT')
    expect(res.error.message).toContain(message)
    expect(await w.dump()).toBe(before)
  })

  it('says which field is wrong in the details', async () => {
    const res = await register(SEEKER, { creditCode: '91140100MA0MPL7E6X' })
    expect(!res.ok && res.error.details).toEqual({ issues: [{ field: 'creditCode', message: expect.stringContaining('GB 32100-2015') }] })
  })

  it('refuses a credit code a verified firm holds (CONFLICT), writing nothing', async () => {
    const before = await w.dump()
    const res = await register(SEEKER, { creditCode: CODES.a })
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已由一家已认证企业使用'), details: { field: 'creditCode', reason: 'verified' } } })
    expect(await w.dump()).toBe(before)
  })

  it('lets a pending firm correct its profile, staying in the queue and keeping its drafts in step', async () => {
    await w.ok('account', UNVERIFIED, { action: 'registerEmployer', ...profile({ creditCode: CODES.unverified, name: '晋中改名商贸有限公司', city: '晋中市', district: '榆次区' }) })
    expect(await w.count('employers')).toBe(3)
    const mine = await w.ok('jobs', UNVERIFIED, { action: 'mine' })
    expect(mine.employer).toMatchObject({ name: '晋中改名商贸有限公司', status: 'pending' })
    expect(mine.jobs.map((j) => j.employerName)).toEqual(['晋中改名商贸有限公司'])
  })

  it('sends a rejected firm back to the queue when it corrects its profile', async () => {
    await w.ok('admin', 'test-admin', { action: 'review', target: 'employer', id: w.ids.unverified, revision: await w.revision('employer', w.ids.unverified), decision: 'reject', reason: '营业执照名称与填写不一致' })
    const me = await w.ok('account', UNVERIFIED, { action: 'me' })
    expect(me.employer).toMatchObject({ status: 'rejected', statusLabel: '未通过', reviewReason: '营业执照名称与填写不一致' })
    await w.ok('account', UNVERIFIED, { action: 'registerEmployer', ...profile({ creditCode: CODES.unverified }) })
    const queue = await w.ok('admin', 'test-admin', { action: 'queue' })
    expect(queue.employers.map((e) => e.id)).toContain(w.ids.unverified)
  })

  it('does not let a verified firm change its profile here', async () => {
    const res = await register(FIRM_A, { creditCode: CODES.a, name: '改名' })
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('account.me', () => {
  it('tells each caller their role, from configuration and data only', async () => {
    const roles = await Promise.all(
      [null, SEEKER, UNVERIFIED, FIRM_A, 'test-admin'].map(async (id) => (await w.ok('account', id, { action: 'me' })).role),
    )
    expect(roles).toEqual(['anonymous', 'seeker', 'employer', 'employer', 'admin'])
  })

  it('offers the dev identities only in local mode', async () => {
    expect(await w.ok('account', null, { action: 'me' })).not.toHaveProperty('devIdentities')
    expect(await w.ok('account', null, { action: 'me' }, { local: true })).toHaveProperty('devIdentities')
  })
})

describe('account.catalog', () => {
  it("lists Shanxi's 11 cities with their 117 districts, the industries and the education levels", async () => {
    const data = await w.ok('account', null, {
      action: 'catalog',
    })
    expect(data.regions).toHaveLength(11)
    expect(data.regions.reduce((n, r) => n + r.districts.length, 0)).toBe(117)
    expect(data.regions.find((r) => r.city === '太原市')?.districts).toContain('小店区')
    expect(data.industries).toHaveLength(16)
    expect(data.educations).toContainEqual({ value: 'bachelor', label: '本科及以上' })
    expect(data.maxValidDays).toBe(90)
  })
})
