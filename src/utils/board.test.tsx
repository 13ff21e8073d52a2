import { activeFilterCount, formatDateTime, publishedAgo } from './board'

describe('board helpers', () => {
  const now = new Date('2026-11-28T04:00:00Z') // 12:00 in Shanghai

  it('says how long ago a posting was published, by Shanghai dates', () => {
    expect(publishedAgo('2026-11-28T00:30:00Z', now)).toBe('今天发布')
    // 23:30 on the 27th in Shanghai is yesterday there, though the same UTC day.
    expect(publishedAgo('2026-11-27T15:30:00Z', now)).toBe('昨天发布')
    expect(publishedAgo('2026-11-27T16:30:00Z', now)).toBe('今天发布')
    expect(publishedAgo('2026-11-20T04:00:00Z', now)).toBe('8天前发布')
    expect(publishedAgo('2026-10-02T04:00:00Z', now)).toBe('10月2日发布')
    expect(publishedAgo(null, now)).toBe('')
  })

  it('counts the filters set besides the keyword', () => {
    expect(activeFilterCount({})).toBe(0)
    expect(activeFilterCount({ q: '焊工' })).toBe(0)
    expect(activeFilterCount({ city: '大同市', district: '平城区', experienceYears: 0, payMin: 5000 })).toBe(3)
  })

  it('formats times in Shanghai', () => {
    expect(formatDateTime('2026-11-28T15:05:00Z')).toBe('11月28日 23:05')
  })
})
