import { z } from 'zod'
import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { queueSchema, reviewSchema } from '../_shared/schemas/firms'
import { adminService } from '../_shared/services/admin'

const admin = defineFunction('admin', {
  queue: action(queueSchema, (input, ctx) => adminService.queue(input, ctx)),
  review: action(reviewSchema, (input, ctx) => adminService.review(input, ctx)),
  stats: action(z.strictObject({}), (_input, ctx) => adminService.stats(ctx)),
})

export default admin
export const main = cloudMain(admin)
