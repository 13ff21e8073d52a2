import { z } from 'zod'
import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import { queueSchema, reviewSchema } from '../_shared/schemas/firms'
import { adminService } from '../_shared/services/admin'
import { checkInSchema, exportFairSchema, participantsSchema, saveFairSchema } from '../_shared/schemas/fairs'
import { fairsAdminService } from '../_shared/services/fairs-admin'
import { exportMatchingSchema, matchingSchema, runMatchingSchema, runRefSchema } from '../_shared/schemas/matching'
import { matchingService } from '../_shared/services/matching'
import { auditSchema } from '../_shared/schemas/audit'
import { auditService } from '../_shared/services/audit'

const admin = defineFunction('admin', {
  queue: action(queueSchema, (input, ctx) => adminService.queue(input, ctx)),
  review: action(reviewSchema, (input, ctx) => adminService.review(input, ctx)),
  // `fairs`: the per-fair figures (issue 6), beside the firms' and postings'.
  stats: action(z.strictObject({}), async (_input, ctx) => ({ ...(await adminService.stats(ctx)), fairs: await fairsAdminService.stats(ctx) })),
  // Job fairs (measure 25): create/edit, who booked and signed up (paged), CSV export to storage, check-in at the venue.
  saveFair: action(saveFairSchema, (input, ctx) => fairsAdminService.saveFair(input, ctx)),
  fairParticipants: action(participantsSchema, (input, ctx) => fairsAdminService.participants(input, ctx)),
  exportFair: action(exportFairSchema, (input, ctx) => fairsAdminService.exportFair(input, ctx)),
  fairCheckIn: action(checkInSchema, (input, ctx) => fairsAdminService.checkIn(input, ctx)),
  // 政策找企业 (issue 8): match every verified firm against the rules, in batches; results and CSV.
  runMatching: action(runMatchingSchema, (input, ctx) => matchingService.runMatching(input, ctx)),
  continueMatching: action(runRefSchema, (input, ctx) => matchingService.continueMatching(input, ctx)),
  matching: action(matchingSchema, (input, ctx) => matchingService.matching(input, ctx)),
  exportMatching: action(exportMatchingSchema, (input, ctx) => matchingService.exportMatching(input, ctx)),
  // The audit log (issue 7): every decision above and every change of an application's status.
  audit: action(auditSchema, (input, ctx) => auditService.list(input, ctx)),
})

export default admin
export const main = cloudMain(admin)
