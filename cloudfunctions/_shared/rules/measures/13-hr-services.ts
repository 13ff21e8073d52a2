/** 第13条 支持人力资源服务业发展. */
import { fixedReasons, type MeasureRules } from '../measure'

// No fact says whether the enterprise is (or wants to be) an HR service firm: a neutral pointer.
const ANY_FIRM = fixedReasons('支持各类市场主体兴办经营性人力资源服务机构；省外、境外人力资源服务机构申请备案随到随办')

export const measure13: MeasureRules = {
  id: 13,
  name: '13-hr-services',
  parameters: {},
  provisions: [],
  guidance: { title: '人力资源服务业发展', facts: [], enterprise: () => ANY_FIRM },
  dated: [],
}
