/** The fair editor's draft, its conversion to what admin.saveFair takes and what a refusal shows; pure, for tests. */
import dayjs from 'dayjs'
import { MAX_FAIR_DAYS } from '../../../../cloudfunctions/_shared/catalog/fairs'
import { CallError } from '../../../services/cloud'
import type { Region } from '../../../components/RegionFields'
import type { Campaign, FairInput, FairLevel, FairMode, FairView } from '../../../services/fairs'
import { joinShanghai, splitShanghai } from '../../../utils/fairs'
import { inShanghai } from '../../../utils/format'

export interface Draft {
  name: string
  campaign: Campaign
  level: FairLevel
  city: string
  district: string
  mode: FairMode
  venue: string
  address: string
  latitude: string
  longitude: string
  hallMapUrl: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  organiser: string
  contactName: string
  contactPhone: string
  description: string
  boothCount: string
}

export type DraftErrors = Partial<Record<keyof Draft, string>>

/** A new fair: on site in 太原, a week from today, 09:00–16:00. */
export function newDraft(now: Date = new Date()): Draft {
  const date = inShanghai(now).add(7, 'day').format('YYYY-MM-DD')
  return {
    name: '',
    campaign: 'regular',
    level: 'city',
    city: '太原市',
    district: '',
    mode: 'onsite',
    venue: '',
    address: '',
    latitude: '',
    longitude: '',
    hallMapUrl: '',
    startDate: date,
    startTime: '09:00',
    endDate: date,
    endTime: '16:00',
    organiser: '',
    contactName: '',
    contactPhone: '',
    description: '',
    boothCount: '50',
  }
}

export function draftOf(fair: FairView): Draft {
  const start = splitShanghai(fair.startAt)
  const end = splitShanghai(fair.endAt)
  return {
    name: fair.name,
    campaign: fair.campaign,
    level: fair.level,
    city: fair.region.city,
    district: fair.region.district,
    mode: fair.mode,
    venue: fair.venue,
    address: fair.address,
    latitude: fair.location ? String(fair.location.latitude) : '',
    longitude: fair.location ? String(fair.location.longitude) : '',
    hallMapUrl: fair.hallMapUrl,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    organiser: fair.organiser,
    contactName: fair.contactName,
    contactPhone: fair.contactPhone,
    description: fair.description,
    boothCount: String(fair.boothCount),
  }
}

const number = (s: string) => (s.trim() === '' || Number.isNaN(Number(s.trim())) ? undefined : Number(s.trim()))

/**
 * What the form can tell before asking the function: dates and times readable, numbers numbers.
 * Everything else (lengths, Shanxi's bounds, end after start, booths booked) the function checks.
 */
export function toContent(d: Draft): { content: FairInput; errors: DraftErrors } {
  const errors: DraftErrors = {}
  const startAt = joinShanghai(d.startDate, d.startTime)
  const endAt = joinShanghai(d.endDate, d.endTime)
  if (!startAt) errors.startDate = '请选择开始日期和时间'
  if (!endAt) errors.endDate = '请选择结束日期和时间'
  const boothCount = number(d.boothCount)
  if (boothCount === undefined || !Number.isInteger(boothCount)) errors.boothCount = '请填写展位数（整数）'
  const lat = number(d.latitude)
  const lng = number(d.longitude)
  const hasCoordinates = d.latitude.trim() !== '' || d.longitude.trim() !== ''
  if (d.mode === 'onsite' && hasCoordinates && (lat === undefined || lng === undefined)) errors.latitude = '经纬度须同时填写数字，或都不填'
  const content: FairInput = {
    name: d.name.trim(),
    campaign: d.campaign,
    level: d.level,
    // The city is one of the catalogue's options; the function checks it.
    region: { city: d.city as FairInput['region']['city'], district: d.district },
    mode: d.mode,
    venue: d.venue.trim(),
    address: d.address.trim(),
    location: d.mode === 'onsite' && lat !== undefined && lng !== undefined ? { latitude: lat, longitude: lng } : null,
    hallMapUrl: d.hallMapUrl.trim(),
    startAt: startAt ?? '',
    endAt: endAt ?? '',
    organiser: d.organiser.trim(),
    contactName: d.contactName.trim(),
    contactPhone: d.contactPhone.trim(),
    description: d.description.trim(),
    boothCount: boothCount ?? 0,
  }
  return { content, errors }
}

const API_FIELDS: Record<string, keyof Draft> = {
  'region.city': 'city',
  'region.district': 'district',
  'location.latitude': 'latitude',
  'location.longitude': 'latitude',
  location: 'latitude',
  startAt: 'startDate',
  endAt: 'endDate',
}

/** The function's messages by form field (`details.issues`, or `details.field` of a booth-count refusal). */
export function fieldErrors(error: CallError): DraftErrors {
  const out: DraftErrors = {}
  for (const { field, message } of (error.details?.issues ?? []) as { field: string; message: string }[]) {
    out[API_FIELDS[field] ?? (field as keyof Draft)] ??= message
  }
  if (typeof error.details?.field === 'string') out[error.details.field as keyof Draft] = error.message
  return out
}

/** A refused save: the function's messages on their fields, and the line above the button naming the first. */
export function saveFailure(error: unknown): { errors: DraftErrors; message: string } {
  if (!(error instanceof CallError)) return { errors: {}, message: '保存失败，请稍后再试' }
  const errors = fieldErrors(error)
  return { errors, message: `保存未成功：${Object.values(errors)[0] ?? error.message}` }
}

/** The district chips: none in particular (a city-level fair), or one of the chosen city's. */
export function districtOptions(regions: readonly Region[], city: string): { value: string; label: string }[] {
  const districts = regions.find((r) => r.city === city)?.districts ?? []
  return [{ value: '', label: '不指定' }, ...districts.map((d) => ({ value: d, label: d }))]
}

export const INCOMPLETE = '请按红色提示修改'

/** How far ahead the bureau plans a fair: a year, the span of the campaigns' calendar. */
export const PLAN_AHEAD_DAYS = 366

export interface DateRange {
  start: string
  end: string
}

/**
 * What the date pickers offer: a start from today (or the fair's own earlier start, when editing
 * one under way) up to a year ahead; an end from the start day to the longest fair the function takes.
 */
export function dateRanges(draft: Pick<Draft, 'startDate'>, today: string, savedStart?: string): { start: DateRange; end: DateRange } {
  const first = savedStart && savedStart < today ? savedStart : today
  const start = { start: first, end: dayjs(today).add(PLAN_AHEAD_DAYS, 'day').format('YYYY-MM-DD') }
  const from = draft.startDate || today
  return { start, end: { start: from, end: dayjs(from).add(MAX_FAIR_DAYS - 1, 'day').format('YYYY-MM-DD') } }
}

/** A new start day, the end day kept within what the end picker then offers. */
export function withStartDate(draft: Pick<Draft, 'startDate' | 'endDate'>, startDate: string): Pick<Draft, 'startDate' | 'endDate'> {
  const { end } = dateRanges({ startDate }, startDate)
  const endDate = draft.endDate < end.start ? end.start : draft.endDate > end.end ? end.end : draft.endDate
  return { startDate, endDate }
}

/** What the WeChat map pick answers (Taro.chooseLocation): GCJ-02 coordinates, the place's name and address. */
export interface PickedPlace {
  latitude: number
  longitude: number
  name: string
  address: string
}

/** A place picked on the map: its coordinates (6 decimals, about 0.1 m); its name and address only where none is typed yet. */
export function withPickedPlace(draft: Pick<Draft, 'venue' | 'address'>, place: PickedPlace): Partial<Draft> {
  return {
    latitude: place.latitude.toFixed(6),
    longitude: place.longitude.toFixed(6),
    ...(draft.venue.trim() === '' && place.name ? { venue: place.name.slice(0, 60) } : {}),
    ...(draft.address.trim() === '' && place.address ? { address: place.address.slice(0, 100) } : {}),
  }
}

const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif'] as const

/** Where an uploaded hall map goes in cloud storage: by day, a random name, the picked file's own image type. */
export function hallMapCloudPath(filePath: string, now: Date, random: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(filePath)?.[1]?.toLowerCase() ?? ''
  const kept = (IMAGE_EXTENSIONS as readonly string[]).includes(ext) ? ext : 'jpg'
  return `fair-hall-maps/${inShanghai(now).format('YYYYMMDD')}/${random}.${kept}`
}
