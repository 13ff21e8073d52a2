/** 第6条 民企专业人员到高校院所任职: private-firm professionals may take rotating posts at universities and institutes. */
import { fixedReasons, type MeasureRules } from '../measure'

const FIRM = fixedReasons('企业专业人员可到高等院校、科研院所流动岗位从事教学科研工作，工资和社会保险仍由企业发放、缴纳')
const STAFF = fixedReasons('民营企业专业人员可到高等院校、科研院所设立的流动岗位从事教学科研工作，工资仍由所在企业发放')

export const measure6: MeasureRules = {
  id: 6,
  name: '06-secondment-to-academia',
  parameters: {},
  provisions: [],
  guidance: {
    title: '民企人员到高校院所工作',
    facts: ['ownership', 'employerOwnership'],
    enterprise: ({ facts }) => (facts.ownership === 'private' ? FIRM : null),
    individual: ({ facts }) => (facts.employerOwnership === 'private' ? STAFF : null),
  },
  dated: [],
}
