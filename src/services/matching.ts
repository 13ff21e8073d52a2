/** 政策找企业: the firm's facts and 为您推荐 (account), and the bureau's matching run (admin). */
import type { Input, Output } from '../../cloudfunctions/api'
import type { FactName, FactOptionValue } from '../../cloudfunctions/_shared/rules/facts'
import { callFunction } from './cloud'

export type { FactName }

export type FirmFacts = Output<'account', 'facts'>
export type FactRow = FirmFacts['facts'][number]
/** Facts as the forms hold them, each a value its question offers; the function checks each. */
export type FactValues = Partial<Record<FactName, Exclude<FactOptionValue, null>>>
/** The facts a firm may state or clear. */
type StatedFacts = NonNullable<Input<'account', 'updateFacts'>['facts']>
type EditableFact = NonNullable<Input<'account', 'updateFacts'>['clear']>[number]
export type Recommendations = Output<'account', 'recommendations'>
export type Recommendation = Recommendations['items'][number]
export type MatchingProgress = Output<'admin', 'runMatching'>
export type Matching = Output<'admin', 'matching'>
export type ProvisionMatches = Matching['provisions'][number]

export const firmFactsApi = {
  facts: () => callFunction('account', 'facts'),
  updateFacts: (facts: FactValues, clear: FactName[] = []) => callFunction('account', 'updateFacts', { facts: facts as StatedFacts, ...(clear.length ? { clear: clear as EditableFact[] } : {}) }),
  recommendations: () => callFunction('account', 'recommendations'),
  disputeMatch: (measure: number, provision: string, facts: FactValues, clear: FactName[] = []) =>
    callFunction('account', 'disputeMatch', { measure, provision, facts: facts as StatedFacts, ...(clear.length ? { clear: clear as EditableFact[] } : {}) }),
}

export const matchingApi = {
  run: (asOf: string) => callFunction('admin', 'runMatching', { asOf }),
  continue: (runId: string) => callFunction('admin', 'continueMatching', { runId }),
  results: (runId?: string) => callFunction('admin', 'matching', runId ? { runId } : {}),
  export: (runId?: string) => callFunction('admin', 'exportMatching', runId ? { runId } : {}),
}
