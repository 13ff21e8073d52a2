import { z } from 'zod'
import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { createJobSchema, jobIdSchema, mineSchema, previewSchema, updateJobSchema } from '../_shared/schemas/firms'
import { jobsService } from '../_shared/services/jobs'
import { favouriteSchema, jobRefSchema, reportSchema, searchSchema } from '../_shared/schemas/seekers'
import { boardService } from '../_shared/services/board'

const jobs = defineFunction('jobs', {
  create: action(createJobSchema, (input, ctx) => jobsService.create(input, ctx), { rateLimit: 'post' }),
  update: action(updateJobSchema, (input, ctx) => jobsService.update(input, ctx)),
  close: action(jobIdSchema, (input, ctx) => jobsService.close(input, ctx)),
  mine: action(mineSchema, (input, ctx) => jobsService.mine(input, ctx)),
  preview: action(previewSchema, (input, ctx) => jobsService.preview(input, ctx)),
  // The seekers' side (issue 5): the board, a posting's page, favourites, reports to the bureau.
  search: action(searchSchema, (input, ctx) => boardService.search(input, ctx)),
  get: action(jobRefSchema, (input, ctx) => boardService.get(input, ctx)),
  favourite: action(favouriteSchema, (input, ctx) => boardService.favourite(input, ctx)),
  favourites: action(z.strictObject({}), (_input, ctx) => boardService.favourites(ctx)),
  report: action(reportSchema, (input, ctx) => boardService.report(input, ctx), { rateLimit: 'report' }),
})

export default jobs
export const main = cloudMain(jobs)
