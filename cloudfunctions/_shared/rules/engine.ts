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
import { citationOf } from './citations'
import { AUDIENCES, factSet, factsOf, FACTS, todayInShanghai, type Audience, type FactName, type Facts, type FactSet, type SizeClass } from './facts'
import { hasEnded, RECIPIENTS, type Ctx, type DatedPart, type Guidance, type MeasureRules, type MoneyProvision, type Priced, type ProvisionKey, type Recipient, type Status } from './measure'
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
  return m.guidance ? [...money, { money: false, measure: m.id, guidance: m.guidance, parts: m.dated, citation }] : money
}
const ENTRIES: readonly Entry[] = MEASURES.flatMap(entriesOf)

const NOTICE_ISSUED = at(NOTICE_PARAMETERS['notice.issuedOn'], '9999-12-31')
const ISSUED_MONTH = `${Number(NOTICE_ISSUED.slice(0, 4))}年${Number(NOTICE_ISSUED.slice(5, 7))}月`

const stillNeeded = new Map<FactSet, { missing: FactName[]; reason: string }>()
/** The facts of a set and the reason naming them, built once per set. */
function neededOf(set: FactSet) {
  let n = stillNeeded.get(set)
  if (!n) {
    const missing = Object.freeze(factsOf(set)) as FactName[]
    stillNeeded.set(set, (n = { missing, reason: `还需提供：${missing.map((f) => FACTS[f].label).join('、')}` }))
  }
  return n
}

// ---------------------------------------------------------------------------------------------------
// Money provisions

type Outcome =
  | { status: 'ineligible'; reasons: string[] }
  | { status: 'needs-info'; reasons: string[]; missing: FactName[] }
  | { status: 'eligible'; amount?: number; amountMax?: number; working?: string; reasons: string[] }

function assess(p: MoneyProvision, c: Ctx): Outcome {
  let fails: string[] | undefined
  const passes: string[] = []
  let missing: FactSet = 0
  for (const check of p.checks) {
    const r = check(c)
    if (r.ok === false) (fails ??= []).push(r.reason)
    else if (r.ok === true) {
      if (r.reason) passes.push(r.reason)
    } else missing |= r.need
  }
  if (fails) return { status: 'ineligible', reasons: fails }
  const a = p.amount(c)
  if ('need' in a) missing |= a.need
  if (missing) {
    const needed = neededOf(missing)
    passes.push(needed.reason)
    return { status: 'needs-info', reasons: passes, missing: needed.missing }
  }
  const priced = a as Priced
  for (const r of priced.reasons) passes.push(r)
  return { status: 'eligible', amount: priced.amount, amountMax: priced.amountMax, working: priced.working, reasons: passes }
}

/** A result with its keys in a stable, readable order; absent fields are absent, not `undefined`. */
function moneyResult(e: MoneyEntry, status: Status, o: Partial<EvaluateResult> & { reasons: string[] }): EvaluateResult {
  const p = e.provision
  const out = { measure: e.measure, provision: p.key, title: p.title, status, recipient: p.recipient } as EvaluateResult
  if (o.amount !== undefined) out.amount = o.amount
  if (o.amountMax !== undefined) out.amountMax = o.amountMax
  if (o.referenceAmount !== undefined) out.referenceAmount = o.referenceAmount
  if (o.working !== undefined) out.working = o.working
  out.reasons = o.reasons
  if (o.toVerify !== undefined) out.toVerify = o.toVerify
  if (o.missing !== undefined) out.missing = o.missing
  if (o.documents !== undefined) out.documents = o.documents
  if (o.endedOn !== undefined) out.endedOn = o.endedOn
  out.citation = e.citation
  return out
}

const endedReason = (part: DatedPart, asOf: string, until: string) => `${part.what(asOf)}已于${dateLabel(until)}到期`

function evaluateMoney(e: MoneyEntry, c: Ctx): EvaluateResult {
  if (c.asOf < NOTICE_ISSUED) {
    return moneyResult(e, 'ineligible', { reasons: [`《通知》于${ISSUED_MONTH}印发，评估日期${dateLabel(c.asOf)}早于通知印发，尚不适用`] })
  }
  const part = e.part
  if (part && hasEnded(part, c.asOf)) {
    const until = at(part.until, c.asOf)
    const reasons = [endedReason(part, c.asOf, until), ...part.afterwards]
    // What it would have paid while in force: the same facts on its last day (its rates, its "last year").
    const then = assess(e.provision, { ...c, asOf: until })
    if (then.status !== 'eligible' || then.amount === undefined) return moneyResult(e, 'expired', { reasons, endedOn: until })
    return moneyResult(e, 'expired', {
      referenceAmount: then.amount,
      working: then.working && `${then.working}（仅供参考）`,
      reasons: [...reasons, ...then.reasons, `按${dateLabel(until)}仍有效的规定测算可得${yuan(then.amount)}，仅供参考，不予发放`],
      endedOn: until,
    })
  }
  const o = assess(e.provision, c)
  if (o.status !== 'eligible') return moneyResult(e, o.status, o)
  const toVerify = e.provision.toVerify(c.asOf)
  return moneyResult(e, 'eligible', { ...o, ...(toVerify.length ? { toVerify: [...toVerify] } : {}), documents: e.provision.documents })
}

// ---------------------------------------------------------------------------------------------------
// Measures without money

function evaluateGeneral(e: GeneralEntry, c: Ctx, earlier: readonly EvaluateResult[]): EvaluateResult | null {
  if (c.asOf < NOTICE_ISSUED) return null
  const g = e.guidance
  let reasons: readonly string[] | null = c.enterprise && g.enterprise ? g.enterprise(c, earlier) : null
  const personal = c.individual && g.individual ? g.individual(c, earlier) : null
  if (personal) reasons = reasons ? [...new Set([...reasons, ...personal])] : personal
  if (!reasons) return null
  const ended: string[] = []
  for (const part of e.parts) {
    if (hasEnded(part, c.asOf)) ended.push(endedReason(part, c.asOf, at(part.until, c.asOf)), ...part.afterwards)
  }
  return { measure: e.measure, provision: 'general', title: g.title, status: 'relevant', reasons: [...ended, ...reasons], citation: e.citation }
}

// ---------------------------------------------------------------------------------------------------
// Evaluation

const noTotals = (): Record<Recipient, Totals> =>
  Object.fromEntries(RECIPIENTS.map((r) => [r, { amount: 0, amountMax: 0 }])) as Record<Recipient, Totals>

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
  const c: Ctx = { facts, asOf, enterprise, individual, size, sizeNeed: factSet(...size.missing) }

  const results: EvaluateResult[] = []
  const total: Totals = { amount: 0, amountMax: 0 }
  const totals = noTotals()
  for (const e of ENTRIES) {
    if (!e.money) {
      const r = evaluateGeneral(e, c, results)
      if (r) results.push(r)
      continue
    }
    if (!((enterprise && e.enterprise) || (individual && e.individual))) continue
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
  const out: EvaluateOutput = { asOf, results, total, totals }
  if (size.sizeClass) out.sizeClass = size.sizeClass
  return out
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
