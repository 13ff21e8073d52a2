/**
 * 第11条 继续放宽失业保险技能提升补贴申领条件: insured staff of private enterprises who obtain a
 * certificate get a subsidy by level; until 2021-12-31 twelve months of contributions suffice. That
 * relaxed condition is all the notice states, so after it ends the calculator can no longer decide:
 * the result is `expired`, with what it would have paid under the relaxed rule (if the person
 * qualified), and says that the subsidy goes on under the local bureau's current conditions.
 */
import { FACT_BIT, optionLabel, CERTIFICATE_LEVELS, type CertificateLevel } from '../facts'
import { employerPrivate, fail, needFact, pass, yuanRow, type MeasureRules } from '../measure'
import { yuan } from '../money'
import { at, def, since } from '../parameters'

export const parameters = {
  'measure11.certificate': def<Readonly<Record<CertificateLevel, number>>>({
    description: '取得职业资格证书或职业技能等级证书的技能提升补贴，按等级（初级五级、中级四级、高级三级）',
    unit: 'table',
    reference: { clause: '第11条', quote: '取得初级（五级）、中级（四级）、高级（三级）…证书的，分别给予1000元、1500元、2000元补贴' },
    values: since({ 5: 1_000, 4: 1_500, 3: 2_000 }),
  }),
  'measure11.minContributionMonths': def<number>({
    description: '放宽后的申领条件：在职职工参加失业保险累计缴费月数下限（含）',
    unit: 'months',
    reference: { clause: '第11条', quote: '申领条件继续放宽至企业在职职工参加失业保险累计缴费不少于12个月' },
    values: since(12),
  }),
  'measure11.relaxedCondition.until': def<string>({
    description: '技能提升补贴放宽申领条件的截止日期（含）',
    unit: 'date',
    reference: { clause: '第11条', quote: '2021年12月31日前，申领条件继续放宽' },
    values: since('2021-12-31'),
  }),
}
const certificate = parameters['measure11.certificate']
const minMonths = parameters['measure11.minContributionMonths']

const levelUnknown = needFact('certificateLevel')
const monthsUnknown = needFact('uiContributionMonths')
const levelLabel = (l: CertificateLevel) => `${optionLabel('certificateLevel', l)}证书`

export const measure11: MeasureRules = {
  id: 11,
  name: '11-skill-upgrade',
  parameters,
  provisions: [
    {
      key: 'skill-upgrade',
      title: '失业保险技能提升补贴',
      audiences: ['individual'],
      recipient: 'individual',
      facts: ['employerOwnership', 'certificateLevel', 'uiContributionMonths'],
      checks: [
        employerPrivate,
        ({ facts: { certificateLevel: l } }) => {
          if (l === undefined) return levelUnknown
          if (l === null) return fail('未取得职业资格证书或职业技能等级证书')
          return pass(`取得${levelLabel(l)}`)
        },
        ({ facts: { uiContributionMonths: m }, asOf }) => {
          if (m === undefined) return monthsUnknown
          const min = at(minMonths, asOf)
          return m >= min ? pass(`参加失业保险累计缴费${m}个月，不少于${min}个月`) : fail(`参加失业保险累计缴费${m}个月，不足${min}个月`)
        },
      ],
      amount: ({ facts: { certificateLevel: l }, asOf }) => {
        if (!l) return { need: FACT_BIT.certificateLevel }
        const a = at(certificate, asOf)[l]
        return { amount: a, working: `${levelLabel(l)}补贴${yuan(a)}`, reasons: [] }
      },
      toVerify: () => [],
      documents: ['身份证件', '职业资格证书或职业技能等级证书', '失业保险缴费记录'],
      amountRows: (asOf) => {
        const table = at(certificate, asOf)
        return CERTIFICATE_LEVELS.map((l) => yuanRow('skill-upgrade', levelLabel(l), table[l], 'perPerson'))
      },
    },
  ],
  dated: [
    {
      what: (asOf) => `参加失业保险累计缴费不少于${at(minMonths, asOf)}个月即可申领的放宽条件`,
      until: parameters['measure11.relaxedCondition.until'],
      provision: 'skill-upgrade',
      whole: false,
      afterwards: ['取得证书的民营企业参保职工仍可按规定申请技能提升补贴，申领条件以当地人社部门现行规定为准，请咨询当地人社部门'],
    },
  ],
}
