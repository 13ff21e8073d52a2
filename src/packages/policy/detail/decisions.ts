/** The detail page's decisions, apart from its layout. */
import type { Draft } from '../../../pages/quiz/draft'
import type { Audience, MeasureDetail } from '../../../services/policy'
import { formatDateCn } from '../../../utils/format'

/** How 「测算我能拿多少」 shows: the main button for a measure that pays today, a plain one once it ended. */
export function quizButton(m: Pick<MeasureDetail, 'hasMoney' | 'status'>): 'primary' | 'secondary' | 'none' {
  if (!m.hasMoney) return 'none'
  return m.status === 'expired' || m.status === 'not-yet-issued' ? 'secondary' : 'primary'
}

/** Under the amounts table: the period the amounts applied to for an ended measure, else the date they are read as of. */
export function amountsCaption(asOf: string, period: MeasureDetail['amountsPeriod']): string {
  return period.until ? `${formatDateCn(period.from)}至${formatDateCn(period.until)}施行的标准（已到期）` : `按${formatDateCn(asOf)}施行的标准`
}

/**
 * The quiz draft that asks about measure `m` alone: the answers already given are kept, and
 * an empty audience becomes the measure's.
 */
export function focusedDraft(draft: Draft, m: Pick<MeasureDetail, 'id' | 'audience'>): Draft {
  const audience: Audience[] = m.audience === 'both' ? ['enterprise', 'individual'] : [m.audience]
  return { audience: draft.audience.length ? draft.audience : audience, facts: draft.facts, focus: m.id }
}
