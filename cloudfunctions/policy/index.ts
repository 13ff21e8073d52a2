import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { evaluateRequest } from '../_shared/rules'
import { evaluateSchema, getSchema, listSchema, quizSchema } from '../_shared/schemas/policy'
import { policyService } from '../_shared/services/policy'
import { noParams } from '../_shared/validation'

const policy = defineFunction('policy', {
  list: action(listSchema, (input, ctx) => policyService.list(input, ctx.now())),
  get: action(getSchema, (input, ctx) => policyService.get(input, ctx.now())),
  evaluate: action(evaluateSchema, (input, ctx) => evaluateRequest(input, ctx.now())),
  quiz: action(quizSchema, (input, ctx) => policyService.quiz(input, ctx.now())),
  questions: action(noParams, (_input, ctx) => policyService.questions(ctx.now())),
})

export default policy
export const main = cloudMain(policy)
