import { AppError } from '../errors'
import { amountsOf, DATED_PROVISIONS } from '../rules/amounts'
import { citationOf } from '../rules/citations'
import { factHints, factKinds, factLabels, factOptions, factUnits, FACT_NAMES, todayInShanghai } from '../rules/facts'
import { dateLabel } from '../rules/format'
import { measureById, measures, notice, partOf, sectionOf, type Measure } from '../rules/measures'
import { parameter, parameterHistory } from '../rules/parameters'

export type MeasureStatus = 'not-yet-issued' | 'in-force' | 'partly-expired' | 'expired'

/** Whether a measure applies on a date: its deadlines from the parameters, explained. */
function statusOf(id: number, asOf: string) {
  if (asOf < parameterHistory('notice.issuedOn')[0].value) {
    return { status: 'not-yet-issued' as MeasureStatus, deadlines: [], note: `《通知》${notice.issued.replace(/^(\d{4})-0?(\d{1,2})$/, '$1年$2月')}印发，此日期尚未施行` }
  }
  const deadlines = DATED_PROVISIONS.filter((d) => d.measure === id).map((d) => {
    const until = parameter(d.until, asOf) as string
    return { what: d.what, until, whole: d.whole, expired: asOf > until }
  })
  const lapsed = deadlines.filter((d) => d.expired)
  const status: MeasureStatus = lapsed.length === 0 ? 'in-force' : lapsed.some((d) => d.whole) ? 'expired' : 'partly-expired'
  const note = deadlines.map((d) => `${d.what}${d.expired ? '已于' : '执行至'}${dateLabel(d.until)}${d.expired ? '到期' : ''}`).join('；')
  return { status, deadlines, note }
}

function summaryOf(measure: Measure, asOf: string) {
  const { status, note } = statusOf(measure.id, asOf)
  return {
    id: measure.id,
    part: partOf(measure),
    section: sectionOf(measure),
    title: measure.title,
    summary: measure.summary,
    audience: measure.audience,
    tags: measure.tags,
    hasMoney: measure.hasMoney,
    status,
    statusNote: note,
  }
}

/** Every search term must appear in the title, text, summary or tags. */
function matches(measure: Measure, q: string) {
  const haystack = [measure.title, measure.text, measure.summary, ...measure.tags].join('\n').toLowerCase()
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((term) => haystack.includes(term))
}

const forAudience = (measure: Measure, audience?: 'enterprise' | 'individual') =>
  !audience || measure.audience === audience || measure.audience === 'both'

export const policyService = {
  list(input: { q?: string; audience?: 'enterprise' | 'individual'; money?: boolean; asOf?: string }, now: Date) {
    const asOf = input.asOf ?? todayInShanghai(now)
    const found = measures.filter(
      (m) => forAudience(m, input.audience) && (input.money === undefined || m.hasMoney === input.money) && (!input.q || matches(m, input.q)),
    )
    return { asOf, total: found.length, measures: found.map((m) => summaryOf(m, asOf)) }
  },

  get(input: { id: number; asOf?: string }, now: Date) {
    const measure = measureById(input.id)
    if (!measure) throw new AppError('NOT_FOUND', `没有第${input.id}条，通知共26条`)
    const asOf = input.asOf ?? todayInShanghai(now)
    const summary = summaryOf(measure, asOf)
    return {
      asOf,
      measure: {
        ...summary,
        text: measure.text,
        citation: citationOf(measure.id),
        provisions: measure.provisions,
        // Before the notice was issued no amount was in force (the parameters begin with it).
        amounts: summary.status === 'not-yet-issued' ? [] : amountsOf(measure.id, asOf),
        deadlines: statusOf(measure.id, asOf).deadlines,
        related: measure.related.map((id) => summaryOf(measureById(id) as Measure, asOf)),
      },
    }
  },

  /** The quiz's question catalogue: every fact with its label, hint, kind, unit and options. */
  questions() {
    return {
      facts: FACT_NAMES.map((name) => ({
        name,
        label: factLabels[name],
        hint: factHints[name],
        kind: factKinds[name],
        ...(factUnits[name] ? { unit: factUnits[name] } : {}),
        ...(factOptions[name] ? { options: factOptions[name] } : {}),
      })),
    }
  },
}
