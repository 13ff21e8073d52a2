/**
 * Input schemas of the `applications` function (apply, mine, withdraw, forJob, setStatus), with
 * Chinese messages that name the field. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { APPLICATION_STATUSES, FIRM_STATUSES } from '../catalog/seekers'
import { fields, text } from '../validation'

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
