import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { fairIdSchema, fairRefSchema, forEmployerSchema, listFairsSchema, markSchema, registerSchema, setJobsSchema } from '../_shared/schemas/fairs'
import { fairsService } from '../_shared/services/fairs'
import { noParams } from '../_shared/validation'

const fairs = defineFunction('fairs', {
  list: action(listFairsSchema, (input, ctx) => fairsService.list(input, ctx)),
  get: action(fairIdSchema, (input, ctx) => fairsService.get(input, ctx)),
  register: action(registerSchema, (input, ctx) => fairsService.register(input, ctx), { rateLimit: 'booth' }),
  cancel: action(fairRefSchema, (input, ctx) => fairsService.cancel(input, ctx)),
  setJobs: action(setJobsSchema, (input, ctx) => fairsService.setJobs(input, ctx)),
  signup: action(fairRefSchema, (input, ctx) => fairsService.signup(input, ctx), { rateLimit: 'signup' }),
  mark: action(markSchema, (input, ctx) => fairsService.mark(input, ctx)),
  mine: action(noParams, (_input, ctx) => fairsService.mine(ctx)),
  forEmployer: action(forEmployerSchema, (input, ctx) => fairsService.forEmployer(input, ctx)),
})

export default fairs
export const main = cloudMain(fairs)
