/**
 * The seekers' side in words: an application's statuses and the moves a firm may make, the
 * reasons to report a posting, and how a phone number is masked.
 */
import { EDUCATIONS, type Education } from './firms'

/**
 * An application's statuses. The firm moves it forward — submitted → viewed → interview → offer —
 * or turns it down (rejected) at any open step; the seeker may withdraw it while it is open.
 */
export const APPLICATION_STATUSES = ['submitted', 'viewed', 'interview', 'offer', 'rejected', 'withdrawn'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const applicationStatusLabels: Readonly<Record<ApplicationStatus, string>> = {
  submitted: '已投递',
  viewed: '企业已查看',
  interview: '邀请面试',
  offer: '录用',
  rejected: '不合适',
  withdrawn: '已撤回',
}

/** Statuses a firm may set (withdrawn is the seeker's, submitted is where every application starts). */
export const FIRM_STATUSES = ['viewed', 'interview', 'offer', 'rejected'] as const
export type FirmStatus = (typeof FIRM_STATUSES)[number]

/** The open statuses, in pipeline order: a firm only ever moves an application to a later one. */
const PIPELINE: readonly ApplicationStatus[] = ['submitted', 'viewed', 'interview', 'offer']

/** Still in play: the firm may act on it and the seeker may withdraw it. */
export const isOpenStatus = (s: ApplicationStatus) => s === 'submitted' || s === 'viewed' || s === 'interview'

/**
 * Whether a firm may move an application from `from` to `to`: forward along
 * submitted → viewed → interview → offer (a step may be skipped, e.g. straight to interview), or
 * to rejected from any open status. offer, rejected and withdrawn are final.
 */
export function canMove(from: ApplicationStatus, to: FirmStatus): boolean {
  if (!isOpenStatus(from)) return false
  if (to === 'rejected') return true
  return PIPELINE.indexOf(to) > PIPELINE.indexOf(from)
}

/** The moves a firm has from a status, for the pipeline's buttons. */
export const nextStatuses = (from: ApplicationStatus): FirmStatus[] => FIRM_STATUSES.filter((to) => canMove(from, to))

/** The requirements a seeker with `education` meets: 学历不限 and every level up to theirs. */
export const educationsUpTo = (education: Education): Education[] => EDUCATIONS.slice(0, EDUCATIONS.indexOf(education) + 1)

/** Why a posting is reported to the bureau. */
export const REPORT_REASONS = ['fraud', 'discrimination', 'wrong-info'] as const
export type ReportReason = (typeof REPORT_REASONS)[number]
export const reportReasonLabels: Readonly<Record<ReportReason, string>> = {
  fraud: '虚假招聘或收取费用',
  discrimination: '就业歧视',
  'wrong-info': '信息不实',
}

export type ReportStatus = 'open' | 'upheld' | 'dismissed'
export const reportStatusLabels: Readonly<Record<ReportStatus, string>> = {
  open: '待处理',
  upheld: '已核实，岗位已下架',
  dismissed: '未予采纳',
}

/**
 * A phone number as others see it: a mobile as 138****1234; a landline keeps its area code and
 * the last four digits (0351-***4567). Anything else keeps only its last four characters.
 */
export function maskPhone(phone: string): string {
  const p = phone.trim()
  if (/^1\d{10}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`
  const landline = /^(0\d{2,3})-?(\d{3,4})(\d{4})$/.exec(p)
  if (landline) return `${landline[1]}-${'*'.repeat(landline[2].length)}${landline[3]}`
  return p.length > 4 ? `${'*'.repeat(p.length - 4)}${p.slice(-4)}` : '****'
}

/** A name as others see it on a firm's public page: the surname and a star (李*). */
export const maskName = (name: string) => (name ? `${[...name][0]}*` : '')
