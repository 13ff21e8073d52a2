/**
 * The firms' world (test/helpers/firms.ts) plus job fairs: fairs made by the administrator through
 * admin.saveFair, and calls to the fairs function as any caller at any time.
 */
import type { Answer } from '../../server/invoke'
import { callFunction } from './context'
import admin from '../../cloudfunctions/admin/index.ts'
import fairs from '../../cloudfunctions/fairs/index.ts'
import type { fairsAdminService } from '../../cloudfunctions/_shared/services/admin/fairs'
import type { fairsService } from '../../cloudfunctions/_shared/services/fairs'
import { ADMIN, makeWorld, NOW, type CallOptions } from './firms'

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>
/** What each action answers, for typed assertions. */
export type Data = {
  list: Result<typeof fairsService.list>
  get: Result<typeof fairsService.get>
  register: Result<typeof fairsService.register>
  cancel: Result<typeof fairsService.cancel>
  setJobs: Result<typeof fairsService.setJobs>
  signup: Result<typeof fairsService.signup>
  mark: Result<typeof fairsService.mark>
  mine: Result<typeof fairsService.mine>
  forEmployer: Result<typeof fairsService.forEmployer>
  saveFair: Result<typeof fairsAdminService.saveFair>
  participants: Result<typeof fairsAdminService.fairParticipants>
  exportFair: Result<typeof fairsAdminService.exportFair>
  checkIn: Result<typeof fairsAdminService.fairCheckIn>
  stats: Result<typeof fairsAdminService.stats>
}

export { ADMIN, NOW }
export { CODES, FIRM_A, FIRM_B, SEEKER, UNVERIFIED, jobContent, profile } from './firms'

/** A fair's content as the editor sends it: on site in 太原, a week after NOW, 10 booths. */
export const fairInput = (over: Record<string, unknown> = {}) => ({
  name: '民营企业招聘月·太原专场',
  campaign: 'private-enterprise-month',
  level: 'city',
  region: { city: '太原市', district: '小店区' },
  mode: 'onsite',
  venue: '太原市人力资源市场',
  address: '太原市小店区体育路180号',
  location: { latitude: 37.8366, longitude: 112.5605 },
  startAt: '2026-12-05T09:00:00+08:00',
  endAt: '2026-12-05T15:00:00+08:00',
  organiser: '太原市人力资源和社会保障局',
  contactName: '张敏',
  contactPhone: '0351-5620001',
  description: '民营企业现场招聘',
  boothCount: 10,
  ...over,
})

/** Shanghai wall-clock time as a Date: at('2026-12-05 09:00'). */
export const at = (shanghai: string) => new Date(`${shanghai.replace(' ', 'T')}:00+08:00`)

export async function makeFairWorld() {
  const w = await makeWorld()
  const fairsCall = (openId: string | null, event: Record<string, unknown>, options: CallOptions = {}): Promise<Answer> =>
    callFunction(fairs, event, w.ctx(openId, options))
  const adminCall = (openId: string | null, event: Record<string, unknown>, options: CallOptions = {}): Promise<Answer> =>
    callFunction(admin, event, w.ctx(openId, options))
  const unwrap = <T>(label: string, res: Answer): T => {
    if (!res.ok) throw new Error(`${label}: ${res.error.code} ${res.error.message}`)
    return res.data as T
  }
  const fairsOk = async <T = Record<string, unknown>>(openId: string | null, event: Record<string, unknown>, options?: CallOptions) =>
    unwrap<T>(`fairs.${String(event.action)} as ${openId}`, await fairsCall(openId, event, options))
  const adminOk = async <T = Record<string, unknown>>(event: Record<string, unknown>, options?: CallOptions) =>
    unwrap<T>(`admin.${String(event.action)}`, await adminCall(ADMIN, event, options))
  const createFair = async (over: Record<string, unknown> = {}) =>
    (await adminOk<{ fair: { id: string } }>({ action: 'saveFair', ...fairInput(over) })).fair.id

  const countOf = async (name: 'fairs' | 'fairBookings' | 'fairSignups') => (await w.db.collection(name).count()).total

  return { ...w, fairsCall, adminCall, fairsOk, adminOk, createFair, countOf }
}

export type FairWorld = Awaited<ReturnType<typeof makeFairWorld>>
