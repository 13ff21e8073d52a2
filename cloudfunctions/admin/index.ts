import { cloudMain } from '../_shared/cloud'
import { action, defineFunction } from '../_shared/router'
import {
  auditSchema,
  checkInSchema,
  exportFairSchema,
  exportMatchingSchema,
  matchingSchema,
  participantsSchema,
  queueSchema,
  reviewSchema,
  runMatchingSchema,
  runRefSchema,
  saveFairSchema,
} from '../_shared/schemas/admin'
import { adminService } from '../_shared/services/admin'
import { auditService } from '../_shared/services/admin/audit'
import { fairsAdminService } from '../_shared/services/admin/fairs'
import { matchingService } from '../_shared/services/admin/matching'
import { noParams } from '../_shared/validation'

const admin = defineFunction('admin', {
  queue: action(queueSchema, (input, ctx) => adminService.queue(input, ctx)),
  review: action(reviewSchema, (input, ctx) => adminService.review(input, ctx)),
  stats: action(noParams, (_input, ctx) => adminService.stats(ctx)),
  // Job fairs (measure 25): create/edit, who booked and signed up (paged), CSV export to storage, check-in at the venue.
  saveFair: action(saveFairSchema, (input, ctx) => fairsAdminService.saveFair(input, ctx)),
  fairParticipants: action(participantsSchema, (input, ctx) => fairsAdminService.fairParticipants(input, ctx)),
  exportFair: action(exportFairSchema, (input, ctx) => fairsAdminService.exportFair(input, ctx)),
  fairCheckIn: action(checkInSchema, (input, ctx) => fairsAdminService.fairCheckIn(input, ctx)),
  // 政策找企业: match every verified firm against the rules, in batches; results and CSV.
  runMatching: action(runMatchingSchema, (input, ctx) => matchingService.runMatching(input, ctx)),
  continueMatching: action(runRefSchema, (input, ctx) => matchingService.continueMatching(input, ctx)),
  matching: action(matchingSchema, (input, ctx) => matchingService.matching(input, ctx)),
  exportMatching: action(exportMatchingSchema, (input, ctx) => matchingService.exportMatching(input, ctx)),
  // The audit log: every decision above and every change of an application's status.
  audit: action(auditSchema, (input, ctx) => auditService.audit(input, ctx)),
})

export default admin
export const main = cloudMain(admin)
