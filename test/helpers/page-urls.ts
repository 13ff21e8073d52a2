/** Links to every page of the app with the query the app itself puts in them, for the walks over every page (weapp and H5). */
import type { Database } from '../../cloudfunctions/_shared/db/types'
import { FAIRS, type Fair } from '../../cloudfunctions/_shared/repositories/fairs'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { resultUrl } from '../../src/pages/quiz/logic'

/** The quiz result of a small private firm. */
export const SAMPLE_QUIZ_URL = resultUrl({ audience: ['enterprise'], facts: { ownership: 'private', employees: 48 } })

/**
 * Where each page is reached from, with the query the app puts in the link: the seeded firm's
 * posting, a published posting, a fair, measure 8, a quiz result. Each link starts with `/`.
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
