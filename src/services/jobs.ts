import type { Input, Output } from '../../cloudfunctions/api'
import type { ReportReason } from '../../cloudfunctions/_shared/catalog/seekers'
import type { BoardJobView } from '../../cloudfunctions/_shared/services/seeker-views'
import { callFunction, withoutEmpty } from './cloud'

/** The seekers' side of the postings: the board, a posting's page, favourites, reports (jobs.*). */

export type { ReportReason }
export type SearchParams = Input<'jobs', 'search'>
export type SearchFilters = Omit<SearchParams, 'sort' | 'pageSize' | 'cursor'>
export type BoardSort = NonNullable<SearchParams['sort']>
export type SearchPage = Output<'jobs', 'search'>
/** A posting as the board lists it. */
export type BoardJob = BoardJobView
export type JobDetail = Output<'jobs', 'get'>
/** A posting's page. */
export type PublicJob = JobDetail['job']
/** The firm behind a posting, as anyone may see it (contact masked). */
export type PublicEmployer = NonNullable<JobDetail['employer']>
export type FavouriteItem = Output<'jobs', 'favourites'>['favourites'][number]

/** A posting's page; from a fair's page with `fairId`, so that applying there counts for the fair. */
export const jobDetailUrl = (id: string, fairId?: string) => `/packages/jobs/detail/index?id=${encodeURIComponent(id)}${fairId ? `&fairId=${encodeURIComponent(fairId)}` : ''}`

export const jobsApi = {
  search: (params: SearchParams) => callFunction('jobs', 'search', withoutEmpty(params)),
  get: (id: string) => callFunction('jobs', 'get', { id }),
  favourite: (id: string, favourite: boolean) => callFunction('jobs', 'favourite', { id, favourite }),
  favourites: () => callFunction('jobs', 'favourites'),
  report: (id: string, reason: ReportReason, note: string) => callFunction('jobs', 'report', { id, reason, note }),
}
