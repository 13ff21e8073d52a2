import policy from '../../cloudfunctions/policy/index.ts'
import { callFunction, contextFor, freshDatabase } from '../helpers/context'

const db = freshDatabase()
afterAll(() => db.close())

/** Calls the policy function as the cloud would, on 2026-11-28 in Shanghai unless told. */
const call = (event: unknown, now = new Date('2026-11-28T04:00:00Z')) => callFunction(policy, event, contextFor(db, null, now))

type Listed = { asOf: string; total: number; measures: { id: number; status: string; audience: string; hasMoney: boolean }[] }

async function list(params: Record<string, unknown> = {}) {
  const res = await call({ action: 'list', ...params })
  if (!res.ok) throw new Error(res.error.message)
  return res.data as Listed
}

describe('policy.list', () => {
  it('lists all 26 measures in order, as of today in Shanghai', async () => {
    const data = await list()
    expect(data.asOf).toBe('2026-11-28')
    expect(data.measures.map((m) => m.id)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
  })

  it('uses the Shanghai date, not UTC, near midnight', async () => {
    const res = await call({ action: 'list' }, new Date('2021-12-31T16:30:00Z'))
    expect(res.ok && (res.data as Listed).asOf).toBe('2022-01-01')
  })

  it('finds measures by a word of their text', async () => {
    const data = await list({ q: '见习' })
    expect(data.measures.map((m) => m.id)).toEqual([22])
  })

  it('requires every search term to match', async () => {
    expect((await list({ q: '稳岗 返还' })).measures.map((m) => m.id)).toEqual([15])
    expect((await list({ q: '稳岗 骑手' })).total).toBe(0)
  })

  it('filters measures with money', async () => {
    expect((await list({ money: true })).measures.map((m) => m.id)).toEqual([8, 9, 10, 11, 15, 20, 21, 22])
  })

  it('filters by audience, keeping measures for both', async () => {
    const data = await list({ audience: 'individual' })
    expect(data.measures.every((m) => m.audience !== 'enterprise')).toBe(true)
    expect(data.measures.map((m) => m.id)).toContain(11)
    expect(data.measures.map((m) => m.id)).not.toContain(15)
  })

  it('lists by audience exactly the measures evaluate concerns that audience with', async () => {
    const enterprise = (await list({ audience: 'enterprise' })).measures.map((m) => m.id)
    const individual = (await list({ audience: 'individual' })).measures.map((m) => m.id)
    expect(enterprise).toEqual([1, 2, 3, 4, 5, 6, 8, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26])
    expect(individual).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 11, 19, 20, 23, 25, 26])
  })

  it.each([
    ['2021-12-31', { 11: 'in-force', 14: 'in-force', 15: 'in-force', 18: 'in-force' }],
    ['2022-01-01', { 11: 'partly-expired', 14: 'in-force', 15: 'expired', 18: 'in-force' }],
    ['2022-05-01', { 11: 'partly-expired', 14: 'partly-expired', 15: 'expired', 18: 'in-force' }],
    ['2026-01-01', { 11: 'partly-expired', 14: 'partly-expired', 15: 'expired', 18: 'partly-expired' }],
  ])('gives each dated measure its status as of %s', async (asOf, expected) => {
    const data = await list({ asOf })
    const status = Object.fromEntries(data.measures.filter((m) => m.id in expected).map((m) => [m.id, m.status]))
    expect(status).toEqual(expected)
    expect(data.measures.find((m) => m.id === 21)?.status).toBe('in-force')
  })

  it('says no measure applies before the notice was issued', async () => {
    const data = await list({ asOf: '2021-10-31' })
    expect(new Set(data.measures.map((m) => m.status))).toEqual(new Set(['not-yet-issued']))
  })

  it.each([
    [{ asOf: '2021-02-30' }, '评估日期'],
    [{ audience: 'company' }, '适用对象'],
    [{ q: 42 }, '搜索词'],
    // An unknown key has no other name than the one the caller sent.
    [{ page: 2 }, 'page'],
  ])('rejects bad input %j naming the field in words', async (params, field) => {
    const res = await call({ action: 'list', ...params })
    expect(res.ok).toBe(false)
    if (!res.ok) {
      expect(res.error.code).toBe('INVALID_INPUT')
      expect(res.error.message).toContain(field)
    }
  })
})

describe('policy.get', () => {
  it('gives a measure with its original text, amounts and related measures', async () => {
    const res = await call({ action: 'get', id: 21, asOf: '2021-11-30' })
    expect(res.ok).toBe(true)
    if (!res.ok) return
    const { measure } = res.data as { measure: { text: string; citation: string; amounts: { label: string; yuan?: number; display: string }[]; related: { id: number }[] } }
    expect(measure.text.startsWith('21.提升用工吸纳能力。')).toBe(true)
    expect(measure.citation).toContain('第21条')
    expect(measure.amounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: '新吸纳100人以下', yuan: 1000, display: '1,000元/人' }),
        expect.objectContaining({ label: '新吸纳100人（含）以上', yuan: 1500, display: '1,500元/人' }),
        expect.objectContaining({ provision: 'difficult-hires', yuan: 300, display: '300元/人/月' }),
        expect.objectContaining({ provision: 'social-insurance', display: '按规定' }),
      ]),
    )
    expect(measure.related.length).toBeGreaterThan(0)
  })

  it('shows rates as percentages', async () => {
    const res = await call({ action: 'get', id: 15, asOf: '2021-11-30' })
    const amounts = res.ok ? (res.data as { measure: { amounts: { display: string }[] } }).measure.amounts : []
    expect(amounts.map((a) => a.display)).toEqual(['30%', '60%'])
  })

  it('names the deadline of a dated measure and whether it passed', async () => {
    const res = await call({ action: 'get', id: 15, asOf: '2022-01-01' })
    const measure = res.ok ? (res.data as { measure: { status: string; deadlines: { until: string; expired: boolean }[]; statusNote: string } }).measure : undefined
    expect(measure?.status).toBe('expired')
    expect(measure?.deadlines).toEqual([expect.objectContaining({ until: '2021-12-31', expired: true })])
    expect(measure?.statusNote).toContain('2021年12月31日')
  })

  // Found by test/abuse: the amounts of a date before the notice were INTERNAL.
  it.each(['2021-10-31', '0000-01-01'])('gives a measure as of %s, before the notice, without amounts', async (asOf) => {
    const res = await call({ action: 'get', id: 21, asOf })
    expect(res.ok).toBe(true)
    const measure = res.ok ? (res.data as { measure: { status: string; amounts: unknown[] } }).measure : undefined
    expect(measure).toMatchObject({ status: 'not-yet-issued', amounts: [] })
  })

  // Found by test/abuse: zod's own words were 「id」无效输入：期望 数字，实际接收 undefined.
  it.each([
    [{}, '「编号」为必填项'],
    [{ id: '21' }, '「编号」须为数字'],
    [{ id: 21, asOf: 20211130 }, '「评估日期」须为文字'],
    [{ id: 21, asOf: '2026-02-30' }, '「评估日期」须为真实存在的日期'],
  ])('says in words what is wrong with %j', async (params, message) => {
    expect(await call({ action: 'get', ...params })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } })
  })

  it.each([0, -3, 2.5, '21'])('rejects the id %p', async (id) => {
    const res = await call({ action: 'get', id })
    expect(res.ok ? undefined : res.error.code).toBe('INVALID_INPUT')
  })

  it('answers NOT_FOUND for a measure the notice does not have', async () => {
    expect(await call({ action: 'get', id: 27 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有第27条，通知共26条' } })
  })

  it('gives the provisions as the rules name them, with who receives the money and what to prepare', async () => {
    const res = await call({ action: 'get', id: 21, asOf: '2021-11-30' })
    const { provisions } = res.ok ? (res.data as { measure: { provisions: { key: string; title: string; recipient?: string; documents?: string[] }[] } }).measure : { provisions: [] }
    expect(provisions.map((p) => `${p.key} ${p.title} ${p.recipient}`)).toEqual(['hiring 吸纳就业补助 enterprise', 'difficult-hires 就业困难人员岗位补贴 enterprise', 'social-insurance 社会保险补贴 enterprise'])
    expect(provisions[2].documents).toContain('基本医疗保险缴费证明')
  })

  it('fills the summary’s amounts from the parameters', async () => {
    const res = await call({ action: 'get', id: 21, asOf: '2021-11-30' })
    const summary = res.ok ? (res.data as { measure: { summary: string } }).measure.summary : ''
    expect(summary).toContain('新吸纳100人以下按每人1,000元、100人及以上按每人1,500元补助')
    expect(summary).not.toContain('{')
  })
})

describe('policy.evaluate through the router', () => {
  it('computes measure 21 for a small private software firm', async () => {
    const res = await call({
      action: 'evaluate',
      asOf: '2021-11-30',
      audience: ['enterprise'],
      facts: { ownership: 'private', industry: 'software-it', employees: 40, revenue: 3_000_000, newHires: 12 },
    })
    expect(res.ok).toBe(true)
    if (!res.ok) return
    const data = res.data as { sizeClass: string; results: { measure: number; provision: string; status: string; amount?: number; working?: string }[] }
    expect(data.sizeClass).toBe('small')
    expect(data.results.find((r) => r.measure === 21 && r.provision === 'hiring')).toEqual(
      expect.objectContaining({ status: 'eligible', amount: 12000, working: expect.stringContaining('1,000元 × 12人') }),
    )
  })

  it('rejects a negative count with INVALID_INPUT naming the fact', async () => {
    const res = await call({ action: 'evaluate', facts: { newHires: -1 } })
    expect(res.ok).toBe(false)
    if (!res.ok) {
      expect(res.error.code).toBe('INVALID_INPUT')
      expect(res.error.message).toContain('「新吸纳人数」')
    }
  })
})

describe('policy.questions', () => {
  it('gives each number its unit and maximum, and hints that read the parameters', async () => {
    const res = await call({ action: 'questions' })
    const facts = res.ok ? (res.data as { facts: { name: string; hint: string; unit?: string; max?: number }[] }).facts : []
    expect(facts.find((f) => f.name === 'newHires')).toMatchObject({ unit: '人', max: 1_000_000, hint: '新招用且已稳定就业满6个月的人数，没有填0。' })
    expect(facts.find((f) => f.name === 'graduateHires')?.hint).toBe('新招用的毕业年度和毕业2年内高校毕业生中，签订1年以上劳动合同并足额缴纳社会保险费的人数，没有填0。')
  })

  it('gives a label and a one-line hint for every fact of the contract', async () => {
    const res = await call({ action: 'questions' })
    const facts = res.ok ? (res.data as { facts: { name: string; label: string; hint: string }[] }).facts : []
    expect(facts.map((f) => f.name)).toEqual(expect.arrayContaining(['ownership', 'industry', 'newHires', 'localMinimumWage', 'operatingMonths']))
    for (const fact of facts) {
      expect(fact.label.length).toBeGreaterThan(0)
      expect(fact.hint.length).toBeGreaterThan(0)
      expect(fact.hint).not.toContain('\n')
    }
  })
})

describe('policy.quiz', () => {
  it('answers the evaluation with the next step: screens first, a count of what it shows', async () => {
    const res = await call({ action: 'quiz', audience: ['individual'], facts: {}, screens: { founder: false } })
    expect(res).toMatchObject({ ok: true, data: { step: { screens: [{ name: 'founder', answer: false }, { name: 'contest', answer: null }], questions: [], answered: 1, remaining: 1 } } })
  })

  it.each([
    [{ screens: { nope: true } }, '「筛选问题」'],
    [{ screens: { founder: 'yes' } }, '「筛选问题」'],
    [{ focus: 27 }, '「聚焦的条款」须为1至26的条款编号'],
  ])('refuses %j in Chinese', async (params, message) => {
    expect(await call({ action: 'quiz', ...params })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(message) } })
  })
})
