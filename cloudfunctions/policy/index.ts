import { z } from 'zod'
import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { evaluateRequest } from '../_shared/rules'
import { policyService } from '../_shared/services/policy'
import { fields, text } from '../_shared/validation'

const audience = z.enum(['enterprise', 'individual'], { error: '「audience」只能是 enterprise（企业）或 individual（个人）' })

const policy = defineFunction('policy', {
  list: action(
    z.strictObject({ q: text('搜索词', 0, 50).optional(), audience: audience.optional(), money: z.boolean().optional(), asOf: fields.date.optional() }),
    (input, ctx) => policyService.list(input, ctx.now()),
  ),
  get: action(z.strictObject({ id: z.number().int('条款编号须为整数').min(1, '条款编号须为正整数'), asOf: fields.date.optional() }), (input, ctx) =>
    policyService.get(input, ctx.now()),
  ),
  // The engine's own parser owns the facts vocabulary and its Chinese messages.
  evaluate: action(z.unknown(), (input, ctx) => evaluateRequest(input, ctx.now())),
  questions: action(z.strictObject({}), (_input, ctx) => policyService.questions(ctx.now())),
})

export default policy
export const main = cloudMain(policy)
