/**
 * admin.audit: the audit log as the bureau reads it, the newest first, a page at a time; each entry
 * with its values in words (statuses by their Chinese labels, times in Shanghai).
 */
import dayjs from 'dayjs'
import { employerStatusLabels, jobStateLabels } from '../../catalog/firms'
import { applicationStatusLabels, reportStatusLabels } from '../../catalog/seekers'
import { TIME_ZONE } from '../../catalog/time'
import type { RequestContext } from '../../context'
import { AppError } from '../../errors'
import { requireAdmin } from '../../identity'
import { auditLogRepository, type AuditEntry, type AuditFilter } from '../../repositories/audit-log'
import { auditActionLabels, type AuditedAction } from '../audit'

/** admin.review, by what was reviewed. */
const reviewLabels: Readonly<Record<string, string>> = { employers: '审核企业认证', jobs: '审核岗位', reports: '处理举报' }

const roleLabels: Readonly<Record<AuditEntry['actor']['role'], string>> = { admin: '管理员', employer: '企业', seeker: '求职者' }

const PAGE = 30

/** The fields entries record, in the words of the log's readers. */
const fieldLabels: Readonly<Record<string, string>> = {
  status: '状态',
  reviewReason: '审核意见',
  validUntil: '有效期至',
  jobId: '岗位编号',
  jobState: '岗位状态',
  settledReports: '一并处理的举报',
  name: '名称',
  campaign: '活动',
  level: '级别',
  region: '地区',
  mode: '形式',
  venue: '场地',
  address: '地址',
  location: '坐标',
  hallMapUrl: '展位图',
  startAt: '开始时间',
  endAt: '结束时间',
  organiser: '主办单位',
  contactName: '联系人',
  contactPhone: '联系电话',
  description: '简介',
  boothCount: '展位数',
  kind: '导出内容',
  rows: '行数',
  checkedInAt: '签到时间',
  asOf: '基准日',
  firms: '参与比对的企业',
  simulation: '模拟比对',
}

/** Status values by the collection they belong to. */
const statusLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  applications: applicationStatusLabels,
  employers: employerStatusLabels,
  jobs: jobStateLabels,
  reports: reportStatusLabels,
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** A value in words; null when there is none. */
function display(field: string, value: unknown, collection: string): string | null {
  if (value === null || value === undefined || value === '') return null
  if (field === 'status' && typeof value === 'string') return statusLabels[collection]?.[value] ?? value
  if (field === 'jobState' && typeof value === 'string') return jobStateLabels[value as keyof typeof jobStateLabels] ?? value
  if (field === 'kind') return value === 'bookings' ? '参会企业' : value === 'signups' ? '报名求职者' : String(value)
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return dayjs(value).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Field by field, what the entry says changed, ready to show. */
function changesOf(e: AuditEntry) {
  const fields = [...new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})])]
  const changes = fields.map((field) => ({
    field,
    label: fieldLabels[field] ?? field,
    before: e.before ? display(field, e.before[field], e.target.collection) : null,
    after: e.after ? display(field, e.after[field], e.target.collection) : null,
  }))
  // A field that reads the same before and after (no reason given, say) says nothing.
  return changes.filter((c) => c.before !== c.after)
}

const entryView = (e: AuditEntry) => ({
  id: e._id,
  at: e.at,
  actor: { openId: e.actor.openId, role: e.actor.role, roleLabel: roleLabels[e.actor.role] },
  action: e.action,
  actionLabel: (e.action === 'admin.review' && reviewLabels[e.target.collection]) || (Object.hasOwn(auditActionLabels, e.action) ? auditActionLabels[e.action as AuditedAction] : e.action),
  target: e.target,
  before: e.before,
  after: e.after,
  changes: changesOf(e),
  note: e.note ?? null,
})

export type AuditEntryView = ReturnType<typeof entryView>

export const auditService = {
  /** The log, the newest first, optionally for one target or one actor; a page at a time. */
  async audit(input: AuditFilter & { cursor?: string; limit?: number }, ctx: RequestContext) {
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
