/** A fair's status at each boundary of its times, in Asia/Shanghai, and the days it covers. */
import { fairDays, fairStatus, monthRange } from './fair-status'
import { shanghaiDate } from './time'

const ms = 1
/** Shanghai wall-clock time as a Date. */
const sh = (s: string) => new Date(`${s.replace(' ', 'T')}+08:00`)

describe('fairStatus', () => {
  // 2026-12-05 09:00 to 15:00 in Shanghai = 01:00 to 07:00 UTC.
  const fair = { startAt: '2026-12-05T01:00:00.000Z', endAt: '2026-12-05T07:00:00.000Z' }

  it.each([
    ['the day before, 23:59:59.999 Shanghai', new Date(sh('2026-1205T00:00:00'.replace('12', '12-')).getTime() - ms), 'upcoming'],
    ['the first instant of the day, 00:00 Shanghai (still the 4th in UTC)', sh('2026-12-05 00:00:00'), 'today'],
    ['one millisecond before the start', new Date(sh('2026-12-05 09:00:00').getTime() - ms), 'today'],
    ['the start itself', sh('2026-12-05 09:00:00'), 'ongoing'],
    ['one millisecond before the end', new Date(sh('2026-12-05 15:00:00').getTime() - ms), 'ongoing'],
    ['the end itself', sh('2026-12-05 15:00:00'), 'ended'],
    ['later that day', sh('2026-12-05 20:00:00'), 'ended'],
    ['weeks before', sh('2026-11-20 12:00:00'), 'upcoming'],
  ])('%s → %s', (_label, now, expected) => {
    expect(fairStatus(fair, now)).toBe(expected)
  })

  it('uses the Shanghai day, not UTC’s: 07:59 Shanghai on the start day is already 「today」', () => {
    // 2026-12-04T23:59Z is 07:59 on the 5th in Shanghai, while UTC still says the 4th.
    expect(fairStatus(fair, new Date('2026-12-04T23:59:00Z'))).toBe('today')
    // 2026-12-04T15:59:59Z is 23:59:59 on the 4th in Shanghai: not today yet.
    expect(fairStatus(fair, new Date('2026-12-04T15:59:59Z'))).toBe('upcoming')
  })

  it('stays ongoing through the nights of a fair of several days', () => {
    const week = { startAt: sh('2026-12-01 09:00:00').toISOString(), endAt: sh('2026-12-07 18:00:00').toISOString() }
    expect(fairStatus(week, sh('2026-12-03 02:00:00'))).toBe('ongoing')
    expect(fairStatus(week, sh('2026-12-07 17:59:59'))).toBe('ongoing')
    expect(fairStatus(week, sh('2026-12-07 18:00:00'))).toBe('ended')
  })

  it('a fair starting at midnight is 「today」 at no instant: upcoming until it starts', () => {
    const midnight = { startAt: sh('2026-12-05 00:00:00').toISOString(), endAt: sh('2026-12-05 12:00:00').toISOString() }
    expect(fairStatus(midnight, new Date(sh('2026-12-05 00:00:00').getTime() - ms))).toBe('upcoming')
    expect(fairStatus(midnight, sh('2026-12-05 00:00:00'))).toBe('ongoing')
  })

  it('reads times given with any offset', () => {
    const offset = { startAt: '2026-12-05T09:00:00+08:00', endAt: '2026-12-05T15:00:00+08:00' }
    expect(fairStatus(offset, new Date('2026-12-05T01:00:00Z'))).toBe('ongoing')
  })
})

describe('fairDays', () => {
  it('lists every Shanghai date a fair covers', () => {
    expect(fairDays({ startAt: sh('2026-12-30 09:00:00').toISOString(), endAt: sh('2027-01-02 18:00:00').toISOString() })).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ])
  })

  it('counts the Shanghai date of an early-morning start, and not the day an end at midnight falls on', () => {
    // 07:00 Shanghai on the 5th is the 4th in UTC.
    expect(fairDays({ startAt: '2026-12-04T23:00:00Z', endAt: sh('2026-12-06 00:00:00').toISOString() })).toEqual(['2026-12-05'])
  })

  it('has one day for a fair of a few hours', () => {
    expect(fairDays({ startAt: sh('2026-12-05 09:00:00').toISOString(), endAt: sh('2026-12-05 12:00:00').toISOString() })).toEqual(['2026-12-05'])
  })
})

describe('monthRange and shanghaiDate', () => {
  it('gives a month as Shanghai instants', () => {
    expect(monthRange('2026-12')).toEqual({ start: '2026-11-30T16:00:00.000Z', end: '2026-12-31T16:00:00.000Z' })
    expect(monthRange('2027-02')).toEqual({ start: '2027-01-31T16:00:00.000Z', end: '2027-02-28T16:00:00.000Z' })
  })

  it('dates an instant in Shanghai', () => {
    expect(shanghaiDate('2026-12-04T16:00:00Z')).toBe('2026-12-05')
    expect(shanghaiDate('2026-12-04T15:59:59.999Z')).toBe('2026-12-04')
  })
})
