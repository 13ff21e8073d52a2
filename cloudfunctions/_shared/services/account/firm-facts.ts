/**
 * A firm's side of 政策找企业 (account.facts, updateFacts, recommendations, disputeMatch): the facts
 * its profile holds for the rules engine, each with the date it was stated; the measures a matching
 * run found it qualifies for (为您推荐); and saying a match is wrong (the facts changed), which
 * updates the facts.
 */
import type { RequestContext } from '../../context'
import { AppError } from '../../errors'
import { isAdmin, requireCaller } from '../../identity'
import { employersRepository, type Employer } from '../../repositories/employers'
import { enterpriseFactsRepository, type EnterpriseFacts, type StatedFacts } from '../../repositories/enterprise-facts'
import { recommendationsRepository, type Recommendation } from '../../repositories/recommendations'
import { todayInShanghai } from '../../catalog/time'
import type { FactName, Facts } from '../../rules/facts'
import { question } from '../../rules/questions'
import { EDITABLE_FACTS, ENTERPRISE_FACT_NAMES, PROFILE_ONLY_FACTS, PROFILE_SIZE_FACTS } from '../../schemas/account'
import { provisionTitle } from '../matching-labels'

export interface FactsChange {
  facts: Facts
  clear?: FactName[]
}

/** The facts the rules see for a firm: the registered profile, overlaid by what the firm stated since. */
export function effectiveFacts(employer: Employer, stated: EnterpriseFacts | null): { facts: Facts; statedAt: Partial<Record<FactName, string>>; source: Partial<Record<FactName, 'profile' | 'stated'>> } {
  const facts: Record<string, unknown> = {}
  const statedAt: Partial<Record<FactName, string>> = {}
  const source: Partial<Record<FactName, 'profile' | 'stated'>> = {}
  const profileAt = employer.submittedAt ?? employer.createdAt
  for (const name of [...PROFILE_ONLY_FACTS, ...PROFILE_SIZE_FACTS]) {
    const v = (employer as unknown as Record<string, unknown>)[name]
    if (v !== undefined && v !== null) {
      facts[name] = v
      statedAt[name] = profileAt
      source[name] = 'profile'
    }
  }
  for (const [name, s] of Object.entries(stated?.facts ?? {}) as [FactName, { value: unknown; statedAt: string }][]) {
    if (!s || (PROFILE_ONLY_FACTS as readonly string[]).includes(name)) continue
    facts[name] = s.value
    statedAt[name] = s.statedAt
    source[name] = 'stated'
  }
  return { facts: facts as Facts, statedAt, source }
}

async function callerFirm(ctx: RequestContext): Promise<Employer> {
  const openId = requireCaller(ctx)
  if (isAdmin(ctx)) throw new AppError('FORBIDDEN', '管理员账号没有企业资料')
  const employer = await employersRepository(ctx.db).findByOwner(openId)
  if (!employer) throw new AppError('FORBIDDEN', '请先在“我的”中登记企业资料')
  return employer
}

function factsView(employer: Employer, stated: EnterpriseFacts | null, now: Date) {
  const { facts, statedAt, source } = effectiveFacts(employer, stated)
  const asOf = todayInShanghai(now)
  return {
    version: stated?.version ?? 0,
    updatedAt: stated?.updatedAt ?? null,
    facts: ENTERPRISE_FACT_NAMES.map((name) => {
      const q = question(name, asOf)
      return {
        name,
        label: q.label,
        hint: q.hint,
        kind: q.kind,
        unit: q.unit ?? null,
        askInWan: q.askInWan ?? false,
        options: q.options?.filter((o) => o.value !== null) ?? null,
        value: facts[name] ?? null,
        statedAt: statedAt[name] ?? null,
        source: source[name] ?? null,
        editable: (EDITABLE_FACTS as readonly string[]).includes(name),
      }
    }),
  }
}

const recommendationView = (r: Recommendation) => ({
  id: r._id,
  measure: r.measure,
  provision: r.provision,
  key: r.key,
  title: provisionTitle(r.key),
  amount: r.amount ?? null,
  amountMax: r.amountMax ?? null,
  working: r.working ?? null,
  reasons: r.reasons,
  citation: r.citation,
  asOf: r.asOf,
  foundAt: r.foundAt,
})

async function applyChange(employer: Employer, change: FactsChange, ctx: RequestContext): Promise<EnterpriseFacts> {
  const at = ctx.now().toISOString()
  const saved = await enterpriseFactsRepository(ctx.db).apply(
    employer._id,
    employer.ownerOpenId,
    (current) => {
      const next: StatedFacts = { ...(current?.facts ?? {}) }
      for (const name of change.clear ?? []) delete next[name]
      for (const [name, value] of Object.entries(change.facts) as [FactName, unknown][]) {
        if (value !== undefined) (next as Record<string, unknown>)[name] = { value, statedAt: at }
      }
      return next
    },
    at,
  )
  // Recommendations computed from the older facts no longer hold: the next run decides again.
  await recommendationsRepository(ctx.db).removeForEmployer(employer._id)
  return saved
}

export const firmFactsService = {
  /** The firm's facts for the rules, each with the date it was stated and where it came from. */
  async facts(ctx: RequestContext) {
    const employer = await callerFirm(ctx)
    return factsView(employer, await enterpriseFactsRepository(ctx.db).find(employer._id), ctx.now())
  },

  /** States (or clears) facts; a firm may do so verified or not. */
  async updateFacts(input: FactsChange, ctx: RequestContext) {
    const employer = await callerFirm(ctx)
    return factsView(employer, await applyChange(employer, input, ctx), ctx.now())
  },

  /** 为您推荐: what the latest run found the firm qualifies for, from its current facts, the newest first. */
  async recommendations(ctx: RequestContext) {
    const employer = await callerFirm(ctx)
    const [stated, recs] = await Promise.all([
      enterpriseFactsRepository(ctx.db).find(employer._id),
      recommendationsRepository(ctx.db).listForEmployer(employer._id),
    ])
    const version = stated?.version ?? 0
    const current = employer.status === 'verified' ? recs.filter((r) => r.factsVersion === version) : []
    current.sort((a, b) => (a.foundAt < b.foundAt ? 1 : a.foundAt > b.foundAt ? -1 : a.measure - b.measure || a.key.localeCompare(b.key)))
    const items = current.map(recommendationView)
    return {
      verified: employer.status === 'verified',
      items,
      total: {
        amount: current.reduce((n, r) => n + (r.amount ?? 0), 0),
        amountMax: current.reduce((n, r) => n + (r.amountMax ?? r.amount ?? 0), 0),
      },
    }
  },

  /** The match is wrong because the facts changed: the firm states the new facts (the match goes away). */
  async disputeMatch(input: FactsChange & { measure: number; provision: string }, ctx: RequestContext) {
    const employer = await callerFirm(ctx)
    const key = `${input.measure}/${input.provision}`
    const recs = await recommendationsRepository(ctx.db).listForEmployer(employer._id)
    if (!recs.some((r) => r.key === key)) throw new AppError('NOT_FOUND', '没有找到这条推荐，可能已经更新')
    return factsView(employer, await applyChange(employer, input, ctx), ctx.now())
  },
}
