/** 第26条 积极提供人事代理服务: public employment services keep private firms' personnel files. */
import { fixedReasons, type MeasureRules } from '../measure'

const FIRM = fixedReasons('可将职工档案委托县级以上（含县级）公共就业和人才服务机构代为管理')
const STAFF = fixedReasons('民营企业职工的档案可由县级以上（含县级）公共就业和人才服务机构接收、保管，并提供查（借）阅和依据档案出具证明等服务')

export const measure26: MeasureRules = {
  id: 26,
  name: '26-personnel-files',
  parameters: {},
  provisions: [],
  guidance: {
    title: '人事档案代管',
    facts: ['ownership', 'employerOwnership'],
    enterprise: ({ facts }) => (facts.ownership === 'private' ? FIRM : null),
    individual: ({ facts }) => (facts.employerOwnership === 'private' ? STAFF : null),
  },
  dated: [],
}
