import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { answerInterviewSchema, applicationRefSchema, applySchema, forJobSchema, setStatusSchema } from '../_shared/schemas/applications'
import { applicationsService } from '../_shared/services/applications'
import { noParams } from '../_shared/validation'

/** Applications: the seeker applies once per posting and follows it; the firm works its pipeline. */
const applications = defineFunction('applications', {
  apply: action(applySchema, (input, ctx) => applicationsService.apply(input, ctx), { rateLimit: 'apply' }),
  mine: action(noParams, (_input, ctx) => applicationsService.mine(ctx)),
  withdraw: action(applicationRefSchema, (input, ctx) => applicationsService.withdraw(input, ctx)),
  forJob: action(forJobSchema, (input, ctx) => applicationsService.forJob(input, ctx)),
  setStatus: action(setStatusSchema, (input, ctx) => applicationsService.setStatus(input, ctx)),
  answerInterview: action(answerInterviewSchema, (input, ctx) => applicationsService.answerInterview(input, ctx)),
})

export default applications
export const main = cloudMain(applications)
