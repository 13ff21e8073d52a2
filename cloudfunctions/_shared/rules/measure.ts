/**
 * What a measure module (rules/measures/<nn>-<name>.ts) declares, and the checks several measures
 * share. A measure is audited in its own file: its parameters, its provisions (conditions, amount,
 * working, what the bureau still verifies, documents, the guide's amount rows), its guidance when it
 * pays no money, and its dated parts. The evaluator (engine.ts) knows no measure by number.
 */
import { FACT_BIT, optionLabel, type Audience, type FactName, type Facts, type FactSet, type SizeClass } from './facts'
import type { EvaluateResult } from './engine'
import { grouped, pct, yuan } from './money'
import { at, type ParameterDef } from './parameters'
import type { SizeDerivation } from './size'

export type { Audience }
export type Status = 'eligible' | 'ineligible' | 'needs-info' | 'expired' | 'relevant'
/** Who receives the money: the enterprise, the person, or (measure 10) the project and its coaches. */
export type Recipient = 'enterprise' | 'individual' | 'project'

/** Provision keys of docs/api.md; measures without money have the single provision `general`. */
export type ProvisionKey =
  | 'general'
  | 'training'
  | 'apprenticeship'
  | 'senior-technician-allowance'
  | 'sanjin-expert-selected'
  | 'sanjin-expert-contest'
  | 'worldskills'
  | 'national-contest'
  | 'skill-upgrade'
  | 'stabilisation-refund'
  | 'startup'
  | 'hiring'
  | 'difficult-hires'
  | 'social-insurance'
  | 'internship'
export type MoneyProvisionKey = Exclude<ProvisionKey, 'general'>

/** What a rule sees: the facts as of a date, for which audiences, and the size they imply. */
export interface Ctx {
  facts: Facts
  asOf: string
  enterprise: boolean
  individual: boolean
  size: SizeDerivation
  /** the facts still needed to decide the size */
  sizeNeed: FactSet
}

/** A condition's outcome: met (with a reason), not met (with the reason), or undecided until facts are given. */
export type Check = { ok: true; reason?: string } | { ok: false; reason: string } | { ok: undefined; need: FactSet }
export type CheckFn = (c: Ctx) => Check

export const pass = (reason?: string): Check => ({ ok: true, reason })
export const fail = (reason: string): Check => ({ ok: false, reason })
const needs = new Map<FactSet, Check>()
/** Undecided until these facts are given (one shared object per set: checks run often). */
export function need(set: FactSet): Check {
  let c = needs.get(set)
  if (!c) needs.set(set, (c = Object.freeze({ ok: undefined, need: set })))
  return c
}
export const needFact = (fact: FactName): Check => need(FACT_BIT[fact])

/** An amount: decided (with its working and reasons), or waiting for facts. */
export type Amount = { need: FactSet } | Priced
export interface Priced {
  /** yuan, when the notice fixes the amount */
  amount?: number
  /** yuan, when the notice only caps it */
  amountMax?: number
  working?: string
  reasons: readonly string[]
}

/** One row of a measure's amounts table in the policy guide, read from its parameters as of a date. */
export interface AmountRow {
  provision: ProvisionKey
  label: string
  /** whole yuan, when the row is an amount */
  yuan?: number
  /** how to read the value, e.g. `1,000元/人`, `60%`, `最高3,000元`, `按规定` */
  display: string
  note?: string
}

export const UNIT_SUFFIX = { perPerson: '/人', perPersonMonth: '/人/月', once: '/人（一次性）', project: '/项' } as const
export const yuanRow = (provision: ProvisionKey, label: string, value: number, unit: keyof typeof UNIT_SUFFIX, note?: string): AmountRow => ({
  provision,
  label,
  yuan: value,
  display: `${grouped(value)}元${UNIT_SUFFIX[unit]}`,
  ...(note ? { note } : {}),
})
export const rateRow = (provision: ProvisionKey, label: string, bp: number, note?: string): AmountRow => ({
  provision,
  label,
  display: pct(bp),
  ...(note ? { note } : {}),
})
export const capRow = (provision: ProvisionKey, label: string, value: number, note?: string): AmountRow => ({
  provision,
  label,
  yuan: value,
  display: `最高${yuan(value)}`,
  ...(note ? { note } : {}),
})
/** An amount the notice leaves to local rules (按规定). */
export const asRuledRow = (provision: ProvisionKey, label: string, note: string): AmountRow => ({ provision, label, display: '按规定', note })

export interface MoneyProvision {
  key: MoneyProvisionKey
  /** short Chinese name, e.g. 吸纳就业补助 */
  title: string
  /** who is asked about it (the quiz's 我是企业 / 我是个人) */
  audiences: readonly Audience[]
  recipient: Recipient
  /** every fact it may ask for, size facts included where size matters */
  facts: readonly FactName[]
  /** every condition; all must hold */
  checks: readonly CheckFn[]
  amount: (c: Ctx) => Amount
  /** what the bureau still verifies that the facts cannot show, as of a date */
  toVerify: (asOf: string) => string[]
  /** what an applicant usually prepares: a reading aid, the local bureau decides */
  documents: readonly string[]
  /** its rows of the measure's amounts table */
  amountRows: (asOf: string) => readonly AmountRow[]
}

const FIXED = Symbol('fixed reasons')
let fixedCount = 0
/**
 * Reasons that never change: frozen and numbered, so the evaluator may share the result that
 * carries them instead of building it again.
 */
export const fixedReasons = (...sentences: string[]): readonly string[] => Object.freeze(Object.defineProperty(sentences, FIXED, { value: ++fixedCount }))
/** The number of fixed reasons (0 for none), or undefined for reasons built on the spot. */
export const fixedNumber = (reasons: readonly string[] | null): number | undefined =>
  reasons === null ? 0 : (reasons as unknown as Record<symbol, number | undefined>)[FIXED]

/** Why a measure without money concerns this user, or null when it does not. */
export type Relevance = (c: Ctx, earlier: readonly EvaluateResult[]) => readonly string[] | null

/** A measure without money: shown (`relevant`) only when the facts show it concerns the user. */
export interface Guidance {
  /** short Chinese name of the measure's one provision, `general` */
  title: string
  /** the facts its relevance reads */
  facts: readonly FactName[]
  /** one per audience it concerns: the audiences ARE these keys (policy.list filters by them too) */
  enterprise?: Relevance
  individual?: Relevance
}

/** A part of a measure with an end date; the rest of the measure goes on. */
export interface DatedPart {
  /** what ends, in words built from the values, e.g. 失业保险总费率1%的阶段性降费 */
  what: (asOf: string) => string
  /** its last day in force */
  until: ParameterDef<string>
  /** the money provision the calculator can compute only while this part is in force */
  provision?: MoneyProvisionKey
  /** true when the whole measure ends with it */
  whole: boolean
  /** what goes on once it ended */
  afterwards: readonly string[]
}

/** Whether a dated part has ended by `asOf` (it is in force up to and including its last day). */
export const hasEnded = (part: DatedPart, asOf: string): boolean => asOf > at(part.until, asOf)

export interface MeasureRules {
  id: number
  /** the module's file name (rules/measures/<name>.ts) and its cases' (test/rules/cases/<name>.yaml) */
  name: string
  parameters: Readonly<Record<string, ParameterDef<unknown>>>
  /** its money provisions; none for a measure without money */
  provisions: readonly MoneyProvision[]
  /** for a measure without money */
  guidance?: Guidance
  dated: readonly DatedPart[]
}

/** A measure's audiences: those of its provisions and of its guidance, in AUDIENCES order. */
export function audiencesOf(m: MeasureRules): Audience[] {
  const all = new Set<Audience>(m.provisions.flatMap((p) => p.audiences))
  if (m.guidance?.enterprise) all.add('enterprise')
  if (m.guidance?.individual) all.add('individual')
  return (['enterprise', 'individual'] as const).filter((a) => all.has(a))
}

// ---------------------------------------------------------------------------------------------------
// Checks several measures share

const ownershipCheck = (fact: 'ownership' | 'employerOwnership', who: string, onlyFor: string): CheckFn => {
  const unknown = needFact(fact)
  const yes = pass(`${who}为民营企业`)
  return ({ facts }) => {
    const v = facts[fact]
    if (v === undefined) return unknown
    if (v === 'private') return yes
    return fail(`${who}为${optionLabel(fact, v)}，本项只适用于${onlyFor}`)
  }
}
/** The enterprise is private (民营). */
export const enterprisePrivate = ownershipCheck('ownership', '企业', '民营企业')
/** The individual works at a private enterprise. */
export const employerPrivate = ownershipCheck('employerOwnership', '您所在单位', '民营企业职工')

/** A count of people is known and above zero. */
export const positive = (
  fact: 'trainedStaff' | 'apprentices' | 'newHires' | 'difficultHires' | 'graduateHires' | 'interns',
  yes: (n: number) => string,
  no: string,
): CheckFn => {
  const unknown = needFact(fact)
  return ({ facts }) => {
    const n = facts[fact]
    if (n === undefined) return unknown
    return n > 0 ? pass(yes(n)) : fail(no)
  }
}

export const SMALL_OR_MICRO = (s: SizeClass) => s === 'small' || s === 'micro'
export const sizeText = (d: SizeDerivation) =>
  d.sizeClass ? optionLabel('sizeClass', d.sizeClass) : d.possible.map((s) => optionLabel('sizeClass', s)).join('或')

/** A decided size's outcome, built once per class. */
const SMALL_OR_MICRO_BY_CLASS = new Map(
  (['large', 'medium', 'small', 'micro'] as const).map((s) => {
    const label = optionLabel('sizeClass', s)
    return [s, SMALL_OR_MICRO(s) ? pass(`企业规模为${label}，属于小微企业`) : fail(`企业规模为${label}，本项只适用于小微企业`)]
  }),
)

/** The enterprise is small or micro (小微企业) by the 2011 standard, or undecided until its size facts are given. */
export const smallOrMicro: CheckFn = ({ size, sizeNeed }) => {
  if (size.sizeClass) return SMALL_OR_MICRO_BY_CLASS.get(size.sizeClass) as Check
  if (size.possible.every(SMALL_OR_MICRO)) return pass(`企业规模为${sizeText(size)}，属于小微企业`)
  if (!size.possible.some(SMALL_OR_MICRO)) return fail(`企业规模为${sizeText(size)}，本项只适用于小微企业`)
  return need(sizeNeed)
}

/** The facts of the 2011 size standard (and a stated size). */
export const SIZE_FACTS: readonly FactName[] = ['industry', 'employees', 'revenue', 'totalAssets', 'sizeClass']

export const LOCAL_RULES = '标准以当地规定为准'
