import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { createJobSchema, favouriteSchema, jobIdSchema, mineSchema, previewSchema, reportSchema, searchSchema, updateJobSchema } from '../_shared/schemas/jobs'
import { jobsService } from '../_shared/services/jobs'
import { boardService } from '../_shared/services/jobs/board'
import { noParams } from '../_shared/validation'

const jobs = defineFunction('jobs', {
  // A firm's postings.
  create: action(createJobSchema, (input, ctx) => jobsService.create(input, ctx), { rateLimit: 'post' }),
  update: action(updateJobSchema, (input, ctx) => jobsService.update(input, ctx)),
  close: action(jobIdSchema, (input, ctx) => jobsService.close(input, ctx)),
  mine: action(mineSchema, (input, ctx) => jobsService.mine(input, ctx)),
  preview: action(previewSchema, (input, ctx) => jobsService.preview(input, ctx)),
  // The seekers' side: the board, a posting's page, favourites, reports to the bureau.
  search: action(searchSchema, (input, ctx) => boardService.search(input, ctx)),
  get: action(jobIdSchema, (input, ctx) => boardService.get(input, ctx)),
  favourite: action(favouriteSchema, (input, ctx) => boardService.favourite(input, ctx)),
  favourites: action(noParams, (_input, ctx) => boardService.favourites(ctx)),
  report: action(reportSchema, (input, ctx) => boardService.report(input, ctx), { rateLimit: 'report' }),
})

export default jobs
export const main = cloudMain(jobs)
