import Taro from '@tarojs/taro'
import { callFunction } from './cloud'
// Type-only imports from the shared backend code: erased at build time, so the wire types have one source.
import type { EvaluateOutput, EvaluateResult, Recipient, Status, Totals } from '../../cloudfunctions/_shared/rules/engine'
import type { FactKind, FactName } from '../../cloudfunctions/_shared/rules/facts'
import type { AmountRow } from '../../cloudfunctions/_shared/rules/measure'
import type { Question } from '../../cloudfunctions/_shared/rules/questions'

/** Whether a measure applies on the date asked (docs/api.md). */
export type MeasureStatus = 'in-force' | 'partly-expired' | 'expired' | 'not-yet-issued'
export type MeasureAudience = 'enterprise' | 'individual' | 'both'
export type Audience = 'enterprise' | 'individual'

export interface PolicyPart {
  no: string
  title: string
}

export interface PolicySection {
  no: string
  part: string
  title: string
}

export interface MeasureSummary {
  id: number
  part: PolicyPart
  section: PolicySection
  title: string
  summary: string
  audience: MeasureAudience
  tags: string[]
  hasMoney: boolean
  status: MeasureStatus
  statusNote: string
}

export type { AmountRow }

export interface Deadline {
  what: string
  /** YYYY-MM-DD, the last day in force */
  until: string
  /** true when the whole measure ends then */
  whole: boolean
  expired: boolean
}

export interface MeasureDetail extends MeasureSummary {
  text: string
  citation: string
  /** its provisions as the rules name them; money provisions with who receives it and what to prepare */
  provisions: { key: string; title: string; recipient?: Recipient; documents?: string[] }[]
  amounts: AmountRow[]
  deadlines: Deadline[]
  related: MeasureSummary[]
}

export interface ListParams {
  q?: string
  audience?: Audience
  money?: boolean
  asOf?: string
}

export interface ListResponse {
  asOf: string
  total: number
  measures: MeasureSummary[]
}

// ---------------------------------------------------------------------------------------------
// The quiz: facts, questions and evaluate (docs/api.md)

export type { FactKind, FactName, Question, Recipient, Totals }
/** `null` is the "没有" option of the which-one facts. */
export type FactValue = string | number | boolean | null
export type Facts = Partial<Record<FactName, FactValue>>

export type ResultStatus = Status
export type { EvaluateResult }

export interface EvaluateRequest {
  facts: Facts
  audience: Audience[]
  asOf?: string
}

export type EvaluateResponse = EvaluateOutput

export const policyApi = {
  list: (params: ListParams = {}) => callFunction<ListResponse>('policy', 'list', { ...params }),
  get: (id: number, asOf?: string) =>
    callFunction<{ asOf: string; measure: MeasureDetail }>('policy', 'get', asOf ? { id, asOf } : { id }),
  evaluate: ({ facts, audience, asOf }: EvaluateRequest) =>
    callFunction<EvaluateResponse>('policy', 'evaluate', { facts, audience, ...(asOf ? { asOf } : {}) }),
  questions: () => callFunction<{ facts: Question[] }>('policy', 'questions'),
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
