/** The quiz's result links and its evaluate hook (debounce, stale responses dropped). */
import { act, renderHook, waitFor } from '@testing-library/react'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import { resultUrl } from '../../src/pages/quiz/logic'
import { parseResultState } from '../../src/packages/quiz/result-state'
import { useEvaluation } from '../../src/pages/quiz/useEvaluation'
import { policyApi, type EvaluateRequest, type EvaluateResponse } from '../../src/services/policy'

describe('result links', () => {
  const request: EvaluateRequest = { facts: { ownership: 'private', newHires: 12, firstTimeFounder: true }, audience: ['enterprise', 'individual'], asOf: '2021-12-01' }
  const query = resultUrl(request).split('?state=')[1]

  it('round-trips, whether or not the platform decoded the query', () => {
    expect(parseResultState(query)).toEqual(request)
    expect(parseResultState(decodeURIComponent(query))).toEqual(request)
    expect(parseResultState(encodeURIComponent(query))).toEqual(request)
  })

  it('rejects missing or malformed state', () => {
    expect(parseResultState(undefined)).toBeUndefined()
    expect(parseResultState('%7Bnot json')).toBeUndefined()
    expect(parseResultState(JSON.stringify({ facts: {}, audience: ['robots'] }))).toBeUndefined()
  })
})

describe('useEvaluation', () => {
  const none = { amount: 0, amountMax: 0 }
  const response = (amount: number): EvaluateResponse => ({
    asOf: '2026-11-28',
    results: [],
    total: { amount, amountMax: amount },
    totals: { enterprise: { amount, amountMax: amount }, individual: none, project: none },
  })
  const request = (newHires: number): EvaluateRequest => ({ facts: { newHires }, audience: ['enterprise'] })

  beforeEach(() => (callFunction as jest.Mock).mockReset())

  it('waits for a pause, then evaluates the latest request only', async () => {
    ;(callFunction as jest.Mock).mockImplementation(async (_n, _a, params: EvaluateRequest) => response(Number(params.facts.newHires)))
    const { result, rerender } = renderHook(({ r }) => useEvaluation(r, policyApi.evaluate, 50), { initialProps: { r: request(1) } })
    rerender({ r: request(2) })
    rerender({ r: request(3) })
    await waitFor(() => expect(result.current.data?.total.amount).toBe(3))
    expect(callFunction).toHaveBeenCalledTimes(1)
    expect(result.current.request).toEqual(request(3))
  })

  it('drops a slow response to an older request', async () => {
    const pending: ((r: EvaluateResponse) => void)[] = []
    ;(callFunction as jest.Mock).mockImplementation(() => new Promise<EvaluateResponse>((resolve) => pending.push(resolve)))
    const { result, rerender } = renderHook(({ r }) => useEvaluation(r, policyApi.evaluate, 10), { initialProps: { r: request(1) } })
    await waitFor(() => expect(pending).toHaveLength(1))
    rerender({ r: request(2) })
    await waitFor(() => expect(pending).toHaveLength(2))
    await act(async () => pending[1](response(2000)))
    await act(async () => pending[0](response(1000)))
    expect(result.current.data?.total.amount).toBe(2000)
    expect(result.current.loading).toBe(false)
  })

  it('evaluates nothing for a null request', async () => {
    const { result } = renderHook(() => useEvaluation<EvaluateRequest, EvaluateResponse>(null, policyApi.evaluate, 10))
    await act(() => new Promise((r) => setTimeout(r, 30)))
    expect(callFunction).not.toHaveBeenCalled()
    expect(result.current.data).toBeUndefined()
  })
})
