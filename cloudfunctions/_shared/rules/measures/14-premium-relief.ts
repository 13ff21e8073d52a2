/**
 * 第14条 实施降费减负: for insured enterprises, a reduced unemployment-insurance rate until its end
 * date; after it the rest of the measure (work-injury rates and contribution base) goes on.
 */
import { hasEnded, type DatedPart, type MeasureRules } from '../measure'
import { dateLabel, pct } from '../money'
import { at, def, since } from '../parameters'

export const parameters = {
  'measure14.uiTotalRate': def<number>({
    description: '阶段性降费率期间的失业保险总费率',
    unit: 'bp',
    reference: { clause: '第14条', quote: '继续执行失业保险总费率1%' },
    values: since(100),
  }),
  'measure14.uiRateReduction.until': def<string>({
    description: '失业保险阶段性降费率的截止日期（含）',
    unit: 'date',
    reference: { clause: '第14条', quote: '延长阶段性降费率的期限至2022年4月30日' },
    values: since('2022-04-30'),
  }),
}
const P = parameters

const rateReduction: DatedPart = {
  what: (asOf) => `失业保险总费率${pct(at(P['measure14.uiTotalRate'], asOf))}的阶段性降费`,
  until: P['measure14.uiRateReduction.until'],
  whole: false,
  afterwards: [],
}

const BASE = '以全口径城镇单位就业人员平均工资为依据核定工伤保险缴费基数'
const PRIVATE_RATE = '符合条件的民营企业可按规定下浮工伤保险费率'

export const measure14: MeasureRules = {
  id: 14,
  name: '14-premium-relief',
  parameters,
  provisions: [],
  guidance: {
    title: '社保降费减负',
    facts: ['insuredStaff', 'uiPremiumsLastYear'],
    enterprise: ({ facts, asOf }) => {
      const insured = (facts.insuredStaff ?? 0) > 0 || (facts.uiPremiumsLastYear ?? 0) > 0
      if (!insured) return null
      const reasons: string[] = []
      if (!hasEnded(rateReduction, asOf)) {
        const rate = pct(at(P['measure14.uiTotalRate'], asOf))
        reasons.push(`失业保险总费率继续按${rate}执行，阶段性降费率延长至${dateLabel(at(rateReduction.until, asOf))}`)
      }
      if (facts.ownership === 'private') reasons.push(PRIVATE_RATE)
      reasons.push(BASE)
      return reasons
    },
  },
  dated: [rateReduction],
}
