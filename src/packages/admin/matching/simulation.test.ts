import { hasMatchesToExport, plannedRunNote, resultsTitle } from './simulation'

describe('a matching run as of a past date', () => {
  it('is announced as a simulation that messages no firm, before it runs', () => {
    expect(plannedRunNote('2026-11-28', '2026-11-28')).toBeNull()
    expect(plannedRunNote(' 2026-11-28 ', '2026-11-28')).toBeNull()
    expect(plannedRunNote('2021-11-30', '2026-11-28')).toContain('不会给企业发消息')
  })

  it('names its results a simulation', () => {
    expect(resultsTitle({ asOf: '2021-11-30', simulation: true })).toBe('模拟比对结果（按2021-11-30的政策）')
    expect(resultsTitle({ asOf: '2026-11-28', simulation: false })).toBe('比对结果（按2026-11-28的政策）')
  })
})

describe('the matching export', () => {
  const total = (eligible: number, needsInfo: number) => ({ eligible, needsInfo })
  it('is offered only once a finished run found firms to list', () => {
    expect(hasMatchesToExport(undefined)).toBe(false)
    expect(hasMatchesToExport({ run: null, total: total(0, 0) })).toBe(false)
    expect(hasMatchesToExport({ run: { status: 'running' }, total: total(3, 0) })).toBe(false)
    expect(hasMatchesToExport({ run: { status: 'done' }, total: total(0, 0) })).toBe(false)
    expect(hasMatchesToExport({ run: { status: 'done' }, total: total(0, 2) })).toBe(true)
    expect(hasMatchesToExport({ run: { status: 'done' }, total: total(5, 0) })).toBe(true)
  })
})
