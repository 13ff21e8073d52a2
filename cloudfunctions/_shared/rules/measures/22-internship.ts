/** 第22条 鼓励通过就业见习储备用工: a share of the local monthly minimum wage per intern per month. */
import { FACT_BIT } from '../facts'
import { enterprisePrivate, positive, rateRow, type MeasureRules } from '../measure'
import { applyRate, grouped, pct, yuan } from '../money'
import { at, def, since } from '../parameters'

export const parameters = {
  'measure22.internship.rate': def<number>({
    description: '就业见习补贴占当地月最低工资标准的比例（每名见习人员每月）',
    unit: 'bp',
    reference: { clause: '第22条', quote: '按当地最低工资标准的60%给予见习补贴' },
    values: since(6_000),
  }),
}
const rate = parameters['measure22.internship.rate']

export const measure22: MeasureRules = {
  id: 22,
  name: '22-internship',
  parameters,
  provisions: [
    {
      key: 'internship',
      title: '就业见习补贴',
      audiences: ['enterprise'],
      recipient: 'enterprise',
      facts: ['ownership', 'interns', 'internMonths', 'localMinimumWage'],
      checks: [enterprisePrivate, positive('interns', (n) => `安排${n}名高校毕业生、中职毕业生或失业青年参加就业见习`, '尚未安排就业见习人员')],
      amount: ({ facts: { interns: n, internMonths: m, localMinimumWage: w }, asOf }) => {
        const missing = (m === undefined ? FACT_BIT.internMonths : 0) | (w === undefined ? FACT_BIT.localMinimumWage : 0)
        if (n === undefined || m === undefined || w === undefined) return { need: missing }
        const bp = at(rate, asOf)
        const { value, rounded } = applyRate(bp, w, n, m)
        return {
          amount: value,
          working: `${pct(bp)} × ${yuan(w)} × ${grouped(n)}人 × ${m}个月 = ${yuan(value)}${rounded ? '（四舍五入到元）' : ''}`,
          reasons: [`按当地月最低工资标准的${pct(bp)}，每名见习人员每月给予见习补贴`],
        }
      },
      toVerify: () => ['见习人员为符合条件的高校毕业生、中职毕业生或失业青年'],
      documents: ['营业执照', '就业见习协议及见习人员名单', '见习人员毕业证或失业登记证明', '见习期考勤和生活补助发放记录'],
      amountRows: (asOf) => [rateRow('internship', '就业见习补贴：当地最低工资标准的', at(rate, asOf), '每人每月')],
    },
  ],
  dated: [],
}
