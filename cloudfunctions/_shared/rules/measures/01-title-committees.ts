/** 第1条 健全民营企业职称评审机制: large private enterprises may form title committees. */
import { fixedReasons, type MeasureRules, SIZE_FACTS } from '../measure'

const LARGE_PRIVATE = fixedReasons('大型民营企业（专业技术人员密集、技术实力较强、内部管理规范）可申请组建初、中级职称评审委员会')

export const measure1: MeasureRules = {
  id: 1,
  name: '01-title-committees',
  parameters: {},
  provisions: [],
  guidance: {
    title: '组建职称评审委员会',
    facts: ['ownership', ...SIZE_FACTS],
    enterprise: ({ facts, size }) => (facts.ownership === 'private' && size.sizeClass === 'large' ? LARGE_PRIVATE : null),
  },
  dated: [],
}
