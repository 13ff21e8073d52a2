/**
 * 第23条 推进就业扶持政策便利享受: what an applicant for hiring or start-up subsidies need not prove.
 * Shown when measure 20 or 21 is payable or may become so (eligible or needs-info), each relief with
 * the subsidy it eases.
 */
import type { EvaluateResult } from '../engine'
import { fixedReasons, type MeasureRules } from '../measure'

const HIRING = fixedReasons(
  '申领吸纳就业补贴不限制所吸纳劳动者的户籍',
  '除劳动合同外，工资发放明细、银行工资流水等工资支付凭证或社保缴费证明也可作为就业证明材料',
  '申领吸纳就业社保补贴，除基本医疗保险外不要求提供社会保险缴费明细账',
)
const STARTUP = fixedReasons('申请一次性创业补贴无需提供创业培训合格证书')
const BOTH = fixedReasons(...HIRING, ...STARTUP)

const inPlay = (results: readonly EvaluateResult[], measure: number) =>
  results.some((r) => r.measure === measure && (r.status === 'eligible' || r.status === 'needs-info'))

export const measure23: MeasureRules = {
  id: 23,
  name: '23-easier-claims',
  parameters: {},
  provisions: [],
  guidance: {
    title: '便利申领补贴',
    facts: [],
    enterprise: (_c, earlier) => {
      const hiring = inPlay(earlier, 21)
      const startup = inPlay(earlier, 20)
      return hiring ? (startup ? BOTH : HIRING) : startup ? STARTUP : null
    },
    individual: (_c, earlier) => (inPlay(earlier, 20) ? STARTUP : null),
  },
  dated: [],
}
