/** Dates in Shanghai: the day turns at 16:00 UTC, whatever the host's time zone. */
import { shanghaiDate, todayInShanghai } from './time'

describe('the Shanghai calendar', () => {
  it('turns the day at midnight in Shanghai, 16:00 UTC', () => {
    expect(todayInShanghai(new Date('2021-11-30T15:59:59.999Z'))).toBe('2021-11-30')
    expect(todayInShanghai(new Date('2021-11-30T16:00:00Z'))).toBe('2021-12-01')
  })

  it('reads an ISO instant with its offset, or milliseconds, as the same date', () => {
    expect(shanghaiDate('2026-12-05T00:30:00+08:00')).toBe('2026-12-05')
    expect(shanghaiDate('2026-12-04T23:59:00+08:00')).toBe('2026-12-04')
    expect(shanghaiDate(Date.parse('2027-01-01T00:00:00+08:00'))).toBe('2027-01-01')
    expect(shanghaiDate('2024-02-28T16:00:00Z')).toBe('2024-02-29')
  })
})
