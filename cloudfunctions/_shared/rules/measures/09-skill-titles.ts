/** 第9条 强化民营企业优秀技能人才激励: one award per title, paid to the person who holds it. */
import { FACT_BIT, optionLabel, type SkillTitle } from '../facts'
import { employerPrivate, fail, needFact, pass, yuanRow, type CheckFn, type MeasureRules, type MoneyProvision, type UNIT_SUFFIX } from '../measure'
import { yuan } from '../money'
import { at, def, since, type ParameterDef } from '../parameters'

export const parameters = {
  'measure9.seniorTechnicianAllowance': def<number>({
    description: '评选产生的“山西省享受政府津贴高级技师”每人一次性奖励',
    unit: 'yuan',
    reference: { clause: '第9条', quote: '对评选产生的“山西省享受政府津贴高级技师”人员每人一次性奖励20000元' },
    values: since(20_000),
  }),
  'measure9.sanjinExpertSelected': def<number>({
    description: '评选获得“三晋技术能手”称号人员每人一次性奖励',
    unit: 'yuan',
    reference: { clause: '第9条', quote: '对评选获得“三晋技术能手”称号人员每人一次性奖励5000元' },
    values: since(5_000),
  }),
  'measure9.sanjinExpertContest': def<number>({
    description: '通过省级技能大赛获得“三晋技术能手”的选手每人补助',
    unit: 'yuan',
    reference: { clause: '第9条', quote: '对通过参加各类省级技能大赛获得“三晋技术能手”的选手给予每人2000元的补助' },
    values: since(2_000),
  }),
}

const unknownTitle = { need: FACT_BIT.skillTitle }
const titleUnknown = needFact('skillTitle')

/** One provision per title: the person holds that title (and not another one of the three). */
function titleAward(
  key: SkillTitle,
  title: string,
  amount: ParameterDef<number>,
  how: { working: (a: string) => string; unit: keyof typeof UNIT_SUFFIX },
  documents: readonly string[],
): MoneyProvision {
  const holdsTitle: CheckFn = ({ facts: { skillTitle } }) => {
    if (skillTitle === undefined) return titleUnknown
    if (skillTitle === null) return fail('未获得“山西省享受政府津贴高级技师”或“三晋技术能手”称号')
    const label = optionLabel('skillTitle', skillTitle)
    return skillTitle === key ? pass(`获得“${label}”`) : fail(`所获称号为“${label}”，适用第9条的另一项奖励`)
  }
  return {
    key,
    title,
    audiences: ['individual'],
    recipient: 'individual',
    facts: ['employerOwnership', 'skillTitle'],
    checks: [employerPrivate, holdsTitle],
    amount: ({ facts: { skillTitle }, asOf }) => {
      if (skillTitle === undefined) return unknownTitle
      const a = at(amount, asOf)
      return { amount: a, working: how.working(yuan(a)), reasons: [] }
    },
    toVerify: () => [],
    documents,
    amountRows: (asOf) => [yuanRow(key, optionLabel('skillTitle', key), at(amount, asOf), how.unit)],
  }
}

const LABOUR_PROOF = '劳动合同或工资支付凭证（工资发放明细、银行工资流水）'

export const measure9: MeasureRules = {
  id: 9,
  name: '09-skill-titles',
  parameters,
  provisions: [
    titleAward(
      'senior-technician-allowance',
      '享受政府津贴高级技师奖励',
      parameters['measure9.seniorTechnicianAllowance'],
      { working: (a) => `每人一次性奖励${a}`, unit: 'once' },
      ['身份证件', '享受政府津贴高级技师的认定文件', LABOUR_PROOF],
    ),
    titleAward(
      'sanjin-expert-selected',
      '三晋技术能手评选奖励',
      parameters['measure9.sanjinExpertSelected'],
      { working: (a) => `每人一次性奖励${a}`, unit: 'once' },
      ['身份证件', '“三晋技术能手”荣誉证书', LABOUR_PROOF],
    ),
    titleAward(
      'sanjin-expert-contest',
      '技能大赛三晋技术能手补助',
      parameters['measure9.sanjinExpertContest'],
      { working: (a) => `每人补助${a}`, unit: 'perPerson' },
      ['身份证件', '省级技能大赛获奖证书', LABOUR_PROOF],
    ),
  ],
  dated: [],
}
