import type { Input, Output } from '../../cloudfunctions/api'
import { CAMPAIGNS, campaignLabels, LEVELS, levelLabels, modeLabels, type Campaign, type FairLevel, type FairMode } from '../../cloudfunctions/_shared/catalog/fairs'
import type { FairStatus } from '../../cloudfunctions/_shared/catalog/fair-status'
import type { FairView } from '../../cloudfunctions/_shared/services/fair-views'
import { callFunction, withoutEmpty } from './cloud'

export type { Campaign, FairLevel, FairMode, FairStatus, FairView }

export const CAMPAIGN_OPTIONS = CAMPAIGNS.map((value) => ({ value, label: campaignLabels[value] }))
export const LEVEL_OPTIONS = LEVELS.map((value) => ({ value, label: levelLabels[value] }))
/** On site first: most fairs are. */
export const MODE_OPTIONS = (['onsite', 'online'] as const).map((value) => ({ value, label: modeLabels[value] }))

export type FairDetail = Output<'fairs', 'get'>
export type FairFirm = FairDetail['firms'][number]
export type MyFairs = Output<'fairs', 'mine'>
export type SignupView = MyFairs['signups'][number]['signup']
export type FirmMark = SignupView['marks'][number]
export type ListFilter = Input<'fairs', 'list'>
/** What the 招聘会 segment filters by, and the calendar page keeps. */
export type CalendarFilter = Pick<ListFilter, 'campaign' | 'city' | 'mode'>
/** A fair as the bureau writes it (admin.saveFair without `id`). */
export type FairInput = Omit<Input<'admin', 'saveFair'>, 'id'>

/** The first page of both rosters; or, asked for one list after a cursor, that page only (the other null). */
export type Participants = Output<'admin', 'fairParticipants'>
export type RosterList = NonNullable<Input<'admin', 'fairParticipants'>['list']>
export type ParticipantBooking = NonNullable<Participants['bookings']>['items'][number]
export type ParticipantSignup = NonNullable<Participants['signups']>['items'][number]
export type FairFigures = Output<'admin', 'stats'>['fairs']['fairs'][number]

/** The fairs function. */
export const fairsApi = {
  list: (filter: ListFilter = {}) => callFunction('fairs', 'list', withoutEmpty(filter)),
  get: (id: string) => callFunction('fairs', 'get', { id }),
  register: (fairId: string, jobIds: string[]) => callFunction('fairs', 'register', { fairId, jobIds }),
  cancel: (fairId: string) => callFunction('fairs', 'cancel', { fairId }),
  setJobs: (fairId: string, jobIds: string[]) => callFunction('fairs', 'setJobs', { fairId, jobIds }),
  signup: (fairId: string) => callFunction('fairs', 'signup', { fairId }),
  mark: (fairId: string, employerId: string, change: { visited?: boolean; interested?: boolean }) => callFunction('fairs', 'mark', { fairId, employerId, ...change }),
  mine: () => callFunction('fairs', 'mine'),
  forEmployer: (employerId: string) => callFunction('fairs', 'forEmployer', { employerId }),
}

/** The bureau's fair actions (admin). */
export const fairsAdminApi = {
  save: (content: FairInput, id?: string) => callFunction('admin', 'saveFair', { ...content, ...(id ? { id } : {}) }),
  participants: (fairId: string, next?: { list: RosterList; cursor: string }) => callFunction('admin', 'fairParticipants', { fairId, ...next }),
  exportCsv: (fairId: string, kind: RosterList) => callFunction('admin', 'exportFair', { fairId, kind }),
  checkIn: (fairId: string, code: string) => callFunction('admin', 'fairCheckIn', { fairId, code }),
  /** admin.stats' per-fair figures. */
  stats: async () => (await callFunction('admin', 'stats')).fairs,
}

const FAIR_DETAIL = '/packages/fairs/detail/index'
export const fairDetailUrl = (id: string) => `${FAIR_DETAIL}?id=${encodeURIComponent(id)}`
export const fairBookUrl = (id: string) => `/packages/fairs/book/index?id=${encodeURIComponent(id)}`
export const fairEditUrl = (id?: string) => `/packages/fairs/edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`
export const fairBookingsUrl = (id: string) => `/packages/fairs/bookings/index?id=${encodeURIComponent(id)}`
export const MY_FAIRS = '/packages/fairs/mine/index'
/** The month calendar of fair days, with the segment's filters. */
export const fairCalendarUrl = (filter: CalendarFilter) =>
  `/packages/fairs/calendar/index${Object.entries(filter)
    .filter(([, value]) => value)
    .map(([key, value], i) => `${i ? '&' : '?'}${key}=${encodeURIComponent(String(value))}`)
    .join('')}`
