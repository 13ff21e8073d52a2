import { AppError } from '../../errors'
import { citationOf } from '../../rules/citations'
import { todayInShanghai } from '../../catalog/time'
import { audiencesOf, hasEnded, type MeasureRules } from '../../rules/measure'
import { measureRules } from '../../rules/measures'
import { dateLabel } from '../../rules/money'
import { measureText, measureTexts, notice, partOf, sectionOf, type MeasureText } from '../../rules/notice'
import { at, NOTICE_DATE } from '../../rules/parameters'
import { fillValues } from '../../rules/prose'
import { questions, quizStep, SCREENS, type ScreenAnswers } from '../../rules/questions'
import { evaluate, parseEvaluateInput } from '../../rules'
import { invalidInput } from '../../errors'
import type { QuizInput } from '../../schemas/policy'
import { serviceGuide } from '../../rules/guide'

export type MeasureStatus = 'not-yet-issued' | 'in-force' | 'partly-expired' | 'expired'
export type MeasureAudience = 'enterprise' | 'individual' | 'both'

const rulesOf = (id: number) => measureRules(id) as MeasureRules

/** Whether a measure applies on a date: its dated parts, explained. */
function statusOf(rules: MeasureRules, asOf: string) {
  if (asOf < NOTICE_DATE) {
    return { status: 'not-yet-issued' as MeasureStatus, deadlines: [], note: `《通知》${notice.issued.replace(/^(\d{4})-0?(\d{1,2})$/, '$1年$2月')}印发，此日期尚未施行` }
  }
  const deadlines = rules.dated.map((d) => ({ what: d.what(asOf), until: at(d.until, asOf), whole: d.whole, expired: hasEnded(d, asOf) }))
  const lapsed = deadlines.filter((d) => d.expired)
  const status: MeasureStatus = lapsed.length === 0 ? 'in-force' : lapsed.some((d) => d.whole) ? 'expired' : 'partly-expired'
  const note = deadlines.map((d) => `${d.what}${d.expired ? '已于' : '执行至'}${dateLabel(d.until)}${d.expired ? '到期' : ''}`).join('；')
  return { status, deadlines, note }
}

/** Who a measure is for: the audiences of its provisions, the same declaration `evaluate` uses. */
function audienceOf(rules: MeasureRules): MeasureAudience {
  const audiences = audiencesOf(rules)
  return audiences.length === 2 ? 'both' : audiences[0]
}

function summaryOf(text: MeasureText, asOf: string) {
  const rules = rulesOf(text.id)
  const { status, note } = statusOf(rules, asOf)
  return {
    id: text.id,
    part: partOf(text),
    section: sectionOf(text),
    title: text.title,
    summary: fillValues(text.summary, asOf),
    audience: audienceOf(rules),
    tags: text.tags,
    hasMoney: rules.provisions.length > 0,
    status,
    statusNote: note,
  }
}

/** Every search term must appear in the title, text, summary or tags. */
function matches(text: MeasureText, q: string) {
  const haystack = [text.title, text.text, text.summary, ...text.tags].join('\n').toLowerCase()
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((term) => haystack.includes(term))
}

const forAudience = (text: MeasureText, audience?: 'enterprise' | 'individual') => !audience || audiencesOf(rulesOf(text.id)).includes(audience)

export const policyService = {
  list(input: { q?: string; audience?: 'enterprise' | 'individual'; money?: boolean; asOf?: string }, now: Date) {
    const asOf = input.asOf ?? todayInShanghai(now)
    const found = measureTexts.filter(
      (m) =>
        forAudience(m, input.audience) && (input.money === undefined || rulesOf(m.id).provisions.length > 0 === input.money) && (!input.q || matches(m, input.q)),
    )
    return { asOf, total: found.length, measures: found.map((m) => summaryOf(m, asOf)) }
  },

  get(input: { id: number; asOf?: string }, now: Date) {
    const text = measureText(input.id)
    if (!text) throw new AppError('NOT_FOUND', `没有第${input.id}条，通知共${measureTexts.length}条`)
    const rules = rulesOf(text.id)
    const asOf = input.asOf ?? todayInShanghai(now)
    const summary = summaryOf(text, asOf)
    const notYet = summary.status === 'not-yet-issued'
    const { deadlines } = statusOf(rules, asOf)
    // An ended measure's amounts are those of its last day in force, and say so.
    const ended = summary.status === 'expired' ? deadlines.filter((d) => d.whole && d.expired).map((d) => d.until).sort().at(-1) : undefined
    const amountsAsOf = ended ?? asOf
    return {
      asOf,
      measure: {
        ...summary,
        text: text.text,
        citation: citationOf(text.id),
        provisions: rules.guidance
          ? [{ key: 'general', title: rules.guidance.title }]
          : rules.provisions.map((p) => ({ key: p.key, title: p.title, recipient: p.recipient, documents: p.documents })),
        // Before the notice was issued no amount was in force (the parameters begin with it).
        amounts: notYet ? [] : rules.provisions.flatMap((p) => p.amountRows(amountsAsOf)),
        amountsPeriod: { from: NOTICE_DATE, until: ended ?? null },
        deadlines,
        guide: serviceGuide(text.id),
        related: text.related.map((id) => summaryOf(measureText(id) as MeasureText, asOf)),
      },
    }
  },

  /**
   * The quiz's evaluation and its next step (`rules/questions.ts` quizStep): which screening
   * questions and facts to show, and how many are left. `screens` by screen name, `focus` a measure.
   */
  quiz(input: QuizInput, now: Date) {
    const { screens = {}, focus, ...request } = input ?? {}
    const names = new Set(SCREENS.map((s) => s.name))
    if (typeof screens !== 'object' || screens === null || Object.entries(screens).some(([k, v]) => !names.has(k) || typeof v !== 'boolean')) {
      throw invalidInput(`「筛选问题」的回答须为对象，键为 ${[...names].join('、')} 之一，值为 true 或 false`)
    }
    if (focus !== undefined && !(Number.isInteger(focus) && measureText(focus))) throw invalidInput(`「聚焦的条款」须为1至${measureTexts.length}的条款编号`)
    const parsed = parseEvaluateInput(request, now)
    const evaluation = evaluate(parsed)
    return { ...evaluation, step: quizStep({ audience: parsed.audience, facts: parsed.facts, screens: screens as ScreenAnswers, focus }, evaluation.results) }
  },

  /** The quiz's question catalogue: every fact with its label, hint, kind, unit, maximum and options; the screening questions. */
  questions(now: Date) {
    return { facts: questions(todayInShanghai(now)), screens: SCREENS.map((s) => ({ ...s, opens: [...s.opens] })) }
  },
}
