/**
 * 政策找企业 (measures 15 and 23): the bureau runs the rules engine over every verified
 * enterprise's facts as of a date and sees, per provision, the firms that qualify (amount and
 * working) and those one fact short (needs-info), with totals per provision and per city.
 *
 * A run is a batch job: `runMatching` creates it and processes the first batches, `continueMatching`
 * the next ones, each call starting batches for at most BUDGET_MS of its time (the admin function's
 * timeout is 30 s). A batch is at most `batchSize` verified firms read in _id order. Its results —
 * matches, recommendations (为您推荐), messages and removals, a thousand documents or so — are
 * written outside any transaction, each under an id of its own, so writing them twice changes
 * nothing; then one short transaction moves the run's cursor and adds the batch's totals, so a batch
 * is counted once even when two callers continue the same run at once. A batch that never committed
 * (the call timed out) is retried from the same cursor with half as many firms, so a run always gets
 * on. A run as of today tells each firm what it found that the firm did not have before; a run as of
 * any other day is a simulation: the bureau sees the results, the firms get nothing.
 * Administrators only.
 */
import type { RequestContext } from '../../context'
import { mapWithConcurrency } from '../../db/concurrency'
import { AppError } from '../../errors'
import { exportCsv } from '../../exports'
import { requireAdmin } from '../../identity'
import { employersRepository } from '../../repositories/employers'
import { enterpriseFactsRepository } from '../../repositories/enterprise-facts'
import { MATCHING_RUNS, matchId, matchingRepository, type CityTotals, type Match, type MatchingRun, type ProvisionTotals } from '../../repositories/matching'
import { messagesRepository, type Message } from '../../repositories/messages'
import { recommendationId, recommendationsRepository, type Recommendation } from '../../repositories/recommendations'
import { evaluate, FACTS, PROVISIONS, type FactName } from '../../rules'
import { todayInShanghai } from '../../catalog/time'
import { effectiveFacts } from '../account/firm-facts'
import { provisionTitle } from '../matching-labels'
import { recordDecision } from '../audit'

/** Verified firms read and evaluated per batch, at most. */
export const BATCH = 100
/**
 * How long one call keeps starting batches. A batch of 100 firms writes about a thousand documents,
 * ten at a time: a few seconds of round trips; well inside the admin function's 30 s timeout.
 */
export const BUDGET_MS = 10_000

const ENTERPRISE_PROVISIONS = PROVISIONS.filter((p) => p.hasMoney && p.audiences.includes('enterprise'))

const emptyTotals = (): ProvisionTotals[] =>
  ENTERPRISE_PROVISIONS.map((p) => ({ key: p.key, measure: p.measure, provision: p.provision, eligible: 0, amount: 0, amountMax: 0, needsInfo: 0, missing: [] }))

/** What a run as of another day than today is, in the answer. */
const SIMULATION_NOTE = '基准日不是今天：本次为模拟比对，只供人社部门查看结果，不会给企业发消息，也不会更新企业的“为您推荐”'

class RunMoved extends Error {}

const progressView = (run: MatchingRun) => ({
  runId: run._id,
  asOf: run.asOf,
  simulation: run.simulation,
  note: run.simulation ? SIMULATION_NOTE : null,
  status: run.status,
  processed: run.processed,
  total: run.total,
  batches: run.batches,
  notified: run.notified,
  startedAt: run.startedAt,
  finishedAt: run.finishedAt ?? null,
  elapsedMs: run.elapsedMs,
})

const withoutId = (run: MatchingRun): Omit<MatchingRun, '_id'> => {
  const rest: Partial<MatchingRun> = { ...run }
  delete rest._id
  return rest as Omit<MatchingRun, '_id'>
}

const yuanText = (n: number) => `${n.toLocaleString('en-US')}元`

/** Moves the run on to `next` if nobody moved it since `run` was read: one short transaction. */
async function commit(run: MatchingRun, next: MatchingRun, ctx: RequestContext): Promise<MatchingRun> {
  await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection<MatchingRun>(MATCHING_RUNS).doc(run._id)
    const { data } = await ref.get()
    if (!data || data.cursor !== run.cursor) throw new RunMoved()
    await ref.set(withoutId(next))
  })
  return next
}

/** Evaluates one batch (the firms after the run's cursor), writes its results and commits it. */
async function processBatch(run: MatchingRun, ctx: RequestContext): Promise<MatchingRun> {
  const started = ctx.elapsedMs()
  const repo = matchingRepository(ctx.db)
  const retried = run.attempt?.cursor === run.cursor
  const batchSize = retried && run.attempt ? Math.max(1, Math.floor(run.attempt.batchSize / 2)) : run.batchSize
  const firms = await employersRepository(ctx.db).listVerifiedAfter(run.cursor, batchSize)
  const at = ctx.now().toISOString()
  const settled: MatchingRun = { ...run }
  delete settled.attempt
  if (!firms.length) return commit(run, { ...settled, status: 'done', finishedAt: at, updatedAt: at }, ctx)
  await repo.markAttempt(run._id, { cursor: run.cursor, batchSize })
  const ids = firms.map((f) => f._id)
  const live = !run.simulation
  const [factsById, existing] = await Promise.all([
    enterpriseFactsRepository(ctx.db).findMany(ids),
    live ? recommendationsRepository(ctx.db).listForEmployers(ids) : [],
  ])
  const existingByFirm = new Map<string, Recommendation[]>()
  for (const r of existing) existingByFirm.set(r.employerId, [...(existingByFirm.get(r.employerId) ?? []), r])

  const provisions = run.provisions.map((t) => ({ ...t, missing: t.missing.map((m) => ({ ...m })) }))
  const cities = run.cities.map((c) => ({ ...c }))
  const matchRows: Match[] = []
  const recRows: Recommendation[] = []
  const recRemovals: string[] = []
  const messages: Message[] = []
  for (const firm of firms) {
    const stated = factsById.get(firm._id) ?? null
    const version = stated?.version ?? 0
    const { facts } = effectiveFacts(firm, stated)
    const out = evaluate({ facts, asOf: run.asOf, audience: ['enterprise'] })
    let city = cities.find((c) => c.city === firm.city)
    if (!city) cities.push((city = { city: firm.city, firms: 0, eligible: 0, amount: 0, needsInfo: 0 } satisfies CityTotals))
    const previous = new Map((existingByFirm.get(firm._id) ?? []).map((r) => [r.key, r]))
    const found = new Set<string>()
    const fresh: Recommendation[] = []
    for (const r of out.results) {
      const key = `${r.measure}/${r.provision}`
      const totals = provisions.find((t) => t.key === key)
      if (!totals) continue
      const base = { _id: matchId(run._id, firm._id, key), runId: run._id, employerId: firm._id, employerName: firm.name, creditCode: firm.creditCode, city: firm.city, district: firm.district, measure: r.measure, provision: r.provision, key, factsVersion: version }
      if (r.status === 'eligible') {
        const amount = r.amount ?? 0
        totals.eligible++
        totals.amount += amount
        totals.amountMax += r.amountMax ?? amount
        city.eligible++
        city.amount += amount
        matchRows.push({ ...base, status: 'eligible', ...(r.amount !== undefined ? { amount: r.amount } : {}), ...(r.amountMax !== undefined ? { amountMax: r.amountMax } : {}), ...(r.working ? { working: r.working } : {}) })
        found.add(key)
        const prev = previous.get(key)
        // News: not found before from these facts — or found by this very run, in an attempt of this
        // batch that never committed (its message is written again, under the same id).
        const news = !prev || prev.factsVersion !== version || prev.foundBy === run._id
        const rec: Recommendation = {
          _id: recommendationId(firm._id, key), employerId: firm._id, ownerOpenId: firm.ownerOpenId, measure: r.measure, provision: r.provision, key,
          ...(r.amount !== undefined ? { amount: r.amount } : {}), ...(r.amountMax !== undefined ? { amountMax: r.amountMax } : {}), ...(r.working ? { working: r.working } : {}),
          reasons: r.reasons, citation: r.citation, asOf: run.asOf, runId: run._id, factsVersion: version,
          foundAt: prev && (!news || prev.foundBy === run._id) ? prev.foundAt : at,
          foundBy: news ? run._id : (prev?.foundBy ?? run._id),
          updatedAt: at,
        }
        recRows.push(rec)
        if (news) fresh.push(rec)
      } else if (r.status === 'needs-info' && r.missing?.length === 1) {
        const missing = r.missing[0]
        totals.needsInfo++
        const counted = totals.missing.find((m) => m.fact === missing)
        if (counted) counted.count++
        else totals.missing.push({ fact: missing, count: 1 })
        city.needsInfo++
        matchRows.push({ ...base, status: 'needs-info', missing })
      }
    }
    if (found.size) city.firms++
    for (const key of previous.keys()) if (!found.has(key)) recRemovals.push(recommendationId(firm._id, key))
    if (fresh.length) {
      const lines = fresh.map((r) => `第${r.measure}条 ${provisionTitle(r.key)}${r.amount !== undefined ? ` ${yuanText(r.amount)}` : r.amountMax !== undefined ? ` 最高${yuanText(r.amountMax)}` : '（按规定）'}`)
      messages.push({
        _id: `${run._id}:${firm._id}`, ownerOpenId: firm.ownerOpenId, kind: 'recommendation',
        title: `为您推荐：发现${fresh.length}项可享受的政策`,
        body: `人社部门按${run.asOf}的政策和贵企业填报的条件比对，贵企业可享受：${lines.join('；')}。详见“我的 → 为您推荐”。`,
        runId: run._id, keys: fresh.map((r) => r.key), read: false, createdAt: at,
      })
    }
  }
  // Outside the transaction, a few at a time. A retried batch first clears what its earlier attempt
  // wrote of this run's matches; messages go before recommendations, so an attempt that stops in
  // between still finds the news to tell when retried.
  await repo.removeMatches(run._id, ids)
  await mapWithConcurrency(matchRows, (m) => repo.saveMatch(m))
  if (live) {
    await mapWithConcurrency(messages, (m) => messagesRepository(ctx.db).put(m))
    await mapWithConcurrency(recRows, (r) => recommendationsRepository(ctx.db).save(r))
    await mapWithConcurrency(recRemovals, (id) => recommendationsRepository(ctx.db).remove(id))
  }
  return commit(run, {
    ...settled, provisions, cities, cursor: firms[firms.length - 1]._id, processed: run.processed + firms.length, batches: run.batches + 1,
    // After a retried batch, back towards the full size.
    batchSize: Math.min(BATCH, batchSize * 2),
    notified: run.notified + (live ? messages.length : 0), updatedAt: at, elapsedMs: run.elapsedMs + (ctx.elapsedMs() - started),
  }, ctx)
}

/** Processes batches until the run is done or the call has used its budget (at least one batch a call). */
async function advance(run: MatchingRun, ctx: RequestContext, budgetMs = BUDGET_MS): Promise<MatchingRun> {
  let current = run
  while (current.status === 'running') {
    try {
      current = await processBatch(current, ctx)
    } catch (e) {
      if (!(e instanceof RunMoved)) throw e
      // Someone else continued the run meanwhile: carry on from where they got.
      const fresh = await matchingRepository(ctx.db).findRun(run._id)
      if (!fresh) throw new AppError('NOT_FOUND', '没有找到这次比对')
      current = fresh
    }
    if (ctx.elapsedMs() >= budgetMs) break
  }
  return current
}

async function findRunOrLatest(runId: string | undefined, ctx: RequestContext): Promise<MatchingRun | null> {
  const repo = matchingRepository(ctx.db)
  if (!runId) return repo.latestRun()
  const run = await repo.findRun(runId)
  if (!run) throw new AppError('NOT_FOUND', '没有找到这次比对')
  return run
}

const matchView = (m: Match) => ({
  employerId: m.employerId,
  employerName: m.employerName,
  creditCode: m.creditCode,
  city: m.city,
  district: m.district,
  amount: m.amount ?? null,
  amountMax: m.amountMax ?? null,
  working: m.working ?? null,
  missing: m.missing ?? null,
  missingLabel: m.missing ? FACTS[m.missing as FactName].label : null,
})

const runTarget = (run: Pick<MatchingRun, '_id' | 'asOf'>) => ({ collection: 'matching_runs', id: run._id, label: `政策找企业（基准日${run.asOf}）` })

export const matchingService = {
  /**
   * Starts a run as of a date and processes its first batches. As of any other day than today (in
   * Shanghai) it is a simulation: results for the bureau only (`simulation`, `note`).
   */
  async runMatching(input: { asOf: string }, ctx: RequestContext, budgetMs = BUDGET_MS) {
    const by = requireAdmin(ctx)
    const at = ctx.now().toISOString()
    const simulation = input.asOf !== todayInShanghai(ctx.now())
    const total = await employersRepository(ctx.db).count({ status: 'verified' })
    const run = await matchingRepository(ctx.db).createRun({
      asOf: input.asOf, simulation, status: 'running', total, processed: 0, cursor: '', batchSize: BATCH, batches: 0, notified: 0,
      provisions: emptyTotals(), cities: [], startedBy: by, startedAt: at, updatedAt: at, elapsedMs: 0,
    })
    await recordDecision(ctx, { action: 'admin.runMatching', target: runTarget(run), before: null, after: { asOf: input.asOf, firms: total, simulation } })
    return progressView(await advance(run, ctx, budgetMs))
  },

  /** Processes the next batches of a run; call again while `status` is 'running'. */
  async continueMatching(input: { runId: string }, ctx: RequestContext, budgetMs = BUDGET_MS) {
    requireAdmin(ctx)
    const run = await findRunOrLatest(input.runId, ctx)
    return progressView(await advance(run as MatchingRun, ctx, budgetMs))
  },

  /**
   * A run's results (the latest when no runId): totals per provision and per city, and per
   * provision the first `limit` eligible firms (largest amount first) and needs-info firms with the
   * missing fact; or, with `key` and `status`, one page of one list.
   */
  async matching(input: { runId?: string; key?: string; status?: 'eligible' | 'needs-info'; offset?: number; limit?: number }, ctx: RequestContext) {
    requireAdmin(ctx)
    const repo = matchingRepository(ctx.db)
    const run = await findRunOrLatest(input.runId, ctx)
    const runs = (await repo.recentRuns(10)).map(progressView)
    if (!run) return { run: null, runs, provisions: [], cities: [], total: { eligible: 0, amount: 0, needsInfo: 0, firms: 0 } }
    const limit = input.limit ?? 20
    const offset = input.offset ?? 0
    if (input.key !== undefined && !run.provisions.some((t) => t.key === input.key)) {
      throw new AppError('INVALID_INPUT', `「条款」不是企业可享受的补贴条款：${input.key}`, { issues: [{ field: 'key', message: '未知的条款' }] })
    }
    const shown = input.key ? run.provisions.filter((t) => t.key === input.key) : run.provisions
    const statuses = input.status ? [input.status] : (['eligible', 'needs-info'] as const)
    // Two pages per provision, a few at a time (db/concurrency.ts).
    const pages = shown.flatMap((t) => statuses.map((status) => ({ key: t.key, status })))
    const lists = await mapWithConcurrency(pages, async ({ key, status }) => (await repo.page(run._id, key, status, limit, offset)).map(matchView))
    const listOf = (key: string, status: Match['status']) => lists[pages.findIndex((p) => p.key === key && p.status === status)] ?? []
    const provisions = shown.map((t) => ({
      key: t.key, measure: t.measure, provision: t.provision, title: provisionTitle(t.key),
      eligible: t.eligible, amount: t.amount, amountMax: t.amountMax, needsInfo: t.needsInfo,
      missing: t.missing.map(({ fact, count }) => ({ fact, label: FACTS[fact as FactName].label, count })).sort((a, b) => b.count - a.count || a.fact.localeCompare(b.fact)),
      eligibleFirms: listOf(t.key, 'eligible'),
      needsInfoFirms: listOf(t.key, 'needs-info'),
    }))
    const cities = [...run.cities].sort((a, b) => b.amount - a.amount || b.firms - a.firms || a.city.localeCompare(b.city))
    return {
      run: progressView(run),
      runs,
      provisions,
      cities,
      total: {
        eligible: run.provisions.reduce((n, t) => n + t.eligible, 0),
        amount: run.provisions.reduce((n, t) => n + t.amount, 0),
        needsInfo: run.provisions.reduce((n, t) => n + t.needsInfo, 0),
        firms: cities.reduce((n, c) => n + c.firms, 0),
      },
    }
  },

  /** Every match of a run as a CSV file in cloud storage; the answer links to it. */
  async exportMatching(input: { runId?: string }, ctx: RequestContext) {
    requireAdmin(ctx)
    const run = await findRunOrLatest(input.runId, ctx)
    if (!run) throw new AppError('NOT_FOUND', '还没有进行过比对')
    const repo = matchingRepository(ctx.db)
    const rows: Match[] = []
    for (let cursor = ''; ; ) {
      const page = await repo.after(run._id, cursor, 1000)
      rows.push(...page)
      if (page.length < 1000) break
      cursor = page[page.length - 1]._id
    }
    const order = new Map(run.provisions.map((t, i) => [t.key, i]))
    rows.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0) || (a.status === b.status ? 0 : a.status === 'eligible' ? -1 : 1) || (b.amount ?? 0) - (a.amount ?? 0) || a.employerName.localeCompare(b.employerName) || a._id.localeCompare(b._id))
    const exported = await exportCsv(ctx, {
      folder: 'matching',
      filename: `政策找企业-${run.asOf}.csv`,
      header: ['条款', '补贴项目', '结果', '企业名称', '统一社会信用代码', '市', '区县', '金额（元）', '最高金额（元）', '计算过程', '还需补充的条件'],
      rows: rows.map((m) => [`第${m.measure}条`, provisionTitle(m.key), m.status === 'eligible' ? '符合' : '差一项条件', m.employerName, m.creditCode, m.city, m.district, m.amount, m.amountMax, m.working, m.missing ? FACTS[m.missing as FactName].label : '']),
    })
    // Firms' data leaves the system: who took it, when.
    await recordDecision(ctx, { action: 'admin.exportMatching', target: runTarget(run), before: null, after: { rows: rows.length } })
    return { runId: run._id, asOf: run.asOf, status: run.status, ...exported }
  },
}
