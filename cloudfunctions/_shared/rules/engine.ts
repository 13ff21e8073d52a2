/**
 * The notice as rules: `evaluate({ facts, asOf, audience })` → the `policy.evaluate` response of
 * shared/spec/api.md. Pure and synchronous; every number comes from ./parameters as of `asOf`.
 *
 * Order of decisions for a money provision (see README.md beside this file):
 * 1. not for the requested audience → not evaluated (absent from results);
 * 2. `asOf` before the notice (2021-11-01) → ineligible, '…早于通知印发，尚不适用';
 * 3. past the provision's end date → expired (never pays; `referenceAmount` when computable);
 * 4. every condition is checked: any known failure → ineligible (nothing else asked);
 *    otherwise unknown facts (conditions and amount) → needs-info with `missing`;
 *    otherwise eligible.
 * Measures without money give a `relevant` (or `expired`) result only when the facts show that they
 * concern the user; otherwise they are left out.
 */
import { citationOf } from './citations'
import {
  AUDIENCES,
  FACT_ORDER,
  factLabels,
  optionLabel,
  todayInShanghai,
  type Audience,
  type FactName,
  type Facts,
  type SizeClass,
  type SkillTitle,
} from './facts'
import { applyRate, dateLabel, pct, product, rateAtMost, yuan } from './format'
import { findParameter, parameter, type ParameterName } from './parameters'
import { sizeFromFacts, type SizeDerivation } from './size'
import type { ProvisionKey } from './measures'

export type Status = 'eligible' | 'ineligible' | 'needs-info' | 'expired' | 'relevant'

export type { ProvisionKey }
export type MoneyProvision = Exclude<ProvisionKey, 'general'>

export interface EvaluateResult {
  measure: number
  provision: ProvisionKey
  status: Status
  /** yuan, when the notice fixes the amount (eligible only) */
  amount?: number
  /** yuan, when the notice only caps it (measure 20) */
  amountMax?: number
  /** expired only: what the provision would have paid, for reference; never counted */
  referenceAmount?: number
  working?: string
  reasons: string[]
  /** needs-info only: fact names still needed, in api.md order */
  missing?: FactName[]
  citation: string
}

export interface EvaluateOutput {
  asOf: string
  sizeClass?: SizeClass
  results: EvaluateResult[]
  total: { amount: number; amountMax: number }
}

export interface EvaluateRequest {
  facts?: Facts
  /** 'YYYY-MM-DD'; default today in Asia/Shanghai */
  asOf?: string
  /** default both */
  audience?: readonly Audience[]
}

// ---------------------------------------------------------------------------------------------------
// Context and checks

interface Ctx {
  facts: Facts
  asOf: string
  enterprise: boolean
  individual: boolean
  size: SizeDerivation
}

type Check = { ok: true; reason?: string } | { ok: false; reason: string } | { ok: undefined; need: readonly FactName[] }
type CheckFn = (c: Ctx) => Check

const pass = (reason?: string): Check => ({ ok: true, reason })
const fail = (reason: string): Check => ({ ok: false, reason })
const need = (...facts: FactName[]): Check => ({ ok: undefined, need: facts })

type Amount =
  | { need: readonly FactName[] }
  | { amount?: number; amountMax?: number; working?: string; reasons: readonly string[] }

const ownershipCheck =
  (fact: 'ownership' | 'employerOwnership', who: string): CheckFn =>
  ({ facts }) => {
    const v = facts[fact]
    if (v === undefined) return need(fact)
    if (v === 'private') return pass(`${who}为民营企业`)
    return fail(`${who}为${optionLabel(fact, v)}，本项只适用于民营企业${fact === 'employerOwnership' ? '职工' : ''}`)
  }
const enterprisePrivate = ownershipCheck('ownership', '企业')
const employerPrivate = ownershipCheck('employerOwnership', '您所在单位')

const positive =
  (fact: 'trainedStaff' | 'apprentices' | 'newHires' | 'difficultHires' | 'interns', ok: (n: number) => string, no: string): CheckFn =>
  ({ facts }) => {
    const n = facts[fact]
    if (n === undefined) return need(fact)
    return n > 0 ? pass(ok(n)) : fail(no)
  }

const SMALL_OR_MICRO = (s: SizeClass) => s === 'small' || s === 'micro'
const sizeText = (d: SizeDerivation) =>
  d.sizeClass ? optionLabel('sizeClass', d.sizeClass) : d.possible.map((s) => optionLabel('sizeClass', s)).join('或')

const smallOrMicro: CheckFn = ({ size }) => {
  if (size.possible.every(SMALL_OR_MICRO)) return pass(`企业规模为${sizeText(size)}，属于小微企业`)
  if (!size.possible.some(SMALL_OR_MICRO)) return fail(`企业规模为${sizeText(size)}，本项只适用于小微企业`)
  return need(...size.missing)
}

const lastYearOf = (asOf: string) => Number(asOf.slice(0, 4)) - 1

// ---------------------------------------------------------------------------------------------------
// Money provisions

interface MoneyRule {
  measure: number
  provision: MoneyProvision
  audiences: readonly Audience[]
  /** every fact the provision may ask for (size facts included where size matters) */
  facts: readonly FactName[]
  /** date parameter holding the provision's last day in force */
  until?: ParameterName
  expiredReasons?: (until: string) => string[]
  checks: readonly CheckFn[]
  amount: (c: Ctx) => Amount
  /** an expired provision's reference amount; default: the in-force computation when eligible */
  reference?: (c: Ctx) => { referenceAmount?: number; working?: string; reasons: string[] }
}

const SIZE_FACTS: readonly FactName[] = ['industry', 'employees', 'revenue', 'totalAssets', 'sizeClass']
const LOCAL = '标准以当地规定为准'

const fixedAmount = (amount: number, working: string, ...reasons: string[]): Amount => ({ amount, working, reasons })

const skillTitleRule = (
  provision: 'senior-technician-allowance' | 'sanjin-expert-selected' | 'sanjin-expert-contest',
  param: ParameterName,
  working: (a: string) => string,
): MoneyRule => ({
  measure: 9,
  provision,
  audiences: ['individual'],
  facts: ['employerOwnership', 'skillTitle'],
  checks: [
    employerPrivate,
    ({ facts: { skillTitle } }) => {
      if (skillTitle === undefined) return need('skillTitle')
      if (skillTitle === null) return fail('未获得“山西省享受政府津贴高级技师”或“三晋技术能手”称号')
      const label = optionLabel('skillTitle', skillTitle)
      return skillTitle === (provision as SkillTitle) ? pass(`获得“${label}”`) : fail(`所获称号为“${label}”，适用第9条的另一项奖励`)
    },
  ],
  amount: (c) => fixedAmount(parameter(param, c.asOf) as number, working(yuan(parameter(param, c.asOf) as number))),
})

const WORLD_SKILLS_PARAM = {
  'national-squad': 'measure10.worldSkills.nationalSquad',
  gold: 'measure10.worldSkills.gold',
  silver: 'measure10.worldSkills.silver',
  bronze: 'measure10.worldSkills.bronze',
  excellence: 'measure10.worldSkills.excellence',
} as const
const CONTEST_PARAM = {
  1: {
    first: 'measure10.nationalContest.class1.first',
    second: 'measure10.nationalContest.class1.second',
    third: 'measure10.nationalContest.class1.third',
    excellence: 'measure10.nationalContest.class1.excellence',
  },
  2: {
    first: 'measure10.nationalContest.class2.first',
    second: 'measure10.nationalContest.class2.second',
    third: 'measure10.nationalContest.class2.third',
    excellence: 'measure10.nationalContest.class2.excellence',
  },
} as const
const CERT_PARAM = {
  5: 'measure11.certificate.level5',
  4: 'measure11.certificate.level4',
  3: 'measure11.certificate.level3',
} as const
const COACHES = '获奖项目的教练团队按相同对应标准给予补助'

const MONEY_RULES: readonly MoneyRule[] = [
  {
    measure: 8,
    provision: 'training',
    audiences: ['enterprise'],
    facts: ['ownership', 'trainedStaff'],
    checks: [
      enterprisePrivate,
      positive('trainedStaff', (n) => `${n}名职工完成政府补贴性培训`, '尚无完成政府补贴性培训的职工'),
    ],
    amount: ({ facts: { trainedStaff: n }, asOf }) => {
      if (n === undefined) return { need: ['trainedStaff'] }
      const per = parameter('measure8.training.perPerson', asOf)
      return fixedAmount(per * n, `${yuan(per)} × ${n}人 = ${yuan(per * n)}`, `按每人${yuan(per)}给予企业培训补贴`)
    },
  },
  {
    measure: 8,
    provision: 'apprenticeship',
    audiences: ['enterprise'],
    facts: ['ownership', 'apprentices'],
    checks: [
      enterprisePrivate,
      positive('apprentices', (n) => `${n}名职工参加企业新型学徒培训`, '尚无参加企业新型学徒培训的职工'),
    ],
    amount: () => ({
      working: `按规定给予培训补贴（${LOCAL}）`,
      reasons: [`企业新型学徒培训按照规定给予培训补贴，通知未规定金额，${LOCAL}`],
    }),
  },
  skillTitleRule('senior-technician-allowance', 'measure9.seniorTechnicianAllowance', (a) => `每人一次性奖励${a}`),
  skillTitleRule('sanjin-expert-selected', 'measure9.sanjinExpertSelected', (a) => `每人一次性奖励${a}`),
  skillTitleRule('sanjin-expert-contest', 'measure9.sanjinExpertContest', (a) => `每人补助${a}`),
  {
    measure: 10,
    provision: 'worldskills',
    audiences: ['individual'],
    facts: ['worldSkills'],
    checks: [
      ({ facts: { worldSkills: w } }) => {
        if (w === undefined) return need('worldSkills')
        if (w === null) return fail('未进入世界技能大赛全国集训，也未在世界技能大赛中获奖')
        return pass(`世界技能大赛成绩：${optionLabel('worldSkills', w)}`)
      },
    ],
    amount: ({ facts: { worldSkills: w }, asOf }) => {
      if (!w) return { need: ['worldSkills'] }
      const a = parameter(WORLD_SKILLS_PARAM[w], asOf)
      const what = w === 'national-squad' ? '进入世界技能大赛全国集训的项目' : `世界技能大赛${optionLabel('worldSkills', w)}项目`
      return fixedAmount(a, `${what}补助${yuan(a)}`, COACHES)
    },
  },
  {
    measure: 10,
    provision: 'national-contest',
    audiences: ['individual'],
    facts: ['nationalContestClass', 'nationalContestPlace'],
    checks: [
      ({ facts: { nationalContestClass: k } }) => {
        if (k === undefined) return need('nationalContestClass')
        if (k === null) return fail('未在国家级一类或二类技能大赛中获奖')
        return pass(`获奖赛事：${optionLabel('nationalContestClass', k)}`)
      },
      ({ facts: { nationalContestPlace: p } }) => {
        if (p === undefined) return need('nationalContestPlace')
        if (p === null) return fail('未在国家级技能大赛中获得一、二、三等奖或优胜奖')
        return pass(`获得${optionLabel('nationalContestPlace', p)}`)
      },
    ],
    amount: ({ facts: { nationalContestClass: k, nationalContestPlace: p }, asOf }) => {
      if (!k || !p) return { need: [] }
      const a = parameter(CONTEST_PARAM[k][p], asOf)
      return fixedAmount(
        a,
        `${optionLabel('nationalContestClass', k)}${optionLabel('nationalContestPlace', p)}项目补助${yuan(a)}`,
        COACHES,
      )
    },
  },
  {
    measure: 11,
    provision: 'skill-upgrade',
    audiences: ['individual'],
    facts: ['employerOwnership', 'certificateLevel', 'uiContributionMonths'],
    until: 'measure11.relaxedCondition.until',
    expiredReasons: (d) => [`该项放宽条件已于${dateLabel(d)}到期`, '到期后的申领条件以当地人社部门规定为准，请咨询当地人社部门'],
    checks: [
      employerPrivate,
      ({ facts: { certificateLevel: l } }) => {
        if (l === undefined) return need('certificateLevel')
        if (l === null) return fail('未取得职业资格证书或职业技能等级证书')
        return pass(`取得${optionLabel('certificateLevel', l)}证书`)
      },
      ({ facts: { uiContributionMonths: m }, asOf }) => {
        if (m === undefined) return need('uiContributionMonths')
        const min = parameter('measure11.minContributionMonths', asOf)
        return m >= min
          ? pass(`参加失业保险累计缴费${m}个月，不少于${min}个月`)
          : fail(`参加失业保险累计缴费${m}个月，不足${min}个月`)
      },
    ],
    amount: ({ facts: { certificateLevel: l }, asOf }) => {
      if (!l) return { need: [] }
      const a = parameter(CERT_PARAM[l], asOf)
      return fixedAmount(a, `${optionLabel('certificateLevel', l)}证书补贴${yuan(a)}`)
    },
    // Shown for reference after expiry: the amounts by level; the other conditions are not re-checked
    // because after 2021-12-31 the notice no longer states them.
    reference: ({ facts: { certificateLevel: l }, asOf }) => {
      const levels = ([5, 4, 3] as const)
        .map((k) => `${optionLabel('certificateLevel', k)}${yuan(parameter(CERT_PARAM[k], asOf))}`)
        .join('、')
      const reasons = [`参考标准：${levels}`]
      if (!l) return { reasons }
      const a = parameter(CERT_PARAM[l], asOf)
      return { referenceAmount: a, working: `${optionLabel('certificateLevel', l)}证书补贴${yuan(a)}（仅供参考）`, reasons }
    },
  },
  {
    measure: 15,
    provision: 'stabilisation-refund',
    audiences: ['enterprise'],
    facts: ['ownership', ...SIZE_FACTS, 'insuredStaff', 'layoffsLastYear', 'uiPremiumsLastYear'],
    until: 'measure15.until',
    expiredReasons: (d) => [`失业保险稳岗返还政策已于${dateLabel(d)}到期`],
    checks: [
      enterprisePrivate,
      ({ facts: { insuredStaff: n } }) => {
        if (n === undefined) return need('insuredStaff')
        return n > 0 ? pass(`参加失业保险的职工${n}人，属于参保企业`) : fail('没有参加失业保险的职工，不属于参保企业')
      },
      ({ facts: { layoffsLastYear: l, insuredStaff: n }, asOf }) => {
        if (l === undefined) return need('layoffsLastYear')
        if (l === 0) return pass('上年度未裁员')
        if (n === undefined) return need('insuredStaff')
        if (n === 0) return pass() // already ineligible: not insured
        const year = lastYearOf(asOf)
        const target = findParameter('unemployment.surveyedRateTarget', `${year}-12-31`)
        const maxSmall = parameter('measure15.smallEnterprise.maxInsuredStaff', asOf)
        const smallRate = parameter('measure15.smallEnterprise.maxLayoffRate', asOf)
        const rate = `上年度裁员率为${l}人 ÷ ${n}人`
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
    amount: ({ facts: { uiPremiumsLastYear: p }, size, asOf }) => {
      const large = size.possible.every((s) => s === 'large')
      const sme = !size.possible.includes('large')
      const missing: FactName[] = []
      if (p === undefined) missing.push('uiPremiumsLastYear')
      if (!large && !sme) missing.push(...size.missing)
      if (p === undefined || missing.length) return { need: missing }
      const bp = parameter(large ? 'measure15.refundRate.large' : 'measure15.refundRate.sme', asOf)
      const { value, rounded } = applyRate(bp, p)
      return {
        amount: value,
        working: `${pct(bp)} × ${yuan(p)} = ${yuan(value)}${rounded ? '（四舍五入到元）' : ''}`,
        reasons: [`${large ? '大型企业' : '中小微企业'}按企业及其职工上年度实际缴纳失业保险费的${pct(bp)}返还`],
      }
    },
  },
  {
    measure: 20,
    provision: 'startup',
    audiences: ['enterprise', 'individual'],
    facts: ['ownership', ...SIZE_FACTS, 'firstTimeFounder', 'operatingMonths'],
    checks: [
      ({ facts: { firstTimeFounder: f } }) => {
        if (f === undefined) return need('firstTimeFounder')
        return f ? pass('首次创办企业') : fail('不是首次创办企业')
      },
      enterprisePrivate,
      smallOrMicro,
      ({ facts: { operatingMonths: m }, asOf }) => {
        if (m === undefined) return need('operatingMonths')
        const min = parameter('measure20.minOperatingMonths', asOf)
        return m >= min
          ? pass(`自工商登记注册之日起已正常运营${m}个月，满${min}个月`)
          : fail(`自工商登记注册之日起正常运营${m}个月，不满${min}个月（1年）`)
      },
    ],
    amount: ({ asOf }) => {
      const max = parameter('measure20.startup.max', asOf)
      return {
        amountMax: max,
        working: `最高${yuan(max)}（按带动就业人数确定，具体档次以当地规定为准）`,
        reasons: [
          `一次性创业补贴最高${yuan(max)}，根据带动就业人数确定，具体档次以当地规定为准`,
          '申请人须为符合条件人员，具体范围以当地规定为准',
        ],
      }
    },
  },
  {
    measure: 21,
    provision: 'hiring',
    audiences: ['enterprise'],
    facts: ['ownership', ...SIZE_FACTS, 'newHires'],
    checks: [
      enterprisePrivate,
      smallOrMicro,
      positive('newHires', (n) => `新吸纳${n}人且稳定就业半年以上`, '尚无新吸纳且稳定就业半年以上的劳动者'),
    ],
    amount: ({ facts: { newHires: n }, asOf }) => {
      if (n === undefined) return { need: ['newHires'] }
      const tier = parameter('measure21.hiring.tierThreshold', asOf)
      const per = parameter(n < tier ? 'measure21.hiring.perHireBelowThreshold' : 'measure21.hiring.perHireAtOrAboveThreshold', asOf)
      const reason =
        n < tier ? `新吸纳不足${tier}人，按每人${yuan(per)}补助` : `新吸纳${tier}人（含）以上，全部人数按每人${yuan(per)}补助`
      return fixedAmount(per * n, `${yuan(per)} × ${n}人 = ${yuan(per * n)}`, reason)
    },
  },
  {
    measure: 21,
    provision: 'difficult-hires',
    audiences: ['enterprise'],
    facts: ['ownership', ...SIZE_FACTS, 'difficultHires', 'difficultHireMonths'],
    checks: [
      enterprisePrivate,
      smallOrMicro,
      positive('difficultHires', (n) => `新招用就业困难人员${n}人并签订一年以上劳动合同`, '尚无新招用的就业困难人员'),
    ],
    amount: ({ facts: { difficultHires: n, difficultHireMonths: m }, asOf }) => {
      if (n === undefined || m === undefined) return { need: m === undefined ? ['difficultHireMonths'] : [] }
      const per = parameter('measure21.difficult.perPersonMonth', asOf)
      const cap = parameter('measure21.difficult.maxMonths', asOf)
      const months = Math.min(m, cap)
      const total = product(per, n, months)
      const reasons = [`按每人每月${yuan(per)}给予岗位补贴，每人最长${cap}个月`]
      if (m > cap) reasons.push(`填写的在岗月数为${m}个月，超过${cap}个月的部分不予补贴，按${cap}个月计算`)
      return { amount: total, working: `${yuan(per)} × ${n}人 × ${months}个月 = ${yuan(total)}`, reasons }
    },
  },
  {
    measure: 21,
    provision: 'social-insurance',
    audiences: ['enterprise'],
    facts: ['ownership', 'difficultHires'],
    checks: [
      enterprisePrivate,
      ({ facts: { difficultHires: n }, size }) => {
        if (n === undefined) return need('difficultHires')
        if (n > 0) return pass(`招用就业困难人员${n}人`)
        // Graduates (小微企业招用毕业年度和毕业2年内高校毕业生) are not a fact of the contract: say so.
        const graduates = size.possible.some(SMALL_OR_MICRO)
          ? '；小微企业招用毕业年度和毕业2年内高校毕业生并签订一年以上劳动合同、足额缴纳社会保险费的，也可按规定申请社会保险补贴'
          : ''
        return fail(`尚未招用就业困难人员${graduates}`)
      },
    ],
    amount: () => ({
      working: `按规定给予社会保险补贴（${LOCAL}）`,
      reasons: [`与其签订一年以上劳动合同并足额缴纳社会保险费的，按规定给予社会保险补贴，通知未规定金额，${LOCAL}`],
    }),
  },
  {
    measure: 22,
    provision: 'internship',
    audiences: ['enterprise'],
    facts: ['ownership', 'interns', 'internMonths', 'localMinimumWage'],
    checks: [
      enterprisePrivate,
      positive('interns', (n) => `安排${n}名高校毕业生、中职毕业生或失业青年参加就业见习`, '尚未安排就业见习人员'),
    ],
    amount: ({ facts: { interns: n, internMonths: m, localMinimumWage: w }, asOf }) => {
      const missing: FactName[] = []
      if (m === undefined) missing.push('internMonths')
      if (w === undefined) missing.push('localMinimumWage')
      if (n === undefined || m === undefined || w === undefined) return { need: missing }
      const bp = parameter('measure22.internship.rate', asOf)
      const { value, rounded } = applyRate(bp, w, n, m)
      return {
        amount: value,
        working: `${pct(bp)} × ${yuan(w)} × ${n}人 × ${m}个月 = ${yuan(value)}${rounded ? '（四舍五入到元）' : ''}`,
        reasons: [`按当地月最低工资标准的${pct(bp)}，每名见习人员每月给予见习补贴`],
      }
    },
  },
]

// ---------------------------------------------------------------------------------------------------
// Measures without money: relevant when the facts show they concern the user

interface GeneralRule {
  measure: number
  audiences: readonly Audience[]
  facts: readonly FactName[]
  /** reasons when relevant, or null */
  relevant: (c: Ctx, earlier: readonly EvaluateResult[]) => string[] | null
  from?: ParameterName
  until?: ParameterName
  expiredReasons?: (until: string) => string[]
}

const isPrivate = (c: Ctx) => c.enterprise && c.facts.ownership === 'private'
const atPrivate = (c: Ctx) => c.individual && c.facts.employerOwnership === 'private'
const isLarge = (c: Ctx) => c.size.sizeClass === 'large'
const nonEmpty = (xs: (string | false)[]): string[] | null => {
  const r = xs.filter((x): x is string => typeof x === 'string')
  return r.length ? r : null
}

const GENERAL_RULES: readonly GeneralRule[] = [
  {
    measure: 1,
    audiences: ['enterprise'],
    facts: ['ownership', ...SIZE_FACTS],
    relevant: (c) =>
      isPrivate(c) && isLarge(c)
        ? ['大型民营企业（专业技术人员密集、技术实力较强、内部管理规范）可申请组建初、中级职称评审委员会']
        : null,
  },
  {
    measure: 2,
    audiences: ['enterprise', 'individual'],
    facts: ['ownership', 'employerOwnership'],
    relevant: (c) =>
      nonEmpty([
        isPrivate(c) && '可在人力资源服务机构、开发区（园区）等处的民营企业职称申报受理服务点为专业技术人员申报职称',
        atPrivate(c) && '民营企业专业技术人员可向全省各系列（专业）、各级评审委员会或民营企业工程系列评审委员会申报职称',
      ]),
  },
  {
    measure: 3,
    audiences: ['enterprise', 'individual'],
    facts: ['ownership'],
    relevant: (c) =>
      nonEmpty([
        isPrivate(c) && '企业引进的高层次人才，可由相关评委会根据其业绩直接认定相应职称',
        c.individual && '经批准离岗创业或到民营企业兼职的高校、科研院所、医疗机构等专业技术人才，3年内可在原单位按规定申报职称',
      ]),
  },
  {
    measure: 4,
    audiences: ['enterprise', 'individual'],
    facts: ['ownership', 'employerOwnership'],
    relevant: (c) =>
      nonEmpty([
        isPrivate(c) &&
          '民营企业享受政府特殊津贴人员推荐比例适当提高；鼓励申报博士后科研工作站、高技能人才培训基地和技能大师工作室，推行技能人才自主评价',
        atPrivate(c) && '民营企业职工可申报高技能人才培训基地和技能大师工作室，参加企业技能人才自主评价和职业技能等级认定',
      ]),
  },
  {
    measure: 5,
    audiences: ['enterprise'],
    facts: ['ownership'],
    relevant: (c) => (isPrivate(c) ? ['可吸引事业单位专业技术人员到本企业兼职创新、开展项目合作和挂职锻炼'] : null),
  },
  {
    measure: 6,
    audiences: ['enterprise', 'individual'],
    facts: ['ownership', 'employerOwnership'],
    relevant: (c) =>
      nonEmpty([
        isPrivate(c) && '企业专业人员可到高等院校、科研院所流动岗位从事教学科研工作，工资和社会保险仍由企业发放、缴纳',
        atPrivate(c) && '民营企业专业人员可到高等院校、科研院所设立的流动岗位从事教学科研工作，工资仍由所在企业发放',
      ]),
  },
  {
    measure: 7,
    audiences: ['individual'],
    facts: ['employerOwnership'],
    relevant: (c) =>
      atPrivate(c)
        ? ['流动到事业单位时，在民营企业期间签订劳动合同并缴纳养老保险的，可按同等条件人员聘用岗位、确定工资待遇']
        : null,
  },
  {
    measure: 12,
    audiences: ['enterprise'],
    facts: [],
    relevant: (c) =>
      c.enterprise
        ? ['如为民办职业培训学校、经营性中外合作职业技能培训机构或申请人力资源服务许可，实行告知承诺制，当场作出许可决定']
        : null,
  },
  {
    measure: 13,
    audiences: ['enterprise'],
    facts: [],
    relevant: (c) =>
      c.enterprise ? ['支持各类市场主体兴办经营性人力资源服务机构；省外、境外人力资源服务机构申请备案随到随办'] : null,
  },
  {
    measure: 14,
    audiences: ['enterprise'],
    facts: ['insuredStaff', 'uiPremiumsLastYear'],
    until: 'measure14.uiRateReduction.until',
    expiredReasons: (d) => [
      `失业保险阶段性降费率已于${dateLabel(d)}到期`,
      '工伤保险费率浮动、缴费基数核定等其余内容仍按规定执行',
    ],
    relevant: (c) => {
      const insured = (c.facts.insuredStaff ?? 0) > 0 || (c.facts.uiPremiumsLastYear ?? 0) > 0
      if (!c.enterprise || !insured) return null
      const rate = pct(parameter('measure14.uiTotalRate', c.asOf))
      const until = dateLabel(parameter('measure14.uiRateReduction.until', c.asOf))
      return nonEmpty([
        `失业保险总费率继续按${rate}执行，阶段性降费率延长至${until}`,
        c.facts.ownership === 'private' && '符合条件的民营企业可按规定下浮工伤保险费率',
      ])
    },
  },
  {
    measure: 16,
    audiences: ['enterprise'],
    facts: ['ownership', 'industry'],
    relevant: (c) =>
      isPrivate(c)
        ? nonEmpty([
            '民营企业轻微违法及时改正的，不予处罚，不进行社会公布和列入失信联合惩戒名单',
            c.facts.industry === 'construction' &&
              '涉及农民工工资保证金存储的，可以银行保函、保险公司保险保单、担保公司保函替代现金存储',
          ])
        : null,
  },
  {
    measure: 17,
    audiences: ['enterprise'],
    facts: ['ownership'],
    relevant: (c) =>
      isPrivate(c) ? ['工伤保险基金省级统筹，依法做好工伤认定、劳动能力鉴定和待遇支付，分散企业用工风险'] : null,
  },
  {
    measure: 18,
    audiences: ['enterprise'],
    facts: ['ownership'],
    from: 'measure18.plan.from',
    until: 'measure18.plan.until',
    expiredReasons: (d) => [`《山西省工伤预防五年行动计划（2021-2025年）》已于${dateLabel(d)}期满`],
    relevant: (c) =>
      isPrivate(c) ? ['实施《山西省工伤预防五年行动计划（2021-2025年）》，面向民营企业开展工伤预防宣传培训'] : null,
  },
  {
    measure: 19,
    audiences: ['enterprise', 'individual'],
    facts: [],
    relevant: (c) =>
      nonEmpty([
        c.enterprise && '如为平台企业：按国家新业态从业人员职业伤害保险办法合理界定平台企业责任、分散经营风险',
        c.individual && '如为外卖骑手、快递小哥、网约车司机等新业态从业人员：职业伤害保障将按国家办法和我省实施办法落实',
      ]),
  },
  {
    measure: 23,
    audiences: ['enterprise', 'individual'],
    facts: [],
    relevant: (_c, earlier) =>
      earlier.some((r) => (r.measure === 20 || r.measure === 21) && (r.status === 'eligible' || r.status === 'needs-info'))
        ? [
            '申领吸纳就业补贴不限制劳动者户籍，工资支付凭证、社保缴费证明等也可作为就业证明材料',
            '申请一次性创业补贴无需提供创业培训合格证书',
          ]
        : null,
  },
  {
    measure: 24,
    audiences: ['enterprise'],
    facts: ['ownership', ...SIZE_FACTS],
    relevant: (c) =>
      isPrivate(c) && isLarge(c) ? ['市、县人社服务专员定点对接辖区大型民营企业，协助解决用工缺口'] : null,
  },
  {
    measure: 25,
    audiences: ['enterprise', 'individual'],
    facts: ['ownership', 'newHires'],
    relevant: (c) =>
      nonEmpty([
        isPrivate(c) &&
          (c.facts.newHires ?? 0) > 0 &&
          '可通过线上招聘和“春风行动、民营企业招聘月、金秋招聘月”等活动发布用工需求',
        c.individual && '求职者可通过线上线下招聘活动对接民营企业岗位',
      ]),
  },
  {
    measure: 26,
    audiences: ['enterprise'],
    facts: ['ownership'],
    relevant: (c) =>
      isPrivate(c) ? ['可将职工档案委托县级以上（含县级）公共就业和人才服务机构代为管理'] : null,
  },
]

// ---------------------------------------------------------------------------------------------------
// Evaluation

const byFactOrder = (a: FactName, b: FactName) => FACT_ORDER[a] - FACT_ORDER[b]
const NOTICE_ISSUED: string = parameter('notice.issuedOn', '2021-11-01')
const CITATION: readonly string[] = Array.from({ length: 27 }, (_, n) => (n === 0 ? '' : citationOf(n)))

type Entry = { kind: 'money'; rule: MoneyRule } | { kind: 'general'; rule: GeneralRule }
/** All rules in measure order (money provisions in api.md order within a measure). */
const ENTRIES: readonly Entry[] = [
  ...MONEY_RULES.map((rule): Entry => ({ kind: 'money', rule })),
  ...GENERAL_RULES.map((rule): Entry => ({ kind: 'general', rule })),
].sort((a, b) => a.rule.measure - b.rule.measure)

interface Outcome {
  status: 'eligible' | 'ineligible' | 'needs-info'
  amount?: number
  amountMax?: number
  working?: string
  reasons: string[]
  missing?: FactName[]
}

function assess(rule: MoneyRule, c: Ctx): Outcome {
  const fails: string[] = []
  const passes: string[] = []
  const missing = new Set<FactName>()
  for (const check of rule.checks) {
    const r = check(c)
    if (r.ok === false) fails.push(r.reason)
    else if (r.ok === true) {
      if (r.reason) passes.push(r.reason)
    } else for (const f of r.need) missing.add(f)
  }
  if (fails.length) return { status: 'ineligible', reasons: fails }
  const a = rule.amount(c)
  if ('need' in a) for (const f of a.need) missing.add(f)
  if (missing.size) {
    const list = [...missing].sort(byFactOrder)
    return { status: 'needs-info', missing: list, reasons: [...passes, `还需提供：${list.map((f) => factLabels[f]).join('、')}`] }
  }
  const ok = a as Exclude<Amount, { need: readonly FactName[] }>
  const out: Outcome = { status: 'eligible', reasons: [...passes, ...ok.reasons] }
  if (ok.amount !== undefined) out.amount = ok.amount
  if (ok.amountMax !== undefined) out.amountMax = ok.amountMax
  if (ok.working !== undefined) out.working = ok.working
  return out
}

/** A result with its keys in a stable, readable order. */
function result(
  measure: number,
  provision: ProvisionKey,
  status: Status,
  o: Omit<EvaluateResult, 'measure' | 'provision' | 'status' | 'citation'>,
): EvaluateResult {
  // Built key by key so that absent fields are absent, not `undefined`.
  const out = { measure, provision, status } as EvaluateResult
  if (o.amount !== undefined) out.amount = o.amount
  if (o.amountMax !== undefined) out.amountMax = o.amountMax
  if (o.referenceAmount !== undefined) out.referenceAmount = o.referenceAmount
  if (o.working !== undefined) out.working = o.working
  out.reasons = o.reasons
  if (o.missing !== undefined) out.missing = o.missing
  out.citation = CITATION[measure]
  return out
}

function evaluateMoney(rule: MoneyRule, c: Ctx): EvaluateResult {
  const { measure, provision } = rule
  if (c.asOf < NOTICE_ISSUED) {
    const issued = `${Number(NOTICE_ISSUED.slice(0, 4))}年${Number(NOTICE_ISSUED.slice(5, 7))}月`
    return result(measure, provision, 'ineligible', {
      reasons: [`《通知》于${issued}印发，评估日期${dateLabel(c.asOf)}早于通知印发，尚不适用`],
    })
  }
  if (rule.until) {
    const until = parameter(rule.until, c.asOf) as string
    if (c.asOf > until) {
      const reasons = rule.expiredReasons ? rule.expiredReasons(until) : [`该项政策已于${dateLabel(until)}到期`]
      if (rule.reference) {
        const ref = rule.reference(c)
        return result(measure, provision, 'expired', { ...ref, reasons: [...reasons, ...ref.reasons] })
      }
      const inner = assess(rule, c)
      if (inner.status === 'eligible' && inner.amount !== undefined) {
        return result(measure, provision, 'expired', {
          referenceAmount: inner.amount,
          working: inner.working && `${inner.working}（仅供参考）`,
          reasons: [...reasons, `按原标准测算可得${yuan(inner.amount)}，仅供参考，不予发放`],
        })
      }
      return result(measure, provision, 'expired', { reasons })
    }
  }
  const { status, ...o } = assess(rule, c)
  return result(measure, provision, status, o)
}

function evaluateGeneral(rule: GeneralRule, c: Ctx, earlier: readonly EvaluateResult[]): EvaluateResult | null {
  if (c.asOf < NOTICE_ISSUED) return null
  if (rule.from && c.asOf < (parameter(rule.from, c.asOf) as string)) return null
  const reasons = rule.relevant(c, earlier)
  if (!reasons) return null
  if (rule.until) {
    const until = parameter(rule.until, c.asOf) as string
    if (c.asOf > until) {
      return result(rule.measure, 'general', 'expired', {
        reasons: rule.expiredReasons ? rule.expiredReasons(until) : [`已于${dateLabel(until)}到期`],
      })
    }
  }
  return result(rule.measure, 'general', 'relevant', { reasons })
}

const intersects = (a: readonly Audience[], enterprise: boolean, individual: boolean) =>
  (enterprise && a.includes('enterprise')) || (individual && a.includes('individual'))

/**
 * Evaluates the notice for one user's facts as of a date. Input is assumed valid (see
 * `parseEvaluateInput`); it is never mutated.
 */
export function evaluate(request: EvaluateRequest): EvaluateOutput {
  const asOf = request.asOf ?? todayInShanghai()
  const facts = request.facts ?? {}
  const audience = request.audience ?? AUDIENCES
  const enterprise = audience.includes('enterprise')
  const individual = audience.includes('individual')
  const c: Ctx = { facts, asOf, enterprise, individual, size: sizeFromFacts(facts, asOf) }

  const results: EvaluateResult[] = []
  let amount = 0
  let amountMax = 0
  for (const e of ENTRIES) {
    if (!intersects(e.rule.audiences, enterprise, individual)) continue
    if (e.kind === 'money') {
      const r = evaluateMoney(e.rule, c)
      results.push(r)
      if (r.status === 'eligible') {
        amount += r.amount ?? 0
        amountMax += r.amountMax ?? r.amount ?? 0
      }
    } else {
      const r = evaluateGeneral(e.rule, c, results)
      if (r) results.push(r)
    }
  }
  const out: EvaluateOutput = { asOf, results, total: { amount, amountMax } }
  if (c.size.sizeClass) out.sizeClass = c.size.sizeClass
  return out
}

// ---------------------------------------------------------------------------------------------------
// What the quiz needs to ask

export interface ProvisionInfo {
  measure: number
  provision: ProvisionKey
  /** `${measure}/${provision}` */
  key: string
  hasMoney: boolean
  audiences: readonly Audience[]
  /** every fact the provision may ask for, in api.md order */
  facts: readonly FactName[]
}

/** Every provision the engine evaluates, in result order, with the facts it depends on. */
export const PROVISIONS: readonly ProvisionInfo[] = ENTRIES.map((e) => {
  const provision: ProvisionKey = e.kind === 'money' ? e.rule.provision : 'general'
  return {
    measure: e.rule.measure,
    provision,
    key: `${e.rule.measure}/${provision}`,
    hasMoney: e.kind === 'money',
    audiences: e.rule.audiences,
    facts: [...new Set(e.rule.facts)].sort(byFactOrder),
  }
})

/** `'21/hiring'` → the facts it depends on. */
export const PROVISION_FACTS: Readonly<Record<string, readonly FactName[]>> = Object.fromEntries(
  PROVISIONS.map((p) => [p.key, p.facts]),
)

/** The facts any money provision for these audiences may ask for, in api.md order. */
export function factsForAudience(audience: readonly Audience[] = AUDIENCES): FactName[] {
  const s = new Set<FactName>()
  for (const p of PROVISIONS) if (p.hasMoney && p.audiences.some((a) => audience.includes(a))) for (const f of p.facts) s.add(f)
  return [...s].sort(byFactOrder)
}
