/**
 * The evaluator: `evaluate({ facts, asOf, audience })` → the `policy.evaluate` response of
 * docs/api.md, from the measures of rules/measures (it knows none of them by number). Pure and
 * synchronous.
 *
 * Order of decisions for a money provision (docs/policy-rules.md):
 * 1. not for the requested audience → not evaluated (absent from results);
 * 2. `asOf` before the notice → ineligible, '…早于通知印发，尚不适用';
 * 3. a dated part the provision depends on has ended → expired: never pays; `referenceAmount` is what
 *    it would have paid on the part's last day in force, shown only when it would have been eligible;
 * 4. every condition is checked: any known failure → ineligible (nothing else asked); otherwise
 *    unknown facts (conditions and amount) → needs-info with `missing`; otherwise eligible.
 * A measure without money gives a `relevant` result only when the facts show that it concerns the
 * user; its dated parts that have ended are named first, and the rest of it goes on.
 */
import { todayInShanghai } from '../catalog/time'
import { citationOf } from './citations'
import { AUDIENCES, FACT_BIT, factSet, factsOf, FACTS, type Audience, type FactName, type Facts, type FactSet, type SizeClass } from './facts'
import { fixedNumber, type Ctx, type DatedPart, type Guidance, type MeasureRules, type MoneyProvision, type Priced, type ProvisionKey, type Recipient, type Status } from './measure'
import { MEASURES } from './measures'
import { dateLabel, yuan } from './money'
import { at, NOTICE_PARAMETERS } from './parameters'
import { sizeFromFacts } from './size'

export type { ProvisionKey, Recipient, Status }

export interface EvaluateResult {
  measure: number
  provision: ProvisionKey
  /** the provision's short name (a measure without money: the measure's) */
  title: string
  status: Status
  /** money provisions: who receives it */
  recipient?: Recipient
  /** yuan, when the notice fixes the amount (eligible only) */
  amount?: number
  /** yuan, when the notice only caps it (measure 20; eligible only) */
  amountMax?: number
  /** expired only: what the provision would have paid on its last day in force; never counted */
  referenceAmount?: number
  working?: string
  reasons: string[]
  /** eligible only: what the bureau still verifies that the facts cannot show */
  toVerify?: string[]
  /** needs-info only: fact names still needed, in api.md order */
  missing?: FactName[]
  /** eligible only: what an applicant usually prepares */
  documents?: readonly string[]
  /** expired only: the last day the provision was in force, 'YYYY-MM-DD' */
  endedOn?: string
  citation: string
}

export interface Totals {
  amount: number
  amountMax: number
}

export interface EvaluateOutput {
  asOf: string
  sizeClass?: SizeClass
  results: EvaluateResult[]
  /** every eligible amount, whoever receives it */
  total: Totals
  /** the same, apart by who receives it: never add one to another */
  totals: Record<Recipient, Totals>
}

export interface EvaluateRequest {
  facts?: Facts
  /** 'YYYY-MM-DD'; default today in Asia/Shanghai */
  asOf?: string
  /** default both */
  audience?: readonly Audience[]
}

// ---------------------------------------------------------------------------------------------------
// The plan: every provision in result order, with what it needs precomputed

interface MoneyEntry {
  money: true
  measure: number
  provision: MoneyProvision
  /** the dated part it depends on */
  part?: DatedPart
  enterprise: boolean
  individual: boolean
  citation: string
}
interface GeneralEntry {
  money: false
  measure: number
  guidance: Guidance
  parts: readonly DatedPart[]
  citation: string
  /** the result for each pair of fixed answers of its guidance (frozen, shared between evaluations) */
  fixed: Map<number, EvaluateResult>
}
type Entry = MoneyEntry | GeneralEntry

const entriesOf = (m: MeasureRules): Entry[] => {
  const citation = citationOf(m.id)
  const money = m.provisions.map(
    (provision): Entry => ({
      money: true,
      measure: m.id,
      provision,
      part: m.dated.find((d) => d.provision === provision.key),
      enterprise: provision.audiences.includes('enterprise'),
      individual: provision.audiences.includes('individual'),
      citation,
    }),
  )
  return m.guidance ? [...money, { money: false, measure: m.id, guidance: m.guidance, parts: m.dated, citation, fixed: new Map() }] : money
}
const ENTRIES: readonly Entry[] = MEASURES.flatMap(entriesOf)
/** The entries to evaluate for an audience: every measure without money, and the money provisions it is asked. */
const ENTRIES_FOR = {
  enterprise: ENTRIES.filter((e) => !e.money || e.enterprise),
  individual: ENTRIES.filter((e) => !e.money || e.individual),
  both: ENTRIES,
  neither: ENTRIES.filter((e) => !e.money),
}

const NOTICE_ISSUED = at(NOTICE_PARAMETERS['notice.issuedOn'], '9999-12-31')
const ISSUED_MONTH = `${Number(NOTICE_ISSUED.slice(0, 4))}年${Number(NOTICE_ISSUED.slice(5, 7))}月`

const stillNeeded = new Map<FactSet, { missing: FactName[]; reason: string }>()
/** The facts of a set and the reason naming them, built once per set. */
function neededOf(set: FactSet) {
  let n = stillNeeded.get(set)
  // Stryker disable next-line ConditionalExpression: a cache; building the entry again gives the same one
  if (!n) {
    const missing = Object.freeze(factsOf(set)) as FactName[]
    stillNeeded.set(set, (n = { missing, reason: `还需提供：${missing.map((f) => FACTS[f].label).join('、')}` }))
  }
  return n
}

// ---------------------------------------------------------------------------------------------------
// Money provisions

/**
 * A money result. Every field is always set (undefined when absent, so JSON leaves it out): one
 * object shape for every result keeps evaluation fast.
 */
function moneyResult(
  e: MoneyEntry,
  status: Status,
  reasons: string[],
  amount?: number,
  amountMax?: number,
  working?: string,
  missing?: FactName[],
  toVerify?: string[],
  documents?: readonly string[],
  referenceAmount?: number,
  endedOn?: string,
): EvaluateResult {
  const p = e.provision
  return {
    measure: e.measure,
    provision: p.key,
    title: p.title,
    status,
    recipient: p.recipient,
    amount,
    amountMax,
    referenceAmount,
    working,
    reasons,
    toVerify,
    missing,
    documents,
    endedOn,
    citation: e.citation,
  }
}

/**
 * Checks every condition, then the amount: any known failure → ineligible (its reasons only);
 * unknown facts → needs-info; otherwise eligible. `asOf` is the date the rules are read as of.
 */
function assess(e: MoneyEntry, c: Ctx): EvaluateResult {
  const p = e.provision
  let fails: string[] | undefined
  const passes: string[] = []
  let missing: FactSet = 0
  for (const check of p.checks) {
    const r = check(c)
    if (r.ok === false) (fails ??= []).push(r.reason)
    else if (r.ok === true) {
      // Stryker disable next-line ConditionalExpression: the one pass without a reason (15: no insured staff) comes with a failing check, and a failing result shows only its failures
      if (r.reason) passes.push(r.reason)
    } else missing |= r.need
  }
  if (fails) return moneyResult(e, 'ineligible', fails)
  const a = p.amount(c)
  // Stryker disable next-line ConditionalExpression: a priced amount has no `need`, and or-ing undefined into the set leaves it as it is
  if ('need' in a) missing |= a.need
  if (missing) {
    const needed = neededOf(missing)
    passes.push(needed.reason)
    return moneyResult(e, 'needs-info', passes, undefined, undefined, undefined, needed.missing)
  }
  const priced = a as Priced
  for (const r of priced.reasons) passes.push(r)
  const toVerify = p.toVerify(c.asOf)
  return moneyResult(e, 'eligible', passes, priced.amount, priced.amountMax, priced.working, undefined, toVerify.length ? toVerify : undefined, p.documents)
}

const endedReason = (part: DatedPart, asOf: string, until: string) => `${part.what(asOf)}已于${dateLabel(until)}到期`

function evaluateMoney(e: MoneyEntry, c: Ctx): EvaluateResult {
  if (c.asOf < NOTICE_ISSUED) return moneyResult(e, 'ineligible', [`《通知》于${ISSUED_MONTH}印发，评估日期${dateLabel(c.asOf)}早于通知印发，尚不适用`])
  const part = e.part
  if (!part) return assess(e, c)
  const until = at(part.until, c.asOf)
  if (c.asOf <= until) return assess(e, c)
  const reasons = [endedReason(part, c.asOf, until), ...part.afterwards]
  // What it would have paid while in force: the same facts on its last day (its rates, its "last year").
  const then = assess(e, { facts: c.facts, asOf: until, enterprise: c.enterprise, individual: c.individual, size: c.size, sizeNeed: c.sizeNeed })
  // Only an eligible result carries an amount.
  if (then.amount === undefined) {
    return moneyResult(e, 'expired', reasons, undefined, undefined, undefined, undefined, undefined, undefined, undefined, until)
  }
  for (const r of then.reasons) reasons.push(r)
  reasons.push(`按${dateLabel(until)}仍有效的规定测算可得${yuan(then.amount)}，仅供参考，不予发放`)
  const working = then.working && `${then.working}（仅供参考）`
  return moneyResult(e, 'expired', reasons, undefined, undefined, working, undefined, undefined, undefined, then.amount, until)
}

// ---------------------------------------------------------------------------------------------------
// Measures without money

const generalResult = (e: GeneralEntry, reasons: string[]): EvaluateResult => ({
  measure: e.measure,
  provision: 'general',
  title: e.guidance.title,
  status: 'relevant',
  recipient: undefined,
  amount: undefined,
  amountMax: undefined,
  referenceAmount: undefined,
  working: undefined,
  reasons,
  toVerify: undefined,
  missing: undefined,
  documents: undefined,
  endedOn: undefined,
  citation: e.citation,
})

function evaluateGeneral(e: GeneralEntry, c: Ctx, earlier: readonly EvaluateResult[]): EvaluateResult | undefined {
  const g = e.guidance
  const firm = (c.enterprise && g.enterprise && g.enterprise(c, earlier)) || null
  const person = (c.individual && g.individual && g.individual(c, earlier)) || null
  if (!firm && !person) return undefined
  let ended: string[] | undefined
  for (const part of e.parts) {
    const until = at(part.until, c.asOf)
    if (c.asOf > until) (ended ??= []).push(endedReason(part, c.asOf, until), ...part.afterwards)
  }
  // Fixed answers and nothing ended: the same result every time.
  const f = fixedNumber(firm)
  const p = fixedNumber(person)
  const key = ended || f === undefined || p === undefined ? undefined : f * 65_536 + p
  const known = key === undefined ? undefined : e.fixed.get(key)
  if (known) return known
  // Ended parts first; then what concerns the user, each sentence once.
  const reasons = ended ?? []
  if (firm) for (const r of firm) reasons.push(r)
  if (person) for (const r of person) if (!firm || !firm.includes(r)) reasons.push(r)
  if (key === undefined) return generalResult(e, reasons)
  const result = Object.freeze(generalResult(e, Object.freeze(reasons) as string[]))
  e.fixed.set(key, result)
  return result
}

// ---------------------------------------------------------------------------------------------------
// Evaluation

/**
 * Evaluates the notice for one user's facts as of a date. Input is assumed valid (see
 * `parseEvaluateInput`); it is never mutated.
 */
export function evaluate(request: EvaluateRequest): EvaluateOutput {
  const asOf = request.asOf ?? todayInShanghai()
  const facts = request.facts ?? {}
  const audience = request.audience ?? AUDIENCES
  const enterprise = audience.includes('enterprise')
  const individual = audience.includes('individual')
  const size = sizeFromFacts(facts, asOf)
  let sizeNeed: FactSet = 0
  for (const f of size.missing) sizeNeed |= FACT_BIT[f]
  const c: Ctx = { facts, asOf, enterprise, individual, size, sizeNeed }

  const results: EvaluateResult[] = []
  const total: Totals = { amount: 0, amountMax: 0 }
  const totals: Record<Recipient, Totals> = { enterprise: { amount: 0, amountMax: 0 }, individual: { amount: 0, amountMax: 0 }, project: { amount: 0, amountMax: 0 } }
  const issued = asOf >= NOTICE_ISSUED
  for (const e of ENTRIES_FOR[enterprise ? (individual ? 'both' : 'enterprise') : individual ? 'individual' : 'neither']) {
    if (!e.money) {
      // Measures without money say nothing before the notice.
      const r = issued ? evaluateGeneral(e, c, results) : undefined
      if (r) results.push(r)
      continue
    }
    const r = evaluateMoney(e, c)
    results.push(r)
    if (r.status === 'eligible') {
      const amount = r.amount ?? 0
      const amountMax = r.amountMax ?? amount
      const mine = totals[e.provision.recipient]
      mine.amount += amount
      mine.amountMax += amountMax
      total.amount += amount
      total.amountMax += amountMax
    }
  }
  return { asOf, sizeClass: size.sizeClass, results, total, totals }
}

// ---------------------------------------------------------------------------------------------------
// What the quiz and the guide need to know about each provision

export interface ProvisionInfo {
  measure: number
  provision: ProvisionKey
  /** `${measure}/${provision}` */
  key: string
  title: string
  hasMoney: boolean
  audiences: readonly Audience[]
  recipient?: Recipient
  /** every fact the provision may ask for, in api.md order */
  facts: readonly FactName[]
}

/** Every provision the engine evaluates, in result order, with the facts it depends on. */
export const PROVISIONS: readonly ProvisionInfo[] = ENTRIES.map((e): ProvisionInfo => {
  if (e.money) {
    const p = e.provision
    return {
      measure: e.measure,
      provision: p.key,
      key: `${e.measure}/${p.key}`,
      title: p.title,
      hasMoney: true,
      audiences: p.audiences,
      recipient: p.recipient,
      facts: factsOf(factSet(...p.facts)),
    }
  }
  const g = e.guidance
  return {
    measure: e.measure,
    provision: 'general',
    key: `${e.measure}/general`,
    title: g.title,
    hasMoney: false,
    audiences: AUDIENCES.filter((a) => g[a] !== undefined),
    facts: factsOf(factSet(...g.facts)),
  }
})

/** `'21/hiring'` → the facts it depends on. */
export const PROVISION_FACTS: Readonly<Record<string, readonly FactName[]>> = Object.fromEntries(PROVISIONS.map((p) => [p.key, p.facts]))

/** The facts any money provision for these audiences may ask for, in api.md order. */
export function factsForAudience(audience: readonly Audience[] = AUDIENCES): FactName[] {
  let set: FactSet = 0
  for (const p of PROVISIONS) if (p.hasMoney && p.audiences.some((a) => audience.includes(a))) set |= factSet(...p.facts)
  return factsOf(set)
}
