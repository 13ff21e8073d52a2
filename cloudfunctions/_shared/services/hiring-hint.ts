/**
 * What measure 21 (一次性吸纳就业补贴) may bring a firm for filling a posting: the rules engine
 * evaluated with the firm's facts and newHires = the posting's headcount. The amounts come from
 * the engine's parameters, never from here.
 */
import { evaluate, type EvaluateResult } from '../rules/engine'
import { todayInShanghai } from '../catalog/time'
import type { Facts, Industry } from '../rules/facts'
import { parameter } from '../rules/measures'
import type { Employer } from '../repositories/employers'

export interface HiringHint {
  status: EvaluateResult['status']
  /** yuan, when eligible */
  amount?: number
  working?: string
  reasons: string[]
  missing?: string[]
  citation: string
  /** newHires the hint assumes (the headcount) */
  newHires: number
  /** what it depends on: the new hires must stay in stable employment for at least six months */
  condition: string
}

export const employerFacts = (employer: Pick<Employer, 'ownership' | 'industry' | 'employees' | 'revenue' | 'totalAssets'>): Facts => ({
  ownership: employer.ownership,
  industry: employer.industry as Industry,
  employees: employer.employees,
  ...(employer.revenue !== undefined ? { revenue: employer.revenue } : {}),
  ...(employer.totalAssets !== undefined ? { totalAssets: employer.totalAssets } : {}),
})

export function hiringHint(employer: Parameters<typeof employerFacts>[0], headcount: number, now: Date): HiringHint {
  const asOf = todayInShanghai(now)
  const out = evaluate({ facts: { ...employerFacts(employer), newHires: headcount }, asOf, audience: ['enterprise'] })
  const r = out.results.find((x) => x.measure === 21 && x.provision === 'hiring')
  if (!r) throw new Error('the rules engine gave no result for 21/hiring')
  return {
    status: r.status,
    ...(r.amount !== undefined ? { amount: r.amount } : {}),
    ...(r.working ? { working: r.working } : {}),
    reasons: r.reasons,
    ...(r.missing ? { missing: r.missing } : {}),
    citation: r.citation,
    newHires: headcount,
    condition: `按招满${headcount}人计算；新吸纳人员须稳定就业${parameter('measure21.hiring.minStableMonths', asOf)}个月以上方可申领`,
  }
}
