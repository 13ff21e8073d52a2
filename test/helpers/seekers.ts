/**
 * The firms' world (test/helpers/firms.ts) with job seekers in it: SEEKER has a profile and has
 * applied to firm A's published posting, SEEKER_2 has a profile and nothing else, NEWCOMER has
 * nothing. Adds the `applications` function and a dump of every collection the seekers' actions write.
 */
import type { Answer } from '../../server/invoke'
import type { ActionName, Output } from '../../cloudfunctions/api'
import { callFunction, type EventOf } from './context'
import applications from '../../cloudfunctions/applications/index.ts'
import { ADMIN, FIRM_A, FIRM_B, makeWorld, NOW, SEEKER, type CallOptions, type FnName } from './firms'

export { ADMIN, FIRM_A, FIRM_B, NOW, SEEKER }
export const SEEKER_2 = 'u-seeker-2'
export const NEWCOMER = 'u-seeker-new'

export const seekerProfile = (over: Record<string, unknown> = {}) => ({
  name: '王小明',
  phone: '13812341234',
  education: 'associate',
  experienceYears: 2,
  intro: '两年机械装配经验，能适应倒班。',
  ...over,
})

export type SeekerFn = FnName | 'applications'

export async function makeSeekerWorld() {
  const w = await makeWorld()
  const call = (fn: SeekerFn, openId: string | null, event: Record<string, unknown>, options: CallOptions = {}): Promise<Answer> =>
    fn === 'applications' ? callFunction(applications, event, w.ctx(openId, options)) : w.call(fn, openId, event, options)
  const ok = async <F extends SeekerFn, A extends ActionName<F>>(fn: F, openId: string | null, event: EventOf<F, A>, options?: CallOptions) => {
    const res = await call(fn, openId, event, options)
    if (!res.ok) throw new Error(`${fn}.${String(event.action)} as ${openId}: ${res.error.code} ${res.error.message}`)
    return res.data as Output<F, A>
  }

  await ok('account', SEEKER, { action: 'updateProfile', ...seekerProfile() })
  await ok('account', SEEKER_2, { action: 'updateProfile', ...seekerProfile({ name: '李华', phone: '13900001111', education: 'bachelor' }) })
  const applicationId = (await ok('applications', SEEKER, { action: 'apply', jobId: w.jobs.aPublished })).application.id

  const count = async (name: string, where: Record<string, unknown> = {}) => (await w.db.collection(name).where(where).count()).total

  return { ...w, call, ok, count, applicationId }
}

export type SeekerWorld = Awaited<ReturnType<typeof makeSeekerWorld>>
