/**
 * jobs.search and jobs.get through the router on the embedded database: every filter, both sorts,
 * paging that neither repeats nor skips, only postings recruiting now, public fields only; and the
 * query plans of every filter combination jobs.search accepts, each served by an index in the order shown.
 */
import { explainQueryPlan } from '../../server/db/embedded'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import type { Answer } from '../../server/invoke'
import { jobsRepository, type BoardFilter, type BoardSort, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import jobs from '../../cloudfunctions/jobs/index.ts'
import { callFunction, contextFor, freshDatabase } from '../helpers/context'
import { recordQueryPlans, type RecordedPlan } from '../helpers/query-plans'
import { searchTermsOf } from '../../cloudfunctions/_shared/repositories/search-terms'
import { inTransactions } from '../../bench/board'
import fc from 'fast-check'

const NOW = new Date('2026-11-28T04:00:00Z')
const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

interface Card {
  id: string
  title: string
  employerName: string
  pay: { min: number; max: number }
  location: { city: string; district: string }
  requirements: { education: string; experienceYears: number }
  publishedAt: string
  state: string
}
interface Page {
  jobs: Card[]
  nextCursor: string | null
}

const FIRMS = [
  { employerId: 'e-soft', ownerOpenId: 'o-soft', employerName: '太原晋云软件科技有限公司', industry: 'software-it' },
  { employerId: 'e-mech', ownerOpenId: 'o-mech', employerName: '大同恒信机械制造有限公司', industry: 'industry' },
  { employerId: 'e-food', ownerOpenId: 'o-food', employerName: '晋中汾河味道餐饮管理有限公司', industry: 'catering' },
]

type Over = Partial<Omit<Job, 'location' | 'requirements' | 'pay'>> & {
  city?: string
  district?: string
  education?: string
  experienceYears?: number
  min?: number
  max?: number
  daysAgo?: number
  firm?: number
}

/** A stored posting as the jobs functions write it, published `daysAgo` days before NOW for 30 days. */
function posting(n: number, o: Over = {}): Omit<Job, '_id'> & { _id?: string } {
  const { city = '太原市', district = '小店区', education = 'associate', experienceYears = 1, min = 4000, max = 6000, daysAgo = n / 10, firm = n % 3, ...rest } = o
  const published = NOW.getTime() - daysAgo * DAY
  const named = { ...FIRMS[firm], title: `岗位${n}`, ...rest }
  return {
    ...FIRMS[firm],
    title: `岗位${n}`,
    headcount: 2,
    duties: '负责岗位相关工作，按公司要求完成任务。',
    requirements: { education, experienceYears, other: '' },
    location: { city, district, address: '某路1号' },
    pay: { min, max },
    benefits: '五险一金',
    validDays: 30,
    status: 'published',
    reviewReason: '审核意见不对外',
    compliance: { checkedAt: iso(published), wechat: 'skipped' },
    submittedAt: iso(published - 3_600_000),
    publishedAt: iso(published),
    validUntil: iso(published + 30 * DAY),
    createdAt: iso(published - DAY),
    updatedAt: iso(published),
    ...rest,
    searchTerms: searchTermsOf(named),
  }
}

let db: EmbeddedDatabase
const call = (event: Record<string, unknown>, openId: string | null = null): Promise<Answer> => callFunction(jobs, event, contextFor(db, openId, NOW))
const search = async (params: Record<string, unknown> = {}) => {
  const res = await call({ action: 'search', ...params })
  if (!res.ok) throw new Error(`${res.error.code} ${res.error.message}`)
  return res.data as Page
}
const titles = (page: Page) => page.jobs.map((j) => j.title)
const add = (doc: ReturnType<typeof posting>) => db.collection('jobs').add(doc)

/** Every page of a search, following nextCursor. */
async function allPages(params: Record<string, unknown>) {
  const seen: Card[] = []
  let cursor: string | undefined
  for (let i = 0; i < 100; i++) {
    const page = await search({ ...params, ...(cursor ? { cursor } : {}) })
    seen.push(...page.jobs)
    if (!page.nextCursor) return seen
    cursor = page.nextCursor
  }
  throw new Error('too many pages')
}

describe('jobs.search', () => {
  beforeEach(async () => {
    db = freshDatabase()
    await add(posting(1, { title: 'Java开发工程师', city: '太原市', district: '小店区', min: 8000, max: 12000, education: 'bachelor', experienceYears: 3, firm: 0, daysAgo: 1 }))
    await add(posting(2, { title: '前端开发工程师', city: '太原市', district: '万柏林区', min: 6000, max: 10000, education: 'associate', experienceYears: 1, firm: 0, daysAgo: 2 }))
    await add(posting(3, { title: '电焊工', city: '大同市', district: '平城区', min: 5500, max: 8000, education: 'secondary', experienceYears: 2, firm: 1, daysAgo: 3 }))
    await add(posting(4, { title: '机械装配工', city: '大同市', district: '云州区', min: 4500, max: 6500, education: 'junior-high', experienceYears: 0, firm: 1, daysAgo: 4 }))
    await add(posting(5, { title: '中餐厨师', city: '晋中市', district: '榆次区', min: 5000, max: 7000, education: 'none', experienceYears: 2, firm: 2, daysAgo: 5 }))
    await add(posting(6, { title: '门店服务员', city: '晋中市', district: '平遥县', min: 3500, max: 4800, education: 'none', experienceYears: 0, firm: 2, daysAgo: 6 }))
    await add(posting(7, { title: 'C++ 嵌入式工程师', city: '太原市', district: '小店区', min: 9000, max: 15000, education: 'master', experienceYears: 5, firm: 0, daysAgo: 7 }))
    // Not on the board: expired, closed, in review, a draft.
    await add(posting(8, { title: '过期岗位', daysAgo: 31 }))
    await add(posting(9, { title: '已关闭岗位', status: 'closed', closedAt: iso(NOW.getTime() - DAY) }))
    await add(posting(10, { title: '审核中岗位', status: 'pending', publishedAt: undefined, validUntil: undefined }))
    await add(posting(11, { title: '草稿岗位', status: 'draft', publishedAt: undefined, validUntil: undefined }))
  })
  afterEach(() => db.close())

  it('lists only postings recruiting now, the newest first', async () => {
    expect(titles(await search())).toEqual(['Java开发工程师', '前端开发工程师', '电焊工', '机械装配工', '中餐厨师', '门店服务员', 'C++ 嵌入式工程师'])
  })

  it('sorts by pay: the top of the range first', async () => {
    expect(titles(await search({ sort: 'pay' }))).toEqual(['C++ 嵌入式工程师', 'Java开发工程师', '前端开发工程师', '电焊工', '中餐厨师', '机械装配工', '门店服务员'])
  })

  it.each([
    ['city', { city: '大同市' }, ['电焊工', '机械装配工']],
    ['city and district', { city: '太原市', district: '小店区' }, ['Java开发工程师', 'C++ 嵌入式工程师']],
    ['industry', { industry: 'catering' }, ['中餐厨师', '门店服务员']],
    // A seeker with 高中/中专 qualifies for 学历不限, 初中及以上 and 高中/中专及以上.
    ['education (the seeker\'s)', { education: 'secondary' }, ['电焊工', '机械装配工', '中餐厨师', '门店服务员']],
    // Two years of experience: postings asking for 0, 1 or 2.
    ['experience (the seeker\'s)', { experienceYears: 2 }, ['前端开发工程师', '电焊工', '机械装配工', '中餐厨师', '门店服务员']],
    ['no experience', { experienceYears: 0 }, ['机械装配工', '门店服务员']],
    // Ranges that overlap 7,000–9,000.
    ['pay range', { payMin: 7000, payMax: 9000 }, ['Java开发工程师', '前端开发工程师', '电焊工', '中餐厨师', 'C++ 嵌入式工程师']],
    ['pay at least', { payMin: 10000 }, ['Java开发工程师', '前端开发工程师', 'C++ 嵌入式工程师']],
    ['pay at most', { payMax: 4000 }, ['门店服务员']],
    ['keyword in the title', { q: '工程师' }, ['Java开发工程师', '前端开发工程师', 'C++ 嵌入式工程师']],
    ['keyword, any case', { q: 'JAVA' }, ['Java开发工程师']],
    ['keyword in the firm\'s name', { q: '恒信' }, ['电焊工', '机械装配工']],
    ['keyword with pattern characters, taken literally', { q: 'C++' }, ['C++ 嵌入式工程师']],
    ['a pattern that would match anything, taken literally', { q: '.*' }, []],
    ['every keyword must occur', { q: '晋云 前端' }, ['前端开发工程师']],
    ['one character, in the title', { q: '焊' }, ['电焊工']],
    // One character searches titles only: 恒 is in 恒信's name, in no title.
    ['one character, not in firm names', { q: '恒' }, []],
    // 信机 is in the firm's name, 机械装 in the title: the keyword is in neither.
    ['a keyword whose pieces are found apart, no match', { q: '信机械装' }, []],
    ['full-width letters as their ASCII', { q: 'ｊａｖａ' }, ['Java开发工程师']],
    ['filters together', { city: '太原市', education: 'bachelor', experienceYears: 3, payMin: 11000 }, ['Java开发工程师']],
    ['nothing matches', { city: '吕梁市' }, []],
  ])('filters by %s', async (_what, params, expected) => {
    expect(titles(await search(params))).toEqual(expected)
    expect(titles(await search({ ...params, sort: 'pay' })).sort()).toEqual([...expected].sort())
  })

  it('shows public fields only', async () => {
    const res = await call({ action: 'search' })
    const text = JSON.stringify(res)
    for (const hidden of ['ownerOpenId', 'o-soft', 'reviewReason', '审核意见不对外', 'compliance', 'measure21', 'submittedAt', 'duties']) expect(text).not.toContain(hidden)
  })

  it.each([
    ['a page of more than 50', { pageSize: 51 }],
    ['a page of 0', { pageSize: 0 }],
    ['an unknown sort', { sort: 'salary' }],
    ['a district without its city', { district: '小店区' }],
    ['a district of another city', { city: '大同市', district: '小店区' }],
    ['a city outside Shanxi', { city: '北京市' }],
    ['pay from above its upper bound', { payMin: 9000, payMax: 8000 }],
    ['an unknown education', { education: 'phd' }],
    ['negative experience', { experienceYears: -1 }],
    ['an unknown industry', { industry: 'mining' }],
    ['a keyword too long', { q: '长'.repeat(31) }],
    ['an unknown key', { ownerOpenId: 'o-soft' }],
    ['a made-up cursor', { cursor: 'bm90IGEgY3Vyc29y' }],
  ])('refuses %s with INVALID_INPUT', async (_what, params) => {
    expect(await call({ action: 'search', ...params })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  // Found by test/abuse: the field was named twice, 「cursor」「cursor」须为….
  it('names the field once when the message names it already', async () => {
    expect(await call({ action: 'search', cursor: 5 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '「翻页位置」须为上一页返回的位置' } })
  })

  it('refuses a cursor of the other sort', async () => {
    const { nextCursor } = await search({ pageSize: 2 })
    expect(await call({ action: 'search', sort: 'pay', cursor: nextCursor })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('翻页位置') } })
  })
})

describe('paging', () => {
  beforeEach(() => {
    db = freshDatabase()
  })
  afterEach(() => db.close())

  it.each<BoardSort>(['newest', 'pay'])('by %s: pages of 7 add up to the whole list, with ties broken by id', async (sort) => {
    // 60 postings; pay and publication times repeat, so many tie on the sort key.
    for (let n = 0; n < 60; n++) await add(posting(n, { max: 5000 + (n % 4) * 1000, min: 3000, daysAgo: Math.floor(n / 6) }))
    const whole = await search({ sort, pageSize: 50 }).then(async (first) => [...first.jobs, ...(await search({ sort, pageSize: 50, cursor: first.nextCursor })).jobs])
    expect(whole).toHaveLength(60)
    const paged = await allPages({ sort, pageSize: 7 })
    expect(paged.map((j) => j.id)).toEqual(whole.map((j) => j.id))
    expect(new Set(paged.map((j) => j.id)).size).toBe(60)
    // The order is total: by the key, then by id, both descending.
    const key = (j: Card) => (sort === 'pay' ? String(j.pay.max).padStart(8, '0') : j.publishedAt)
    const sorted = [...whole].sort((a, b) => key(b).localeCompare(key(a)) || b.id.localeCompare(a.id))
    expect(whole.map((j) => j.id)).toEqual(sorted.map((j) => j.id))
  })

  it('a posting published between two pages neither repeats nor hides one', async () => {
    for (let n = 0; n < 10; n++) await add(posting(n, { daysAgo: n + 1 }))
    const first = await search({ pageSize: 4 })
    await add(posting(99, { title: '刚发布', daysAgo: 0 }))
    const second = await search({ pageSize: 4, cursor: first.nextCursor })
    expect([...titles(first), ...titles(second)]).toEqual(['岗位0', '岗位1', '岗位2', '岗位3', '岗位4', '岗位5', '岗位6', '岗位7'])
    expect(titles(await search({ pageSize: 1 }))).toEqual(['刚发布'])
  })

  it('the last page says there is no next one', async () => {
    for (let n = 0; n < 4; n++) await add(posting(n))
    expect((await search({ pageSize: 4 })).nextCursor).toBeNull()
    expect((await search({ pageSize: 3 })).nextCursor).toEqual(expect.any(String))
  })
})

describe('query plans', () => {
  /** 3,000 postings spread over cities, districts, industries and pay, some expired or closed. */
  beforeAll(async () => {
    db = freshDatabase()
    const cities = [
      ['太原市', ['小店区', '迎泽区', '万柏林区']],
      ['大同市', ['平城区', '云州区']],
      ['晋中市', ['榆次区', '平遥县']],
      ['运城市', ['盐湖区']],
    ] as const
    const educations = ['none', 'junior-high', 'secondary', 'associate', 'bachelor']
    await inTransactions(db, Array.from({ length: 3000 }, (_, n) => n), (tx, n) => {
      const [city, districts] = cities[n % cities.length]
      return tx.collection('jobs').add(
        posting(n, {
          city,
          district: districts[n % districts.length],
          firm: n % 3,
          education: educations[n % educations.length],
          experienceYears: [0, 1, 2, 3, 5][n % 5],
          max: 4000 + (n % 40) * 250,
          min: 3000,
          daysAgo: (n % 45) + (n % 7) / 10,
          ...(n % 17 === 0 ? { status: 'closed' as const } : {}),
        }),
      )
    })
  })
  afterAll(() => db.close())

  /** Every value each input of jobs.search can take, absent included. */
  const choices: Record<string, unknown[]> = {
    q: [undefined, '岗位12'],
    location: [{}, { city: '大同市' }, { city: '太原市', district: '迎泽区' }],
    industry: [undefined, 'catering'],
    education: [undefined, 'secondary'],
    experienceYears: [undefined, 1],
    payMin: [undefined, 8000],
    payMax: [undefined, 12000],
    sort: ['newest', 'pay'],
  }
  const combinations = Object.entries(choices).reduce<Record<string, unknown>[]>(
    (all, [name, values]) =>
      all.flatMap((params) => values.map((v) => (name === 'location' ? { ...params, ...(v as object) } : v === undefined ? params : { ...params, [name]: v }))),
    [{}],
  )

  it(`serves every one of the ${combinations.length} filter combinations, first and later pages, from an index in the order shown`, async () => {
    expect(combinations).toHaveLength(384)
    const recorder = recordQueryPlans(db)
    const searchRecorded = async (params: Record<string, unknown>) => {
      const res = await callFunction(jobs, { action: 'search', pageSize: 5, ...params }, { ...contextFor(db, null, NOW), db: recorder.db })
      if (!res.ok) throw new Error(`${JSON.stringify(params)}: ${res.error.message}`)
      return res.data as Page
    }
    let later = 0
    for (const params of combinations) {
      const first = await searchRecorded(params)
      if (first.nextCursor) {
        await searchRecorded({ ...params, cursor: first.nextCursor })
        later++
      }
    }
    // Enough combinations had a second page for the cursor's plans to be covered too.
    expect(later).toBeGreaterThan(100)
    const board = recorder.plans.filter((p) => p.collection === 'jobs')
    // At least one query per page (more where a page is filled in several steps).
    expect(board.length).toBeGreaterThanOrEqual(combinations.length + later)
    expectServedByIndexes(board)
  })

  /**
   * A keyword walks the postings holding its rarest term (a multikey index, its side table's key),
   * looks its other terms up in the same index by the entry's whole key, and reads by _id only the
   * postings holding them all; everything else walks a board index. Either way in the order shown.
   */
  function expectServedByIndexes(plans: RecordedPlan[]) {
    for (const { kind, plan } of plans) {
      expect(plan).toMatch(
        /^SEARCH jobs__jobs_keyword_(newest|pay) USING PRIMARY KEY \(k0=\? AND k1=\?.*(\nCORRELATED SCALAR SUBQUERY \d+\nSEARCH p USING PRIMARY KEY \(k0=\? AND k1=\? AND k2=\? AND id=\?\))*\n^SEARCH jobs USING INDEX sqlite_autoindex_jobs_1 \(_id=\?\)$|USING INDEX jobs__jobs_board_/m,
      )
      expect(plan).not.toMatch(/SCAN jobs\b(?! USING)/)
      // No sort step: the index walks the rows in the order shown (a count has no order).
      if (kind === 'get') expect(plan).not.toMatch(/TEMP B-TREE/)
    }
  }

  it.each(['位', '岗位', '岗位12', '岗位 12', 'ZZ', '岗位1 太原', '恒信机械', '岗位2 太原 晋云 有限 公司', '位2', 'ｚｚ', '科技位'])('serves the keyword %p, both sorts, first and later pages, from its multikey index', async (q) => {
    const recorder = recordQueryPlans(db)
    const pages: Page[] = []
    for (const sort of ['newest', 'pay']) {
      for (let cursor: string | null | undefined = undefined, page = 0; page < 3 && cursor !== null; page++) {
        const res = await callFunction(jobs, { action: 'search', pageSize: 5, q, sort, ...(cursor ? { cursor } : {}) }, { ...contextFor(db, null, NOW), db: recorder.db })
        if (!res.ok) throw new Error(res.error.message)
        const found = res.data as Page
        pages.push(found)
        cursor = found.nextCursor
      }
    }
    const board = recorder.plans.filter((p) => p.collection === 'jobs')
    expect(board.filter(({ plan }) => !/jobs__jobs_keyword_/.test(plan))).toEqual([])
    expectServedByIndexes(board)
    // What was found has every keyword in its title or firm name.
    for (const card of pages.flatMap((p) => p.jobs)) for (const word of q.split(' ')) expect(`${card.title} ${card.employerName}`.toLowerCase()).toContain(word.toLowerCase())
  })

  it('serves any keyword — pieces of titles and firm names, or anything typed — with any filters, both sorts, a page on or not, from its multikey index', () => {
    const text = [...new Set([...FIRMS.map((f) => f.employerName), '岗位0123456789', 'Java开发工程师 C++ ｊａｖａ .*'].join(''))]
    const keyword = fc.oneof(fc.string({ unit: fc.constantFrom(...text), minLength: 1, maxLength: 8 }), fc.string({ minLength: 1, maxLength: 8 })).filter((k) => k.trim() === k && !/\s/.test(k) && k.length > 0)
    const filter = fc.record(
      { keywords: fc.array(keyword, { minLength: 1, maxLength: 5 }), city: fc.constant('太原市'), industry: fc.constant('catering'), educations: fc.constant(['none', 'secondary']), payMin: fc.constant(6000) },
      { requiredKeys: ['keywords'] },
    )
    const repo = jobsRepository(db)
    fc.assert(
      fc.property(filter, fc.constantFrom<BoardSort>('newest', 'pay'), fc.option(fc.record({ value: fc.constant(8000), id: fc.constant('m') })), (f, sort, after) => {
        const query = repo.boardQuery(f, sort, NOW.toISOString(), { limit: 21, ...(after ? { after: sort === 'pay' ? after : { ...after, value: iso(NOW.getTime() - DAY) } } : {}) })
        expectServedByIndexes([
          { collection: 'jobs', kind: 'get', plan: explainQueryPlan(query).join('\n') },
          { collection: 'jobs', kind: 'count', plan: explainQueryPlan(query, 'count').join('\n') },
        ])
        expect(explainQueryPlan(query).join('\n')).toMatch(/jobs__jobs_keyword_/)
      }),
      { numRuns: 80 },
    )
  })

  it.each<[string, BoardFilter, BoardSort, string]>([
    ['the whole board, newest', {}, 'newest', 'jobs_board_newest'],
    ['a district, by pay', { city: '太原市', district: '迎泽区' }, 'pay', 'jobs_board_district_pay'],
    ['an industry, newest', { industry: 'catering' }, 'newest', 'jobs_board_industry_newest'],
    ['a city and an industry, by pay', { city: '晋中市', industry: 'industry' }, 'pay', '_pay'],
  ])('%s walks the index made for it', (_what, filter, sort, index) => {
    expect(explainQueryPlan(jobsRepository(db).boardQuery(filter, sort, NOW.toISOString(), { limit: 21 })).join('\n')).toContain(index)
  })
})
