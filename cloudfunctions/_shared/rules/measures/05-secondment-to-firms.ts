/** 第5条 事业单位专技人员到民企兼职: public-institution professionals may work part-time at private firms. */
import { fixedReasons, type MeasureRules } from '../measure'

const FIRM = fixedReasons('可吸引事业单位专业技术人员到本企业兼职创新、开展项目合作和挂职锻炼')
// No fact says whether the person works at a public institution: a neutral pointer.
const PERSON = fixedReasons('如为事业单位专业技术人员：可到民营企业兼职创新、开展项目合作和挂职锻炼，期间职称评审、工资福利、社会保险等待遇按规定执行')

export const measure5: MeasureRules = {
  id: 5,
  name: '05-secondment-to-firms',
  parameters: {},
  provisions: [],
  guidance: {
    title: '事业单位人员到民企兼职',
    facts: ['ownership'],
    enterprise: ({ facts }) => (facts.ownership === 'private' ? FIRM : null),
    individual: () => PERSON,
  },
  dated: [],
}
