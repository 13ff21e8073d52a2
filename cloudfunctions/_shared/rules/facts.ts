/**
 * The facts vocabulary of `policy.evaluate` (shared/spec/api.md), its validation and its Chinese
 * labels, hints and option labels (the quiz renders its questions from these).
 *
 * Extensions to the contract (valid inputs added, none removed):
 * - `audience`: ['enterprise' | 'individual', …] restricts the provisions evaluated (default both).
 * - `null` for the "which one" facts (skillTitle, worldSkills, nationalContestClass,
 *   nationalContestPlace, certificateLevel) means "none of these": the provision becomes ineligible
 *   instead of staying needs-info forever. Any other null is still INVALID_INPUT.
 * - `action` may ride along in the request (the router's `data`) and is ignored.
 */
import { z } from 'zod'
import { echoed, invalidInput, listedIssues } from '../errors'

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

// z.number().int() in zod 4 also rejects NaN, Infinity and unsafe integers.
const whole = () => z.number().int().min(0)

export const factsSchema = z.strictObject({
  ownership: z.enum(OWNERSHIPS).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  employees: whole().optional(),
  revenue: whole().optional(),
  totalAssets: whole().optional(),
  sizeClass: z.enum(SIZE_CLASSES).optional(),
  insuredStaff: whole().optional(),
  layoffsLastYear: whole().optional(),
  uiPremiumsLastYear: whole().optional(),
  trainedStaff: whole().optional(),
  apprentices: whole().optional(),
  newHires: whole().optional(),
  difficultHires: whole().optional(),
  difficultHireMonths: whole().optional(),
  interns: whole().optional(),
  internMonths: whole().optional(),
  localMinimumWage: whole().optional(),
  employerOwnership: z.enum(OWNERSHIPS).optional(),
  certificateLevel: z.union([z.literal(5), z.literal(4), z.literal(3)]).nullable().optional(),
  uiContributionMonths: whole().optional(),
  skillTitle: z.enum(SKILL_TITLES).nullable().optional(),
  worldSkills: z.enum(WORLD_SKILLS).nullable().optional(),
  nationalContestClass: z.union([z.literal(1), z.literal(2)]).nullable().optional(),
  nationalContestPlace: z.enum(CONTEST_PLACES).nullable().optional(),
  firstTimeFounder: z.boolean().optional(),
  operatingMonths: whole().optional(),
})

export type Facts = z.infer<typeof factsSchema>
export type FactName = keyof Facts

/** The facts in the order of api.md; `missing` lists follow this order. */
export const FACT_NAMES = Object.keys(factsSchema.shape) as FactName[]
export const FACT_ORDER: Readonly<Record<FactName, number>> = Object.fromEntries(
  FACT_NAMES.map((n, i) => [n, i]),
) as Record<FactName, number>

export type FactKind = 'enum' | 'count' | 'money' | 'months' | 'boolean'

export const factKinds: Readonly<Record<FactName, FactKind>> = {
  ownership: 'enum',
  industry: 'enum',
  employees: 'count',
  revenue: 'money',
  totalAssets: 'money',
  sizeClass: 'enum',
  insuredStaff: 'count',
  layoffsLastYear: 'count',
  uiPremiumsLastYear: 'money',
  trainedStaff: 'count',
  apprentices: 'count',
  newHires: 'count',
  difficultHires: 'count',
  difficultHireMonths: 'months',
  interns: 'count',
  internMonths: 'months',
  localMinimumWage: 'money',
  employerOwnership: 'enum',
  certificateLevel: 'enum',
  uiContributionMonths: 'months',
  skillTitle: 'enum',
  worldSkills: 'enum',
  nationalContestClass: 'enum',
  nationalContestPlace: 'enum',
  firstTimeFounder: 'boolean',
  operatingMonths: 'months',
}

/** Unit shown beside a number input. */
export const factUnits: Readonly<Partial<Record<FactName, string>>> = {
  employees: '人',
  revenue: '元',
  totalAssets: '元',
  insuredStaff: '人',
  layoffsLastYear: '人',
  uiPremiumsLastYear: '元',
  trainedStaff: '人',
  apprentices: '人',
  newHires: '人',
  difficultHires: '人',
  difficultHireMonths: '个月',
  interns: '人',
  internMonths: '个月',
  localMinimumWage: '元',
  uiContributionMonths: '个月',
  operatingMonths: '个月',
}

export const factLabels: Readonly<Record<FactName, string>> = {
  ownership: '企业性质',
  industry: '所属行业',
  employees: '从业人员数',
  revenue: '上年度营业收入',
  totalAssets: '资产总额',
  sizeClass: '企业规模',
  insuredStaff: '参加失业保险的职工人数',
  layoffsLastYear: '上年度裁员人数',
  uiPremiumsLastYear: '上年度实际缴纳的失业保险费',
  trainedStaff: '完成政府补贴性培训的职工人数',
  apprentices: '参加企业新型学徒培训的职工人数',
  newHires: '新吸纳人数',
  difficultHires: '新招用就业困难人员人数',
  difficultHireMonths: '就业困难人员已在岗月数',
  interns: '就业见习人数',
  internMonths: '每人见习月数',
  localMinimumWage: '当地月最低工资标准',
  employerOwnership: '所在单位性质',
  certificateLevel: '新取得的职业资格或职业技能等级证书',
  uiContributionMonths: '失业保险累计缴费月数',
  skillTitle: '获得的技能人才称号',
  worldSkills: '世界技能大赛成绩',
  nationalContestClass: '国家级技能大赛类别',
  nationalContestPlace: '国家级技能大赛名次',
  firstTimeFounder: '是否首次创办企业',
  operatingMonths: '企业已正常运营月数',
}

export const factHints: Readonly<Record<FactName, string>> = {
  ownership: '民营企业指非国有、非外商投资的企业，政策中的企业补贴只面向民营企业。',
  industry: '按主营业务选择，用于按国家标准判断企业规模。',
  employees: '在企业工作并领取报酬的全部人数（从业人员）。',
  revenue: '上一年度的营业收入，按元填写（1万元填10000）。',
  totalAssets: '资产负债表上的资产总额，按元填写。',
  sizeClass: '如已知企业规模可直接选择，将优先于按行业测算的结果。',
  insuredStaff: '目前参加失业保险的职工人数。',
  layoffsLastYear: '上一年度裁减的人数，没有裁员填0。',
  uiPremiumsLastYear: '上一年度企业和职工实际缴纳的失业保险费合计，按元填写。',
  trainedStaff: '已完成政府补贴性培训的职工人数，没有填0。',
  apprentices: '参加企业新型学徒制培训的职工人数，没有填0。',
  newHires: '新招用且已稳定就业满6个月的人数，没有填0。',
  difficultHires: '新招用并签订1年以上劳动合同的就业困难人员人数，没有填0。',
  difficultHireMonths: '这些就业困难人员每人已在岗的月数（补贴每人最长36个月）。',
  interns: '安排就业见习的高校毕业生、中职毕业生和失业青年人数，没有填0。',
  internMonths: '每名见习人员的见习月数。',
  localMinimumWage: '企业所在地现行的月最低工资标准，按元填写。',
  employerOwnership: '您工作单位的性质；个人补贴面向民营企业职工。',
  certificateLevel: '新取得的职业资格证书或职业技能等级证书的等级；没有请选“没有”。',
  uiContributionMonths: '您参加失业保险累计缴费的月数。',
  skillTitle: '通过评选或省级技能大赛获得的称号；没有请选“没有”。',
  worldSkills: '项目（团队）在世界技能大赛中的最好成绩；没有请选“没有”。',
  nationalContestClass: '获奖的国家级技能大赛是一类还是二类；没有请选“没有”。',
  nationalContestPlace: '在国家级技能大赛中获得的奖项；没有请选“没有”。',
  firstTimeFounder: '是否第一次创办企业。',
  operatingMonths: '企业自工商登记注册之日起正常运营的月数。',
}

export type FactOptionValue = string | number | boolean | null
export interface FactOption {
  value: FactOptionValue
  label: string
}

const ownershipOptions: FactOption[] = [
  { value: 'private', label: '民营企业' },
  { value: 'state', label: '国有企业' },
  { value: 'foreign', label: '外商投资企业' },
  { value: 'other', label: '其他' },
]
const NONE: FactOption = { value: null, label: '没有' }

/** Chinese option labels of every enum (and boolean) fact, in display order. */
export const factOptions: Readonly<Partial<Record<FactName, readonly FactOption[]>>> = {
  ownership: ownershipOptions,
  employerOwnership: ownershipOptions,
  industry: [
    { value: 'agriculture', label: '农、林、牧、渔业' },
    { value: 'industry', label: '工业' },
    { value: 'construction', label: '建筑业' },
    { value: 'wholesale', label: '批发业' },
    { value: 'retail', label: '零售业' },
    { value: 'transport', label: '交通运输业' },
    { value: 'warehousing', label: '仓储业' },
    { value: 'postal', label: '邮政业' },
    { value: 'accommodation', label: '住宿业' },
    { value: 'catering', label: '餐饮业' },
    { value: 'information-transmission', label: '信息传输业' },
    { value: 'software-it', label: '软件和信息技术服务业' },
    { value: 'real-estate', label: '房地产开发经营' },
    { value: 'property-management', label: '物业管理' },
    { value: 'leasing-business', label: '租赁和商务服务业' },
    { value: 'other', label: '其他未列明行业' },
  ],
  sizeClass: [
    { value: 'large', label: '大型企业' },
    { value: 'medium', label: '中型企业' },
    { value: 'small', label: '小型企业' },
    { value: 'micro', label: '微型企业' },
  ],
  certificateLevel: [
    { value: 5, label: '初级（五级）' },
    { value: 4, label: '中级（四级）' },
    { value: 3, label: '高级（三级）' },
    NONE,
  ],
  skillTitle: [
    { value: 'senior-technician-allowance', label: '山西省享受政府津贴高级技师' },
    { value: 'sanjin-expert-selected', label: '三晋技术能手（评选获得）' },
    { value: 'sanjin-expert-contest', label: '三晋技术能手（省级技能大赛获得）' },
    NONE,
  ],
  worldSkills: [
    { value: 'national-squad', label: '进入全国集训' },
    { value: 'gold', label: '金牌' },
    { value: 'silver', label: '银牌' },
    { value: 'bronze', label: '铜牌' },
    { value: 'excellence', label: '优胜奖' },
    NONE,
  ],
  nationalContestClass: [
    { value: 1, label: '国家级一类大赛' },
    { value: 2, label: '国家级二类大赛' },
    NONE,
  ],
  nationalContestPlace: [
    { value: 'first', label: '一等奖' },
    { value: 'second', label: '二等奖' },
    { value: 'third', label: '三等奖' },
    { value: 'excellence', label: '优胜奖' },
    NONE,
  ],
  firstTimeFounder: [
    { value: true, label: '是' },
    { value: false, label: '否' },
  ],
}

// Option label lookup for reasons: '民营企业', '建筑业', …
const optionLabelIndex = new Map<string, string>()
for (const [fact, opts] of Object.entries(factOptions)) {
  for (const o of opts ?? []) optionLabelIndex.set(`${fact}:${String(o.value)}`, o.label)
}
export function optionLabel(fact: FactName, value: FactOptionValue | undefined): string {
  return optionLabelIndex.get(`${fact}:${String(value)}`) ?? String(value)
}

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

/** Today in Asia/Shanghai (UTC+8 all year, no daylight saving since 1991). */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

export const evaluateRequestSchema = z.strictObject({
  action: z.string().optional(),
  asOf: z.string().refine(isCalendarDate).optional(),
  facts: factsSchema.optional(),
  audience: z.array(z.enum(AUDIENCES)).min(1).optional(),
})

export interface EvaluateInput {
  /** 'YYYY-MM-DD'; default today in Asia/Shanghai */
  asOf?: string
  facts: Facts
  /** default both */
  audience?: readonly Audience[]
}

export interface ParsedEvaluateInput {
  asOf: string
  facts: Facts
  audience: Audience[]
}

export interface IssueDetail {
  field: string
  message: string
}

const KIND_RULE: Record<FactKind, string> = {
  count: '须为不小于0的整数',
  money: '须为不小于0的整数（单位：元）',
  months: '须为不小于0的整数（单位：月）',
  boolean: '须为 true 或 false',
  enum: '',
}

function enumRule(fact: FactName): string {
  const opts = factOptions[fact] ?? []
  const list = opts.map((o) => (o.value === null ? `null（${o.label}）` : `${String(o.value)}（${o.label}）`))
  return `须为以下之一：${list.join('、')}`
}

/** The Chinese message for a wrong value of one fact, e.g. 「newHires」（新吸纳人数）须为不小于0的整数. */
export function factMessage(fact: FactName): string {
  const kind = factKinds[fact]
  return `「${fact}」（${factLabels[fact]}）${kind === 'enum' ? enumRule(fact) : KIND_RULE[kind]}`
}

const isFact = (k: PropertyKey): k is FactName => typeof k === 'string' && k in factKinds

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
  if (head === 'asOf') return [{ field: 'asOf', message: '「asOf」（评估日期）须为真实存在的日期，格式为 YYYY-MM-DD' }]
  if (head === 'audience') {
    return [
      {
        field: 'audience',
        message: '「audience」（适用对象）须为非空数组，每项为 enterprise（企业）或 individual（个人）',
      },
    ]
  }
  if (head === 'action') return [{ field: 'action', message: '「action」须为字符串' }]
  if (head === 'facts') {
    if (path.length === 1) return [{ field: 'facts', message: '「facts」（条件）须为对象' }]
    const fact = path[1]
    if (isFact(fact)) return [{ field: fact, message: factMessage(fact) }]
  }
  return [{ field: path.map(String).join('.'), message: '输入有误' }]
}

/**
 * Validates a `policy.evaluate` request (`{ asOf?, facts?, audience?, action? }`) and fills the
 * defaults. Throws `invalidInput` with a Chinese message naming each wrong field and
 * `details.issues: [{ field, message }]`.
 */
export function parseEvaluateInput(input: unknown, now: Date = new Date()): ParsedEvaluateInput {
  const r = evaluateRequestSchema.safeParse(input)
  if (!r.success) {
    const seen = new Set<string>()
    const issues: IssueDetail[] = []
    for (const issue of r.error.issues) {
      for (const d of describeIssue(issue)) {
        const key = `${d.field}\u0000${d.message}`
        if (!seen.has(key)) {
          seen.add(key)
          issues.push(d)
        }
      }
    }
    const listed = listedIssues(issues)
    throw invalidInput(listed.map((i) => i.message).join('；'), { issues: listed })
  }
  const { asOf, facts, audience } = r.data
  return {
    asOf: asOf ?? todayInShanghai(now),
    facts: facts ?? {},
    audience: audience ? AUDIENCES.filter((a) => audience.includes(a)) : [...AUDIENCES],
  }
}
