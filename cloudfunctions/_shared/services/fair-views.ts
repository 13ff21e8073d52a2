/** How fairs, bookings and sign-ups leave the backend: ids as `id`, status derived, Chinese labels added. */
import { campaignLabels, levelLabels, modeLabels } from '../catalog/fairs'
import { fairDays, fairStatus, fairStatusLabels, type FairStatus } from '../catalog/fair-status'
import type { Employer } from '../repositories/employers'
import type { FairBooking } from '../repositories/fair-bookings'
import type { FairSignup } from '../repositories/fair-signups'
import type { Fair } from '../repositories/fairs'
import { industryLabel } from './firm-views'

export function fairView(fair: Fair, now: Date) {
  const status = fairStatus(fair, now)
  const booked = (fair.takenBooths ?? []).length
  return {
    id: fair._id,
    name: fair.name,
    campaign: fair.campaign,
    campaignLabel: campaignLabels[fair.campaign] ?? fair.campaign,
    level: fair.level,
    levelLabel: levelLabels[fair.level] ?? fair.level,
    region: fair.region,
    regionLabel: `${fair.region.city}${fair.region.district}`,
    mode: fair.mode,
    modeLabel: modeLabels[fair.mode] ?? fair.mode,
    venue: fair.venue,
    address: fair.address,
    location: fair.location,
    hallMapUrl: fair.hallMapUrl,
    startAt: fair.startAt,
    endAt: fair.endAt,
    /** The Shanghai dates it covers, YYYY-MM-DD. */
    days: fairDays(fair),
    organiser: fair.organiser,
    contactName: fair.contactName,
    contactPhone: fair.contactPhone,
    description: fair.description,
    boothCount: fair.boothCount,
    boothsBooked: booked,
    boothsLeft: Math.max(0, fair.boothCount - booked),
    status,
    statusLabel: fairStatusLabels[status],
    createdAt: fair.createdAt,
    updatedAt: fair.updatedAt,
  }
}

export type FairView = ReturnType<typeof fairView>

const RANK: Readonly<Record<FairStatus, number>> = { ongoing: 0, today: 1, upcoming: 2, ended: 3 }

/** Under way first, then today's, then upcoming by start; ended ones last, the latest first. */
export function byRelevance(a: FairView, b: FairView): number {
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] - RANK[b.status]
  if (a.status === 'ended') return b.endAt.localeCompare(a.endAt)
  return a.startAt.localeCompare(b.startAt) || a.id.localeCompare(b.id)
}

/** What anyone may read about a firm at a fair (no credit code, no contact). */
export const publicEmployer = (e: Employer) => ({
  id: e._id,
  name: e.name,
  industry: e.industry,
  industryLabel: industryLabel(e.industry),
  city: e.city,
  district: e.district,
  employees: e.employees,
})

export const bookingView = (b: FairBooking) => ({
  fairId: b.fairId,
  employerId: b.employerId,
  employerName: b.employerName,
  boothNo: b.boothNo,
  jobIds: b.jobIds,
  createdAt: b.createdAt,
  updatedAt: b.updatedAt,
})

export const signupView = (s: FairSignup) => ({
  fairId: s.fairId,
  code: s.code,
  marks: s.marks,
  checkedInAt: s.checkedInAt,
  createdAt: s.createdAt,
})
