import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { deleteAccountSchema, disputeMatchSchema, employerProfileSchema, profileSchema, readMessagesSchema, updateFactsSchema } from '../_shared/schemas/account'
import { accountService } from '../_shared/services/account'
import { firmFactsService } from '../_shared/services/account/firm-facts'
import { messagesService } from '../_shared/services/account/messages'
import { seekerDataService } from '../_shared/services/account/seeker-data'
import { noParams } from '../_shared/validation'

const account = defineFunction('account', {
  me: action(noParams, (_input, ctx) => accountService.me(ctx)),
  registerEmployer: action(employerProfileSchema, (input, ctx) => accountService.registerEmployer(input, ctx), { rateLimit: 'register' }),
  catalog: action(noParams, () => accountService.catalog()),
  // The job seeker's own data: profile, export, deletion.
  profile: action(noParams, (_input, ctx) => seekerDataService.profile(ctx)),
  updateProfile: action(profileSchema, (input, ctx) => seekerDataService.updateProfile(input, ctx)),
  exportData: action(noParams, (_input, ctx) => seekerDataService.exportData(ctx)),
  deleteAccount: action(deleteAccountSchema, (input, ctx) => seekerDataService.deleteAccount(input, ctx)),
  // 政策找企业: the firm's facts for the rules, and 为您推荐.
  facts: action(noParams, (_input, ctx) => firmFactsService.facts(ctx)),
  updateFacts: action(updateFactsSchema, (input, ctx) => firmFactsService.updateFacts(input, ctx)),
  recommendations: action(noParams, (_input, ctx) => firmFactsService.recommendations(ctx)),
  disputeMatch: action(disputeMatchSchema, (input, ctx) => firmFactsService.disputeMatch(input, ctx)),
  // The 消息 list of anyone signed in.
  messages: action(noParams, (_input, ctx) => messagesService.messages(ctx)),
  unreadCount: action(noParams, (_input, ctx) => messagesService.unreadCount(ctx)),
  readMessages: action(readMessagesSchema, (input, ctx) => messagesService.readMessages(input, ctx)),
})

export default account
export const main = cloudMain(account)
