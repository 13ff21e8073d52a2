import Taro from '@tarojs/taro'
import type { Input, Output } from '../../cloudfunctions/api'
import type { EvaluateOutput, EvaluateResult, Recipient, Totals } from '../../cloudfunctions/_shared/rules/engine'
import type { Audience, FactKind, FactName, FactOptionValue } from '../../cloudfunctions/_shared/rules/facts'
import type { AmountRow } from '../../cloudfunctions/_shared/rules/measure'
import type { Question, Screen, ScreenAnswers } from '../../cloudfunctions/_shared/rules/questions'
import type { EvaluateInput } from '../../cloudfunctions/_shared/schemas/policy'
import type { MeasureStatus } from '../../cloudfunctions/_shared/services/policy'
import { callFunction } from './cloud'

export type { AmountRow, Audience, EvaluateResult, FactKind, FactName, MeasureStatus, Question, Recipient, Screen, ScreenAnswers, Totals }

export type ListParams = Input<'policy', 'list'>
export type MeasureSummary = Output<'policy', 'list'>['measures'][number]
export type MeasureDetail = Output<'policy', 'get'>['measure']
export type EvaluateResponse = EvaluateOutput
export type Facts = NonNullable<EvaluateInput['facts']>
/** `null` is the "没有" option of the which-one facts. */
export type FactValue = FactOptionValue
/** The quiz's request: its facts and audience always set. */
export type EvaluateRequest = Required<Pick<EvaluateInput, 'facts' | 'audience'>> & Pick<EvaluateInput, 'asOf'>

/** The quiz tab's request: an evaluation's, with the screening answers and the measure it is focused on. */
export type QuizRequest = EvaluateRequest & { screens: ScreenAnswers; focus?: number }
export type QuizResponse = Output<'policy', 'quiz'>

export const policyApi = {
  list: (params: ListParams = {}) => callFunction('policy', 'list', params),
  get: (id: number, asOf?: string) => callFunction('policy', 'get', asOf ? { id, asOf } : { id }),
  evaluate: (request: EvaluateRequest) => callFunction('policy', 'evaluate', request),
  quiz: (request: QuizRequest) => callFunction('policy', 'quiz', request),
  questions: () => callFunction('policy', 'questions'),
}

/** The policy detail page of a measure. */
export const detailUrl = (id: number) => `/packages/policy/detail/index?id=${id}`

// ---------------------------------------------------------------------------------------------
// Favourites, kept on the device

const FAVOURITES_KEY = 'jqt:policy:favourites'

export const favourites = {
  all(): number[] {
    const stored: unknown = Taro.getStorageSync(FAVOURITES_KEY)
    return Array.isArray(stored) ? stored.filter((n): n is number => Number.isInteger(n)) : []
  },
  has: (id: number) => favourites.all().includes(id),
  /** Adds or removes `id`; returns whether it is now a favourite. */
  toggle(id: number): boolean {
    const current = favourites.all()
    const on = !current.includes(id)
    Taro.setStorageSync(FAVOURITES_KEY, on ? [...current, id].sort((a, b) => a - b) : current.filter((n) => n !== id))
    return on
  },
}
