/**
 * Input schemas of the `fairs` function (list, get, register, cancel, setJobs, signup, mark, mine,
 * forEmployer), with Chinese messages that name the field. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { CAMPAIGNS, MAX_JOBS_PER_BOOTH, MODES } from '../catalog/fairs'
import { fields, whole } from '../validation'

export const fairCampaign = z.enum(CAMPAIGNS, { error: `专项活动须为 ${CAMPAIGNS.join('、')} 之一` })
export const fairMode = z.enum(MODES, { error: '形式须为 online（线上）或 onsite（现场）' })

export const listFairsSchema = z.strictObject({
  campaign: fairCampaign.optional(),
  city: fields.city.optional(),
  mode: fairMode.optional(),
  /** A month of the calendar, YYYY-MM: fairs on any of its days, and which days have fairs. */
  month: z
    .string({ error: '月份须为文字' })
    .regex(/^(20[2-9]\d)-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM（2020–2099年）')
    .optional(),
  /** `open`: upcoming and under way; `ended`; `all` (default). */
  when: z.enum(['open', 'ended', 'all'], { error: '「时间范围」须为 open（未结束）、ended（已结束）或 all（全部）' }).optional(),
  limit: whole('条数', 1, 100).optional(),
})

export const fairIdSchema = z.strictObject({ id: fields.id })

const jobIds = z
  .array(fields.id, { error: '须为岗位编号的列表' })
  .min(1, '请至少选择1个参会岗位')
  .max(MAX_JOBS_PER_BOOTH, `一个展位最多带${MAX_JOBS_PER_BOOTH}个岗位`)
  .refine((ids) => new Set(ids).size === ids.length, '参会岗位不能重复')

export const registerSchema = z.strictObject({ fairId: fields.id, jobIds })
export const setJobsSchema = registerSchema
export const fairRefSchema = z.strictObject({ fairId: fields.id })

export const markSchema = z
  .strictObject({
    fairId: fields.id,
    employerId: fields.id,
    visited: z.boolean({ error: '「已到访」须为 true 或 false' }).optional(),
    interested: z.boolean({ error: '「有意向」须为 true 或 false' }).optional(),
  })
  .refine((m) => m.visited !== undefined || m.interested !== undefined, '请说明标记「已到访」（visited）还是「感兴趣」（interested）')

export const forEmployerSchema = z.strictObject({ employerId: fields.id })
