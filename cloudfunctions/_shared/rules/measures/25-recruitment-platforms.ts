/** 第25条 打造人力资源交流对接平台: online and on-site fairs for hiring firms and job seekers. */
import { fixedReasons, type MeasureRules } from '../measure'

const HIRING_FIRM = fixedReasons('可通过线上招聘和“春风行动、民营企业招聘月、金秋招聘月”等活动发布用工需求')
const SEEKER = fixedReasons('求职者可通过线上线下招聘活动对接民营企业岗位')

export const measure25: MeasureRules = {
  id: 25,
  name: '25-recruitment-platforms',
  parameters: {},
  provisions: [],
  guidance: {
    title: '招聘对接平台',
    facts: ['ownership', 'newHires'],
    enterprise: ({ facts }) => (facts.ownership === 'private' && (facts.newHires ?? 0) > 0 ? HIRING_FIRM : null),
    individual: () => SEEKER,
  },
  dated: [],
}
