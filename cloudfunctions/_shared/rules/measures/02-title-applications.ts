/** 第2条 畅通民营企业职称评审申报渠道: where private enterprises and their professionals apply for titles. */
import { fixedReasons, type MeasureRules } from '../measure'

const FIRM = fixedReasons('可在人力资源服务机构、开发区（园区）等处的民营企业职称申报受理服务点为专业技术人员申报职称')
const STAFF = fixedReasons('民营企业专业技术人员可向全省各系列（专业）、各级评审委员会或民营企业工程系列评审委员会申报职称')

export const measure2: MeasureRules = {
  id: 2,
  name: '02-title-applications',
  parameters: {},
  provisions: [],
  guidance: {
    title: '职称申报渠道',
    facts: ['ownership', 'employerOwnership'],
    enterprise: ({ facts }) => (facts.ownership === 'private' ? FIRM : null),
    individual: ({ facts }) => (facts.employerOwnership === 'private' ? STAFF : null),
  },
  dated: [],
}
