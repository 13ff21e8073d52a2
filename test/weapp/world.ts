import type { Database } from '../../cloudfunctions/_shared/db/types'
import { FAIRS, type Fair } from '../../cloudfunctions/_shared/repositories/fairs'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { resultUrl } from '../../src/pages/quiz/logic'
import { cloudFor } from './runtime/cloud'
import { MiniProgram } from './runtime/mini-program'

/**
 * Who holds the phone. In WeChat the platform gives every caller an OPENID; the seeded ones are a
 * job seeker without a profile yet, the HR of a verified firm, and a bureau administrator.
 * "anonymous" is a call the platform vouches for no one on.
 */
export const ROLES = {
  anonymous: null,
  seeker: 'dev-seeker',
  employer: 'dev-hr',
  admin: 'dev-admin',
} as const

export type RoleName = keyof typeof ROLES

/** What only the local server's H5 app may show: the role switcher and hints pointing at it. */
export const LOCAL_ONLY_TEXT = /切换身份|本地体验|本地模式|预置账号/

/** Opens the built app at `url` as `role`, on `db`. */
export const launchAs = (role: RoleName, url: string, db: Database, { privacyAgreed = false, local = false } = {}) =>
  MiniProgram.launch(url, { callFunction: cloudFor(db, ROLES[role], { local }), privacyAgreed })

/** A quiz request as the quiz page builds it: a small private firm that trains its staff. */
export const SAMPLE_QUIZ_URL = resultUrl({ audience: ['enterprise'], facts: { ownership: 'private', employees: 48 } })

/**
 * Where each page is reached from, with the query the app puts in the link: the seeded firm's
 * posting, a published posting, an upcoming fair, measure 8, a quiz result.
 */
export async function pageUrls(db: Database, routes: string[]): Promise<Map<string, string>> {
  const { data: own } = await db.collection<Job>(JOBS).where({ ownerOpenId: 'dev-hr', status: 'published' }).limit(1).get()
  const { data: fairs } = await db.collection<Fair>(FAIRS).limit(1).get()
  const queries: Record<string, string> = {
    'packages/policy/detail/index': 'id=8',
    'packages/jobs/detail/index': `id=${own[0]._id}`,
    'packages/employer/pipeline/index': `jobId=${own[0]._id}`,
    'packages/fairs/detail/index': `id=${fairs[0]._id}`,
    'packages/fairs/book/index': `id=${fairs[0]._id}`,
    'packages/fairs/bookings/index': `id=${fairs[0]._id}`,
    'packages/fairs/edit/index': `id=${fairs[0]._id}`,
  }
  return new Map(
    routes.map((route) => [route, route === 'packages/quiz/result/index' ? SAMPLE_QUIZ_URL : `/${route}${queries[route] ? `?${queries[route]}` : ''}`]),
  )
}
