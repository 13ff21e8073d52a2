import { callFunction } from './cloud'

export type MeasureStatus = 'in-force' | 'expired' | 'partly-expired'

export interface MeasureSummary {
  id: number
  part: string
  section: string
  title: string
  summary: string
  audience: 'enterprise' | 'individual' | 'both'
  tags: string[]
  hasMoney: boolean
  status: MeasureStatus
}

export const policyApi = {
  list: (params: { q?: string; audience?: 'enterprise' | 'individual'; asOf?: string } = {}) =>
    callFunction<{ asOf: string; measures: MeasureSummary[] }>('policy', 'list', params),
}
