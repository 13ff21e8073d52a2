/**
 * Parameters (OpenFisca-style): every number, rate, threshold, scale and date the rules use, as data
 * with a Chinese description, the clause it comes from with a short quote, and values by effective
 * period (`from`, optional `until`, both inclusive, 'YYYY-MM-DD').
 *
 * Each measure declares its own parameters in rules/measures/<nn>-<name>.ts; the registry of all of
 * them, by name, is rules/measures/index.ts. The functions are bundled with esbuild and read no
 * files at run time, so parameters are typed modules rather than YAML.
 *
 * Units:
 * - `yuan`: whole yuan. `bp`: basis points of a rate (1% = 100), so every percentage is integer
 *   arithmetic. `persons`, `months`, `years`: whole numbers. `date`: 'YYYY-MM-DD'.
 * - `scale`: brackets (see `SingleAmountScale`). `table`: one amount per option of a fact.
 * - `size-row`: one industry's row of the 2011 SME standard (rules/size.ts).
 *
 * Amounts start when the notice was issued (2021-11, no day given: the product reads 2021-11-01) and
 * carry no `until`: a provision's end is its own date parameter, so an expired provision's amount
 * can still be shown for reference.
 */

export type Unit = 'yuan' | 'bp' | 'persons' | 'months' | 'years' | 'date' | 'scale' | 'table' | 'size-row'

export interface Reference {
  /** e.g. '第21条' or '工信部联企业〔2011〕300号 第四条（二）' */
  clause: string
  /** a short quote of the source text */
  quote: string
}

export interface Period<T> {
  /** first day in force, inclusive */
  from: string
  /** last day in force, inclusive; open-ended when absent */
  until?: string
  value: T
}

export interface ParameterDef<T> {
  description: string
  unit: Unit
  reference: Reference
  values: readonly Period<T>[]
}

/**
 * A single-amount scale (OpenFisca's `single_amount`): the amount of the highest bracket whose
 * threshold the base reaches applies to the WHOLE base, not only to the part above the threshold.
 * Thresholds ascend; the first is 0.
 */
export interface SingleAmountScale {
  brackets: readonly { threshold: number; amount: number }[]
}

/** The bracket a base falls in, with the threshold of the next one (if any). */
export function bracketOf(scale: SingleAmountScale, base: number): { threshold: number; amount: number; below?: number } {
  const { brackets } = scale
  let i = 0
  while (i + 1 < brackets.length && base >= brackets[i + 1].threshold) i++
  const next = brackets[i + 1]
  return next ? { threshold: brackets[i].threshold, amount: brackets[i].amount, below: next.threshold } : brackets[i]
}

export const def = <T>(d: ParameterDef<T>): ParameterDef<T> => d

/** The notice was issued in November 2021 (no day given): the product reads 2021-11-01. */
export const NOTICE_DATE = '2021-11-01'

/** One value in force from `from` (default: the notice's date) on. */
export const since = <T>(value: T, from = NOTICE_DATE): readonly Period<T>[] => [{ from, value }]

/** The value in force on `asOf` ('YYYY-MM-DD'), or undefined when the parameter has none that day. */
export function valueAt<T>(p: ParameterDef<T>, asOf: string): T | undefined {
  // Few periods per parameter: a linear scan over ISO date strings is the fastest lookup.
  const values = p.values
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v.from <= asOf && (v.until === undefined || asOf <= v.until)) return v.value
  }
  return undefined
}

/** The value in force on `asOf`; throws when there is none (a rule asked outside the parameter's life). */
export function at<T>(p: ParameterDef<T>, asOf: string): T {
  const v = valueAt(p, asOf)
  if (v === undefined) throw new Error(`parameter "${p.description}" has no value in force on ${asOf}`)
  return v
}

/** The notice itself. */
export const NOTICE_PARAMETERS = {
  'notice.issuedOn': def<string>({
    description: '《通知》印发日期（落款仅写2021年11月，按11月1日计）；此前的日期不适用任何条款',
    unit: 'date',
    reference: { clause: '落款', quote: '山西省人力资源和社会保障厅 2021年11月 日' },
    values: since(NOTICE_DATE),
  }),
}
