/**
 * 第15条 落实失业保险稳岗返还: until 2021-12-31, insured private enterprises that laid off no one last
 * year, or few enough, get back a share of last year's unemployment-insurance premiums (large 30%,
 * SME 60%). "Last year" is the year before the date evaluated; after the end date the reference
 * amount is computed as of the last day in force, so with the 2020 target.
 */
import { FACT_BIT } from '../facts'
import { enterprisePrivate, fail, needFact, pass, rateRow, SIZE_FACTS, type MeasureRules } from '../measure'
import { applyRate, grouped, pct, rateAtMost, yuan } from '../money'
import { at, def, since, valueAt } from '../parameters'

export const parameters = {
  'measure15.until': def<string>({
    description: '失业保险稳岗返还的截止日期（含）',
    unit: 'date',
    reference: { clause: '第15条', quote: '2021年12月31日前，参保企业…可申请失业保险稳岗返还' },
    values: since('2021-12-31'),
  }),
  'measure15.refundRate.large': def<number>({
    description: '大型企业稳岗返还比例（占企业及其职工上年度实际缴纳失业保险费）',
    unit: 'bp',
    reference: { clause: '第15条', quote: '对符合条件的大型企业、中小微企业分别按照…上年度实际缴纳失业保险费的30%、60%实施返还' },
    values: since(3_000),
  }),
  'measure15.refundRate.sme': def<number>({
    description: '中小微企业稳岗返还比例（占企业及其职工上年度实际缴纳失业保险费）',
    unit: 'bp',
    reference: { clause: '第15条', quote: '对符合条件的大型企业、中小微企业分别按照…上年度实际缴纳失业保险费的30%、60%实施返还' },
    values: since(6_000),
  }),
  'measure15.smallEnterprise.maxInsuredStaff': def<number>({
    description: '适用较宽裁员率标准的参保企业参保职工人数上限（含）',
    unit: 'persons',
    reference: { clause: '第15条', quote: '30人（含）以下的参保企业裁员率不高于参保职工总数20%的' },
    values: since(30),
  }),
  'measure15.smallEnterprise.maxLayoffRate': def<number>({
    description: '参保职工人数不超过上限的企业适用的裁员率上限（含）',
    unit: 'bp',
    reference: { clause: '第15条', quote: '30人（含）以下的参保企业裁员率不高于参保职工总数20%的' },
    values: since(2_000),
  }),
  'unemployment.surveyedRateTarget': def<number>({
    description: '全国城镇调查失业率控制目标（按年度；稳岗返还比较“上年度”目标，即评估日期前一年）',
    unit: 'bp',
    reference: {
      clause: '第15条；历年《政府工作报告》',
      quote: '裁员率不高于上年度全国调查失业率控制目标（2020年6%左右，2021—2025年5.5%左右/以内）',
    },
    values: [
      { from: '2020-01-01', until: '2020-12-31', value: 600 },
      { from: '2021-01-01', until: '2025-12-31', value: 550 },
    ],
  }),
}
const P = parameters

const insuredUnknown = needFact('insuredStaff')
const layoffsUnknown = needFact('layoffsLastYear')

export const measure15: MeasureRules = {
  id: 15,
  name: '15-stabilisation-refund',
  parameters,
  provisions: [
    {
      key: 'stabilisation-refund',
      title: '失业保险稳岗返还',
      audiences: ['enterprise'],
      recipient: 'enterprise',
      facts: ['ownership', ...SIZE_FACTS, 'insuredStaff', 'layoffsLastYear', 'uiPremiumsLastYear'],
      checks: [
        enterprisePrivate,
        ({ facts: { insuredStaff: n } }) => {
          if (n === undefined) return insuredUnknown
          return n > 0 ? pass(`参加失业保险的职工${n}人，属于参保企业`) : fail('没有参加失业保险的职工，不属于参保企业')
        },
        ({ facts: { layoffsLastYear: l, insuredStaff: n }, asOf }) => {
          if (l === undefined) return layoffsUnknown
          if (l === 0) return pass('上年度未裁员')
          if (n === undefined) return insuredUnknown
          // Not insured: the check above already fails.
          if (n === 0) return pass()
          const year = Number(asOf.slice(0, 4)) - 1
          const target = valueAt(P['unemployment.surveyedRateTarget'], `${year}-12-31`)
          const maxSmall = at(P['measure15.smallEnterprise.maxInsuredStaff'], asOf)
          const smallRate = at(P['measure15.smallEnterprise.maxLayoffRate'], asOf)
          const rate = `上年度裁员率为${grouped(l)}人 ÷ ${grouped(n)}人`
          if (target !== undefined && rateAtMost(l, n, target)) {
            return pass(`${rate}，不高于上年度（${year}年）全国调查失业率控制目标${pct(target)}`)
          }
          if (n <= maxSmall && rateAtMost(l, n, smallRate)) {
            return pass(`${rate}；参保职工${maxSmall}人（含）以下的企业，裁员率不高于${pct(smallRate)}即可`)
          }
          const vsTarget =
            target === undefined
              ? `暂无${year}年全国调查失业率控制目标，无法按该标准判断`
              : `高于上年度（${year}年）全国调查失业率控制目标${pct(target)}`
          const vsSmall = n <= maxSmall ? `，也高于参保职工${maxSmall}人（含）以下企业适用的${pct(smallRate)}` : ''
          return fail(`${rate}，${vsTarget}${vsSmall}`)
        },
      ],
      amount: ({ facts: { uiPremiumsLastYear: p }, size, sizeNeed, asOf }) => {
        const large = size.possible.every((s) => s === 'large')
        const sme = !size.possible.includes('large')
        const missing = (p === undefined ? FACT_BIT.uiPremiumsLastYear : 0) | (large || sme ? 0 : sizeNeed)
        if (p === undefined || missing) return { need: missing }
        const bp = at(large ? P['measure15.refundRate.large'] : P['measure15.refundRate.sme'], asOf)
        const { value, rounded } = applyRate(bp, p)
        return {
          amount: value,
          working: `${pct(bp)} × ${yuan(p)} = ${yuan(value)}${rounded ? '（四舍五入到元）' : ''}`,
          reasons: [`${large ? '大型企业' : '中小微企业'}按企业及其职工上年度实际缴纳失业保险费的${pct(bp)}返还`],
        }
      },
      toVerify: () => [],
      documents: ['上年度失业保险缴费记录', '上年度裁员情况'],
      amountRows: (asOf) => [
        rateRow('stabilisation-refund', '大型企业：上年度实缴失业保险费的', at(P['measure15.refundRate.large'], asOf)),
        rateRow('stabilisation-refund', '中小微企业：上年度实缴失业保险费的', at(P['measure15.refundRate.sme'], asOf)),
      ],
    },
  ],
  dated: [{ what: () => '失业保险稳岗返还', until: P['measure15.until'], provision: 'stabilisation-refund', whole: true, afterwards: [] }],
}
