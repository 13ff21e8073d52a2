import { z } from 'zod'
import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { employerProfileSchema } from '../_shared/schemas/firms'
import { accountService } from '../_shared/services/account'
import { disputeMatchSchema, readMessagesSchema, updateFactsSchema } from '../_shared/schemas/matching'
import { enterpriseFactsService } from '../_shared/services/enterprise-facts'
import { deleteAccountSchema, profileSchema } from '../_shared/schemas/seekers'
import { seekersService } from '../_shared/services/seekers'

const account = defineFunction('account', {
  me: action(z.object({}).strict(), (_input, ctx) => accountService.me(ctx)),
  registerEmployer: action(employerProfileSchema, (input, ctx) => accountService.registerEmployer(input, ctx), { rateLimit: 'register' }),
  catalog: action(z.strictObject({}), () => accountService.catalog()),
  // The job seeker's own data (issue 5): profile, export, deletion.
  profile: action(z.strictObject({}), (_input, ctx) => seekersService.profile(ctx)),
  updateProfile: action(profileSchema, (input, ctx) => seekersService.updateProfile(input, ctx)),
  exportData: action(z.strictObject({}), (_input, ctx) => seekersService.exportData(ctx)),
  deleteAccount: action(deleteAccountSchema, (input, ctx) => seekersService.deleteAccount(input, ctx)),
  // 政策找企业 (issue 8): the firm's facts for the rules, 为您推荐, and the 消息 list.
  facts: action(z.strictObject({}), (_input, ctx) => enterpriseFactsService.facts(ctx)),
  updateFacts: action(updateFactsSchema, (input, ctx) => enterpriseFactsService.updateFacts(input, ctx)),
  recommendations: action(z.strictObject({}), (_input, ctx) => enterpriseFactsService.recommendations(ctx)),
  disputeMatch: action(disputeMatchSchema, (input, ctx) => enterpriseFactsService.disputeMatch(input, ctx)),
  messages: action(z.strictObject({}), (_input, ctx) => enterpriseFactsService.messages(ctx)),
  readMessages: action(readMessagesSchema, (input, ctx) => enterpriseFactsService.readMessages(input, ctx)),
})

export default account
export const main = cloudMain(account)
