/**
 * Enterprise size (大型 / 中型 / 小型 / 微型) by the 2011 standard 《中小企业划型标准规定》
 * (工信部联企业〔2011〕300号), the standard in force when the notice was issued: its table as
 * parameters `size.<industry>` (persons and yuan) and the derivation.
 *
 * Per industry: large unless below ANY SME ceiling; medium if ALL medium floors are met; small if ALL
 * small floors are met; micro otherwise. Only the metrics in the industry's row are used (and asked
 * for). With some metrics unknown the size may still be decided (e.g. an industrial firm with 10
 * staff is micro whatever its revenue): `possible` lists every class the unknowns still allow.
 */
import type { FactName, Industry, SizeClass } from './facts'
import { todayInShanghai } from '../catalog/time'
import { def, since, valueAt, type ParameterDef } from './parameters'

export type SizeMetric = 'employees' | 'revenue' | 'totalAssets'
export type SizeThresholds = Readonly<Partial<Record<SizeMetric, number>>>

/** One industry's row: SME if below ANY ceiling; medium if ALL medium floors met; small if ALL small floors met. */
export interface SizeRow {
  ceiling: SizeThresholds
  medium: SizeThresholds
  small: SizeThresholds
}

/** 《中小企业划型标准规定》 was issued 2011-06-18. */
const SME_STANDARD = '2011-06-18'
const SME_REF = '工信部联企业〔2011〕300号 第四条'
/** 1万元 in yuan: the standard states revenue and assets in 万元. */
const WAN = 10_000

const sizeRow = (item: string, quote: string, row: SizeRow): ParameterDef<SizeRow> =>
  def<SizeRow>({
    description: `${quote.split('：')[0]}企业规模划分标准（营业收入、资产总额单位：元）`,
    unit: 'size-row',
    reference: { clause: `${SME_REF}（${item}）`, quote },
    values: since(row, SME_STANDARD),
  })

/** The standard's table, one row per industry of the `industry` fact. */
export const SIZE_PARAMETERS = {
  'size.agriculture': sizeRow('一', '农、林、牧、渔业：营业收入20000万元以下的为中小微型企业；营业收入500万元及以上的为中型，50万元及以上的为小型，50万元以下的为微型', {
    ceiling: { revenue: 20_000 * WAN },
    medium: { revenue: 500 * WAN },
    small: { revenue: 50 * WAN },
  }),
  'size.industry': sizeRow('二', '工业：从业人员1000人以下或营业收入40000万元以下的为中小微型企业；从业人员300人及以上且营业收入2000万元及以上的为中型，20人及以上且300万元及以上的为小型', {
    ceiling: { employees: 1_000, revenue: 40_000 * WAN },
    medium: { employees: 300, revenue: 2_000 * WAN },
    small: { employees: 20, revenue: 300 * WAN },
  }),
  'size.construction': sizeRow('三', '建筑业：营业收入80000万元以下或资产总额80000万元以下的为中小微型企业；营业收入6000万元及以上且资产总额5000万元及以上的为中型，营业收入300万元及以上且资产总额300万元及以上的为小型', {
    ceiling: { revenue: 80_000 * WAN, totalAssets: 80_000 * WAN },
    medium: { revenue: 6_000 * WAN, totalAssets: 5_000 * WAN },
    small: { revenue: 300 * WAN, totalAssets: 300 * WAN },
  }),
  'size.wholesale': sizeRow('四', '批发业：从业人员200人以下或营业收入40000万元以下的为中小微型企业；从业人员20人及以上且营业收入5000万元及以上的为中型，5人及以上且1000万元及以上的为小型', {
    ceiling: { employees: 200, revenue: 40_000 * WAN },
    medium: { employees: 20, revenue: 5_000 * WAN },
    small: { employees: 5, revenue: 1_000 * WAN },
  }),
  'size.retail': sizeRow('五', '零售业：从业人员300人以下或营业收入20000万元以下的为中小微型企业；从业人员50人及以上且营业收入500万元及以上的为中型，10人及以上且100万元及以上的为小型', {
    ceiling: { employees: 300, revenue: 20_000 * WAN },
    medium: { employees: 50, revenue: 500 * WAN },
    small: { employees: 10, revenue: 100 * WAN },
  }),
  'size.transport': sizeRow('六', '交通运输业：从业人员1000人以下或营业收入30000万元以下的为中小微型企业；从业人员300人及以上且营业收入3000万元及以上的为中型，20人及以上且200万元及以上的为小型', {
    ceiling: { employees: 1_000, revenue: 30_000 * WAN },
    medium: { employees: 300, revenue: 3_000 * WAN },
    small: { employees: 20, revenue: 200 * WAN },
  }),
  'size.warehousing': sizeRow('七', '仓储业：从业人员200人以下或营业收入30000万元以下的为中小微型企业；从业人员100人及以上且营业收入1000万元及以上的为中型，20人及以上且100万元及以上的为小型', {
    ceiling: { employees: 200, revenue: 30_000 * WAN },
    medium: { employees: 100, revenue: 1_000 * WAN },
    small: { employees: 20, revenue: 100 * WAN },
  }),
  'size.postal': sizeRow('八', '邮政业：从业人员1000人以下或营业收入30000万元以下的为中小微型企业；从业人员300人及以上且营业收入2000万元及以上的为中型，20人及以上且100万元及以上的为小型', {
    ceiling: { employees: 1_000, revenue: 30_000 * WAN },
    medium: { employees: 300, revenue: 2_000 * WAN },
    small: { employees: 20, revenue: 100 * WAN },
  }),
  'size.accommodation': sizeRow('九', '住宿业：从业人员300人以下或营业收入10000万元以下的为中小微型企业；从业人员100人及以上且营业收入2000万元及以上的为中型，10人及以上且100万元及以上的为小型', {
    ceiling: { employees: 300, revenue: 10_000 * WAN },
    medium: { employees: 100, revenue: 2_000 * WAN },
    small: { employees: 10, revenue: 100 * WAN },
  }),
  'size.catering': sizeRow('十', '餐饮业：从业人员300人以下或营业收入10000万元以下的为中小微型企业；从业人员100人及以上且营业收入2000万元及以上的为中型，10人及以上且100万元及以上的为小型', {
    ceiling: { employees: 300, revenue: 10_000 * WAN },
    medium: { employees: 100, revenue: 2_000 * WAN },
    small: { employees: 10, revenue: 100 * WAN },
  }),
  'size.information-transmission': sizeRow('十一', '信息传输业：从业人员2000人以下或营业收入100000万元以下的为中小微型企业；从业人员100人及以上且营业收入1000万元及以上的为中型，10人及以上且100万元及以上的为小型', {
    ceiling: { employees: 2_000, revenue: 100_000 * WAN },
    medium: { employees: 100, revenue: 1_000 * WAN },
    small: { employees: 10, revenue: 100 * WAN },
  }),
  'size.software-it': sizeRow('十二', '软件和信息技术服务业：从业人员300人以下或营业收入10000万元以下的为中小微型企业；从业人员100人及以上且营业收入1000万元及以上的为中型，10人及以上且50万元及以上的为小型', {
    ceiling: { employees: 300, revenue: 10_000 * WAN },
    medium: { employees: 100, revenue: 1_000 * WAN },
    small: { employees: 10, revenue: 50 * WAN },
  }),
  'size.real-estate': sizeRow('十三', '房地产开发经营：营业收入200000万元以下或资产总额10000万元以下的为中小微型企业；营业收入1000万元及以上且资产总额5000万元及以上的为中型，营业收入100万元及以上且资产总额2000万元及以上的为小型', {
    ceiling: { revenue: 200_000 * WAN, totalAssets: 10_000 * WAN },
    medium: { revenue: 1_000 * WAN, totalAssets: 5_000 * WAN },
    small: { revenue: 100 * WAN, totalAssets: 2_000 * WAN },
  }),
  'size.property-management': sizeRow('十四', '物业管理：从业人员1000人以下或营业收入5000万元以下的为中小微型企业；从业人员300人及以上且营业收入1000万元及以上的为中型，100人及以上且500万元及以上的为小型', {
    ceiling: { employees: 1_000, revenue: 5_000 * WAN },
    medium: { employees: 300, revenue: 1_000 * WAN },
    small: { employees: 100, revenue: 500 * WAN },
  }),
  'size.leasing-business': sizeRow('十五', '租赁和商务服务业：从业人员300人以下或资产总额120000万元以下的为中小微型企业；从业人员100人及以上且资产总额8000万元及以上的为中型，10人及以上且100万元及以上的为小型', {
    ceiling: { employees: 300, totalAssets: 120_000 * WAN },
    medium: { employees: 100, totalAssets: 8_000 * WAN },
    small: { employees: 10, totalAssets: 100 * WAN },
  }),
  'size.other': sizeRow('十六', '其他未列明行业：从业人员300人以下的为中小微型企业；从业人员100人及以上的为中型，10人及以上的为小型，10人以下的为微型', {
    ceiling: { employees: 300 },
    medium: { employees: 100 },
    small: { employees: 10 },
  }),
} satisfies Record<`size.${Industry}`, ParameterDef<SizeRow>>
const METRICS: readonly SizeMetric[] = ['employees', 'revenue', 'totalAssets']

export interface SizeInputs {
  industry?: Industry
  employees?: number
  revenue?: number
  totalAssets?: number
  /** a stated size overrides the derivation */
  sizeClass?: SizeClass
}

export interface SizeDerivation {
  /** the class, when the facts decide it */
  sizeClass?: SizeClass
  /** every class still possible given the facts (one element when decided) */
  possible: readonly SizeClass[]
  /** facts still needed to decide, in api.md order; empty when decided */
  missing: FactName[]
}

const ALL: readonly SizeClass[] = ['large', 'medium', 'small', 'micro']

/** The row's metrics and, per metric, one representative value for each region its thresholds cut. */
interface RowPlan {
  metrics: readonly SizeMetric[]
  candidates: Readonly<Partial<Record<SizeMetric, readonly number[]>>>
}
const plans = new WeakMap<SizeRow, RowPlan>()

function planOf(row: SizeRow): RowPlan {
  let plan = plans.get(row)
  if (plan) return plan
  const metrics = METRICS.filter((m) => row.ceiling[m] !== undefined || row.medium[m] !== undefined || row.small[m] !== undefined)
  const candidates: Partial<Record<SizeMetric, number[]>> = {}
  for (const m of metrics) {
    // Thresholds are compared as `< t` or `>= t`, so 0 and each threshold cover every region.
    const ts = [0, row.ceiling[m], row.medium[m], row.small[m]].filter((t): t is number => t !== undefined)
    candidates[m] = [...new Set(ts)].sort((a, b) => a - b)
  }
  plan = { metrics, candidates }
  plans.set(row, plan)
  return plan
}

const meetsAll = (floors: SizeRow['medium'], v: Readonly<Partial<Record<SizeMetric, number>>>): boolean =>
  METRICS.every((m) => floors[m] === undefined || (v[m] as number) >= (floors[m] as number))

/** The class of an enterprise whose row metrics are all known. */
export function classify(row: SizeRow, v: Readonly<Partial<Record<SizeMetric, number>>>): SizeClass {
  const sme = METRICS.some((m) => row.ceiling[m] !== undefined && (v[m] as number) < (row.ceiling[m] as number))
  if (!sme) return 'large'
  if (meetsAll(row.medium, v)) return 'medium'
  if (meetsAll(row.small, v)) return 'small'
  return 'micro'
}

const ROWS = new Map(Object.entries(SIZE_PARAMETERS).map(([name, p]) => [name.slice('size.'.length), p]))

/** The standard's row for an industry, as of a date; none before the 2011 standard. */
export const sizeRowOf = (industry: Industry, asOf: string): SizeRow | undefined => valueAt(ROWS.get(industry) as ParameterDef<SizeRow>, asOf)

/** The facts an industry's row uses (agriculture: revenue; construction: revenue + assets; …); none before 2011. */
export function sizeFactsOf(industry: Industry, asOf: string): readonly SizeMetric[] {
  const row = sizeRowOf(industry, asOf)
  return row ? planOf(row).metrics : []
}

/** Every class the facts still allow, and what is missing to decide. */
export function sizeFromFacts(facts: SizeInputs, asOf: string): SizeDerivation {
  if (facts.sizeClass !== undefined) return { sizeClass: facts.sizeClass, possible: [facts.sizeClass], missing: [] }
  if (facts.industry === undefined) return { possible: ALL, missing: ['industry'] }
  const row = sizeRowOf(facts.industry, asOf)
  // Before the 2011 standard there are no size classes (and, long before the notice, nothing to pay).
  if (!row) return { possible: ALL, missing: [] }
  const plan = planOf(row)
  const unknown = plan.metrics.filter((m) => facts[m] === undefined)
  if (unknown.length === 0) {
    const c = classify(row, facts)
    return { sizeClass: c, possible: [c], missing: [] }
  }
  const found = new Set<SizeClass>()
  const v: Partial<Record<SizeMetric, number>> = {}
  for (const m of plan.metrics) if (facts[m] !== undefined) v[m] = facts[m]
  const walk = (i: number): void => {
    if (i === unknown.length) {
      found.add(classify(row, v))
      return
    }
    for (const c of plan.candidates[unknown[i]] as number[]) {
      v[unknown[i]] = c
      walk(i + 1)
    }
  }
  walk(0)
  const possible = ALL.filter((c) => found.has(c))
  if (possible.length === 1) return { sizeClass: possible[0], possible, missing: [] }
  return { possible, missing: [...unknown] }
}

/**
 * The size class by the 2011 standard: `{ sizeClass, missing }`; `sizeClass` is undefined while
 * `missing` names the facts still needed (only those of the industry's row). A stated size wins.
 */
export function deriveSizeClass(
  industry?: Industry,
  employees?: number,
  revenue?: number,
  totalAssets?: number,
  options: { sizeClass?: SizeClass; asOf?: string } = {},
): { sizeClass?: SizeClass; missing: string[] } {
  const d = sizeFromFacts(
    { industry, employees, revenue, totalAssets, sizeClass: options.sizeClass },
    options.asOf ?? todayInShanghai(),
  )
  return d.sizeClass ? { sizeClass: d.sizeClass, missing: [] } : { missing: d.missing }
}
