/** 第17条 全面实施工伤保险基金省级统筹. */
import { fixedReasons, type MeasureRules } from '../measure'

const FIRM = fixedReasons('工伤保险基金省级统筹，依法做好工伤认定、劳动能力鉴定和待遇支付，分散企业用工风险')

export const measure17: MeasureRules = {
  id: 17,
  name: '17-work-injury-pooling',
  parameters: {},
  provisions: [],
  guidance: { title: '工伤保险省级统筹', facts: ['ownership'], enterprise: ({ facts }) => (facts.ownership === 'private' ? FIRM : null) },
  dated: [],
}
