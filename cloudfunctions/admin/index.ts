import { z } from 'zod'
import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { queueSchema, reviewSchema } from '../_shared/schemas/firms'
import { adminService } from '../_shared/services/admin'
import { checkInSchema, exportFairSchema, fairRefSchema, saveFairSchema } from '../_shared/schemas/fairs'
import { fairsAdminService } from '../_shared/services/fairs-admin'

const admin = defineFunction('admin', {
  queue: action(queueSchema, (input, ctx) => adminService.queue(input, ctx)),
  review: action(reviewSchema, (input, ctx) => adminService.review(input, ctx)),
  // `fairs`: the per-fair figures (issue 6), beside the firms' and postings'.
  stats: action(z.strictObject({}), async (_input, ctx) => ({ ...(await adminService.stats(ctx)), fairs: await fairsAdminService.stats(ctx) })),
  // Job fairs (measure 25): create/edit, who booked and signed up, CSV export, check-in at the venue.
  saveFair: action(saveFairSchema, (input, ctx) => fairsAdminService.saveFair(input, ctx)),
  fairParticipants: action(fairRefSchema, (input, ctx) => fairsAdminService.participants(input, ctx)),
  exportFair: action(exportFairSchema, (input, ctx) => fairsAdminService.exportFair(input, ctx)),
  fairCheckIn: action(checkInSchema, (input, ctx) => fairsAdminService.checkIn(input, ctx)),
})

export default admin
export const main = cloudMain(admin)
