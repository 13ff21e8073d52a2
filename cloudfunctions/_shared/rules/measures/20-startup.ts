/**
 * 第20条 鼓励创业带动就业: a one-off start-up subsidy of at most the cap, by jobs created (the tiers are
 * local), to a person founding a private small or micro enterprise for the first time once it has
 * operated long enough. Asked of the enterprise and of the founder (about the enterprise founded).
 */
import { monthsLabel, yuan } from '../money'
import { capRow, enterprisePrivate, fail, needFact, pass, SIZE_FACTS, smallOrMicro, type MeasureRules } from '../measure'
import { at, def, since } from '../parameters'

export const parameters = {
  'measure20.startup.max': def<number>({
    description: '首次创办民营小微企业的一次性创业补贴上限（具体档次按带动就业人数，由各地确定）',
    unit: 'yuan',
    reference: { clause: '第20条', quote: '根据带动就业人数给予最高3000元的一次性创业补贴' },
    values: since(3_000),
  }),
  'measure20.minOperatingMonths': def<number>({
    description: '所创办企业自工商登记注册之日起正常运营的最少月数（含）',
    unit: 'months',
    reference: { clause: '第20条', quote: '所创办企业自工商登记注册之日起正常运营1年以上的' },
    values: since(12),
  }),
}
const cap = parameters['measure20.startup.max']
const minMonths = parameters['measure20.minOperatingMonths']

const founderUnknown = needFact('firstTimeFounder')
const monthsUnknown = needFact('operatingMonths')

export const measure20: MeasureRules = {
  id: 20,
  name: '20-startup',
  parameters,
  provisions: [
    {
      key: 'startup',
      title: '一次性创业补贴',
      audiences: ['enterprise', 'individual'],
      recipient: 'individual',
      facts: ['ownership', ...SIZE_FACTS, 'firstTimeFounder', 'operatingMonths'],
      checks: [
        ({ facts: { firstTimeFounder: f } }) => {
          if (f === undefined) return founderUnknown
          return f ? pass('首次创办企业') : fail('不是首次创办企业')
        },
        enterprisePrivate,
        smallOrMicro,
        ({ facts: { operatingMonths: m }, asOf }) => {
          if (m === undefined) return monthsUnknown
          const min = at(minMonths, asOf)
          return m >= min
            ? pass(`自工商登记注册之日起已正常运营${m}个月，满${monthsLabel(min)}`)
            : fail(`自工商登记注册之日起正常运营${m}个月，不满${monthsLabel(min)}`)
        },
      ],
      amount: ({ asOf }) => {
        const max = at(cap, asOf)
        return {
          amountMax: max,
          working: `最高${yuan(max)}（按带动就业人数确定，具体档次以当地规定为准）`,
          reasons: [`一次性创业补贴最高${yuan(max)}，根据带动就业人数确定，具体档次以当地规定为准`],
        }
      },
      toVerify: () => ['申请人属于当地规定的“符合条件人员”'],
      documents: ['营业执照', '带动就业人员名单', '劳动合同或工资支付凭证（工资发放明细、银行工资流水）', '社保缴费证明'],
      amountRows: (asOf) => [capRow('startup', `首次创办小微企业，正常运营${monthsLabel(at(minMonths, asOf))}以上`, at(cap, asOf), '按带动就业人数确定')],
    },
  ],
  dated: [],
}
