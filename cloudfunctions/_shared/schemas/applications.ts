/**
 * Input schemas of the `applications` function (apply, mine, withdraw, forJob, setStatus, answerInterview), with
 * Chinese messages that name the field. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import { INTERVIEW_ANSWERS } from '../catalog/interview'
import { APPLICATION_STATUSES, FIRM_STATUSES } from '../catalog/seekers'
import { fields, phone, text } from '../validation'

/** `fairId`: applied from that fair's page (the posting is one a firm brings to it); the fair's figures count it. */
export const applySchema = z.strictObject({ jobId: fields.id, fairId: fields.id.optional() })

export const applicationRefSchema = z.strictObject({ id: fields.id })

export const forJobSchema = z.strictObject({
  jobId: fields.id,
  status: z.enum(APPLICATION_STATUSES, { error: `状态须为 ${APPLICATION_STATUSES.join('、')} 之一` }).optional(),
})

/**
 * An interview invitation: when (a Shanghai date and time; the service checks it lies ahead), where,
 * whom to ask for, and anything else the seeker should know.
 */
export const interviewSchema = z.strictObject({
  date: fields.date,
  time: z.string({ error: '面试时间须为文字' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, '面试时间格式应为HH:mm（如14:30）'),
  place: text('面试地点', 2, 100),
  contactName: text('联系人', 1, 20),
  contactPhone: phone(),
  note: text('面试备注', 0, 200, { lines: 'multi' }).optional(),
})

export const setStatusSchema = z
  .strictObject({
    id: fields.id,
    status: z.enum(FIRM_STATUSES, { error: `企业可将投递设为 ${FIRM_STATUSES.join('、')} 之一` }),
    /** What the seeker reads on the timeline beside the change. */
    note: text('备注', 0, 200).optional(),
    /** With `interview` only: the invitation the seeker sees as a card. */
    interview: interviewSchema.optional(),
  })
  .refine((input) => !input.interview || input.status === 'interview', { message: '只有邀请面试时才能填写面试安排（interview）' })

/** The seeker's answer to an interview invitation, and why when asking for another time. */
export const answerInterviewSchema = z
  .strictObject({
    id: fields.id,
    answer: z.enum(INTERVIEW_ANSWERS, { error: `答复须为 ${INTERVIEW_ANSWERS.join('、')} 之一` }),
    note: text('说明', 0, 200).optional(),
  })
  .refine((input) => input.answer !== 'reschedule' || Boolean(input.note), { message: '申请改期时请说明方便的时间（note）' })
