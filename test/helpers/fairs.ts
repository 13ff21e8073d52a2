/**
 * The firms' world (test/helpers/firms.ts) plus job fairs: fairs made by the administrator through
 * admin.saveFair, and calls to the fairs function as any caller at any time.
 */
import type { Answer } from '../../server/invoke'
import type { ActionName, Output } from '../../cloudfunctions/api'
import { callFunction, type EventOf } from './context'
import admin from '../../cloudfunctions/admin/index.ts'
import fairs from '../../cloudfunctions/fairs/index.ts'
import { ADMIN, makeWorld, NOW, type CallOptions } from './firms'

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
  const unwrap = (label: string, res: Answer): unknown => {
    if (!res.ok) throw new Error(`${label}: ${res.error.code} ${res.error.message}`)
    return res.data
  }
  /** Calls and returns the data, as the action answers it, failing the test on an error envelope. */
  const fairsOk = async <A extends ActionName<'fairs'>>(openId: string | null, event: EventOf<'fairs', A>, options?: CallOptions) =>
    unwrap(`fairs.${String(event.action)} as ${openId}`, await fairsCall(openId, event, options)) as Output<'fairs', A>
  const adminOk = async <A extends ActionName<'admin'>>(event: EventOf<'admin', A>, options?: CallOptions) =>
    unwrap(`admin.${String(event.action)}`, await adminCall(ADMIN, event, options)) as Output<'admin', A>
  const createFair = async (over: Record<string, unknown> = {}) => (await adminOk({ action: 'saveFair', ...fairInput(over) })).fair.id

  const countOf = async (name: 'fairs' | 'fairBookings' | 'fairSignups') => (await w.db.collection(name).count()).total

  return { ...w, fairsCall, adminCall, fairsOk, adminOk, createFair, countOf }
}

export type FairWorld = Awaited<ReturnType<typeof makeFairWorld>>
