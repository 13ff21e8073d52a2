/** 第16条 坚持“先服务，后管理，再执法”: no penalty for minor corrected offences; guarantees instead of cash wage deposits. */
import { fixedReasons, type MeasureRules } from '../measure'

const MINOR = '民营企业轻微违法及时改正的，不予处罚，不进行社会公布和列入失信联合惩戒名单'
const DEPOSIT = '涉及农民工工资保证金存储的，可以银行保函、保险公司保险保单、担保公司保函替代现金存储'
const ANY_PRIVATE = fixedReasons(MINOR)
const CONSTRUCTION = fixedReasons(MINOR, DEPOSIT)

export const measure16: MeasureRules = {
  id: 16,
  name: '16-lenient-enforcement',
  parameters: {},
  provisions: [],
  guidance: {
    title: '轻微违法免罚与保证金替代',
    facts: ['ownership', 'industry'],
    // The wage deposit concerns construction, where the notice's guarantee sentence applies.
    enterprise: ({ facts }) => (facts.ownership !== 'private' ? null : facts.industry === 'construction' ? CONSTRUCTION : ANY_PRIVATE),
  },
  dated: [],
}
