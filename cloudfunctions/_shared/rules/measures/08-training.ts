/** 第8条 支持民营企业全面实施在岗职工技能提升培训、取证: a training subsidy per trained person; apprenticeships 按规定. */
import { FACT_BIT } from '../facts'
import { asRuledRow, enterprisePrivate, LOCAL_RULES, positive, yuanRow, type MeasureRules } from '../measure'
import { grouped, product, yuan } from '../money'
import { at, def, since } from '../parameters'

export const parameters = {
  'measure8.training.perPerson': def<number>({
    description: '民营企业完成政府补贴性培训，每人给予企业的培训补贴',
    unit: 'yuan',
    reference: { clause: '第8条', quote: '民营企业完成政府补贴性培训，按照每人300元给予企业培训补贴' },
    values: since(300),
  }),
}
const perPerson = parameters['measure8.training.perPerson']

export const measure8: MeasureRules = {
  id: 8,
  name: '08-training',
  parameters,
  provisions: [
    {
      key: 'training',
      title: '政府补贴性培训补贴',
      audiences: ['enterprise'],
      recipient: 'enterprise',
      facts: ['ownership', 'trainedStaff'],
      checks: [enterprisePrivate, positive('trainedStaff', (n) => `${n}名职工完成政府补贴性培训`, '尚无完成政府补贴性培训的职工')],
      amount: ({ facts: { trainedStaff: n }, asOf }) => {
        if (n === undefined) return { need: FACT_BIT.trainedStaff }
        const per = at(perPerson, asOf)
        const total = product(per, n)
        return { amount: total, working: `${yuan(per)} × ${grouped(n)}人 = ${yuan(total)}`, reasons: [`按每人${yuan(per)}给予企业培训补贴`] }
      },
      toVerify: () => [],
      documents: ['参训职工名单', '政府补贴性培训合格（结业）证明'],
      amountRows: (asOf) => [yuanRow('training', '完成政府补贴性培训', at(perPerson, asOf), 'perPerson')],
    },
    {
      key: 'apprenticeship',
      title: '企业新型学徒培训补贴',
      audiences: ['enterprise'],
      recipient: 'enterprise',
      facts: ['ownership', 'apprentices'],
      checks: [enterprisePrivate, positive('apprentices', (n) => `${n}名职工参加企业新型学徒培训`, '尚无参加企业新型学徒培训的职工')],
      amount: () => ({
        working: `按规定给予培训补贴（${LOCAL_RULES}）`,
        reasons: [`企业新型学徒培训按照规定给予培训补贴，通知未规定金额，${LOCAL_RULES}`],
      }),
      toVerify: () => [],
      documents: ['新型学徒培训协议及学徒名单', '培训计划'],
      amountRows: () => [asRuledRow('apprenticeship', '企业新型学徒培训', '按照规定给予培训补贴')],
    },
  ],
  dated: [],
}
