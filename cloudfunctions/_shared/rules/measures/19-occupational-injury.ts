/** 第19条 积极开展职业伤害保障: platform firms and the riders, couriers and drivers who work through them. */
import { fixedReasons, type MeasureRules } from '../measure'

// No fact says whether the firm is a platform or the person works through one: neutral pointers.
const PLATFORM = fixedReasons('如为平台企业：按国家新业态从业人员职业伤害保险办法合理界定平台企业责任、分散经营风险')
const WORKER = fixedReasons('如为外卖骑手、快递小哥、网约车司机等新业态从业人员：职业伤害保障将按国家办法和我省实施办法落实')

export const measure19: MeasureRules = {
  id: 19,
  name: '19-occupational-injury',
  parameters: {},
  provisions: [],
  guidance: { title: '新业态职业伤害保障', facts: [], enterprise: () => PLATFORM, individual: () => WORKER },
  dated: [],
}
