import type { EvaluateRequest, EvaluateResult } from '../../../services/policy'
import { parseResultState } from '../result-state'
import { amountBars, amountLabel, countsLine, defaultScenarioName, groupResults, resultLink } from './decisions'

const result = (over: Partial<EvaluateResult>): EvaluateResult =>
  ({ measure: 21, provision: 'hiring', title: '吸纳就业补助', status: 'eligible', reasons: [], citation: '第21条', ...over }) as EvaluateResult

describe('result decisions', () => {
  it('reads an amount as fixed, capped or left to local rules, and bars only those with money', () => {
    const fixed = result({ amount: 12_000 })
    const capped = result({ measure: 20, provision: 'startup', amountMax: 3_000 })
    const ruled = result({ provision: 'social-insurance' })
    expect([fixed, capped, ruled].map(amountLabel)).toEqual(['¥12,000', '最高¥3,000', '按规定'])
    expect(amountBars([fixed, capped, ruled]).map((b) => [b.key, b.value, b.muted])).toEqual([
      ['21/hiring', 12_000, false],
      ['20/startup', 3_000, true],
    ])
  })

  it('groups by status and counts only the groups that have something', () => {
    const groups = groupResults([result({}), result({ status: 'ineligible' }), result({ status: 'ineligible' }), result({ status: 'relevant' })])
    expect([groups.eligible.length, groups.ineligible.length, groups.relevant.length, groups.needsInfo.length]).toEqual([1, 2, 1, 0])
    expect(countsLine(groups)).toBe('1 项符合 · 2 项不符合')
  })

  it('makes an H5 link that reopens the same result', () => {
    const request: EvaluateRequest = { facts: { ownership: 'private', revenue: 3_000_000 }, audience: ['enterprise'], asOf: '2026-11-28' }
    const link = resultLink('https://example.test/app/', request)
    expect(link.startsWith('https://example.test/app/#/packages/quiz/result/index?state=')).toBe(true)
    expect(parseResultState(new URL(link).hash.split('?state=')[1])).toEqual(request)
  })

  it('names a scenario by who and the date of the rules until the person names it', () => {
    expect(defaultScenarioName({ facts: {}, audience: ['enterprise', 'individual'], asOf: '2021-12-01' }, '2026-11-28')).toBe('企业、个人测算 · 按2021年12月1日政策')
    expect(defaultScenarioName({ facts: {}, audience: ['individual'] }, '2026-11-28')).toBe('个人测算 · 按2026年11月28日政策')
  })
})
