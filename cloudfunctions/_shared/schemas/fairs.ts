/**
 * Input schemas of the fair actions (fairs.*, admin.saveFair and the bureau's fair actions), with
 * Chinese messages that name the field. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { echoed } from '../errors'
import { CITIES, isDistrictOf } from '../catalog/firms'
import { CAMPAIGNS, LEVELS, MAX_BOOTHS, MAX_FAIR_DAYS, MAX_JOBS_PER_BOOTH, MODES, SHANXI_BOUNDS } from '../catalog/fairs'
import { isCalendarDate } from '../rules/facts'
import { fields, phone, text, whole } from '../validation'

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

const city = z.enum(CITIES, { error: '城市须为山西省的设区市之一（如太原市）' })

const coordinate = (label: string, range: { min: number; max: number }) =>
  z
    .number({ error: `${label}须为数字` })
    .min(range.min, `${label}须在${range.min}至${range.max}之间（山西省范围）`)
    .max(range.max, `${label}须在${range.min}至${range.max}之间（山西省范围）`)

const IMAGE_URL = /^(https:\/\/|cloud:\/\/)\S+$/

/** Everything the bureau says about a fair. */
export const fairContentShape = {
  name: text('招聘会名称', 2, 60),
  campaign: z.enum(CAMPAIGNS, { error: `专项活动须为 ${CAMPAIGNS.join('、')} 之一` }),
  level: z.enum(LEVELS, { error: '级别须为 province（省级）、city（市级）或 county（县级）' }),
  region: z.strictObject({ city, district: text('区县', 0, 20).default('') }, { error: '地区须为 { city, district? }' }),
  mode: z.enum(MODES, { error: '形式须为 online（线上）或 onsite（现场）' }),
  venue: text('场馆名称', 0, 60).default(''),
  address: text('详细地址', 0, 100).default(''),
  location: z
    .strictObject(
      { latitude: coordinate('纬度', SHANXI_BOUNDS.latitude), longitude: coordinate('经度', SHANXI_BOUNDS.longitude) },
      { error: '坐标须为 { latitude, longitude }' },
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

const campaign = z.enum(CAMPAIGNS, { error: `专项活动须为 ${CAMPAIGNS.join('、')} 之一` })
const mode = z.enum(MODES, { error: '形式须为 online（线上）或 onsite（现场）' })

export const listFairsSchema = z.strictObject({
  campaign: campaign.optional(),
  city: city.optional(),
  mode: mode.optional(),
  /** A month of the calendar, YYYY-MM: fairs on any of its days, and which days have fairs. */
  month: z
    .string({ error: '月份须为文字' })
    .regex(/^(20[2-9]\d)-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM（2020–2099年）')
    .optional(),
  /** `open`: upcoming and under way; `ended`; `all` (default). */
  when: z.enum(['open', 'ended', 'all'], { error: '「when」须为 open、ended 或 all' }).optional(),
  limit: whole('条数', 1, 100).optional(),
})

export const fairIdSchema = z.strictObject({ id: fields.id })

const jobIds = z
  .array(fields.id, { error: '「jobIds」须为岗位编号的列表' })
  .min(1, '请至少选择1个参会岗位')
  .max(MAX_JOBS_PER_BOOTH, `一个展位最多带${MAX_JOBS_PER_BOOTH}个岗位`)
  .refine((ids) => new Set(ids).size === ids.length, '参会岗位不能重复')

export const registerSchema = z.strictObject({ fairId: fields.id, jobIds })
export const setJobsSchema = registerSchema
export const fairRefSchema = z.strictObject({ fairId: fields.id })

/** admin.fairParticipants: the first page of both lists, or the next page of one. */
export const participantsSchema = z
  .strictObject({
    fairId: fields.id,
    list: z.enum(['bookings', 'signups'], { error: '名单须为 bookings（参会企业）或 signups（报名求职者）' }).optional(),
    cursor: z.string().min(1).max(200).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .refine((v) => !v.cursor || v.list, { message: '翻页时请指明名单（list）', path: ['list'] })

export const markSchema = z
  .strictObject({
    fairId: fields.id,
    employerId: fields.id,
    visited: z.boolean({ error: '「visited」须为 true 或 false' }).optional(),
    interested: z.boolean({ error: '「interested」须为 true 或 false' }).optional(),
  })
  .refine((m) => m.visited !== undefined || m.interested !== undefined, '请说明标记「已到访」（visited）还是「感兴趣」（interested）')

export const forEmployerSchema = z.strictObject({ employerId: fields.id })

export const exportFairSchema = z.strictObject({
  fairId: fields.id,
  kind: z.enum(['bookings', 'signups'], { error: '导出内容须为 bookings（参会企业）或 signups（报名求职者）' }),
})

export const checkInSchema = z.strictObject({
  fairId: fields.id,
  code: z.string({ error: '签到码须为文字' }).trim().min(1, '请输入签到码').max(20, '签到码过长'),
})
