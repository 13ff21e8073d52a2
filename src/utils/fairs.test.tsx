import type { FairView } from '../services/fairs'
import { fairEvent, fairPlace, fairTimeRange, formatCheckInCode, joinShanghai, mapLink, shiftMonth, splitShanghai } from './fairs'

const NOW = new Date('2026-11-28T04:00:00Z')

const fair = (over: Partial<FairView> = {}): FairView => ({
  id: 'f1',
  name: '民营企业招聘月·太原专场',
  campaign: 'private-enterprise-month',
  campaignLabel: '民营企业招聘月',
  level: 'city',
  levelLabel: '市级',
  region: { city: '太原市', district: '小店区' },
  regionLabel: '太原市小店区',
  mode: 'onsite',
  modeLabel: '现场',
  venue: '太原市人力资源市场',
  address: '太原市小店区体育路180号',
  location: { latitude: 37.8366, longitude: 112.5605 },
  hallMapUrl: '',
  startAt: '2026-12-05T01:00:00.000Z',
  endAt: '2026-12-05T07:00:00.000Z',
  days: ['2026-12-05'],
  organiser: '太原市人力资源和社会保障局',
  contactName: '张敏',
  contactPhone: '0351-5620001',
  description: '',
  boothCount: 80,
  boothsBooked: 2,
  boothsLeft: 78,
  status: 'upcoming',
  statusLabel: '即将开始',
  createdAt: '2026-11-28T04:00:00.000Z',
  updatedAt: '2026-11-28T04:00:00.000Z',
  ...over,
})

describe('fair formatting', () => {
  it('shows a day’s hours, or the first and last day of a longer fair, in Shanghai time', () => {
    expect(fairTimeRange(fair(), NOW)).toBe('12月5日（周六）09:00–15:00')
    expect(fairTimeRange(fair({ startAt: '2026-12-01T01:00:00Z', endAt: '2026-12-07T10:00:00Z' }), NOW)).toBe('12月1日 09:00 至 12月7日 18:00')
    expect(fairTimeRange(fair({ startAt: '2027-02-18T01:00:00Z', endAt: '2027-03-31T10:00:00Z' }), NOW)).toBe('2027年2月18日 09:00 至 2027年3月31日 18:00')
  })

  it('names the place: the venue, or online', () => {
    expect(fairPlace(fair())).toBe('太原市人力资源市场')
    expect(fairPlace(fair({ mode: 'online', level: 'province' }))).toBe('线上招聘会 · 全省')
    expect(fairPlace(fair({ mode: 'online', level: 'city' }))).toBe('线上招聘会 · 太原市小店区')
  })

  it('links to a map by coordinates, or by address without them', () => {
    expect(mapLink(fair())).toBe(
      `https://uri.amap.com/marker?position=112.5605,37.8366&name=${encodeURIComponent('太原市人力资源市场')}&coordinate=gaode&callnative=0`,
    )
    expect(mapLink(fair({ location: null }))).toBe(`https://uri.amap.com/search?keyword=${encodeURIComponent('太原市小店区体育路180号')}&callnative=0`)
  })

  it('makes the fair a calendar event: its times, the venue with its map, whom to ask; a reminder the day before', () => {
    const event = fairEvent(fair())
    expect(event).toMatchObject({
      title: '【招聘会】民营企业招聘月·太原专场',
      start: fair().startAt,
      end: fair().endAt,
      location: '太原市人力资源市场（太原市小店区体育路180号）',
      url: mapLink(fair()),
      remindMinutesBefore: 1440,
      fileName: '招聘会-民营企业招聘月·太原专场.ics',
    })
    expect(event.description.split('\n')).toEqual(['主办：太原市人力资源和社会保障局', '咨询：张敏 0351-5620001', '民营企业招聘月 · 市级 · 在「晋企通」查看参会企业和岗位'])
    expect(fairEvent(fair({ mode: 'online' }))).not.toHaveProperty('url')
    expect(fairEvent(fair({ mode: 'online' })).location).toBe('线上招聘会（在「晋企通」小程序参会）')
  })

  it('groups a check-in code and moves months', () => {
    expect(formatCheckInCode('ABCD2345')).toBe('ABCD 2345')
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
  })

  it('turns the editor’s Shanghai date and time into an ISO instant and back', () => {
    expect(joinShanghai('2026-12-05', '9:00')).toBe('2026-12-05T09:00:00+08:00')
    expect(joinShanghai('2026/12/05', '09:00')).toBeNull()
    expect(joinShanghai('2026-12-05', '')).toBeNull()
    expect(splitShanghai('2026-12-04T16:30:00.000Z')).toEqual({ date: '2026-12-05', time: '00:30' })
  })
})
