import Taro from '@tarojs/taro'
import type { EvaluateRequest, EvaluateResponse } from '../../services/policy'

/** A quiz result kept on the device: what was asked and what it came to. */
export interface SavedResult {
  id: string
  /** the person's name for it; results saved by an earlier version of the app have none */
  name?: string
  /** ISO timestamp */
  savedAt: string
  request: EvaluateRequest
  /** each recipient's apart; results saved by an earlier version of the app have only `total` */
  totals?: EvaluateResponse['totals']
  total: EvaluateResponse['total']
  eligible: number
}

const KEY = 'jqt:quiz:saved'
const LIMIT = 20

export const savedResults = {
  all(): SavedResult[] {
    const stored: unknown = Taro.getStorageSync(KEY)
    return Array.isArray(stored) ? (stored as SavedResult[]).filter((s) => s && typeof s.id === 'string' && s.request) : []
  },
  /** Keeps the newest `LIMIT` results, newest first. */
  add(request: EvaluateRequest, evaluation: EvaluateResponse, name: string, now = new Date()): SavedResult {
    const entry: SavedResult = {
      id: `${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
      name,
      savedAt: now.toISOString(),
      request,
      totals: evaluation.totals,
      total: evaluation.total,
      eligible: evaluation.results.filter((r) => r.status === 'eligible').length,
    }
    Taro.setStorageSync(KEY, [entry, ...savedResults.all()].slice(0, LIMIT))
    return entry
  },
  remove(id: string) {
    Taro.setStorageSync(
      KEY,
      savedResults.all().filter((s) => s.id !== id),
    )
  },
}
