/** 第18条 加强工伤预防工作: a five-year plan (2021–2025); the prevention work for private firms goes on after it. */
import { type DatedPart, fixedReasons, hasEnded, type MeasureRules } from '../measure'
import { def, since } from '../parameters'

export const parameters = {
  'measure18.plan.until': def<string>({
    description: '《山西省工伤预防五年行动计划》截止日期（含）',
    unit: 'date',
    reference: { clause: '第18条', quote: '实施《山西省工伤预防五年行动计划（2021-2025年）》' },
    values: since('2025-12-31'),
  }),
}

const PLAN = '《山西省工伤预防五年行动计划（2021-2025年）》'
const plan: DatedPart = { what: () => PLAN, until: parameters['measure18.plan.until'], whole: false, afterwards: [] }

const DURING = fixedReasons(`实施${PLAN}，面向民营企业开展工伤预防宣传培训`)
const AFTER = fixedReasons('加强对民营企业工伤预防的宣传培训，引导企业树立工伤预防优先理念，降低工伤事故发生率')

export const measure18: MeasureRules = {
  id: 18,
  name: '18-work-injury-prevention',
  parameters,
  provisions: [],
  guidance: {
    title: '工伤预防',
    facts: ['ownership'],
    enterprise: ({ facts, asOf }) => (facts.ownership !== 'private' ? null : hasEnded(plan, asOf) ? AFTER : DURING),
  },
  dated: [plan],
}
