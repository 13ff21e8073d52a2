/** 第7条 民企人员流动到事业单位: years at a private firm count when moving to a public institution. */
import { fixedReasons, type MeasureRules } from '../measure'

const STAFF = fixedReasons('流动到事业单位时，在民营企业期间签订劳动合同并缴纳养老保险的，可按同等条件人员聘用岗位、确定工资待遇')

export const measure7: MeasureRules = {
  id: 7,
  name: '07-move-to-public-institutions',
  parameters: {},
  provisions: [],
  guidance: {
    title: '流动到事业单位的待遇',
    facts: ['employerOwnership'],
    individual: ({ facts }) => (facts.employerOwnership === 'private' ? STAFF : null),
  },
  dated: [],
}
