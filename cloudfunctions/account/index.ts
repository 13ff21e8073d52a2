import { z } from 'zod'
import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { employerProfileSchema } from '../_shared/schemas/firms'
import { accountService } from '../_shared/services/account'

const account = defineFunction('account', {
  me: action(z.object({}).strict(), (_input, ctx) => accountService.me(ctx)),
  registerEmployer: action(employerProfileSchema, (input, ctx) => accountService.registerEmployer(input, ctx)),
  catalog: action(z.strictObject({}), () => accountService.catalog()),
})

export default account
export const main = cloudMain(account)
