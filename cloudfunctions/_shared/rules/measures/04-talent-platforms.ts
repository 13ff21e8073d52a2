/** 第4条 人才推荐、平台建设和技能评价: special allowances, postdoctoral stations, skill-master studios, self-assessment. */
import { fixedReasons, type MeasureRules } from '../measure'

const FIRM = fixedReasons(
  '民营企业享受政府特殊津贴人员推荐比例适当提高；鼓励申报博士后科研工作站、高技能人才培训基地和技能大师工作室，推行技能人才自主评价',
)
const STAFF = fixedReasons('民营企业职工可申报高技能人才培训基地和技能大师工作室，参加企业技能人才自主评价和职业技能等级认定')

export const measure4: MeasureRules = {
  id: 4,
  name: '04-talent-platforms',
  parameters: {},
  provisions: [],
  guidance: {
    title: '人才平台与技能评价',
    facts: ['ownership', 'employerOwnership'],
    enterprise: ({ facts }) => (facts.ownership === 'private' ? FIRM : null),
    individual: ({ facts }) => (facts.employerOwnership === 'private' ? STAFF : null),
  },
  dated: [],
}
