/**
 * Every number, rate, threshold and date the rules use, as data (OpenFisca-style parameters).
 *
 * The functions are bundled with esbuild and must not read files at run time, so the parameters are
 * a typed module rather than YAML. Each entry has a Chinese description, a clause reference with a
 * short quote, and values keyed by effective period (`from`, optional `until`, both inclusive,
 * 'YYYY-MM-DD'). Changing an amount means editing this file only.
 *
 * Units:
 * - `yuan`: whole yuan.
 * - `bp`: basis points of a rate (1% = 100), so that every percentage is integer arithmetic.
 * - `persons`, `months`: whole numbers.
 * - `date`: 'YYYY-MM-DD'.
 * - `size-row`: one industry's row of the 2011 SME standard, thresholds in persons and yuan.
 *
 * Amounts start when the notice was issued (2021-11, no day given: the product reads 2021-11-01) and
 * carry no `until`: a provision's end is its own date parameter (e.g. `measure15.until`), so an
 * expired provision's amount can still be shown for reference.
 */

export type Unit = 'yuan' | 'bp' | 'persons' | 'months' | 'date' | 'size-row'

export interface Reference {
  /** e.g. '第21条' or '工信部联企业〔2011〕300号 第四条（二）' */
  clause: string
  /** a short quote of the source text */
  quote: string
}

export interface Period<T> {
  /** first day in force, inclusive */
  from: string
  /** last day in force, inclusive; open-ended when absent */
  until?: string
  value: T
}

export interface ParameterDef<T> {
  description: string
  unit: Unit
  reference: Reference
  values: readonly Period<T>[]
}

export type SizeMetric = 'employees' | 'revenue' | 'totalAssets'
export type SizeThresholds = Readonly<Partial<Record<SizeMetric, number>>>

/** One industry's row: SME if below ANY ceiling; medium if ALL medium floors met; small if ALL small floors met. */
export interface SizeRow {
  ceiling: SizeThresholds
  medium: SizeThresholds
  small: SizeThresholds
}

const NOTICE = '2021-11-01'
/** 《中小企业划型标准规定》 was issued 2011-06-18. */
const SME_STANDARD = '2011-06-18'
const SME_REF = '工信部联企业〔2011〕300号 第四条'
/** 1万元 in yuan: the standard states revenue and assets in 万元. */
const WAN = 10_000

const def = <T>(d: ParameterDef<T>): ParameterDef<T> => d
const since = <T>(value: T, from = NOTICE): readonly Period<T>[] => [{ from, value }]

const sizeRow = (
  item: string,
  quote: string,
  row: SizeRow,
): ParameterDef<SizeRow> =>
  def<SizeRow>({
    description: `${quote.split('：')[0]}企业规模划分标准（营业收入、资产总额单位：元）`,
    unit: 'size-row',
    reference: { clause: `${SME_REF}（${item}）`, quote },
    values: since(row, SME_STANDARD),
  })

export const PARAMETERS = {
  // --- the notice itself -------------------------------------------------------------------------
  'notice.issuedOn': def<string>({
    description: '《通知》印发日期（落款仅写2021年11月，按11月1日计）；此前的日期不适用任何条款',
    unit: 'date',
    reference: { clause: '落款', quote: '山西省人力资源和社会保障厅 2021年11月 日' },
    values: since(NOTICE),
  }),

  // --- measure 8 ---------------------------------------------------------------------------------
  'measure8.training.perPerson': def<number>({
    description: '民营企业完成政府补贴性培训，每人给予企业的培训补贴',
    unit: 'yuan',
    reference: { clause: '第8条', quote: '民营企业完成政府补贴性培训，按照每人300元给予企业培训补贴' },
    values: since(300),
  }),

  // --- measure 9 ---------------------------------------------------------------------------------
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

  // --- measure 10 --------------------------------------------------------------------------------
  'measure10.worldSkills.nationalSquad': def<number>({
    description: '进入世界技能大赛全国集训的项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对进入世界技能大赛全国集训的项目给予2万元补助' },
    values: since(20_000),
  }),
  'measure10.worldSkills.gold': def<number>({
    description: '世界技能大赛金牌项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '获得金牌、银牌、铜牌和优胜奖的项目，分别给予50万元、30万元、20万元、10万元的补助' },
    values: since(500_000),
  }),
  'measure10.worldSkills.silver': def<number>({
    description: '世界技能大赛银牌项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '获得金牌、银牌、铜牌和优胜奖的项目，分别给予50万元、30万元、20万元、10万元的补助' },
    values: since(300_000),
  }),
  'measure10.worldSkills.bronze': def<number>({
    description: '世界技能大赛铜牌项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '获得金牌、银牌、铜牌和优胜奖的项目，分别给予50万元、30万元、20万元、10万元的补助' },
    values: since(200_000),
  }),
  'measure10.worldSkills.excellence': def<number>({
    description: '世界技能大赛优胜奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '获得金牌、银牌、铜牌和优胜奖的项目，分别给予50万元、30万元、20万元、10万元的补助' },
    values: since(100_000),
  }),
  'measure10.nationalContest.class1.first': def<number>({
    description: '国家级一类大赛一等奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对获得国家级一类大赛一、二、三等奖、优胜奖的项目分别给予8万元、5万元、3万元、1万元的补助' },
    values: since(80_000),
  }),
  'measure10.nationalContest.class1.second': def<number>({
    description: '国家级一类大赛二等奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对获得国家级一类大赛一、二、三等奖、优胜奖的项目分别给予8万元、5万元、3万元、1万元的补助' },
    values: since(50_000),
  }),
  'measure10.nationalContest.class1.third': def<number>({
    description: '国家级一类大赛三等奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对获得国家级一类大赛一、二、三等奖、优胜奖的项目分别给予8万元、5万元、3万元、1万元的补助' },
    values: since(30_000),
  }),
  'measure10.nationalContest.class1.excellence': def<number>({
    description: '国家级一类大赛优胜奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对获得国家级一类大赛一、二、三等奖、优胜奖的项目分别给予8万元、5万元、3万元、1万元的补助' },
    values: since(10_000),
  }),
  'measure10.nationalContest.class2.first': def<number>({
    description: '国家级二类大赛一等奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对获得国家级二类大赛一、二、三等奖、优胜奖的项目分别给予3万元、1万元、5000元、3000元的补助' },
    values: since(30_000),
  }),
  'measure10.nationalContest.class2.second': def<number>({
    description: '国家级二类大赛二等奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对获得国家级二类大赛一、二、三等奖、优胜奖的项目分别给予3万元、1万元、5000元、3000元的补助' },
    values: since(10_000),
  }),
  'measure10.nationalContest.class2.third': def<number>({
    description: '国家级二类大赛三等奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对获得国家级二类大赛一、二、三等奖、优胜奖的项目分别给予3万元、1万元、5000元、3000元的补助' },
    values: since(5_000),
  }),
  'measure10.nationalContest.class2.excellence': def<number>({
    description: '国家级二类大赛优胜奖项目补助',
    unit: 'yuan',
    reference: { clause: '第10条', quote: '对获得国家级二类大赛一、二、三等奖、优胜奖的项目分别给予3万元、1万元、5000元、3000元的补助' },
    values: since(3_000),
  }),

  // --- measure 11 --------------------------------------------------------------------------------
  'measure11.certificate.level5': def<number>({
    description: '取得初级（五级）职业资格证书或职业技能等级证书的技能提升补贴',
    unit: 'yuan',
    reference: { clause: '第11条', quote: '取得初级（五级）、中级（四级）、高级（三级）…证书的，分别给予1000元、1500元、2000元补贴' },
    values: since(1_000),
  }),
  'measure11.certificate.level4': def<number>({
    description: '取得中级（四级）职业资格证书或职业技能等级证书的技能提升补贴',
    unit: 'yuan',
    reference: { clause: '第11条', quote: '取得初级（五级）、中级（四级）、高级（三级）…证书的，分别给予1000元、1500元、2000元补贴' },
    values: since(1_500),
  }),
  'measure11.certificate.level3': def<number>({
    description: '取得高级（三级）职业资格证书或职业技能等级证书的技能提升补贴',
    unit: 'yuan',
    reference: { clause: '第11条', quote: '取得初级（五级）、中级（四级）、高级（三级）…证书的，分别给予1000元、1500元、2000元补贴' },
    values: since(2_000),
  }),
  'measure11.minContributionMonths': def<number>({
    description: '放宽后的申领条件：在职职工参加失业保险累计缴费月数下限（含）',
    unit: 'months',
    reference: { clause: '第11条', quote: '申领条件继续放宽至企业在职职工参加失业保险累计缴费不少于12个月' },
    values: since(12),
  }),
  'measure11.relaxedCondition.until': def<string>({
    description: '技能提升补贴放宽申领条件的截止日期（含）',
    unit: 'date',
    reference: { clause: '第11条', quote: '2021年12月31日前，申领条件继续放宽' },
    values: since('2021-12-31'),
  }),

  // --- measure 14 --------------------------------------------------------------------------------
  'measure14.uiTotalRate': def<number>({
    description: '阶段性降费率期间的失业保险总费率',
    unit: 'bp',
    reference: { clause: '第14条', quote: '继续执行失业保险总费率1%' },
    values: since(100),
  }),
  'measure14.uiRateReduction.until': def<string>({
    description: '失业保险阶段性降费率的截止日期（含）',
    unit: 'date',
    reference: { clause: '第14条', quote: '延长阶段性降费率的期限至2022年4月30日' },
    values: since('2022-04-30'),
  }),

  // --- measure 15 --------------------------------------------------------------------------------
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
    description: '适用20%裁员率标准的参保企业参保职工人数上限（含）',
    unit: 'persons',
    reference: { clause: '第15条', quote: '30人（含）以下的参保企业裁员率不高于参保职工总数20%的' },
    values: since(30),
  }),
  'measure15.smallEnterprise.maxLayoffRate': def<number>({
    description: '参保职工30人（含）以下企业的裁员率上限（含）',
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

  // --- measure 18 --------------------------------------------------------------------------------
  'measure18.plan.from': def<string>({
    description: '《山西省工伤预防五年行动计划》起始日期',
    unit: 'date',
    reference: { clause: '第18条', quote: '实施《山西省工伤预防五年行动计划（2021-2025年）》' },
    values: since('2021-01-01'),
  }),
  'measure18.plan.until': def<string>({
    description: '《山西省工伤预防五年行动计划》截止日期（含）',
    unit: 'date',
    reference: { clause: '第18条', quote: '实施《山西省工伤预防五年行动计划（2021-2025年）》' },
    values: since('2025-12-31'),
  }),

  // --- measure 20 --------------------------------------------------------------------------------
  'measure20.startup.max': def<number>({
    description: '首次创办民营小微企业的一次性创业补贴上限（具体档次按带动就业人数，由各地确定）',
    unit: 'yuan',
    reference: { clause: '第20条', quote: '根据带动就业人数给予最高3000元的一次性创业补贴' },
    values: since(3_000),
  }),
  'measure20.minOperatingMonths': def<number>({
    description: '所创办企业自工商登记注册之日起正常运营的最少月数（含）',
    unit: 'months',
    reference: { clause: '第20条', quote: '所创办企业自工商登记注册之日起正常运营1年以上的' },
    values: since(12),
  }),

  // --- measure 21 --------------------------------------------------------------------------------
  'measure21.hiring.minStableMonths': def<number>({
    description: '新吸纳劳动者稳定就业的最少月数（已含在“新吸纳人数”的定义中，仅用于说明）',
    unit: 'months',
    reference: { clause: '第21条', quote: '新吸纳城乡各类劳动者且稳定就业半年以上的' },
    values: since(6),
  }),
  'measure21.hiring.tierThreshold': def<number>({
    description: '阶梯性补助的分档人数：新吸纳达到此人数（含）按高档标准，且全部人数按高档计',
    unit: 'persons',
    reference: { clause: '第21条', quote: '新吸纳100人以下的，按每人1000元给予补助；新吸纳100人（含）以上的，按每人1500元给予补助' },
    values: since(100),
  }),
  'measure21.hiring.perHireBelowThreshold': def<number>({
    description: '新吸纳不足100人时每人补助',
    unit: 'yuan',
    reference: { clause: '第21条', quote: '新吸纳100人以下的，按每人1000元给予补助' },
    values: since(1_000),
  }),
  'measure21.hiring.perHireAtOrAboveThreshold': def<number>({
    description: '新吸纳100人（含）以上时每人补助',
    unit: 'yuan',
    reference: { clause: '第21条', quote: '新吸纳100人（含）以上的，按每人1500元给予补助' },
    values: since(1_500),
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

  // --- measure 22 --------------------------------------------------------------------------------
  'measure22.internship.rate': def<number>({
    description: '就业见习补贴占当地月最低工资标准的比例（每名见习人员每月）',
    unit: 'bp',
    reference: { clause: '第22条', quote: '按当地最低工资标准的60%给予见习补贴' },
    values: since(6_000),
  }),

  // --- SME size table (2011 standard, 16 industries) ---------------------------------------------
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
} as const

export type ParameterName = keyof typeof PARAMETERS
export type ParameterValue<N extends ParameterName> = (typeof PARAMETERS)[N] extends ParameterDef<infer T> ? T : never

const inForce = <T>(p: Period<T>, asOf: string): boolean =>
  p.from <= asOf && (p.until === undefined || asOf <= p.until)

/** The value in force on `asOf` ('YYYY-MM-DD'), or undefined when the parameter has none that day. */
export function findParameter<N extends ParameterName>(name: N, asOf: string): ParameterValue<N> | undefined {
  // Few periods per parameter: a linear scan over ISO date strings is the fastest lookup.
  const values = (PARAMETERS[name] as ParameterDef<ParameterValue<N>>).values
  for (let i = 0; i < values.length; i++) if (inForce(values[i], asOf)) return values[i].value
  return undefined
}

/** The value in force on `asOf`; throws when there is none (a rule asked outside the parameter's life). */
export function parameter<N extends ParameterName>(name: N, asOf: string): ParameterValue<N> {
  const v = findParameter(name, asOf)
  if (v === undefined) throw new Error(`parameter ${name} has no value in force on ${asOf}`)
  return v
}

/** The whole history of a parameter (for documentation pages and tests). */
export function parameterHistory<N extends ParameterName>(name: N): readonly Period<ParameterValue<N>>[] {
  return (PARAMETERS[name] as ParameterDef<ParameterValue<N>>).values
}

export const PARAMETER_NAMES = Object.keys(PARAMETERS) as ParameterName[]
