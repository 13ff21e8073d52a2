/**
 * The facts vocabulary of `policy.evaluate` (docs/api.md): one record per fact — its schema, kind,
 * unit, maximum, Chinese label, hint and options — and the request's validation.
 *
 * Extensions to the original contract (valid inputs added, none removed except beyond the maxima):
 * - `audience`: ['enterprise' | 'individual', …] restricts the provisions evaluated (default both).
 * - `null` for the "which one" facts (skillTitle, worldSkills, nationalContestClass,
 *   nationalContestPlace, certificateLevel) means "none of these": the provision becomes ineligible
 *   instead of staying needs-info forever. Any other null is INVALID_INPUT.
 * - `graduateHires` (measure 21's social-insurance subsidy for graduates).
 * - every count, amount and number of months has a maximum, and counts of people who work at the
 *   enterprise may not exceed `employees` (see FACTS_WITHIN_EMPLOYEES).
 * - `action` may ride along in the request (the router's `data`) and is ignored.
 */
import { z } from 'zod'
import { echoed, invalidInput, listedIssues } from '../errors'
import { todayInShanghai } from '../catalog/time'
import { grouped, monthsLabel } from './money'
import type { ParameterLookup } from './measures'

export const OWNERSHIPS = ['private', 'state', 'foreign', 'other'] as const
export const INDUSTRIES = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'retail',
  'transport',
  'warehousing',
  'postal',
  'accommodation',
  'catering',
  'information-transmission',
  'software-it',
  'real-estate',
  'property-management',
  'leasing-business',
  'other',
] as const
export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const
export const SKILL_TITLES = ['senior-technician-allowance', 'sanjin-expert-selected', 'sanjin-expert-contest'] as const
export const WORLD_SKILLS = ['national-squad', 'gold', 'silver', 'bronze', 'excellence'] as const
export const CONTEST_PLACES = ['first', 'second', 'third', 'excellence'] as const
export const CERTIFICATE_LEVELS = [5, 4, 3] as const
export const CONTEST_CLASSES = [1, 2] as const
export const AUDIENCES = ['enterprise', 'individual'] as const

export type Ownership = (typeof OWNERSHIPS)[number]
export type Industry = (typeof INDUSTRIES)[number]
export type SizeClass = (typeof SIZE_CLASSES)[number]
export type SkillTitle = (typeof SKILL_TITLES)[number]
export type WorldSkillsResult = (typeof WORLD_SKILLS)[number]
export type ContestPlace = (typeof CONTEST_PLACES)[number]
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number]
export type ContestClass = (typeof CONTEST_CLASSES)[number]
export type Audience = (typeof AUDIENCES)[number]

export type FactKind = 'enum' | 'count' | 'money' | 'months' | 'boolean'
export type FactOptionValue = string | number | boolean | null
export interface FactOption {
  value: FactOptionValue
  label: string
}
/** A hint, or one that names a parameter's value (so that it never restates a number). */
export type FactHint = string | ((value: ParameterLookup) => string)

interface FactBase {
  label: string
  hint: FactHint
}
interface NumberFact<K extends 'count' | 'money' | 'months'> extends FactBase {
  kind: K
  unit: '人' | '元' | '个月'
  /** the largest plausible value; above it the request is INVALID_INPUT */
  max: number
  schema: z.ZodNumber
}
const UNITS = { count: '人', money: '元', months: '个月' } as const
const numberFact = <K extends 'count' | 'money' | 'months'>(kind: K, label: string, hint: FactHint, max: number): NumberFact<K> => ({
  kind,
  unit: UNITS[kind],
  label,
  hint,
  max,
  // z.number().int() in zod 4 also rejects NaN, Infinity and unsafe integers.
  schema: z.number().int().min(0).max(max),
})
const count = (label: string, hint: FactHint, max: number) => numberFact('count', label, hint, max)
const money = (label: string, hint: FactHint, max: number) => numberFact('money', label, hint, max)
const months = (label: string, hint: FactHint, max: number) => numberFact('months', label, hint, max)

const choice = <const V extends readonly [string, ...string[]]>(values: V, labels: { [I in keyof V]: string }, label: string, hint: FactHint) => ({
  kind: 'enum' as const,
  label,
  hint,
  options: values.map((value, i) => ({ value, label: labels[i] })) as readonly FactOption[],
  schema: z.enum(values),
})

const NONE: FactOption = { value: null, label: '没有' }
/** A "which one" fact whose `null` means none of them. */
const whichOne = <S extends z.ZodType>(schema: S, options: readonly FactOption[], label: string, hint: FactHint) => ({
  kind: 'enum' as const,
  label,
  hint,
  options: [...options, NONE] as readonly FactOption[],
  schema: schema.nullable(),
})

/** The largest enterprise headcount believed possible (no enterprise anywhere employs ten million). */
const MAX_STAFF = 10_000_000
/** People in one of a firm's programmes (hires, trainees, interns) in one year. */
const MAX_PEOPLE = 1_000_000
/** A working life. */
const MAX_CAREER_MONTHS = 600

const ownershipLabels = ['民营企业', '国有企业', '外商投资企业', '其他'] as const

/** Every fact, in the order of docs/api.md (`missing` lists follow it). */
export const FACTS = {
  ownership: choice(OWNERSHIPS, ownershipLabels, '企业性质', '民营企业指非国有、非外商投资的企业，政策中的企业补贴只面向民营企业。'),
  industry: choice(
    INDUSTRIES,
    [
      '农、林、牧、渔业',
      '工业',
      '建筑业',
      '批发业',
      '零售业',
      '交通运输业',
      '仓储业',
      '邮政业',
      '住宿业',
      '餐饮业',
      '信息传输业',
      '软件和信息技术服务业',
      '房地产开发经营',
      '物业管理',
      '租赁和商务服务业',
      '其他未列明行业',
    ],
    '所属行业',
    '按主营业务选择，用于按国家标准判断企业规模。',
  ),
  employees: count('从业人员数', '在企业工作并领取报酬的全部人数（从业人员）。', MAX_STAFF),
  revenue: money('上年度营业收入', '上一年度的营业收入，按元填写（1万元填10000）。', 10_000_000_000_000),
  totalAssets: money('资产总额', '资产负债表上的资产总额，按元填写。', 100_000_000_000_000),
  sizeClass: choice(SIZE_CLASSES, ['大型企业', '中型企业', '小型企业', '微型企业'], '企业规模', '如已知企业规模可直接选择，将优先于按行业测算的结果。'),
  insuredStaff: count('参加失业保险的职工人数', '目前参加失业保险的职工人数，不超过从业人员数。', MAX_STAFF),
  layoffsLastYear: count('上年度裁员人数', '上一年度裁减的人数，没有裁员填0。', MAX_STAFF),
  uiPremiumsLastYear: money('上年度实际缴纳的失业保险费', '上一年度企业和职工实际缴纳的失业保险费合计，按元填写。', 10_000_000_000),
  trainedStaff: count('完成政府补贴性培训的职工人数', '已完成政府补贴性培训的职工人数，没有填0。', MAX_PEOPLE),
  apprentices: count('参加企业新型学徒培训的职工人数', '参加企业新型学徒制培训的职工人数，没有填0。', MAX_PEOPLE),
  newHires: count(
    '新吸纳人数',
    (p) => `新招用且已稳定就业满${monthsLabel(p('measure21.hiring.minStableMonths'))}的人数，没有填0。`,
    MAX_PEOPLE,
  ),
  difficultHires: count(
    '新招用就业困难人员人数',
    (p) => `新招用并签订${monthsLabel(p('measure21.contract.minMonths'))}以上劳动合同的就业困难人员人数，没有填0。`,
    MAX_PEOPLE,
  ),
  difficultHireMonths: months(
    '就业困难人员已在岗月数',
    (p) => `这些就业困难人员每人已在岗的月数（岗位补贴每人最长${p('measure21.difficult.maxMonths')}个月）。`,
    MAX_CAREER_MONTHS,
  ),
  graduateHires: count(
    '新招用高校毕业生人数',
    (p) =>
      `新招用的毕业年度和毕业${p('measure21.graduates.yearsSinceGraduation')}年内高校毕业生中，签订${monthsLabel(p('measure21.contract.minMonths'))}以上劳动合同并足额缴纳社会保险费的人数，没有填0。`,
    MAX_PEOPLE,
  ),
  interns: count('就业见习人数', '安排就业见习的高校毕业生、中职毕业生和失业青年人数，没有填0。', MAX_PEOPLE),
  internMonths: months('每人见习月数', '每名见习人员的见习月数。', 24),
  localMinimumWage: money('当地月最低工资标准', '企业所在地现行的月最低工资标准，按元填写。', 10_000),
  employerOwnership: choice(OWNERSHIPS, ownershipLabels, '所在单位性质', '您工作单位的性质；个人补贴面向民营企业职工。'),
  certificateLevel: whichOne(
    z.literal(CERTIFICATE_LEVELS),
    [
      { value: 5, label: '初级（五级）' },
      { value: 4, label: '中级（四级）' },
      { value: 3, label: '高级（三级）' },
    ],
    '新取得的职业资格或职业技能等级证书',
    '新取得的职业资格证书或职业技能等级证书的等级；没有请选“没有”。',
  ),
  uiContributionMonths: months('失业保险累计缴费月数', '您参加失业保险累计缴费的月数。', MAX_CAREER_MONTHS),
  skillTitle: whichOne(
    z.enum(SKILL_TITLES),
    [
      { value: 'senior-technician-allowance', label: '山西省享受政府津贴高级技师' },
      { value: 'sanjin-expert-selected', label: '三晋技术能手（评选获得）' },
      { value: 'sanjin-expert-contest', label: '三晋技术能手（省级技能大赛获得）' },
    ],
    '获得的技能人才称号',
    '通过评选或省级技能大赛获得的称号；没有请选“没有”。',
  ),
  worldSkills: whichOne(
    z.enum(WORLD_SKILLS),
    [
      { value: 'national-squad', label: '进入全国集训' },
      { value: 'gold', label: '金牌' },
      { value: 'silver', label: '银牌' },
      { value: 'bronze', label: '铜牌' },
      { value: 'excellence', label: '优胜奖' },
    ],
    '世界技能大赛成绩',
    '项目（团队）在世界技能大赛中的最好成绩；没有请选“没有”。',
  ),
  nationalContestClass: whichOne(
    z.literal(CONTEST_CLASSES),
    [
      { value: 1, label: '国家级一类大赛' },
      { value: 2, label: '国家级二类大赛' },
    ],
    '国家级技能大赛类别',
    '获奖的国家级技能大赛是一类还是二类；没有请选“没有”。',
  ),
  nationalContestPlace: whichOne(
    z.enum(CONTEST_PLACES),
    [
      { value: 'first', label: '一等奖' },
      { value: 'second', label: '二等奖' },
      { value: 'third', label: '三等奖' },
      { value: 'excellence', label: '优胜奖' },
    ],
    '国家级技能大赛名次',
    '在国家级技能大赛中获得的奖项；没有请选“没有”。',
  ),
  firstTimeFounder: {
    kind: 'boolean' as const,
    label: '是否首次创办企业',
    hint: '是否第一次创办企业。',
    options: [
      { value: true, label: '是' },
      { value: false, label: '否' },
    ] as readonly FactOption[],
    schema: z.boolean(),
  },
  operatingMonths: months('企业已正常运营月数', '企业自工商登记注册之日起正常运营的月数。', 1_200),
}

export type FactName = keyof typeof FACTS
type Shape = { [K in FactName]: z.ZodOptional<(typeof FACTS)[K]['schema']> }

export const FACT_NAMES = Object.keys(FACTS) as FactName[]

export const factsSchema = z.strictObject(
  Object.fromEntries(FACT_NAMES.map((name) => [name, FACTS[name].schema.optional()])) as Shape,
)
export type Facts = z.infer<typeof factsSchema>

/** A fact's bit in a set of facts (`FactSet`): facts are few, so a set is one integer. */
export const FACT_BIT = Object.fromEntries(FACT_NAMES.map((name, i) => [name, 2 ** i])) as Readonly<Record<FactName, number>>
if (FACT_NAMES.length > 31) throw new Error('FactSet holds at most 31 facts')
export type FactSet = number
export const factSet = (...names: readonly FactName[]): FactSet => names.reduce((s, n) => s | FACT_BIT[n], 0)
/** The facts of a set, in api.md order. */
export function factsOf(set: FactSet): FactName[] {
  const out: FactName[] = []
  for (let i = 0; set !== 0; i++, set >>>= 1) if (set & 1) out.push(FACT_NAMES[i])
  return out
}

const labelIndex = new Map<FactName, Map<FactOptionValue, string>>()
for (const name of FACT_NAMES) {
  const record = FACTS[name]
  if ('options' in record) labelIndex.set(name, new Map(record.options.map((o) => [o.value, o.label])))
}
/** The Chinese label of one option of a fact: optionLabel('ownership', 'private') → '民营企业'. */
export function optionLabel(fact: FactName, value: FactOptionValue | undefined): string {
  return labelIndex.get(fact)?.get(value as FactOptionValue) ?? String(value)
}

/**
 * Counts of people who work at the enterprise: none may exceed its 从业人员 (`employees`). New
 * hires in stable employment, hires on one-year contracts, insured staff and apprentices are all
 * among the people it employs, so a larger figure contradicts `employees` (and would make the firm
 * look smaller than it is).
 */
export const FACTS_WITHIN_EMPLOYEES = ['insuredStaff', 'apprentices', 'newHires', 'difficultHires', 'graduateHires'] as const satisfies readonly FactName[]

// ---------------------------------------------------------------------------------------------------
// Request parsing

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date 'YYYY-MM-DD' (2021-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (mo < 1 || mo > 12 || d < 1) return false
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
  return d <= days
}

const evaluateRequestSchema = z.strictObject({
  action: z.string().optional(),
  asOf: z.string().refine(isCalendarDate).optional(),
  facts: factsSchema.optional(),
  audience: z.array(z.enum(AUDIENCES)).min(1).optional(),
})

export interface ParsedEvaluateInput {
  asOf: string
  facts: Facts
  audience: Audience[]
}

export interface IssueDetail {
  field: string
  message: string
}

const named = (fact: FactName) => `「${FACTS[fact].label}」`

/** The Chinese message for a wrong value of one fact, e.g. 「新吸纳人数」须为0至1,000,000的整数（单位：人）. */
function factMessage(fact: FactName, tooBig = false): string {
  const record = FACTS[fact]
  if (record.kind === 'boolean') return `${named(fact)}须为 true 或 false`
  if (record.kind === 'enum') {
    const list = record.options.map((o) => o.label)
    return `${named(fact)}须为以下之一：${list.join('、')}`
  }
  const unit = record.kind === 'months' ? '月' : record.unit
  if (tooBig) return `${named(fact)}不能超过${grouped(record.max)}${record.unit}，请核对是否多填了位数`
  return `${named(fact)}须为0至${grouped(record.max)}的整数（单位：${unit}）`
}

const isFact = (k: PropertyKey): k is FactName => typeof k === 'string' && Object.hasOwn(FACTS, k)

function describeIssue(issue: z.core.$ZodIssue): IssueDetail[] {
  const path = issue.path
  if (issue.code === 'unrecognized_keys') {
    const inFacts = path[0] === 'facts'
    return issue.keys.map((k) => ({
      field: echoed(k),
      message: inFacts ? `未知的条件项「${echoed(k)}」` : `未知的请求字段「${echoed(k)}」`,
    }))
  }
  if (path.length === 0) return [{ field: '', message: '请求数据须为对象' }]
  const head = path[0]
  if (head === 'asOf') return [{ field: 'asOf', message: '「评估日期」须为真实存在的日期，格式为 YYYY-MM-DD' }]
  if (head === 'audience') {
    return [
      {
        field: 'audience',
        message: '「适用对象」须为非空列表，每项为 enterprise（企业）或 individual（个人）',
      },
    ]
  }
  if (head === 'action') return [{ field: 'action', message: '「操作名」须为文字' }]
  if (head === 'facts') {
    if (path.length === 1) return [{ field: 'facts', message: '「条件」须为对象' }]
    const fact = path[1]
    if (isFact(fact)) return [{ field: fact, message: factMessage(fact, issue.code === 'too_big') }]
  }
  return [{ field: path.map(String).join('.'), message: '输入有误' }]
}

/** Facts that contradict each other (a part larger than its whole), each naming both fields. */
export function contradictions(facts: Facts): IssueDetail[] {
  const issues: IssueDetail[] = []
  const { employees } = facts
  if (employees === undefined) return issues
  for (const part of FACTS_WITHIN_EMPLOYEES) {
    const n = facts[part]
    if (n === undefined || n <= employees) continue
    const message = `${named(part)}${grouped(n)}人多于${named('employees')}${grouped(employees)}人：这些人员都是企业的从业人员，请核对这两项`
    issues.push({ field: part, message }, { field: 'employees', message })
  }
  return issues
}

function refuse(issues: readonly IssueDetail[]): never {
  const seen = new Set<string>()
  const unique = issues.filter((i) => {
    const key = `${i.field}\u0000${i.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const listed = listedIssues(unique)
  throw invalidInput([...new Set(listed.map((i) => i.message))].join('；'), { issues: listed })
}

/**
 * Validates a `policy.evaluate` request (`{ asOf?, facts?, audience?, action? }`) and fills the
 * defaults. Throws `invalidInput` with a Chinese message naming each wrong field and
 * `details.issues: [{ field, message }]`.
 */
export function parseEvaluateInput(input: unknown, now: Date = new Date()): ParsedEvaluateInput {
  const r = evaluateRequestSchema.safeParse(input)
  if (!r.success) refuse(r.error.issues.flatMap(describeIssue))
  const { asOf, facts = {}, audience } = r.data
  const conflicts = contradictions(facts)
  if (conflicts.length) refuse(conflicts)
  return {
    asOf: asOf ?? todayInShanghai(now),
    facts,
    audience: audience ? AUDIENCES.filter((a) => audience.includes(a)) : [...AUDIENCES],
  }
}
