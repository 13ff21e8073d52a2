/** How fairs read on screen: their times in Shanghai, places, map links, add-to-calendar text, codes. */
import dayjs from 'dayjs'
import type { FairStatus, FairView } from '../services/fairs'
import { inShanghai } from './format'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

const sh = (iso: string) => inShanghai(iso)

/** 12月5日 (or 2027年2月18日 in another year than `now`'s). */
function dateLabel(d: dayjs.Dayjs, now: Date) {
  return d.year() === inShanghai(now).year() ? d.format('M月D日') : d.format('YYYY年M月D日')
}

/** `12月5日（周六）09:00–15:00`, or `12月1日 09:00 至 12月7日 18:00` for several days. */
export function fairTimeRange(fair: Pick<FairView, 'startAt' | 'endAt'>, now: Date = new Date()): string {
  const start = sh(fair.startAt)
  const end = sh(fair.endAt)
  if (start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')) {
    return `${dateLabel(start, now)}（周${WEEKDAYS[start.day()]}）${start.format('HH:mm')}–${end.format('HH:mm')}`
  }
  return `${dateLabel(start, now)} ${start.format('HH:mm')} 至 ${dateLabel(end, now)} ${end.format('HH:mm')}`
}

/** Where: the venue of an on-site fair, or that it happens online. */
export const fairPlace = (fair: Pick<FairView, 'mode' | 'venue' | 'regionLabel' | 'level'>) =>
  fair.mode === 'online' ? `线上招聘会 · ${fair.level === 'province' ? '全省' : fair.regionLabel}` : fair.venue

/** The colour of a status badge. */
export const statusTone: Readonly<Record<FairStatus, 'ok' | 'warn' | 'info' | 'off'>> = {
  ongoing: 'ok',
  today: 'warn',
  upcoming: 'info',
  ended: 'off',
}

/**
 * A map page for the venue that opens in any browser (高德地图's URI API takes GCJ-02, as WeChat's
 * map does); by address when the fair has no coordinates.
 */
export function mapLink(fair: Pick<FairView, 'venue' | 'address' | 'location'>): string {
  if (fair.location) {
    const { latitude, longitude } = fair.location
    return `https://uri.amap.com/marker?position=${longitude},${latitude}&name=${encodeURIComponent(fair.venue || fair.address)}&coordinate=gaode&callnative=0`
  }
  return `https://uri.amap.com/search?keyword=${encodeURIComponent(fair.address || fair.venue)}&callnative=0`
}

/** A fair as a calendar event (src/utils/add-to-calendar.ts): where, who runs it, whom to ask; reminded the day before. */
export function fairEvent(fair: FairView) {
  const online = fair.mode === 'online'
  return {
    uid: `fair-${fair.id}@jinqitong`,
    title: `【招聘会】${fair.name}`,
    start: fair.startAt,
    end: fair.endAt,
    location: online ? '线上招聘会（在「晋企通」小程序参会）' : `${fair.venue}（${fair.address}）`,
    description: [`主办：${fair.organiser}`, `咨询：${fair.contactName} ${fair.contactPhone}`, `${fair.campaignLabel} · ${fair.levelLabel} · 在「晋企通」查看参会企业和岗位`].join('\n'),
    ...(online ? {} : { url: mapLink(fair) }),
    remindMinutesBefore: 24 * 60,
    fileName: `招聘会-${fair.name}.ics`,
    copiedWhat: '招聘会日程',
  }
}

/** A check-in code in two groups of four, easier to read out: `ABCD EFGH`. */
export const formatCheckInCode = (code: string) => (code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code)

/** The month (YYYY-MM) `delta` months from `month`. */
export const shiftMonth = (month: string, delta: number) => dayjs(`${month}-01`).add(delta, 'month').format('YYYY-MM')

/** The Shanghai date and time of an ISO instant, for the editor's inputs. */
export function splitShanghai(iso: string): { date: string; time: string } {
  const d = sh(iso)
  return { date: d.format('YYYY-MM-DD'), time: d.format('HH:mm') }
}

/** The editor's date and time (Shanghai) as an ISO instant with its offset, or null when malformed. */
export function joinShanghai(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim()) || !/^\d{1,2}:\d{2}$/.test(time.trim())) return null
  const [h, m] = time.trim().split(':')
  return `${date.trim()}T${h.padStart(2, '0')}:${m}:00+08:00`
}
