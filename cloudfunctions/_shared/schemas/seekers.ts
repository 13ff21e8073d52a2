/**
 * Input schemas of the seekers' actions (jobs.search / get / favourite / report, applications.*,
 * account.profile / updateProfile / deleteAccount), with Chinese messages that name the field.
 * Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { echoed } from '../errors'
import { CITIES, EDUCATIONS, isDistrictOf } from '../catalog/firms'
import { INDUSTRIES } from '../rules/facts'
import { APPLICATION_STATUSES, FIRM_STATUSES, REPORT_REASONS, reportReasonLabels } from '../catalog/seekers'
import { fields, text, whole } from '../validation'

/** The most postings one page of the board holds. */
export const MAX_PAGE_SIZE = 50
export const DEFAULT_PAGE_SIZE = 20

const education = z.enum(EDUCATIONS, { error: `学历须为 ${EDUCATIONS.join('、')} 之一` })

export const searchSchema = z
  .strictObject({
    q: text('搜索词', 0, 30).optional(),
    city: z.enum(CITIES, { error: '城市须为山西省的设区市之一（如太原市）' }).optional(),
    district: text('区县', 1, 20).optional(),
    industry: z.enum(INDUSTRIES, { error: '行业不在可选范围内' }).optional(),
    /** The seeker's education: postings asking for it or less. */
    education: education.optional(),
    /** The seeker's years of experience: postings asking for as many or fewer. */
    experienceYears: whole('工作经验', 0, 60, '年').optional(),
    payMin: whole('月薪下限', 0, 1_000_000, '元').optional(),
    payMax: whole('月薪上限', 1, 1_000_000, '元').optional(),
    sort: z.enum(['newest', 'pay'], { error: '排序须为 newest（最新发布）或 pay（薪资最高）' }).default('newest'),
    pageSize: whole('每页条数', 1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    /** `nextCursor` of the previous page. */
    cursor: z.string({ error: '「cursor」须为上一页返回的 nextCursor' }).min(1).max(300).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.district !== undefined && v.city === undefined) ctx.addIssue({ code: 'custom', path: ['district'], message: '按区县筛选时须同时选择城市' })
    if (v.district !== undefined && v.city !== undefined && !isDistrictOf(v.city, v.district)) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: `${echoed(v.district)}不是${v.city}的区县` })
    }
    if (v.payMin !== undefined && v.payMax !== undefined && v.payMin > v.payMax) {
      ctx.addIssue({ code: 'custom', path: ['payMax'], message: '月薪下限不能高于上限' })
    }
  })

export const jobRefSchema = z.strictObject({ id: fields.id })

export const favouriteSchema = z.strictObject({
  id: fields.id,
  favourite: z.boolean({ error: '「favourite」须为 true（收藏）或 false（取消收藏）' }),
})

export const reportSchema = z.strictObject({
  id: fields.id,
  reason: z.enum(REPORT_REASONS, { error: `举报原因须为 ${REPORT_REASONS.map((r) => `${r}（${reportReasonLabels[r]}）`).join('、')} 之一` }),
  note: text('补充说明', 0, 200, { lines: 'multi' }).default(''),
})

/** Mainland mobile numbers: what a firm calls back. */
const MOBILE = /^1[3-9]\d{9}$/

export const profileSchema = z.strictObject({
  name: text('姓名', 2, 20),
  /** Optional once a profile exists: the stored number is kept (the app only ever sees it masked). */
  phone: z.string({ error: '手机号须为文字' }).trim().regex(MOBILE, '手机号须为11位中国大陆手机号').optional(),
  education,
  experienceYears: whole('工作年限', 0, 50, '年'),
  intro: text('自我介绍', 0, 300, { lines: 'multi' }).default(''),
})

/** `fairId`: applied from that fair's page (the posting is one a firm brings to it); the fair's figures count it. */
export const applySchema = z.strictObject({ jobId: fields.id, fairId: fields.id.optional() })

export const applicationRefSchema = z.strictObject({ id: fields.id })

export const forJobSchema = z.strictObject({
  jobId: fields.id,
  status: z.enum(APPLICATION_STATUSES, { error: `状态须为 ${APPLICATION_STATUSES.join('、')} 之一` }).optional(),
})

export const setStatusSchema = z.strictObject({
  id: fields.id,
  status: z.enum(FIRM_STATUSES, { error: `企业可将投递设为 ${FIRM_STATUSES.join('、')} 之一` }),
  /** e.g. the interview's time and place; the seeker reads it on the timeline. */
  note: text('备注', 0, 200).optional(),
})

export const deleteAccountSchema = z.strictObject({
  confirm: z.literal(true, { error: '注销账号须确认：{"confirm": true}' }),
})
