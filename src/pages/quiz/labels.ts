/**
 * The result page's own words. What the rules say — provision titles, reasons, the conditions the
 * bureau still verifies, the documents, measure 23's relief — comes from the `policy` function.
 */
import type { Audience, Recipient } from '../../services/policy'

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = { enterprise: '企业', individual: '个人' }

/** Who receives an amount: totals are shown apart, never added together. */
export const RECIPIENT_LABELS: Readonly<Record<Recipient, string>> = { enterprise: '企业', individual: '个人', project: '获奖项目（团队）' }
export const RECIPIENT_ORDER: readonly Recipient[] = ['enterprise', 'individual', 'project']

/** The recipients a result speaks of: those the user asked as, and any other that receives money. */
export const recipientsShown = (audience: readonly Audience[], totals: Record<Recipient, { amountMax: number }>): Recipient[] =>
  RECIPIENT_ORDER.filter((r) => totals[r].amountMax > 0 || (r !== 'project' && audience.includes(r)))
