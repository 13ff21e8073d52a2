/** jobs.create / update / close / mine / preview through the router, on the embedded database. */
import type { ContentSecurity, ContentVerdict } from '../../cloudfunctions/_shared/compliance/content-security'
import { ADMIN, FIRM_A, FIRM_B, jobContent, makeWorld, NOW, UNVERIFIED, type World } from '../helpers/firms'

let w: World
beforeEach(async () => {
  w = await makeWorld()
})
afterEach(() => w.db.close())

interface Hit {
  field: string
  word: string
  category: string
  categoryLabel: string
  reason: string
  construction: string
  constructionLabel: string
  sentence?: string
  span?: [number, number]
  source: string
}

const create = (openId: string, over: Record<string, unknown> = {}, submit?: boolean) =>
  w.call('jobs', openId, { action: 'create', ...jobContent(over), ...(submit === undefined ? {} : { submit }) })
const mineOne = async (openId: string, id: string, now = NOW) =>
  (await w.ok('jobs', openId, { action: 'mine', id }, { now })).jobs[0]
const DAY = 86_400_000

describe('a posting from draft to published', () => {
  it('drafts, submits, is approved and published for its validity period, then expires by itself and can be closed', async () => {
    const created = await w.ok('jobs', FIRM_A, { action: 'create', ...jobContent({ validDays: 10 }) })
    expect(created.job).toMatchObject({ state: 'draft', stateLabel: '草稿' })
    const id = created.job.id

    const submitted = await w.ok('jobs', FIRM_A, { action: 'update', id, submit: true })
    expect(submitted.job.state).toBe('pending')

    const reviewed = await w.ok('admin', ADMIN, { action: 'review', target: 'job', id, revision: await w.revision('job', id), decision: 'approve' })
    expect(reviewed).toMatchObject({ status: 'published', validUntil: new Date(NOW.getTime() + 10 * DAY).toISOString() })
    expect(await mineOne(FIRM_A, id)).toMatchObject({ state: 'published', stateLabel: '招聘中', publishedAt: NOW.toISOString() })

    // No cron: ten days later the same stored posting reads as expired.
    const later = new Date(NOW.getTime() + 10 * DAY)
    expect((await mineOne(FIRM_A, id, new Date(later.getTime() - 1))).state).toBe('published')
    expect((await mineOne(FIRM_A, id, later)).state).toBe('expired')
    const counts = (await w.ok('jobs', FIRM_A, { action: 'mine' }, { now: later })).counts
    expect(counts.expired).toBe(1)

    const edit = await w.call('jobs', FIRM_A, { action: 'update', id, headcount: 9 }, { now: later })
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已过期') } })

    const closed = await w.ok('jobs', FIRM_A, { action: 'close', id }, { now: later })
    expect(closed.job.state).toBe('closed')
    expect(await w.call('jobs', FIRM_A, { action: 'close', id }, { now: later })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('can go straight into review when created with submit', async () => {
    const res = await create(FIRM_A, {}, true)
    expect(res).toMatchObject({ ok: true, data: { job: { state: 'pending' } } })
  })

  it('shows a rejection reason the firm can read, and goes back to review once fixed', async () => {
    const id = (await w.ok('jobs', FIRM_A, { action: 'create', ...jobContent(), submit: true })).job.id
    await w.ok('admin', ADMIN, { action: 'review', target: 'job', id, revision: await w.revision('job', id), decision: 'reject', reason: '薪资范围与岗位不符，请核实' })
    expect(await mineOne(FIRM_A, id)).toMatchObject({ state: 'rejected', stateLabel: '未通过', reviewReason: '薪资范围与岗位不符，请核实' })

    const saved = await w.ok('jobs', FIRM_A, { action: 'update', id, pay: { min: 4500, max: 6000 } })
    expect(saved.job).toMatchObject({ state: 'draft', reviewReason: '薪资范围与岗位不符，请核实' })
    const resent = await w.ok('jobs', FIRM_A, { action: 'update', id, submit: true })
    expect(resent.job.state).toBe('pending')
  })

  it('takes an edited published posting off the board until it is approved again', async () => {
    const res = await w.ok('jobs', FIRM_A, { action: 'update', id: w.jobs.aPublished, headcount: 6 })
    expect(res.job).toMatchObject({ state: 'pending', headcount: 6, publishedAt: null, validUntil: null })
  })

  it('lets a pending posting be withdrawn to a draft', async () => {
    const res = await w.ok('jobs', FIRM_A, { action: 'update', id: w.jobs.aPending, submit: false })
    expect(res.job.state).toBe('draft')
  })
})

describe('what a posting must say', () => {
  it.each([
    ['no title', { title: '' }, '岗位名称至少2个字'],
    ['headcount 0', { headcount: 0 }, '招聘人数不能小于1人'],
    ['headcount as text', { headcount: '3' }, '招聘人数须为数字'],
    ['duties too short', { duties: '搬砖' }, '岗位职责至少10个字'],
    ['a validity of 91 days', { validDays: 91 }, '有效期不能大于90天'],
    ['pay the wrong way round', { pay: { min: 9000, max: 5000 } }, '月薪下限不能高于上限'],
    ['pay as a float', { pay: { min: 4999.5, max: 6000 } }, '月薪下限须为整数'],
    ['an unknown education level', { requirements: { education: 'phd', experienceYears: 0 } }, '学历要求'],
    ['experience of 4 years (not a choice)', { requirements: { education: 'none', experienceYears: 4 } }, '经验要求'],
    ['a district of another city', { location: { city: '大同市', district: '小店区', address: '某路1号' } }, '小店区不是大同市的区县'],
    ['a location outside Shanxi', { location: { city: '郑州市', district: '金水区', address: '某路1号' } }, '山西省'],
    ['no location', { location: undefined }, '「地点」为必填项'],
    ['an employer name in the data', { employerName: '冒名企业' }, 'employerName'],
    ['a status in the data', { status: 'published' }, 'status'],
  ])('refuses %s with INVALID_INPUT, writing nothing', async (_what, over, message) => {
    const before = await w.dump()
    const res = await create(FIRM_A, over, true)
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(message) } })
    expect(await w.dump()).toBe(before)
  })

  it('refuses bad input on update too, writing nothing', async () => {
    const before = await w.dump()
    for (const event of [
      { action: 'update', id: w.jobs.aDraft, validDays: 120 },
      { action: 'update', id: w.jobs.aDraft, title: 42 },
      { action: 'update', id: '', title: '新名称' },
      { action: 'update', id: 'x'.repeat(65) },
      { action: 'update', id: w.jobs.aDraft, ownerOpenId: FIRM_B },
      { action: 'close', id: 7 },
      { action: 'mine', state: 'archived' },
    ]) {
      const res = await w.call('jobs', FIRM_A, event)
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(await w.dump()).toBe(before)
  })

  it('answers NOT_FOUND for a posting that does not exist, FORBIDDEN for another firm\'s', async () => {
    const before = await w.dump()
    expect(await w.call('jobs', FIRM_A, { action: 'update', id: 'no-such-posting', title: '新名称' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await w.call('jobs', FIRM_A, { action: 'close', id: w.jobs.bPublished })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.dump()).toBe(before)
  })
})

describe('the discrimination and sensitive-word check', () => {
  const discriminatory = {
    title: '仓库管理员（限男性）',
    duties: '负责仓库货物的出入库登记与盘点，仅限本地户口，河南人勿扰。',
    requirements: { education: 'secondary', experienceYears: 0, other: '已婚已育优先' },
  }

  it('stops a discriminatory posting before review, listing every word with its category and the law, and writes nothing', async () => {
    const before = await w.dump()
    const res = await create(FIRM_A, discriminatory, true)
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.code).toBe('INVALID_INPUT')
    expect(res.error.message).toContain('「限男性」（性别歧视）')
    const hits = (res.error.details as { hits: Hit[] }).hits
    expect(hits.map((h) => [h.field, h.word, h.category])).toEqual([
      ['title', '限男性', 'gender'],
      ['duties', '仅限本地户口', 'hukou'],
      ['duties', '河南人勿扰', 'region'],
      ['requirements.other', '已婚已育优先', 'marriage'],
    ])
    expect(hits.find((h) => h.category === 'gender')?.reason).toMatch(/《就业促进法》第三条.*第二十七条/)
    expect(hits.find((h) => h.category === 'hukou')?.reason).toContain('第三十一条')
    expect(hits.every((h) => h.source === 'word-list')).toBe(true)
    expect(await w.dump()).toBe(before)
  })

  it('lets the same words sit in a draft (not published), and stops them when the draft is submitted', async () => {
    const draft = await w.ok('jobs', FIRM_A, { action: 'create', ...jobContent(discriminatory) })
    const before = await w.dump()
    const res = await w.call('jobs', FIRM_A, { action: 'update', id: draft.job.id, submit: true })
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { hits: expect.arrayContaining([expect.objectContaining({ word: '限男性' })]) } } })
    expect(await w.dump()).toBe(before)

    const fixed = await w.ok('jobs', FIRM_A, {
      action: 'update',
      id: draft.job.id,
      title: '仓库管理员',
      duties: '负责仓库货物的出入库登记与盘点，男女不限，户籍不限。',
      requirements: { education: 'secondary', experienceYears: 0, other: '' },
      submit: true,
    })
    expect(fixed.job.state).toBe('pending')
  })

  it('re-checks a published posting when it is edited', async () => {
    const res = await w.call('jobs', FIRM_A, { action: 'update', id: w.jobs.aPublished, benefits: '包吃住，女性优先' })
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { hits: [expect.objectContaining({ field: 'benefits', word: '女性优先', category: 'gender' })] } } })
    expect((await mineOne(FIRM_A, w.jobs.aPublished)).state).toBe('published')
  })

  it.each([
    ['a soft hyphen', '仅限本地户\u00AD口', '仅限本地户口', 'hukou'],
    ['a left-to-right mark', '河南人\u200E勿扰', '河南人勿扰', 'region'],
    ['a Kangxi radical for 女', '限\u2F25性', '限女性', 'gender'],
    ['a zero-width space', '仅限\u200B男性', '仅限男性', 'gender'],
    ['brackets inside the words', '限（男）性', '限（男）性', 'gender'],
    ['full-width letters', 'ＨＩＶ携带者勿扰', 'HIV携带者勿扰', 'health'],
  ])('sees through %s, in the field as stored, and writes nothing', async (_what, written, word, category) => {
    const before = await w.dump()
    const res = await create(FIRM_A, { duties: `负责仓库货物的出入库登记与盘点，${written}。` }, true)
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { hits: [expect.objectContaining({ field: 'duties', word, category })] } } })
    expect(await w.dump()).toBe(before)
    const preview = await w.ok('jobs', FIRM_A, { action: 'preview', duties: `负责盘点，${written}` })
    expect(preview.hits).toEqual([expect.objectContaining({ word, category })])
  })

  it('stores what the check read: format characters gone, NFKC, Chinese punctuation kept', async () => {
    const res = await w.ok('jobs', FIRM_A, {
      action: 'create',
      ...jobContent({ title: '数控\u00AD车工（ＣＮＣ）\u202E', duties: '负责数控车床的操作与保养，\r\n能看懂⼯艺图纸。' }),
    })
    expect(res.job).toMatchObject({ title: '数控车工（CNC）', duties: '负责数控车床的操作与保养，\n能看懂工艺图纸。' })
    const stored = (await w.db.collection('jobs').doc(res.job.id).get()).data[0] as unknown as { title: string; duties: string }
    expect(stored).toMatchObject({ title: '数控车工（CNC）', duties: '负责数控车床的操作与保养，\n能看懂工艺图纸。' })
  })

  it.each([
    ['a restriction after the attribute', '女性应聘者不予考虑', '女性应聘者不予考虑', 'gender', 'exclude'],
    ['…不录用', '乙肝病毒携带者不录用', '乙肝病毒携带者不录用', 'health', 'exclude'],
    ['须为…', '须为女性', '须为女性', 'gender', 'require'],
    ['要求…', '要求男性', '要求男性', 'gender', 'require'],
    ['a religious preference', '信仰伊斯兰教者优先', '信仰伊斯兰教者优先', 'religion', 'prefer'],
    ['an identity card held as a deposit', '入职时身份证原件交公司保管', '身份证原件交公司保管', 'fee', 'practice'],
  ])('catches %s, saying which construction and in which sentence', async (_what, phrase, word, category, construction) => {
    const duties = `负责门店日常运营。${phrase}，有经验者优先。`
    const res = await create(FIRM_A, { duties }, true)
    const hits = !res.ok ? (res.error.details as { hits: Hit[] }).hits : []
    expect(hits).toEqual([expect.objectContaining({ field: 'duties', word, category, construction, sentence: `${phrase}，有经验者优先。` })])
    const [start, end] = hits[0].span ?? [0, 0]
    expect(duties.slice(start, end)).toBe(word)
    expect(hits[0].constructionLabel).toMatch(/[\u4e00-\u9fff]/)
  })

  it('lets lawful wording through: 无需缴纳任何押金, 男女不限, 少数民族优先, 退役军人优先', async () => {
    const res = await create(FIRM_A, { duties: '负责仓库货物的出入库登记与盘点，男女不限，户籍不限。', benefits: '无需缴纳任何押金，少数民族优先，退役军人优先' }, true)
    expect(res).toMatchObject({ ok: true, data: { job: { state: 'pending' } } })
  })

  describe('in the cloud, WeChat msgSecCheck as well', () => {
    const wechat = (verdict: ContentVerdict) => {
      const checkText = jest.fn<ReturnType<ContentSecurity['checkText']>, Parameters<ContentSecurity['checkText']>>(async () => verdict)
      return { checkText }
    }
    const risky: ContentVerdict = {
      suggest: 'risky',
      hits: [{ field: 'content', fieldLabel: '岗位信息', word: '某违禁词', category: 'wechat', categoryLabel: '微信内容安全：违法犯罪', kind: 'sensitive', reason: '微信判定', construction: 'wechat', constructionLabel: '微信内容安全识别', source: 'wechat' }],
    }

    it('adds WeChat\'s findings to the word list\'s, with the writer\'s openid', async () => {
      const security = wechat(risky)
      const res = await w.call('jobs', FIRM_A, { action: 'create', ...jobContent({ title: '限女性' }), submit: true }, { contentSecurity: security })
      expect(security.checkText).toHaveBeenCalledWith(expect.objectContaining({ openId: FIRM_A, title: '限女性', content: expect.stringContaining('负责公司业务系统') }))
      expect(!res.ok && (res.error.details as { hits: Hit[] }).hits.map((h) => h.source)).toEqual(['word-list', 'wechat'])
    })

    it('records a review suggestion or an unavailable check for the bureau, without blocking', async () => {
      for (const suggest of ['review', 'unavailable'] as const) {
        const res = await w.ok('jobs', FIRM_A, { action: 'create', ...jobContent(), submit: true }, { contentSecurity: wechat({ suggest, hits: [] }) })
        const queue = await w.ok('admin', ADMIN, { action: 'queue' })
        expect(queue.jobs.find((j) => j.id === res.job.id)?.compliance?.wechat).toBe(suggest)
      }
    })

    it('is not called on the local server, where the word list serves alone', async () => {
      const security = wechat(risky)
      const res = await w.call('jobs', FIRM_A, { action: 'create', ...jobContent(), submit: true }, { local: true, contentSecurity: security })
      expect(res.ok).toBe(true)
      expect(security.checkText).not.toHaveBeenCalled()
    })
  })
})

describe('the measure-21 hint on each posting', () => {
  it('gives a small private firm 1,000元 a stable hire, computed by the rules engine', async () => {
    // Firm A: industry, 50 staff, 10 million yuan revenue → small.
    const job = (await w.ok('jobs', FIRM_A, { action: 'create', ...jobContent({ headcount: 3 }) })).job
    expect(job.measure21).toMatchObject({ status: 'eligible', amount: 3000, working: '1,000元 × 3人 = 3,000元' })
    expect(job.measure21?.citation).toContain('第21条')
  })

  it('pays 1,500元 a hire from 100 hires on', async () => {
    const job = (await w.ok('jobs', FIRM_A, { action: 'create', ...jobContent({ headcount: 100 }) })).job
    expect(job.measure21).toMatchObject({ status: 'eligible', amount: 150_000 })
  })

  it('says why a medium-sized firm gets nothing', async () => {
    await w.ok('account', 'u-big', {
      action: 'registerEmployer',
      ...(await import('../helpers/firms')).profile({ creditCode: '91140500MA0K8DQ2XQ', industry: 'industry', employees: 800, revenue: 300_000_000 }),
    })
    const res = await w.ok('jobs', 'u-big', { action: 'preview', headcount: 10 })
    expect(res.measure21).toMatchObject({ status: 'ineligible', reasons: expect.arrayContaining([expect.stringContaining('小微企业')]) })
  })

  it('is shown by preview as the form is typed, with the hits so far', async () => {
    const res = await w.ok('jobs', UNVERIFIED, {
      action: 'preview',
      headcount: 2,
      duties: '负责门店销售，本地人优先',
    })
    expect(res.canSubmit).toBe(false)
    expect(res.hits).toEqual([expect.objectContaining({ field: 'duties', word: '本地人优先', category: 'region' })])
    expect(res.measure21?.status).toBe('eligible')
  })
})

describe('jobs.mine', () => {
  it("lists the firm's own postings only, newest change first, with counts by state", async () => {
    const data = await w.ok('jobs', FIRM_A, { action: 'mine' })
    expect(data.jobs.map((j) => j.id).sort()).toEqual([w.jobs.aDraft, w.jobs.aPending, w.jobs.aPublished].sort())
    expect(data.counts).toEqual({ draft: 1, pending: 1, published: 1, rejected: 0, closed: 0, expired: 0 })
    expect(data.canSubmit).toBe(true)
    expect(data.employer.status).toBe('verified')
  })

  it('filters by state', async () => {
    const data = await w.ok('jobs', FIRM_A, { action: 'mine', state: 'published' })
    expect(data.jobs.map((j) => j.id)).toEqual([w.jobs.aPublished])
  })
})
