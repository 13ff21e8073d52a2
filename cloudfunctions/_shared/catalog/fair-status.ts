/**
 * A fair's status, derived from its times and the clock in Asia/Shanghai — never stored, so it is
 * right whenever it is read, with no job to flip it.
 *
 * - `upcoming`: it starts on a later day (Shanghai calendar);
 * - `today`: it starts later today;
 * - `ongoing`: from the start (inclusive) to the end (exclusive);
 * - `ended`: from the end on.
 */
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import { shanghaiDate, TIME_ZONE } from './time'

dayjs.extend(utc)
dayjs.extend(timezone)

export type FairStatus = 'upcoming' | 'today' | 'ongoing' | 'ended'

export const fairStatusLabels: Readonly<Record<FairStatus, string>> = {
  upcoming: '即将开始',
  today: '今日开幕',
  ongoing: '进行中',
  ended: '已结束',
}

/** The status of a fair running from `startAt` to `endAt` (ISO strings) as of `now`. */
export function fairStatus(fair: { startAt: string; endAt: string }, now: Date): FairStatus {
  const t = now.getTime()
  const start = Date.parse(fair.startAt)
  const end = Date.parse(fair.endAt)
  if (t >= end) return 'ended'
  if (t >= start) return 'ongoing'
  return shanghaiDate(start) === shanghaiDate(t) ? 'today' : 'upcoming'
}

/** Not yet started: a firm may still cancel its booth. */
export const notStarted = (status: FairStatus) => status === 'upcoming' || status === 'today'

/** Open for booking and sign-up: anything but ended. */
export const isOpen = (status: FairStatus) => status !== 'ended'

/** Every Shanghai calendar date the fair covers, first to last (an end at 00:00 does not add a day). */
export function fairDays(fair: { startAt: string; endAt: string }): string[] {
  const first = dayjs(fair.startAt).tz(TIME_ZONE).startOf('day')
  // The last instant of the fair is just before endAt.
  const last = dayjs(Date.parse(fair.endAt) - 1).tz(TIME_ZONE).startOf('day')
  const days: string[] = []
  for (let d = first; !d.isAfter(last) && days.length < 400; d = d.add(1, 'day')) days.push(d.format('YYYY-MM-DD'))
  return days
}

/** The first and last instants (ISO) of a month `YYYY-MM` in Shanghai: [start, next month's start). */
export function monthRange(month: string): { start: string; end: string } {
  const start = dayjs.tz(`${month}-01 00:00`, TIME_ZONE)
  return { start: start.toISOString(), end: start.add(1, 'month').toISOString() }
}
