/** 第12条 全面推进“证照分离”改革: approval by notification and commitment for training schools and HR services. */
import { fixedReasons, type MeasureRules } from '../measure'

// No fact says whether the enterprise runs a training school or an HR service: a neutral pointer.
const ANY_FIRM = fixedReasons('如为民办职业培训学校、经营性中外合作职业技能培训机构或申请人力资源服务许可，实行告知承诺制，当场作出许可决定')

export const measure12: MeasureRules = {
  id: 12,
  name: '12-licensing',
  parameters: {},
  provisions: [],
  guidance: { title: '告知承诺制审批', facts: [], enterprise: () => ANY_FIRM },
  dated: [],
}
