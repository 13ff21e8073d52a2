/** 第24条 设立重点企业人社服务专员: officers assigned to large private enterprises. */
import { fixedReasons, type MeasureRules, SIZE_FACTS } from '../measure'

const LARGE_PRIVATE = fixedReasons('市、县人社服务专员定点对接辖区大型民营企业，协助解决用工缺口')

export const measure24: MeasureRules = {
  id: 24,
  name: '24-service-officers',
  parameters: {},
  provisions: [],
  guidance: {
    title: '人社服务专员',
    facts: ['ownership', ...SIZE_FACTS],
    enterprise: ({ facts, size }) => (facts.ownership === 'private' && size.sizeClass === 'large' ? LARGE_PRIVATE : null),
  },
  dated: [],
}
