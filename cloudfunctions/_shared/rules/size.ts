/**
 * Enterprise size (大型 / 中型 / 小型 / 微型) by the 2011 standard 《中小企业划型标准规定》, from the
 * parameter table `size.<industry>` (persons and yuan).
 *
 * Per industry: large unless below ANY SME ceiling; medium if ALL medium floors are met; small if ALL
 * small floors are met; micro otherwise. Only the metrics in the industry's row are used (and asked
 * for). With some metrics unknown the size may still be decided (e.g. an industrial firm with 10
 * staff is micro whatever its revenue): `possible` lists every class the unknowns still allow.
 */
import type { FactName, Industry, SizeClass } from './facts'
import { todayInShanghai } from './facts'
import { findParameter, parameter, type SizeMetric, type SizeRow } from './parameters'

export type { SizeMetric, SizeRow } from './parameters'

const METRICS: readonly SizeMetric[] = ['employees', 'revenue', 'totalAssets']

export interface SizeInputs {
  industry?: Industry
  employees?: number
  revenue?: number
  totalAssets?: number
  /** a stated size overrides the derivation */
  sizeClass?: SizeClass
}

export interface SizeDerivation {
  /** the class, when the facts decide it */
  sizeClass?: SizeClass
  /** every class still possible given the facts (one element when decided) */
  possible: readonly SizeClass[]
  /** facts still needed to decide, in api.md order; empty when decided */
  missing: FactName[]
}

const ALL: readonly SizeClass[] = ['large', 'medium', 'small', 'micro']

/** The row's metrics and, per metric, one representative value for each region its thresholds cut. */
interface RowPlan {
  metrics: readonly SizeMetric[]
  candidates: Readonly<Partial<Record<SizeMetric, readonly number[]>>>
}
const plans = new WeakMap<SizeRow, RowPlan>()

function planOf(row: SizeRow): RowPlan {
  let plan = plans.get(row)
  if (plan) return plan
  const metrics = METRICS.filter((m) => row.ceiling[m] !== undefined || row.medium[m] !== undefined || row.small[m] !== undefined)
  const candidates: Partial<Record<SizeMetric, number[]>> = {}
  for (const m of metrics) {
    // Thresholds are compared as `< t` or `>= t`, so 0 and each threshold cover every region.
    const ts = [0, row.ceiling[m], row.medium[m], row.small[m]].filter((t): t is number => t !== undefined)
    candidates[m] = [...new Set(ts)].sort((a, b) => a - b)
  }
  plan = { metrics, candidates }
  plans.set(row, plan)
  return plan
}

const meetsAll = (floors: SizeRow['medium'], v: Readonly<Partial<Record<SizeMetric, number>>>): boolean =>
  METRICS.every((m) => floors[m] === undefined || (v[m] as number) >= (floors[m] as number))

/** The class of an enterprise whose row metrics are all known. */
export function classify(row: SizeRow, v: Readonly<Partial<Record<SizeMetric, number>>>): SizeClass {
  const sme = METRICS.some((m) => row.ceiling[m] !== undefined && (v[m] as number) < (row.ceiling[m] as number))
  if (!sme) return 'large'
  if (meetsAll(row.medium, v)) return 'medium'
  if (meetsAll(row.small, v)) return 'small'
  return 'micro'
}

/** The standard's row for an industry, as of a date. */
export function sizeRowOf(industry: Industry, asOf: string): SizeRow {
  return parameter(`size.${industry}`, asOf)
}

/** The facts an industry's row uses (agriculture: revenue; construction: revenue + assets; …). */
export function sizeFactsOf(industry: Industry, asOf: string): readonly SizeMetric[] {
  return planOf(sizeRowOf(industry, asOf)).metrics
}

/** Every class the facts still allow, and what is missing to decide. */
export function sizeFromFacts(facts: SizeInputs, asOf: string): SizeDerivation {
  if (facts.sizeClass !== undefined) return { sizeClass: facts.sizeClass, possible: [facts.sizeClass], missing: [] }
  if (facts.industry === undefined) return { possible: ALL, missing: ['industry'] }
  const row = findParameter(`size.${facts.industry}`, asOf)
  // Before the 2011 standard there are no size classes (and, long before the notice, nothing to pay).
  if (!row) return { possible: ALL, missing: [] }
  const plan = planOf(row)
  const unknown = plan.metrics.filter((m) => facts[m] === undefined)
  if (unknown.length === 0) {
    const c = classify(row, facts)
    return { sizeClass: c, possible: [c], missing: [] }
  }
  const found = new Set<SizeClass>()
  const v: Partial<Record<SizeMetric, number>> = {}
  for (const m of plan.metrics) if (facts[m] !== undefined) v[m] = facts[m]
  const walk = (i: number): void => {
    if (i === unknown.length) {
      found.add(classify(row, v))
      return
    }
    for (const c of plan.candidates[unknown[i]] as number[]) {
      v[unknown[i]] = c
      walk(i + 1)
    }
  }
  walk(0)
  const possible = ALL.filter((c) => found.has(c))
  if (possible.length === 1) return { sizeClass: possible[0], possible, missing: [] }
  return { possible, missing: [...unknown] }
}

/**
 * The size class by the 2011 standard: `{ sizeClass, missing }`; `sizeClass` is undefined while
 * `missing` names the facts still needed (only those of the industry's row). A stated size wins.
 */
export function deriveSizeClass(
  industry?: Industry,
  employees?: number,
  revenue?: number,
  totalAssets?: number,
  options: { sizeClass?: SizeClass; asOf?: string } = {},
): { sizeClass?: SizeClass; missing: string[] } {
  const d = sizeFromFacts(
    { industry, employees, revenue, totalAssets, sizeClass: options.sizeClass },
    options.asOf ?? todayInShanghai(),
  )
  return d.sizeClass ? { sizeClass: d.sizeClass, missing: [] } : { missing: d.missing }
}
