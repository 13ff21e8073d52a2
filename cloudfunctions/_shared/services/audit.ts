/**
 * The audit log: every administrator decision and every change of an application's status, with
 * who, when, what, and the state before and after. Changes of one document are written in the same
 * transaction as their entry (applications); decisions spanning several documents write the entry
 * once the change has been made.
 */
import type { RequestContext } from '../context'
import { AppError } from '../errors'
import { isAdmin, requireAdmin, requireCaller } from '../identity'
import { auditLogRepository, type AuditEntry, type AuditFilter, type AuditTarget, type NewAuditEntry } from '../repositories/audit-log'

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

const roleLabels: Readonly<Record<AuditEntry['actor']['role'], string>> = { admin: '管理员', employer: '企业', seeker: '求职者' }

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

/** Records an administrator's decision that has been made. */
export async function recordDecision(ctx: RequestContext, change: AuditChange): Promise<void> {
  if (!isAdmin(ctx)) throw new AppError('FORBIDDEN', '仅人社部门管理员可执行此操作')
  await auditLogRepository(ctx.db).add(auditEntry(ctx, 'admin', change))
}

const PAGE = 30

const entryView = (e: AuditEntry) => ({
  id: e._id,
  at: e.at,
  actor: { openId: e.actor.openId, role: e.actor.role, roleLabel: roleLabels[e.actor.role] },
  action: e.action,
  actionLabel: Object.hasOwn(auditActionLabels, e.action) ? auditActionLabels[e.action as AuditedAction] : e.action,
  target: e.target,
  before: e.before,
  after: e.after,
  note: e.note ?? null,
})

export const auditService = {
  /** The log, the newest first, optionally for one target or one actor; a page at a time. */
  async list(input: AuditFilter & { cursor?: string; limit?: number }, ctx: RequestContext) {
    requireAdmin(ctx)
    const limit = input.limit ?? PAGE
    const before = input.cursor ? parseCursor(input.cursor) : undefined
    const page = await auditLogRepository(ctx.db).list(input, limit + 1, before)
    const items = page.slice(0, limit)
    const last = items[items.length - 1]
    return { items: items.map(entryView), nextCursor: page.length > limit && last ? `${last.at}|${last._id}` : null }
  },
}

function parseCursor(cursor: string): { at: string; id: string } {
  const [at, id] = cursor.split('|')
  if (!at || !id || Number.isNaN(Date.parse(at))) throw new AppError('INVALID_INPUT', '翻页位置无效，请从第一页重新查看', { field: 'cursor' })
  return { at, id }
}
