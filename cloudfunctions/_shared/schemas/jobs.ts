/**
 * Input schemas of the `jobs` function: a firm's postings (create, update, close, mine, preview)
 * and the seekers' side (search, get, favourite, favourites, report), with Chinese messages that
 * name the field. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { echoed } from '../errors'
import { EDUCATIONS, EXPERIENCE_YEARS, JOB_STATES, MAX_VALID_DAYS } from '../catalog/firms'
import { isDistrictOf } from '../catalog/regions'
import { REPORT_REASONS, reportReasonLabels } from '../catalog/seekers'
import { INDUSTRIES } from '../rules/facts'
import { fields, text, whole } from '../validation'

const location = z
  .strictObject({ city: fields.city, district: text('区县', 1, 20), address: text('工作地址', 2, 100) })
  .superRefine((v, ctx) => {
    if (!isDistrictOf(v.city, v.district)) ctx.addIssue({ code: 'custom', path: ['district'], message: `${echoed(v.district)}不是${v.city}的区县` })
  })

const pay = z
  .strictObject({ min: whole('月薪下限', 1, 1_000_000, '元'), max: whole('月薪上限', 1, 1_000_000, '元') })
  .refine((p) => p.min <= p.max, { message: '月薪下限不能高于上限', path: ['max'] })

const requirements = z.strictObject({
  education: z.enum(EDUCATIONS, { error: `学历要求须为 ${EDUCATIONS.join('、')} 之一` }),
  experienceYears: z
    .number({ error: '经验要求须为数字' })
    .refine((n) => (EXPERIENCE_YEARS as readonly number[]).includes(n), `经验要求须为 ${EXPERIENCE_YEARS.join('、')} 年之一（0 为不限）`),
  other: text('其他要求', 0, 500, { lines: 'multi' }).default(''),
})

const benefits = text('福利待遇', 0, 200, { lines: 'multi' })

/** Everything a posting says, as the national rules on online recruitment require it. */
export const jobContentShape = {
  title: text('岗位名称', 2, 30),
  headcount: whole('招聘人数', 1, 999, '人'),
  duties: text('岗位职责', 10, 1000, { lines: 'multi' }),
  requirements,
  location,
  pay,
  benefits: benefits.default(''),
  validDays: whole('有效期', 1, MAX_VALID_DAYS, '天'),
}

const submit = z.boolean({ error: '「是否提交审核」须为 true 或 false' }).optional()

export const createJobSchema = z.strictObject({ ...jobContentShape, submit })

export const updateJobSchema = z.strictObject({
  id: fields.id,
  title: jobContentShape.title.optional(),
  headcount: jobContentShape.headcount.optional(),
  duties: jobContentShape.duties.optional(),
  requirements: requirements.optional(),
  location: location.optional(),
  pay: pay.optional(),
  benefits: benefits.optional(),
  validDays: jobContentShape.validDays.optional(),
  submit,
})

/** One posting: `close` and `get`. */
export const jobIdSchema = z.strictObject({ id: fields.id })

export const mineSchema = z.strictObject({
  state: z.enum(JOB_STATES, { error: `状态须为 ${JOB_STATES.join('、')} 之一` }).optional(),
  id: fields.id.optional(),
})

/** Drafts are checked as they are typed: loose lengths, every field optional. */
export const previewSchema = z.strictObject({
  headcount: whole('招聘人数', 1, 999, '人').optional(),
  title: text('岗位名称', 0, 200).optional(),
  duties: text('岗位职责', 0, 2000, { lines: 'multi' }).optional(),
  other: text('其他要求', 0, 1000, { lines: 'multi' }).optional(),
  benefits: text('福利待遇', 0, 500, { lines: 'multi' }).optional(),
})

/** The most postings one page of the board holds. */
const MAX_PAGE_SIZE = 50
const DEFAULT_PAGE_SIZE = 20

export const searchSchema = z
  .strictObject({
    q: text('搜索词', 0, 30).optional(),
    city: fields.city.optional(),
    district: text('区县', 1, 20).optional(),
    industry: z.enum(INDUSTRIES, { error: '行业不在可选范围内' }).optional(),
    /** The seeker's education: postings asking for it or less. */
    education: z.enum(EDUCATIONS, { error: `学历须为 ${EDUCATIONS.join('、')} 之一` }).optional(),
    /** The seeker's years of experience: postings asking for as many or fewer. */
    experienceYears: whole('工作经验', 0, 60, '年').optional(),
    payMin: whole('月薪下限', 0, 1_000_000, '元').optional(),
    payMax: whole('月薪上限', 1, 1_000_000, '元').optional(),
    sort: z.enum(['newest', 'pay'], { error: '排序须为 newest（最新发布）或 pay（薪资最高）' }).default('newest'),
    pageSize: whole('每页条数', 1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    /** `nextCursor` of the previous page. */
    cursor: z.string({ error: '「翻页位置」须为上一页返回的位置' }).min(1).max(300).optional(),
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

export const favouriteSchema = z.strictObject({
  id: fields.id,
  favourite: z.boolean({ error: '「收藏」须为 true（收藏）或 false（取消收藏）' }),
})

export const reportSchema = z.strictObject({
  id: fields.id,
  reason: z.enum(REPORT_REASONS, { error: `举报原因须为 ${REPORT_REASONS.map((r) => `${r}（${reportReasonLabels[r]}）`).join('、')} 之一` }),
  note: text('补充说明', 0, 200, { lines: 'multi' }).default(''),
})
