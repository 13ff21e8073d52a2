/**
 * 政策找企业 (issue 8, measures 15 and 23): the bureau runs the rules engine over every verified
 * enterprise's facts as of a date and sees, per provision, the firms that qualify (amount and
 * working) and those one fact short (needs-info), with totals per provision and per city.
 *
 * A run is a batch job: `runMatching` creates it and processes the first batches, `continueMatching`
 * processes the next ones, each call for at most BUDGET_MS (a cloud function call has a time limit)
 * and each batch at most BATCH verified firms read in _id order (never more than one `get()`
 * returns). A batch commits in one transaction together with the run's cursor, so a batch is never
 * counted twice, even when two callers continue the same run at once. After each batch the firms'
 * recommendations (为您推荐) are replaced, and a firm gets a message when the run found something
 * it did not have before. Administrators only.
 */
import type { RequestContext } from '../context'
import type { Transaction } from '../db/types'
import { AppError } from '../errors'
import { requireAdmin } from '../identity'
import { employersRepository } from '../repositories/employers'
import { enterpriseFactsRepository } from '../repositories/enterprise-facts'
import { MATCHES, MATCHING_RUNS, matchId, matchingRepository, type Match, type MatchingRun, type ProvisionTotals } from '../repositories/matching'
import { MESSAGES, type Message } from '../repositories/messages'
import { RECOMMENDATIONS, recommendationId, recommendationsRepository, type Recommendation } from '../repositories/recommendations'
import { evaluate, FACTS, PROVISIONS, type FactName } from '../rules'
import { effectiveFacts } from './enterprise-facts'
import { provisionTitle } from './matching-labels'
import { recordDecision } from './audit'

/** Verified firms read and evaluated per batch. */
export const BATCH = 100
/** How long one call keeps processing batches before it reports progress. */
export const BUDGET_MS = 1500

const ENTERPRISE_PROVISIONS = PROVISIONS.filter((p) => p.hasMoney && p.audiences.includes('enterprise'))

const emptyTotals = (): Record<string, ProvisionTotals> =>
  Object.fromEntries(
    ENTERPRISE_PROVISIONS.map((p) => [p.key, { key: p.key, measure: p.measure, provision: p.provision, eligible: 0, amount: 0, amountMax: 0, needsInfo: 0, missing: {} }]),
  )

class RunMoved extends Error {}

const progressView = (run: MatchingRun) => ({
  runId: run._id,
  asOf: run.asOf,
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

/** Evaluates one batch (the firms after the run's cursor) and commits it; false when the run is done. */
async function processBatch(run: MatchingRun, ctx: RequestContext): Promise<MatchingRun> {
  const started = Date.now()
  const firms = await employersRepository(ctx.db).listVerifiedAfter(run.cursor, BATCH)
  const at = ctx.now().toISOString()
  if (!firms.length) {
    const done: MatchingRun = { ...run, status: 'done', finishedAt: at, updatedAt: at }
    await ctx.db.runTransaction(async (tx) => {
      const ref = tx.collection<MatchingRun>(MATCHING_RUNS).doc(run._id)
      const { data } = await ref.get()
      if (!data || data.cursor !== run.cursor) throw new RunMoved()
      await ref.set(withoutId(done))
    })
    return done
  }
  const ids = firms.map((f) => f._id)
  const [factsById, existing] = await Promise.all([
    enterpriseFactsRepository(ctx.db).findMany(ids),
    recommendationsRepository(ctx.db).listForEmployers(ids),
  ])
  const existingByFirm = new Map<string, Recommendation[]>()
  for (const r of existing) existingByFirm.set(r.employerId, [...(existingByFirm.get(r.employerId) ?? []), r])

  const provisions = JSON.parse(JSON.stringify(run.provisions)) as MatchingRun['provisions']
  const cities = JSON.parse(JSON.stringify(run.cities)) as MatchingRun['cities']
  const matchRows: Match[] = []
  const recRows: Recommendation[] = []
  const recRemovals: string[] = []
  const messages: Message[] = []
  for (const firm of firms) {
    const stated = factsById.get(firm._id) ?? null
    const version = stated?.version ?? 0
    const { facts } = effectiveFacts(firm, stated)
    const out = evaluate({ facts, asOf: run.asOf, audience: ['enterprise'] })
    const city = (cities[firm.city] ??= { city: firm.city, firms: 0, eligible: 0, amount: 0, needsInfo: 0 })
    const previous = new Map((existingByFirm.get(firm._id) ?? []).map((r) => [r.key, r]))
    const found = new Set<string>()
    const fresh: Recommendation[] = []
    for (const r of out.results) {
      const key = `${r.measure}/${r.provision}`
      const totals = provisions[key]
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
        const keep = prev && prev.factsVersion === version
        const rec: Recommendation = {
          _id: recommendationId(firm._id, key), employerId: firm._id, ownerOpenId: firm.ownerOpenId, measure: r.measure, provision: r.provision, key,
          ...(r.amount !== undefined ? { amount: r.amount } : {}), ...(r.amountMax !== undefined ? { amountMax: r.amountMax } : {}), ...(r.working ? { working: r.working } : {}),
          reasons: r.reasons, citation: r.citation, asOf: run.asOf, runId: run._id, factsVersion: version, foundAt: keep ? prev.foundAt : at, updatedAt: at,
        }
        recRows.push(rec)
        if (!keep) fresh.push(rec)
      } else if (r.status === 'needs-info' && r.missing?.length === 1) {
        const missing = r.missing[0]
        totals.needsInfo++
        totals.missing[missing] = (totals.missing[missing] ?? 0) + 1
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
  const next: MatchingRun = {
    ...run, provisions, cities, cursor: firms[firms.length - 1]._id, processed: run.processed + firms.length, batches: run.batches + 1,
    notified: run.notified + messages.length, updatedAt: at, elapsedMs: run.elapsedMs + (Date.now() - started),
  }
  await ctx.db.runTransaction(async (tx: Transaction) => {
    const ref = tx.collection<MatchingRun>(MATCHING_RUNS).doc(run._id)
    const { data } = await ref.get()
    if (!data || data.cursor !== run.cursor) throw new RunMoved()
    for (const { _id, ...row } of matchRows) await tx.collection<Match>(MATCHES).doc(_id).set(row)
    for (const { _id, ...rec } of recRows) await tx.collection<Recommendation>(RECOMMENDATIONS).doc(_id).set(rec)
    for (const id of recRemovals) await tx.collection(RECOMMENDATIONS).doc(id).delete()
    for (const { _id, ...m } of messages) await tx.collection<Message>(MESSAGES).doc(_id).set(m)
    await ref.set(withoutId(next))
  })
  return next
}

/** Processes batches until the run is done or the time budget is spent. */
async function advance(run: MatchingRun, ctx: RequestContext, budgetMs = BUDGET_MS): Promise<MatchingRun> {
  const deadline = Date.now() + budgetMs
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
    if (Date.now() >= deadline) break
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

const csvCell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

const runTarget = (run: Pick<MatchingRun, '_id' | 'asOf'>) => ({ collection: 'matching_runs', id: run._id, label: `政策找企业（基准日${run.asOf}）` })

export const matchingService = {
  /** Starts a run as of a date and processes its first batches. */
  async runMatching(input: { asOf: string }, ctx: RequestContext, budgetMs = BUDGET_MS) {
    const by = requireAdmin(ctx)
    const at = ctx.now().toISOString()
    const total = await employersRepository(ctx.db).count({ status: 'verified' })
    const run = await matchingRepository(ctx.db).createRun({
      asOf: input.asOf, status: 'running', total, processed: 0, cursor: '', batches: 0, notified: 0,
      provisions: emptyTotals(), cities: {}, startedBy: by, startedAt: at, updatedAt: at, elapsedMs: 0,
    })
    await recordDecision(ctx, { action: 'admin.runMatching', target: runTarget(run), before: null, after: { asOf: input.asOf, firms: total } })
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
    // Own keys only: `__proto__` or `toString` must not pass for a provision.
    if (input.key !== undefined && !Object.hasOwn(run.provisions, input.key)) throw new AppError('INVALID_INPUT', `「key」不是企业可享受的补贴条款：${input.key}`, { issues: [{ field: 'key', message: '未知的条款' }] })
    const keys = input.key ? [input.key] : Object.keys(run.provisions)
    const statuses = input.status ? [input.status] : (['eligible', 'needs-info'] as const)
    const provisions = await Promise.all(
      keys.map(async (key) => {
        const t = run.provisions[key]
        const lists = await Promise.all(statuses.map(async (s) => [s, (await repo.page(run._id, key, s, limit, offset)).map(matchView)] as const))
        const get = (s: string) => lists.find(([k]) => k === s)?.[1] ?? []
        return {
          key, measure: t.measure, provision: t.provision, title: provisionTitle(key),
          eligible: t.eligible, amount: t.amount, amountMax: t.amountMax, needsInfo: t.needsInfo,
          missing: Object.entries(t.missing).map(([fact, count]) => ({ fact, label: FACTS[fact as FactName].label, count })).sort((a, b) => b.count - a.count),
          eligibleFirms: get('eligible'),
          needsInfoFirms: get('needs-info'),
        }
      }),
    )
    const cities = Object.values(run.cities).sort((a, b) => b.amount - a.amount || b.firms - a.firms || a.city.localeCompare(b.city))
    const all = Object.values(run.provisions)
    return {
      run: progressView(run),
      runs,
      provisions,
      cities,
      total: {
        eligible: all.reduce((n, t) => n + t.eligible, 0),
        amount: all.reduce((n, t) => n + t.amount, 0),
        needsInfo: all.reduce((n, t) => n + t.needsInfo, 0),
        firms: cities.reduce((n, c) => n + c.firms, 0),
      },
    }
  },

  /** Every match of a run as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese). */
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
    const order = new Map(Object.keys(run.provisions).map((k, i) => [k, i]))
    rows.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0) || (a.status === b.status ? 0 : a.status === 'eligible' ? -1 : 1) || (b.amount ?? 0) - (a.amount ?? 0) || a.employerName.localeCompare(b.employerName))
    // Firms' data leaves the system: who took it, when.
    await recordDecision(ctx, { action: 'admin.exportMatching', target: runTarget(run), before: null, after: { rows: rows.length } })
    const header = ['条款', '补贴项目', '结果', '企业名称', '统一社会信用代码', '市', '区县', '金额（元）', '最高金额（元）', '计算过程', '还需补充的条件']
    const lines = rows.map((m) =>
      [`第${m.measure}条`, provisionTitle(m.key), m.status === 'eligible' ? '符合' : '差一项条件', m.employerName, m.creditCode, m.city, m.district, m.amount, m.amountMax, m.working, m.missing ? FACTS[m.missing as FactName].label : '']
        .map(csvCell)
        .join(','),
    )
    return {
      runId: run._id,
      asOf: run.asOf,
      status: run.status,
      rows: rows.length,
      filename: `政策找企业-${run.asOf}.csv`,
      csv: `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`,
    }
  },
}
