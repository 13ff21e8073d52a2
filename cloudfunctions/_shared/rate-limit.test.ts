/**
 * RATE_LIMITS as an operator writes it: the defaults, overrides per write in seconds, minutes,
 * hours or days, `off`, and anything else refused before the function starts, so a typo never
 * leaves a write unlimited. What a caller past the limit is told: test/functions/rate-limits.test.ts.
 */
import { DEFAULT_RATE_LIMITS, parseRateLimits, RATE_LIMITED_WRITES } from './rate-limit'

const HOUR = 3600

describe('RATE_LIMITS', () => {
  it('defaults to limits on every limited write', () => {
    expect(parseRateLimits(undefined)).toEqual(DEFAULT_RATE_LIMITS)
    expect(parseRateLimits('')).toEqual(DEFAULT_RATE_LIMITS)
    expect(parseRateLimits(' , ')).toEqual(DEFAULT_RATE_LIMITS)
    expect(Object.keys(DEFAULT_RATE_LIMITS).sort()).toEqual(Object.keys(RATE_LIMITED_WRITES).sort())
  })

  it('reads overrides in seconds, minutes, hours and days, turns one off, or all', () => {
    expect(parseRateLimits('apply=100/1h, post=off, report=5/10m, signup=3/30s, booth=2/1d')).toEqual({
      apply: { limit: 100, windowSeconds: HOUR },
      report: { limit: 5, windowSeconds: 600 },
      signup: { limit: 3, windowSeconds: 30 },
      booth: { limit: 2, windowSeconds: 86_400 },
      register: DEFAULT_RATE_LIMITS.register,
    })
    expect(parseRateLimits('off')).toEqual({})
    expect(parseRateLimits('  off\n')).toEqual({})
  })

  it('takes a window without a count as one of its unit', () => {
    expect(parseRateLimits('apply=7/h,report=2/m,booth=1/d,signup=4/s')).toMatchObject({
      apply: { limit: 7, windowSeconds: HOUR },
      report: { limit: 2, windowSeconds: 60 },
      booth: { limit: 1, windowSeconds: 86_400 },
      signup: { limit: 4, windowSeconds: 1 },
    })
  })

  it('takes the smallest limit there is: once a second', () => {
    expect(parseRateLimits('apply=1/1s').apply).toEqual({ limit: 1, windowSeconds: 1 })
  })

  it('reads entries with spaces and empty entries around them', () => {
    expect(parseRateLimits(' apply=3/2h ,, post=off ,')).toEqual({ ...DEFAULT_RATE_LIMITS, apply: { limit: 3, windowSeconds: 2 * HOUR }, post: undefined })
  })

  it.each([
    'apply=lots',
    'apply=10',
    'apply=10/',
    'upload=1/1h',
    'apply=0/1h',
    'apply=5/0m',
    'apply=5/1w',
    'Apply=5/1h',
    'xapply=5/1h',
    '#apply=5/1h',
    'apply=5/1hx',
    'apply=5/1h;post=off',
    'apply=offline',
    'apply =5/1h',
    'apply=-1/1h',
    'constructor=1/1h',
    'toString=off',
  ])('refuses to start with %s', (value) => {
    expect(() => parseRateLimits(value)).toThrow(/^RATE_LIMITS: /)
  })

  it('says what it could not read and how to write it', () => {
    expect(() => parseRateLimits('apply=60/1h,upload=1/1h')).toThrow(
      new Error('RATE_LIMITS: cannot read "upload=1/1h"; use off or kind=count/window, kinds apply, post, report, register, booth, signup, e.g. apply=60/1h'),
    )
    expect(() => parseRateLimits('apply=0/1h')).toThrow(new Error('RATE_LIMITS: "apply=0/1h" needs a count and a window of at least 1'))
    expect(() => parseRateLimits('apply=1/0s')).toThrow(new Error('RATE_LIMITS: "apply=1/0s" needs a count and a window of at least 1'))
  })
})
