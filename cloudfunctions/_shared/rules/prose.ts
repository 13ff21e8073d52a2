/**
 * Prose that names values: `{name}` in a text is the value of parameter `name`, as of a date, in
 * words by its unit (`{measure8.training.perPerson}` → 300元). A table's entry is `{name:key}`, a
 * scale's bracket `{name:1.threshold}` (the bare number) or `{name:0.amount}` (in yuan). The plain-
 * language summaries of data/notice.json use it, so that they never restate a number a rule uses.
 */
import { PARAMETERS, type ParameterName } from './measures'
import { dateLabel, monthsLabel, pct, yuan } from './money'
import { at, NOTICE_DATE, type ParameterDef, type SingleAmountScale } from './parameters'

const PLACEHOLDER = /\{([\w.-]+)(?::([\w.-]+))?\}/g

const isName = (name: string): name is ParameterName => Object.hasOwn(PARAMETERS, name)

function words(name: string, key: string | undefined, asOf: string): string {
  if (!isName(name)) throw new Error(`no parameter ${name}`)
  const p = PARAMETERS[name] as ParameterDef<unknown>
  const value = at(p, asOf)
  switch (p.unit) {
    case 'yuan':
      return yuan(value as number)
    case 'bp':
      return pct(value as number)
    case 'date':
      return dateLabel(value as string)
    case 'months':
      return monthsLabel(value as number)
    case 'years':
      return `${value as number}年`
    case 'persons':
      return `${value as number}人`
    case 'table': {
      const entry = (value as Readonly<Record<string, number>>)[key ?? '']
      if (entry === undefined) throw new Error(`no entry ${key} in ${name}`)
      return yuan(entry)
    }
    case 'scale': {
      const [i, field] = (key ?? '').split('.')
      const bracket = (value as SingleAmountScale).brackets[Number(i)]
      if (!bracket || (field !== 'threshold' && field !== 'amount')) throw new Error(`no bracket ${key} in ${name}`)
      return field === 'threshold' ? String(bracket.threshold) : yuan(bracket.amount)
    }
    default:
      throw new Error(`parameter ${name} (${p.unit}) has no words`)
  }
}

/** The text with every `{name}` replaced by its value as of `asOf` (before the notice: as issued). */
export const fillValues = (text: string, asOf: string): string =>
  text.replace(PLACEHOLDER, (_, name: string, key?: string) => words(name, key, asOf < NOTICE_DATE ? NOTICE_DATE : asOf))

/** The parameter names a text refers to. */
export const valuesNamed = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1])
