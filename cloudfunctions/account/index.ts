import { z } from 'zod'
import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { accountService } from '../_shared/services/account'

const account = defineFunction('account', {
  me: action(z.object({}).strict(), (_input, ctx) => accountService.me(ctx)),
})

export default account
export const main = cloudMain(account)
