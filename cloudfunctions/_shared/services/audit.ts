/**
 * Writing the audit log: every administrator decision and every change of an application's status,
 * with who, when, what, and the state before and after. Changes of one document (an application's
 * status, the review of a firm or a posting) are written in the same transaction as their entry;
 * decisions spanning several documents (a report upheld, a fair saved) write it once they are made.
 * `admin.audit` reads it (services/admin/audit.ts).
 */
import type { RequestContext } from '../context'
import type { Transaction } from '../db/types'
import { AppError } from '../errors'
import { isAdmin, requireCaller } from '../identity'
import { auditLogRepository, type AuditEntry, type AuditTarget, type NewAuditEntry } from '../repositories/audit-log'

/** What each audited action is, in the words of the log's readers. */
export const auditActionLabels = {
  'admin.review': '审核',
  'admin.saveFair': '保存招聘会',
  'admin.fairCheckIn': '招聘会签到',
  'admin.runMatching': '发起政策找企业',
  'admin.exportFair': '导出招聘会名单',
  'admin.exportMatching': '导出匹配结果',
  'applications.apply': '投递简历',
  'applications.withdraw': '撤回投递',
  'applications.setStatus': '企业处理投递',
} as const

export type AuditedAction = keyof typeof auditActionLabels

export interface AuditChange {
  action: AuditedAction
  target: AuditTarget
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  note?: string
}

/** The entry for a change by the caller, at the request's time. */
export function auditEntry(ctx: RequestContext, role: AuditEntry['actor']['role'], change: AuditChange): NewAuditEntry {
  const { note, ...rest } = change
  return { at: ctx.now().toISOString(), actor: { openId: requireCaller(ctx), role }, ...rest, ...(note ? { note } : {}) }
}

/** Records an administrator's decision: in the transaction that makes it when given, else once it is made. */
export async function recordDecision(ctx: RequestContext, change: AuditChange, tx?: Transaction): Promise<void> {
  if (!isAdmin(ctx)) throw new AppError('FORBIDDEN', '仅人社部门管理员可执行此操作')
  const entry = auditEntry(ctx, 'admin', change)
  const log = auditLogRepository(ctx.db)
  await (tx ? log.addIn(tx, entry) : log.add(entry))
}
