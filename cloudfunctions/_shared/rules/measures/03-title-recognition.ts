/**
 * 第3条 高层次人才职称直接认定: titles recognised directly for high-level talent a private enterprise
 * brings in; professionals on approved leave to found or join one keep applying at their former unit.
 */
import { fixedReasons, type MeasureRules } from '../measure'
import { at, def, since } from '../parameters'

export const parameters = {
  'measure3.formerUnitYears': def<number>({
    description: '经批准离岗创业或到民营企业兼职的专业技术人才可在原单位申报职称的年限',
    unit: 'years',
    reference: { clause: '第3条', quote: '3年内可在原单位按规定申报职称' },
    values: since(3),
  }),
}

const FIRM = fixedReasons('企业引进的高层次人才，可由相关评委会根据其业绩直接认定相应职称')

export const measure3: MeasureRules = {
  id: 3,
  name: '03-title-recognition',
  parameters,
  provisions: [],
  guidance: {
    title: '高层次人才职称认定',
    facts: ['ownership'],
    enterprise: ({ facts }) => (facts.ownership === 'private' ? FIRM : null),
    // No fact says whether the person is such a professional: a neutral pointer.
    individual: ({ asOf }) => [
      `经批准离岗创业或到民营企业兼职的高校、科研院所、医疗机构等专业技术人才，${at(parameters['measure3.formerUnitYears'], asOf)}年内可在原单位按规定申报职称`,
    ],
  },
  dated: [],
}
