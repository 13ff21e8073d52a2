/**
 * Input schemas of the `admin` function: the review queue and its decisions (queue, review), job
 * fairs (saveFair, fairParticipants, exportFair, fairCheckIn), the matching run (runMatching,
 * continueMatching, matching, exportMatching) and the audit log (audit), with Chinese messages
 * that name the field. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { echoed } from '../errors'
import { isDistrictOf } from '../catalog/regions'
import { LEVELS, MAX_BOOTHS, MAX_FAIR_DAYS, SHANXI_BOUNDS } from '../catalog/fairs'
import { collectionNames } from '../repositories/schema'
import { isCalendarDate, parameterHistory } from '../rules'
import { fields, phone, text, whole } from '../validation'
import { fairCampaign, fairMode } from './fairs'

export const queueSchema = z.strictObject({ limit: whole('每类条数', 1, 100).optional() })

export const reviewSchema = z
  .strictObject({
    target: z.enum(['employer', 'job', 'report'], { error: '审核对象须为 employer（企业）、job（岗位）或 report（举报）' }),
    id: fields.id,
    decision: z.enum(['approve', 'reject'], { error: '审核结论须为 approve（通过）或 reject（驳回）' }),
    reason: text('审核意见', 0, 200, { lines: 'multi' }).optional(),
    // The revision the reviewer read (of the profile, the posting, or a report's posting).
    revision: whole('审核内容的版本号', 0, Number.MAX_SAFE_INTEGER),
  })
  .refine((r) => r.decision === 'approve' || r.target === 'report' || (r.reason ?? '').length >= 2, {
    message: '驳回时须写明理由（至少2个字），企业将据此修改',
    path: ['reason'],
  })
  // Upholding a report takes the posting down: the firm reads why.
  .refine((r) => r.target !== 'report' || r.decision === 'reject' || (r.reason ?? '').length >= 2, {
    message: '核实举报并下架岗位时须写明理由（至少2个字），企业将看到',
    path: ['reason'],
  })

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/

/** An ISO 8601 instant with its offset (`2026-12-01T09:00+08:00`), stored as UTC ISO. */
const instant = (label: string) =>
  z
    .string({ error: `${label}须为时间文字` })
    .refine((s) => {
      const m = ISO_INSTANT.exec(s)
      return m !== null && isCalendarDate(m[1]) && !Number.isNaN(Date.parse(s))
    }, `${label}格式应为带时区的ISO时间，如2026-12-01T09:00+08:00`)
    .transform((s) => new Date(s).toISOString())
    .refine((iso) => iso >= '2020-01-01' && iso < '2100-01-01', `${label}须在2020年至2099年之间`)

const coordinate = (label: string, range: { min: number; max: number }) =>
  z
    .number({ error: `${label}须为数字` })
    .min(range.min, `${label}须在${range.min}至${range.max}之间（山西省范围）`)
    .max(range.max, `${label}须在${range.min}至${range.max}之间（山西省范围）`)

const IMAGE_URL = /^(https:\/\/|cloud:\/\/)\S+$/

/** Everything the bureau says about a fair. */
export const fairContentShape = {
  name: text('招聘会名称', 2, 60),
  campaign: fairCampaign,
  level: z.enum(LEVELS, { error: '级别须为 province（省级）、city（市级）或 county（县级）' }),
  region: z.strictObject({ city: fields.city, district: text('区县', 0, 20).default('') }, { error: '地区须为 { city, district? }' }),
  mode: fairMode,
  venue: text('场馆名称', 0, 60).default(''),
  address: text('详细地址', 0, 100).default(''),
  location: z
    .strictObject(
      { latitude: coordinate('纬度', SHANXI_BOUNDS.latitude), longitude: coordinate('经度', SHANXI_BOUNDS.longitude) },
      { error: '地点坐标须为纬度和经度两个数字' },
    )
    .nullable()
    .default(null),
  hallMapUrl: z
    .string({ error: '展位图须为图片地址' })
    .trim()
    .max(500, '展位图地址最多500个字符')
    .refine((s) => s === '' || IMAGE_URL.test(s), '展位图须为 https:// 或 cloud:// 开头的图片地址')
    .default(''),
  startAt: instant('开始时间'),
  endAt: instant('结束时间'),
  organiser: text('主办单位', 2, 60),
  contactName: text('联系人', 2, 20),
  contactPhone: phone(),
  description: text('招聘会简介', 0, 1000, { lines: 'multi' }).default(''),
  boothCount: whole('展位数', 1, MAX_BOOTHS, '个'),
}

type FairShape = z.infer<z.ZodObject<typeof fairContentShape>>

/** Rules across fields: the district is the city's, a county fair names its county, a venue for on site, end after start. */
function refineFair(v: FairShape, ctx: z.RefinementCtx) {
  if (v.region.district && !isDistrictOf(v.region.city, v.region.district)) {
    ctx.addIssue({ code: 'custom', path: ['region', 'district'], message: `${echoed(v.region.district)}不是${v.region.city}的区县` })
  }
  if (v.level === 'county' && !v.region.district) {
    ctx.addIssue({ code: 'custom', path: ['region', 'district'], message: '县级招聘会须填写所在区县' })
  }
  if (v.mode === 'onsite') {
    if (v.venue.length < 2) ctx.addIssue({ code: 'custom', path: ['venue'], message: '现场招聘会须填写场馆名称（至少2个字）' })
    if (v.address.length < 2) ctx.addIssue({ code: 'custom', path: ['address'], message: '现场招聘会须填写详细地址（至少2个字）' })
  }
  const start = Date.parse(v.startAt)
  const end = Date.parse(v.endAt)
  if (end <= start) ctx.addIssue({ code: 'custom', path: ['endAt'], message: '结束时间须晚于开始时间' })
  else if (end - start > MAX_FAIR_DAYS * 86_400_000) {
    ctx.addIssue({ code: 'custom', path: ['endAt'], message: `一场招聘会最长${MAX_FAIR_DAYS}天` })
  }
}

/** Online fairs have no venue: whatever was typed for one is dropped. */
const withoutVenueOnline = <T extends FairShape>(v: T): T =>
  v.mode === 'online' ? { ...v, venue: '', address: '', location: null, hallMapUrl: '' } : v

export const saveFairSchema = z
  .strictObject({ id: fields.id.optional(), ...fairContentShape })
  .superRefine(refineFair)
  .transform(withoutVenueOnline)

/** admin.fairParticipants: the first page of both lists, or the next page of one. */
export const participantsSchema = z
  .strictObject({
    fairId: fields.id,
    list: z.enum(['bookings', 'signups'], { error: '名单须为 bookings（参会企业）或 signups（报名求职者）' }).optional(),
    cursor: z.string().min(1).max(200).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .refine((v) => !v.cursor || v.list, { message: '翻页时请指明名单（list）', path: ['list'] })

export const exportFairSchema = z.strictObject({
  fairId: fields.id,
  kind: z.enum(['bookings', 'signups'], { error: '导出内容须为 bookings（参会企业）或 signups（报名求职者）' }),
})

export const checkInSchema = z.strictObject({
  fairId: fields.id,
  code: z.string({ error: '签到码须为文字' }).trim().min(1, '请输入签到码').max(20, '签到码过长'),
})

/** The notice's date of issue: before it no provision applies, and the rules have no parameters to match with. */
const NOTICE_ISSUED = parameterHistory('notice.issuedOn')[0].value

export const runMatchingSchema = z.strictObject({
  asOf: fields.date.refine((d) => d >= NOTICE_ISSUED, `不能早于《通知》印发日期${NOTICE_ISSUED}：此前没有可比对的政策`),
})
export const runRefSchema = z.strictObject({ runId: fields.id })
export const matchingSchema = z.strictObject({
  runId: fields.id.optional(),
  /** one provision's list, e.g. '15/stabilisation-refund' */
  key: z.string().min(1).max(40).optional(),
  status: z.enum(['eligible', 'needs-info']).optional(),
  offset: z.number().int().min(0).max(100_000).optional(),
  limit: z.number().int().min(1).max(100).optional(),
})
export const exportMatchingSchema = z.strictObject({ runId: fields.id.optional() })

export const auditSchema = z.strictObject({
  targetCollection: z.enum(collectionNames as [string, ...string[]], { error: '不是已知的数据类别' }).optional(),
  targetId: fields.id.optional(),
  actorOpenId: fields.id.optional(),
  cursor: z.string({ error: '须为文字' }).max(200, '过长').optional(),
  limit: whole('每页条数', 1, 100).optional(),
})
