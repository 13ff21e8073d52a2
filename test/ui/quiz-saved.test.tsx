/** Saved quiz results: the list on the device, dates in Shanghai time, reopen and delete. */
import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { navigations, resetTaro } from './taro'
import SavedResultsPage, { savedAtLabel } from '../../src/packages/quiz/saved'
import { savedResults } from '../../src/packages/quiz/saved-store'
import { parseResultState } from '../../src/packages/quiz/result-state'
import type { EvaluateRequest, EvaluateResponse } from '../../src/services/policy'

const request: EvaluateRequest = { facts: { ownership: 'private', newHires: 12 }, audience: ['enterprise'], asOf: '2026-11-28' }
const evaluation = (amount: number, amountMax = amount): EvaluateResponse => ({
  asOf: '2026-11-28',
  results: [{ measure: 21, provision: 'hiring', title: '吸纳就业补助', status: 'eligible', recipient: 'enterprise', amount, reasons: [], citation: '第21条' }],
  total: { amount, amountMax },
  totals: { enterprise: { amount, amountMax }, individual: { amount: 0, amountMax: 0 }, project: { amount: 0, amountMax: 0 } },
})

beforeEach(resetTaro)

describe('saved results', () => {
  it('says how to save when there is nothing yet', () => {
    const { getByText } = render(<SavedResultsPage />)
    expect(getByText('还没有保存的测算')).toBeTruthy()
  })

  it('lists saved results newest first with their date and total', () => {
    savedResults.add(request, evaluation(12_000), '去年的招工', new Date('2026-11-27T16:30:00Z'))
    savedResults.add(request, evaluation(17_100, 20_100), '今年招12人', new Date('2026-11-28T04:05:00Z'))
    const { container, getByText } = render(<SavedResultsPage />)
    const totals = Array.from(container.querySelectorAll('.saved-item__total')).map((t) => t.textContent)
    expect(totals).toEqual(['¥17,100', '¥12,000'])
    expect(Array.from(container.querySelectorAll('.saved-item__name')).map((t) => t.textContent)).toEqual(['今年招12人', '去年的招工'])
    expect(getByText('最高 ¥20,100')).toBeTruthy()
    // 16:30 UTC is already the next day in Shanghai.
    expect(getByText('保存于 2026年11月28日 00:30')).toBeTruthy()
    expect(getByText('保存于 2026年11月28日 12:05')).toBeTruthy()
    expect(savedAtLabel('2021-12-31T16:00:00Z')).toBe('2022年1月1日 00:00')
  })

  it('reopens a saved result and deletes one', () => {
    savedResults.add(request, evaluation(12_000), '招工', new Date('2026-11-28T04:05:00Z'))
    const { getByText } = render(<SavedResultsPage />)
    fireEvent.click(getByText('¥12,000'))
    expect(parseResultState(navigations[0].split('?state=')[1])).toEqual(request)
    fireEvent.click(getByText('删除'))
    expect(Taro.getStorageSync('jqt:quiz:saved')).toEqual([])
    expect(getByText('还没有保存的测算')).toBeTruthy()
  })

  it('keeps at most 20', () => {
    for (let i = 0; i < 25; i++) savedResults.add(request, evaluation(i), `第${i}次`, new Date(Date.UTC(2026, 0, 1, 0, i)))
    expect(savedResults.all()).toHaveLength(20)
    expect(savedResults.all()[0].total.amount).toBe(24)
  })
})
