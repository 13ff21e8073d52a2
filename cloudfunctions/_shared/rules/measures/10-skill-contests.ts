/**
 * 第10条 鼓励民营企业组织或参与各级各类职业技能竞赛活动: awards to the PROJECT (its team) by result, and
 * the same again to its coaching team. Asked of the individual who took part; the money is the
 * project's, never counted as the person's own.
 */
import { CONTEST_PLACES, FACT_BIT, optionLabel, WORLD_SKILLS, type ContestPlace, type WorldSkillsResult } from '../facts'
import { fail, needFact, pass, yuanRow, type MeasureRules } from '../measure'
import { yuan } from '../money'
import { at, def, since } from '../parameters'

const WORLD_QUOTE = '对进入世界技能大赛全国集训的项目给予2万元补助；对在世界技能大赛中获得金牌、银牌、铜牌和优胜奖的项目，分别给予50万元、30万元、20万元、10万元的补助'

export const parameters = {
  'measure10.worldSkills': def<Readonly<Record<WorldSkillsResult, number>>>({
    description: '世界技能大赛项目补助，按成绩（进入全国集训、金牌、银牌、铜牌、优胜奖）',
    unit: 'table',
    reference: { clause: '第10条', quote: WORLD_QUOTE },
    values: since({ 'national-squad': 20_000, gold: 500_000, silver: 300_000, bronze: 200_000, excellence: 100_000 }),
  }),
  'measure10.nationalContest.class1': def<Readonly<Record<ContestPlace, number>>>({
    description: '国家级一类大赛获奖项目补助，按奖项（一、二、三等奖、优胜奖）',
    unit: 'table',
    reference: { clause: '第10条', quote: '对获得国家级一类大赛一、二、三等奖、优胜奖的项目分别给予8万元、5万元、3万元、1万元的补助' },
    values: since({ first: 80_000, second: 50_000, third: 30_000, excellence: 10_000 }),
  }),
  'measure10.nationalContest.class2': def<Readonly<Record<ContestPlace, number>>>({
    description: '国家级二类大赛获奖项目补助，按奖项（一、二、三等奖、优胜奖）',
    unit: 'table',
    reference: { clause: '第10条', quote: '对获得国家级二类大赛一、二、三等奖、优胜奖的项目分别给予3万元、1万元、5000元、3000元的补助' },
    values: since({ first: 30_000, second: 10_000, third: 5_000, excellence: 3_000 }),
  }),
}
const worldSkills = parameters['measure10.worldSkills']
const CONTEST = { 1: parameters['measure10.nationalContest.class1'], 2: parameters['measure10.nationalContest.class2'] } as const

const COACHES = '获奖项目的教练团队按相同对应标准给予补助'
const PROJECT_PAID = '补助发给获奖项目（团队），不是个人所得'
const resultUnknown = needFact('worldSkills')
const classUnknown = needFact('nationalContestClass')
const placeUnknown = needFact('nationalContestPlace')
const worldSkillsLabel = (w: WorldSkillsResult) =>
  w === 'national-squad' ? '进入世界技能大赛全国集训的项目' : `世界技能大赛${optionLabel('worldSkills', w)}项目`

export const measure10: MeasureRules = {
  id: 10,
  name: '10-skill-contests',
  parameters,
  provisions: [
    {
      key: 'worldskills',
      title: '世界技能大赛补助',
      audiences: ['individual'],
      recipient: 'project',
      facts: ['worldSkills'],
      checks: [
        ({ facts: { worldSkills: w } }) => {
          if (w === undefined) return resultUnknown
          if (w === null) return fail('未进入世界技能大赛全国集训，也未在世界技能大赛中获奖')
          return pass(`世界技能大赛成绩：${optionLabel('worldSkills', w)}`)
        },
      ],
      amount: ({ facts: { worldSkills: w }, asOf }) => {
        if (!w) return { need: FACT_BIT.worldSkills }
        const a = at(worldSkills, asOf)[w]
        return { amount: a, working: `${worldSkillsLabel(w)}补助${yuan(a)}`, reasons: [PROJECT_PAID, COACHES] }
      },
      toVerify: () => [],
      documents: ['世界技能大赛获奖证书或全国集训证明', '项目及教练团队名单'],
      amountRows: (asOf) => {
        const table = at(worldSkills, asOf)
        return WORLD_SKILLS.map((w) => yuanRow('worldskills', w === 'national-squad' ? '世界技能大赛全国集训' : `世界技能大赛${optionLabel('worldSkills', w)}`, table[w], 'project'))
      },
    },
    {
      key: 'national-contest',
      title: '国家级技能大赛补助',
      audiences: ['individual'],
      recipient: 'project',
      facts: ['nationalContestClass', 'nationalContestPlace'],
      checks: [
        ({ facts: { nationalContestClass: k } }) => {
          if (k === undefined) return classUnknown
          if (k === null) return fail('未在国家级一类或二类技能大赛中获奖')
          return pass(`获奖赛事：${optionLabel('nationalContestClass', k)}`)
        },
        ({ facts: { nationalContestPlace: p } }) => {
          if (p === undefined) return placeUnknown
          if (p === null) return fail('未在国家级技能大赛中获得一、二、三等奖或优胜奖')
          return pass(`获得${optionLabel('nationalContestPlace', p)}`)
        },
      ],
      amount: ({ facts: { nationalContestClass: k, nationalContestPlace: p }, asOf }) => {
        if (!k || !p) return { need: 0 }
        const a = at(CONTEST[k], asOf)[p]
        return {
          amount: a,
          working: `${optionLabel('nationalContestClass', k)}${optionLabel('nationalContestPlace', p)}项目补助${yuan(a)}`,
          reasons: [PROJECT_PAID, COACHES],
        }
      },
      toVerify: () => [],
      documents: ['国家级技能大赛获奖证书', '项目及教练团队名单'],
      amountRows: (asOf) =>
        ([1, 2] as const).flatMap((k) => {
          const table = at(CONTEST[k], asOf)
          return CONTEST_PLACES.map((p) => yuanRow('national-contest', `${optionLabel('nationalContestClass', k)}${optionLabel('nationalContestPlace', p)}`, table[p], 'project'))
        }),
    },
  ],
  dated: [],
}
