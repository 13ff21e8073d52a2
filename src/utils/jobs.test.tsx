import { formatDateOf, formatPay, formatWan, wanToYuan, wholeNumber } from './jobs'

describe('job formatting helpers', () => {
  it('formats a monthly pay range', () => {
    expect(formatPay({ min: 5000, max: 8000 })).toBe('¥5,000–8,000/月')
    expect(formatPay({ min: 4000, max: 4000 })).toBe('¥4,000/月')
  })

  it('gives the Shanghai date of an ISO time', () => {
    expect(formatDateOf('2026-12-27T16:30:00Z')).toBe('2026年12月28日')
  })

  it('reads 万元 and whole numbers as typed', () => {
    expect(wanToYuan('1200')).toBe(12_000_000)
    expect(wanToYuan('0.5')).toBe(5000)
    expect(wanToYuan('12.34567')).toBeUndefined()
    expect(wanToYuan('abc')).toBeUndefined()
    expect(wholeNumber(' 30 ')).toBe(30)
    expect(wholeNumber('3.5')).toBeUndefined()
  })

  it('shows a firm\'s money in 万元 with separators, small amounts in yuan', () => {
    expect(formatWan(12_000_000)).toBe('1,200万元')
    expect(formatWan(123_456_789_000)).toBe('12,345,678.9万元')
    expect(formatWan(125_000)).toBe('12.5万元')
    expect(formatWan(1980)).toBe('1,980元')
    expect(formatWan(800)).toBe('800元')
  })
})
