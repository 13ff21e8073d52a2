import type { JobDetail } from '../../../services/jobs'

/**
 * What the posting page's main button offers, from who is looking and whether the posting still
 * recruits. A pure decision, so each case is tested beside it; the page wires each kind to its tap.
 */
export type ApplyButton =
  /** The firm that posted it: its applicants. */
  | { kind: 'pipeline'; label: string }
  /** A firm or the bureau: nobody of theirs may apply (shown, disabled). */
  | { kind: 'not-a-seeker'; label: string }
  /** Already applied (and not withdrawn): the application's progress. */
  | { kind: 'progress'; label: string }
  /** Closed or expired: nothing to do. */
  | { kind: 'closed'; label: string }
  /** The browser build against the cloud signs nobody in: applying is for WeChat. */
  | { kind: 'open-in-wechat'; label: string }
  | { kind: 'sign-in'; label: string }
  /** A seeker: apply (again, after withdrawing), or first fill in the profile the application copies. */
  | { kind: 'apply'; label: string }

export interface ApplyButtonInput {
  viewer: JobDetail['viewer']
  live: boolean
  canSignIn: boolean
  openInWechat: string
}

export function applyButton({ viewer, live, canSignIn, openInWechat }: ApplyButtonInput): ApplyButton {
  const applied = viewer?.application && viewer.application.status !== 'withdrawn' ? viewer.application : null
  if (viewer?.own) return { kind: 'pipeline', label: '查看投递' }
  if (viewer && viewer.role !== 'seeker') return { kind: 'not-a-seeker', label: viewer.role === 'admin' ? '管理员账号不能投递' : '企业账号不能投递' }
  if (applied) return { kind: 'progress', label: applied.status === 'submitted' ? '已投递 · 查看进度' : `已投递 · ${applied.statusLabel}` }
  if (!live) return { kind: 'closed', label: '已停止招聘' }
  if (!viewer) return canSignIn ? { kind: 'sign-in', label: '登录后投递' } : { kind: 'open-in-wechat', label: openInWechat }
  if (!viewer.hasProfile) return { kind: 'apply', label: '填写资料并投递' }
  return { kind: 'apply', label: viewer.application?.status === 'withdrawn' ? '重新投递' : '投递简历' }
}
