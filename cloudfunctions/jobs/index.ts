import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { createJobSchema, jobIdSchema, mineSchema, previewSchema, updateJobSchema } from '../_shared/schemas/firms'
import { jobsService } from '../_shared/services/jobs'

const jobs = defineFunction('jobs', {
  create: action(createJobSchema, (input, ctx) => jobsService.create(input, ctx)),
  update: action(updateJobSchema, (input, ctx) => jobsService.update(input, ctx)),
  close: action(jobIdSchema, (input, ctx) => jobsService.close(input, ctx)),
  mine: action(mineSchema, (input, ctx) => jobsService.mine(input, ctx)),
  preview: action(previewSchema, (input, ctx) => jobsService.preview(input, ctx)),
})

export default jobs
export const main = cloudMain(jobs)
