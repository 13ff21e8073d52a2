/**
 * Input schemas of the `policy` function (list, get, evaluate, questions), with Chinese messages
 * that name the field. Strict: an unknown key is INVALID_INPUT.
 */
import { z } from 'zod'
import type { Audience, FactName, FactOptionValue } from '../rules'
import { fields, text } from '../validation'

const audience = z.enum(['enterprise', 'individual'], { error: '「适用对象」只能是 enterprise（企业）或 individual（个人）' })

export const listSchema = z.strictObject({ q: text('搜索词', 0, 50).optional(), audience: audience.optional(), money: z.boolean().optional(), asOf: fields.date.optional() })

export const getSchema = z.strictObject({ id: z.number().int('条款编号须为整数').min(1, '条款编号须为正整数'), asOf: fields.date.optional() })

/** What `policy.evaluate` takes: the facts by name, each a value of its question. */
export interface EvaluateInput {
  asOf?: string
  facts?: Partial<Record<FactName, FactOptionValue>>
  audience?: Audience[]
}

/**
 * Typed for the caller and passed through as sent: the rules' own parser (`parseEvaluateInput`)
 * owns the facts' vocabulary and its Chinese messages.
 */
export const evaluateSchema = z.custom<EvaluateInput>()

/** What `policy.quiz` takes: an evaluation's request, the screening answers so far, and the measure the quiz is focused on. */
export interface QuizInput extends EvaluateInput {
  screens?: Partial<Record<string, boolean>>
  focus?: number
}

/** Passed through like `evaluateSchema`: the service checks `screens` and `focus`, the rules the rest. */
export const quizSchema = z.custom<QuizInput>()
