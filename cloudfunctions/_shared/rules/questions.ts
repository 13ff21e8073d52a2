/** The quiz's questions: each fact's record as the app shows it, its hint's numbers read as of a date. */
import { FACT_NAMES, FACTS, type FactKind, type FactName, type FactOption } from './facts'
import { lookupAsOf } from './measures'

export interface Question {
  name: FactName
  label: string
  hint: string
  kind: FactKind
  /** beside a number input: 人, 元, 个月 */
  unit?: string
  /** the largest value accepted */
  max?: number
  options?: readonly FactOption[]
}

export function question(name: FactName, asOf: string): Question {
  const f = FACTS[name]
  const hint = typeof f.hint === 'string' ? f.hint : f.hint(lookupAsOf(asOf))
  const out: Question = { name, label: f.label, hint, kind: f.kind }
  if ('max' in f) {
    out.unit = f.unit
    out.max = f.max
  } else out.options = f.options
  return out
}

/** Every fact, in api.md order. */
export const questions = (asOf: string): Question[] => FACT_NAMES.map((name) => question(name, asOf))
