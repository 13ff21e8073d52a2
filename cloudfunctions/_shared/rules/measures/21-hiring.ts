/**
 * 第21条 提升用工吸纳能力: three provisions for private enterprises that hire.
 * - hiring: small or micro firms, per new hire in stable employment, by a single-amount scale (the
 *   bracket reached applies to every hire, not only to those above its threshold);
 * - difficult-hires: small or micro firms, per hire with employment difficulties on a long enough
 *   contract, per month, up to a maximum of months per person;
 * - social-insurance: any private firm hiring people with employment difficulties, or a small or
 *   micro firm hiring recent graduates, on such contracts with full social insurance: 按规定.
 */
import { FACT_BIT, type FactSet } from '../facts'
import {
  asRuledRow,
  enterprisePrivate,
  fail,
  LOCAL_RULES,
  need,
  needFact,
  pass,
  SIZE_FACTS,
  SMALL_OR_MICRO,
  sizeText,
  smallOrMicro,
  yuanRow,
  type CheckFn,
  type MeasureRules,
} from '../measure'
import { grouped, monthsLabel, product, yuan } from '../money'
import { at, bracketOf, def, since, type SingleAmountScale } from '../parameters'

export const parameters = {
  'measure21.hiring.perHire': def<SingleAmountScale>({
    description: '吸纳就业阶梯性补助：按新吸纳人数所在档次，每人补助（达到高一档的，全部人数按高档标准）',
    unit: 'scale',
    reference: { clause: '第21条', quote: '新吸纳100人以下的，按每人1000元给予补助；新吸纳100人（含）以上的，按每人1500元给予补助' },
    values: since<SingleAmountScale>({
      brackets: [
        { threshold: 0, amount: 1_000 },
        { threshold: 100, amount: 1_500 },
      ],
    }),
  }),
  'measure21.hiring.minStableMonths': def<number>({
    description: '新吸纳劳动者稳定就业的最少月数（已含在“新吸纳人数”的定义中）',
    unit: 'months',
    reference: { clause: '第21条', quote: '新吸纳城乡各类劳动者且稳定就业半年以上的' },
    values: since(6),
  }),
  'measure21.contract.minMonths': def<number>({
    description: '岗位补贴和社会保险补贴要求的劳动合同期限下限（月）',
    unit: 'months',
    reference: { clause: '第21条', quote: '新招用就业困难人员并签订一年以上劳动合同的；与之签订一年以上劳动合同并为其足额缴纳社会保险费的' },
    values: since(12),
  }),
  'measure21.difficult.perPersonMonth': def<number>({
    description: '民营小微企业新招用就业困难人员的岗位补贴，每人每月',
    unit: 'yuan',
    reference: { clause: '第21条', quote: '按每人每月300元、补贴期限最长不超过3年的标准给予岗位补贴' },
    values: since(300),
  }),
  'measure21.difficult.maxMonths': def<number>({
    description: '就业困难人员岗位补贴的最长期限（每人，月）',
    unit: 'months',
    reference: { clause: '第21条', quote: '补贴期限最长不超过3年' },
    values: since(36),
  }),
  'measure21.graduates.yearsSinceGraduation': def<number>({
    description: '社会保险补贴所指高校毕业生：毕业年度和毕业后的年数（含）',
    unit: 'years',
    reference: { clause: '第21条', quote: '民营小微企业招用就业困难人员、毕业年度和毕业2年内高校毕业生' },
    values: since(2),
  }),
}
const P = parameters

const hiresUnknown = needFact('newHires')
const difficultUnknown = needFact('difficultHires')
const contract = (asOf: string) => monthsLabel(at(P['measure21.contract.minMonths'], asOf))
const graduates = (asOf: string) => `毕业年度和毕业${at(P['measure21.graduates.yearsSinceGraduation'], asOf)}年内高校毕业生`

/** A bracket of the hiring scale in words: 不足100人 / 100人（含）以上. */
const bracketWords = (b: { threshold: number; below?: number }, under: string) =>
  b.threshold === 0 ? `${b.below}人${under}` : b.below === undefined ? `${b.threshold}人（含）以上` : `${b.threshold}人（含）以上、${b.below}人${under}`

/** Private firms hiring people with difficulties (any size), or small/micro firms hiring recent graduates. */
const coveredHires: CheckFn = ({ facts: { difficultHires: d, graduateHires: g }, size, sizeNeed, asOf }) => {
  if (d !== undefined && d > 0) return pass(`招用就业困难人员${d}人`)
  const smallFirm = size.possible.every(SMALL_OR_MICRO) ? true : size.possible.some(SMALL_OR_MICRO) ? undefined : false
  const hiredGraduates = g === undefined ? undefined : g > 0
  if (smallFirm && hiredGraduates) return pass(`小微企业招用${graduates(asOf)}${g}人`)
  const graduatesRuledOut = smallFirm === false || hiredGraduates === false
  if (d === 0 && graduatesRuledOut) {
    return fail(
      smallFirm === false
        ? `尚未招用就业困难人员；招用高校毕业生的社会保险补贴只适用于小微企业，企业规模为${sizeText(size)}`
        : `尚未招用就业困难人员，也未招用${graduates(asOf)}`,
    )
  }
  let missing: FactSet = d === undefined ? FACT_BIT.difficultHires : 0
  if (!graduatesRuledOut) missing |= (smallFirm === undefined ? sizeNeed : 0) | (hiredGraduates === undefined ? FACT_BIT.graduateHires : 0)
  return need(missing)
}

const LABOUR_PROOF = '劳动合同或工资支付凭证（工资发放明细、银行工资流水）'

export const measure21: MeasureRules = {
  id: 21,
  name: '21-hiring',
  parameters,
  provisions: [
    {
      key: 'hiring',
      title: '吸纳就业补助',
      audiences: ['enterprise'],
      recipient: 'enterprise',
      facts: ['ownership', ...SIZE_FACTS, 'newHires'],
      checks: [
        enterprisePrivate,
        smallOrMicro,
        ({ facts: { newHires: n }, asOf }) => {
          if (n === undefined) return hiresUnknown
          const months = monthsLabel(at(P['measure21.hiring.minStableMonths'], asOf))
          return n > 0 ? pass(`新吸纳${n}人且稳定就业${months}以上`) : fail(`尚无新吸纳且稳定就业${months}以上的劳动者`)
        },
      ],
      amount: ({ facts: { newHires: n }, asOf }) => {
        if (n === undefined) return { need: FACT_BIT.newHires }
        const bracket = bracketOf(at(P['measure21.hiring.perHire'], asOf), n)
        const total = product(bracket.amount, n)
        const reason =
          bracket.threshold === 0
            ? `新吸纳不足${bracket.below}人，按每人${yuan(bracket.amount)}补助`
            : `新吸纳${bracketWords(bracket, '以下')}，全部人数按每人${yuan(bracket.amount)}补助`
        return { amount: total, working: `${yuan(bracket.amount)} × ${grouped(n)}人 = ${yuan(total)}`, reasons: [reason] }
      },
      toVerify: (asOf) => [`新吸纳人员已稳定就业${monthsLabel(at(P['measure21.hiring.minStableMonths'], asOf))}以上`],
      documents: ['营业执照', '新吸纳人员名单', LABOUR_PROOF, '社保缴费证明'],
      amountRows: (asOf) => {
        const { brackets } = at(P['measure21.hiring.perHire'], asOf)
        return brackets.map((b, i) => {
          const words = bracketWords({ threshold: b.threshold, below: brackets[i + 1]?.threshold }, '以下')
          return yuanRow('hiring', `新吸纳${words}`, b.amount, 'perPerson', b.threshold > 0 ? '每一人都按此标准' : undefined)
        })
      },
    },
    {
      key: 'difficult-hires',
      title: '就业困难人员岗位补贴',
      audiences: ['enterprise'],
      recipient: 'enterprise',
      facts: ['ownership', ...SIZE_FACTS, 'difficultHires', 'difficultHireMonths'],
      checks: [
        enterprisePrivate,
        smallOrMicro,
        ({ facts: { difficultHires: n }, asOf }) => {
          if (n === undefined) return difficultUnknown
          return n > 0 ? pass(`新招用就业困难人员${n}人并签订${contract(asOf)}以上劳动合同`) : fail('尚无新招用的就业困难人员')
        },
      ],
      amount: ({ facts: { difficultHires: n, difficultHireMonths: m }, asOf }) => {
        if (n === undefined || m === undefined) return { need: m === undefined ? FACT_BIT.difficultHireMonths : 0 }
        const per = at(P['measure21.difficult.perPersonMonth'], asOf)
        const cap = at(P['measure21.difficult.maxMonths'], asOf)
        const months = Math.min(m, cap)
        const total = product(per, n, months)
        const reasons = [`按每人每月${yuan(per)}给予岗位补贴，每人最长${cap}个月`]
        if (m > cap) reasons.push(`填写的在岗月数为${m}个月，超过${cap}个月的部分不予补贴，按${cap}个月计算`)
        return { amount: total, working: `${yuan(per)} × ${grouped(n)}人 × ${months}个月 = ${yuan(total)}`, reasons }
      },
      toVerify: (asOf) => ['所招用人员经认定为就业困难人员', `与其签订${contract(asOf)}以上劳动合同`],
      documents: ['营业执照', '就业困难人员认定证明', '劳动合同', '岗位补贴期间的工资支付凭证'],
      amountRows: (asOf) => [
        yuanRow(
          'difficult-hires',
          '招用就业困难人员岗位补贴',
          at(P['measure21.difficult.perPersonMonth'], asOf),
          'perPersonMonth',
          `每人最长${monthsLabel(at(P['measure21.difficult.maxMonths'], asOf))}`,
        ),
      ],
    },
    {
      key: 'social-insurance',
      title: '社会保险补贴',
      audiences: ['enterprise'],
      recipient: 'enterprise',
      facts: ['ownership', ...SIZE_FACTS, 'difficultHires', 'graduateHires'],
      checks: [enterprisePrivate, coveredHires],
      amount: ({ asOf }) => ({
        working: `按规定给予社会保险补贴（${LOCAL_RULES}）`,
        reasons: [`与其签订${contract(asOf)}以上劳动合同并足额缴纳社会保险费的，按规定给予社会保险补贴，通知未规定金额，${LOCAL_RULES}`],
      }),
      toVerify: (asOf) => [`与所招用人员签订${contract(asOf)}以上劳动合同`, '为其足额缴纳社会保险费'],
      documents: ['营业执照', '劳动合同', '基本医疗保险缴费证明'],
      amountRows: () => [asRuledRow('social-insurance', '社会保险补贴', '按规定给予')],
    },
  ],
  dated: [],
}
