/** The quiz's pure logic and its evaluate hook (debounce, stale responses dropped). */
import { act, renderHook, waitFor } from '@testing-library/react'
import { evaluate } from '../../cloudfunctions/_shared/rules/engine'
import { policyService } from '../../cloudfunctions/_shared/services/policy'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import { parseResultState, quizProgress, resultUrl, visibleQuestions, withFact } from '../../src/pages/quiz/logic'
import { useEvaluation } from '../../src/pages/quiz/useEvaluation'
import type { EvaluateRequest, EvaluateResponse, Question } from '../../src/services/policy'

const catalogue: Question[] = policyService.questions(new Date('2026-11-28T04:00:00Z')).facts
// The app's loose fact values, as the engine's typed ones (the function validates them on the way in).
const run = (request: EvaluateRequest) => evaluate({ ...request, asOf: '2026-11-28' } as Parameters<typeof evaluate>[0]) as EvaluateResponse

describe('visibleQuestions', () => {
  it('asks what is missing plus what is answered, in catalogue order', () => {
    const facts = { ownership: 'private', industry: 'software-it' }
    const names = visibleQuestions(catalogue, facts, run({ facts, audience: ['enterprise'] })).map((v) => v.question.name)
    // Software firms are sized by staff and revenue, so total assets are never asked.
    expect(names.slice(0, 4)).toEqual(['ownership', 'industry', 'employees', 'revenue'])
    expect(names).not.toContain('totalAssets')
    expect(names).not.toContain('employerOwnership')
  })

  it('keeps an answered question that no result needs any more', () => {
    const facts = { ownership: 'state', trainedStaff: 3 }
    const visible = visibleQuestions(catalogue, facts, run({ facts, audience: ['enterprise'] }))
    expect(visible).toEqual([
      { question: expect.objectContaining({ name: 'ownership' }), needed: false },
      { question: expect.objectContaining({ name: 'trainedStaff' }), needed: false },
    ])
  })

  it('counts progress as answered ÷ (answered + still missing)', () => {
    const facts = { ownership: 'state' }
    expect(quizProgress(facts, run({ facts, audience: ['enterprise'] }))).toEqual({ answered: 1, remaining: 0 })
    expect(quizProgress({}, undefined)).toEqual({ answered: 0, remaining: 0 })
    const some = { ownership: 'private', industry: 'software-it', employees: 40, revenue: 3_000_000 }
    const { answered, remaining } = quizProgress(some, run({ facts: some, audience: ['enterprise'] }))
    expect(answered).toBe(4)
    expect(remaining).toBeGreaterThan(0)
  })

  it('sets and clears one fact without touching the others', () => {
    expect(withFact({ a: 1 } as never, 'newHires', 12)).toEqual({ a: 1, newHires: 12 })
    expect(withFact({ newHires: 12, employees: 3 }, 'newHires', undefined)).toEqual({ employees: 3 })
    expect(withFact({}, 'certificateLevel', null)).toEqual({ certificateLevel: null })
  })
})

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
    const { result, rerender } = renderHook(({ r }) => useEvaluation(r, 50), { initialProps: { r: request(1) } })
    rerender({ r: request(2) })
    rerender({ r: request(3) })
    await waitFor(() => expect(result.current.data?.total.amount).toBe(3))
    expect(callFunction).toHaveBeenCalledTimes(1)
    expect(result.current.request).toEqual(request(3))
  })

  it('drops a slow response to an older request', async () => {
    const pending: ((r: EvaluateResponse) => void)[] = []
    ;(callFunction as jest.Mock).mockImplementation(() => new Promise<EvaluateResponse>((resolve) => pending.push(resolve)))
    const { result, rerender } = renderHook(({ r }) => useEvaluation(r, 10), { initialProps: { r: request(1) } })
    await waitFor(() => expect(pending).toHaveLength(1))
    rerender({ r: request(2) })
    await waitFor(() => expect(pending).toHaveLength(2))
    await act(async () => pending[1](response(2000)))
    await act(async () => pending[0](response(1000)))
    expect(result.current.data?.total.amount).toBe(2000)
    expect(result.current.loading).toBe(false)
  })

  it('evaluates nothing for a null request', async () => {
    const { result } = renderHook(() => useEvaluation(null, 10))
    await act(() => new Promise((r) => setTimeout(r, 30)))
    expect(callFunction).not.toHaveBeenCalled()
    expect(result.current.data).toBeUndefined()
  })
})
