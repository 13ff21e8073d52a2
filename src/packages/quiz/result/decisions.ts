/** The result page's decisions, apart from its layout: how results group, read and travel. */
import type { BarItem } from '../../../components/BarChart'
import type { EvaluateRequest, EvaluateResponse, EvaluateResult, Totals } from '../../../services/policy'
import { formatDateCn, formatYuan } from '../../../utils/format'
import { resultUrl } from '../../../pages/quiz/logic'
import { AUDIENCE_LABELS } from '../../../pages/quiz/labels'

export type ResultGroups = Record<'eligible' | 'needsInfo' | 'expired' | 'ineligible' | 'relevant', EvaluateResult[]>

export function groupResults(results: readonly EvaluateResult[]): ResultGroups {
  const by = (status: EvaluateResult['status']) => results.filter((r) => r.status === status)
  return { eligible: by('eligible'), needsInfo: by('needs-info'), expired: by('expired'), ineligible: by('ineligible'), relevant: by('relevant') }
}

/** 符合 · 待补充 · 不符合, leaving out the empty ones. */
export const countsLine = (g: ResultGroups) =>
  [`${g.eligible.length} 项符合`, g.needsInfo.length && `${g.needsInfo.length} 项待补充`, g.ineligible.length && `${g.ineligible.length} 项不符合`].filter(Boolean).join(' · ')

/** An eligible amount as read: fixed, capped (最高), or left to local rules (按规定). */
export const amountLabel = (r: Pick<EvaluateResult, 'amount' | 'amountMax'>) =>
  r.amount !== undefined ? formatYuan(r.amount) : r.amountMax !== undefined ? `最高${formatYuan(r.amountMax)}` : '按规定'

/** One bar per eligible amount; a capped amount is drawn at its cap, muted. */
export const amountBars = (eligible: readonly EvaluateResult[]): BarItem[] =>
  eligible
    .filter((r) => (r.amount ?? r.amountMax ?? 0) > 0)
    .map((r) => ({
      key: `${r.measure}/${r.provision}`,
      label: `第${r.measure}条 ${r.title}`,
      value: r.amount ?? r.amountMax ?? 0,
      display: amountLabel(r),
      muted: r.amount === undefined,
    }))

/** What to prepare for the eligible provisions, each document once. */
export const checklistDocuments = (results: readonly EvaluateResult[]) =>
  [...new Set(results.flatMap((r) => (r.status === 'eligible' ? r.documents ?? [] : [])))]

const SHARE_DEFAULT = '山西民营企业扶持政策，测一测你能享受哪些'
const shareAmount = (who: string, t: Totals) =>
  t.amount > 0 ? `${who}预计可得约${formatYuan(t.amount)}` : t.amountMax > 0 ? `${who}预计最高可得约${formatYuan(t.amountMax)}` : ''

/**
 * 企业预计可得约¥12,000的民营企业扶持政策: what a shared result says. The enterprise's and the
 * person's money are named apart, and a contest award (paid to the project) is no one's own.
 */
export function resultShareTitle(totals: EvaluateResponse['totals'] | undefined): string {
  if (!totals) return SHARE_DEFAULT
  const parts = [shareAmount('企业', totals.enterprise), shareAmount('个人', totals.individual)].filter(Boolean)
  return parts.length ? `${parts.join('，')}的民营企业扶持政策` : SHARE_DEFAULT
}

/** The H5 address that reopens this result: the app's page (`base`, origin and path) and the hash route. */
export const resultLink = (base: string, request: EvaluateRequest) => `${base}#${resultUrl(request)}`

/** A saved scenario's name until the person gives one: who, and the date of the rules. */
export const defaultScenarioName = (request: EvaluateRequest, today: string) =>
  `${request.audience.map((a) => AUDIENCE_LABELS[a]).join('、')}测算 · 按${formatDateCn(request.asOf ?? today)}政策`
