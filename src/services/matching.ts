/** 政策找企业 (issue 8): the firm's facts, 为您推荐, 消息, and the bureau's matching run, typed. */
import { callFunction } from './cloud'
import type { CsvExport } from './files'

export interface FactOption {
  value: string | number | boolean
  label: string
}

export interface FactRow {
  name: string
  label: string
  hint: string
  kind: 'enum' | 'count' | 'money' | 'months' | 'boolean'
  unit: string | null
  options: FactOption[] | null
  value: string | number | boolean | null
  /** ISO time the fact was stated, or null when it never was */
  statedAt: string | null
  source: 'profile' | 'stated' | null
  editable: boolean
}

export interface FirmFacts {
  version: number
  updatedAt: string | null
  facts: FactRow[]
}

export type FactValues = Record<string, string | number | boolean>

export interface Recommendation {
  id: string
  measure: number
  provision: string
  key: string
  title: string
  amount: number | null
  amountMax: number | null
  working: string | null
  reasons: string[]
  citation: string
  asOf: string
  foundAt: string
}

export interface Recommendations {
  verified: boolean
  items: Recommendation[]
  total: { amount: number; amountMax: number }
}

export interface Message {
  id: string
  kind: string
  title: string
  body: string
  read: boolean
  createdAt: string
}

export interface MatchingProgress {
  runId: string
  asOf: string
  /** As of another day than today: results for the bureau only, said in `note`. */
  simulation: boolean
  note: string | null
  status: 'running' | 'done'
  processed: number
  total: number
  batches: number
  notified: number
  startedAt: string
  finishedAt: string | null
  elapsedMs: number
}

export interface MatchedFirm {
  employerId: string
  employerName: string
  creditCode: string
  city: string
  district: string
  amount: number | null
  amountMax: number | null
  working: string | null
  missing: string | null
  missingLabel: string | null
}

export interface ProvisionMatches {
  key: string
  measure: number
  provision: string
  title: string
  eligible: number
  amount: number
  amountMax: number
  needsInfo: number
  missing: { fact: string; label: string; count: number }[]
  eligibleFirms: MatchedFirm[]
  needsInfoFirms: MatchedFirm[]
}

export interface Matching {
  run: MatchingProgress | null
  runs: MatchingProgress[]
  provisions: ProvisionMatches[]
  cities: { city: string; firms: number; eligible: number; amount: number; needsInfo: number }[]
  total: { eligible: number; amount: number; needsInfo: number; firms: number }
}

/** The run's matches as a CSV file in cloud storage, and a link to it. */
export interface MatchingExport extends CsvExport {
  runId: string
  asOf: string
}

export const firmFactsApi = {
  facts: () => callFunction<FirmFacts>('account', 'facts'),
  updateFacts: (facts: FactValues, clear: string[] = []) =>
    callFunction<FirmFacts>('account', 'updateFacts', { facts, ...(clear.length ? { clear } : {}) }),
  recommendations: () => callFunction<Recommendations>('account', 'recommendations'),
  disputeMatch: (measure: number, provision: string, facts: FactValues, clear: string[] = []) =>
    callFunction<FirmFacts>('account', 'disputeMatch', { measure, provision, facts, ...(clear.length ? { clear } : {}) }),
  messages: () => callFunction<{ items: Message[]; unread: number }>('account', 'messages'),
  readMessages: (ids?: string[]) => callFunction<{ updated: number }>('account', 'readMessages', ids ? { ids } : {}),
}

export const matchingApi = {
  run: (asOf: string) => callFunction<MatchingProgress>('admin', 'runMatching', { asOf }),
  continue: (runId: string) => callFunction<MatchingProgress>('admin', 'continueMatching', { runId }),
  results: (runId?: string) => callFunction<Matching>('admin', 'matching', runId ? { runId } : {}),
  export: (runId?: string) => callFunction<MatchingExport>('admin', 'exportMatching', runId ? { runId } : {}),
}
