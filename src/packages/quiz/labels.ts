/**
 * What the result page says about each provision: its title (as in the notice's data) and the
 * documents an applicant usually prepares. The documents are a reading aid, not the notice's
 * text: the local bureau decides what it asks for, within what measure 23 allows.
 */
import type { Audience, EvaluateResponse } from '../../services/policy'

export const PROVISION_TITLES: Readonly<Record<string, string>> = {
  '8/training': '政府补贴性培训补贴',
  '8/apprenticeship': '企业新型学徒培训补贴',
  '9/senior-technician-allowance': '享受政府津贴高级技师奖励',
  '9/sanjin-expert-selected': '三晋技术能手评选奖励',
  '9/sanjin-expert-contest': '技能大赛三晋技术能手补助',
  '10/worldskills': '世界技能大赛补助',
  '10/national-contest': '国家级技能大赛补助',
  '11/skill-upgrade': '失业保险技能提升补贴',
  '15/stabilisation-refund': '失业保险稳岗返还',
  '20/startup': '一次性创业补贴',
  '21/hiring': '吸纳就业补助',
  '21/difficult-hires': '就业困难人员岗位补贴',
  '21/social-insurance': '社会保险补贴',
  '22/internship': '就业见习补贴',
}

export const provisionTitle = (measure: number, provision: string, fallback = ''): string =>
  PROVISION_TITLES[`${measure}/${provision}`] ?? fallback

const LABOUR_PROOF = '劳动合同或工资支付凭证（工资发放明细、银行工资流水）'
const SOCIAL_PROOF = '社保缴费证明'

/** The documents usually asked for, per payable provision. */
export const DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  '8/training': ['参训职工名单', '政府补贴性培训合格（结业）证明'],
  '8/apprenticeship': ['新型学徒培训协议及学徒名单', '培训计划'],
  '9/senior-technician-allowance': ['身份证件', '享受政府津贴高级技师的认定文件', LABOUR_PROOF],
  '9/sanjin-expert-selected': ['身份证件', '“三晋技术能手”荣誉证书', LABOUR_PROOF],
  '9/sanjin-expert-contest': ['身份证件', '省级技能大赛获奖证书', LABOUR_PROOF],
  '10/worldskills': ['世界技能大赛获奖证书或全国集训证明', '项目及教练团队名单'],
  '10/national-contest': ['国家级技能大赛获奖证书', '项目及教练团队名单'],
  '11/skill-upgrade': ['身份证件', '职业资格证书或职业技能等级证书', '失业保险缴费记录'],
  '15/stabilisation-refund': ['上年度失业保险缴费记录', '上年度裁员情况'],
  '20/startup': ['营业执照', '带动就业人员名单', LABOUR_PROOF, SOCIAL_PROOF],
  '21/hiring': ['营业执照', '新吸纳人员名单', LABOUR_PROOF, SOCIAL_PROOF],
  '21/difficult-hires': ['营业执照', '就业困难人员认定证明', '一年以上劳动合同', '岗位补贴期间的工资支付凭证'],
  '21/social-insurance': ['营业执照', '一年以上劳动合同', '基本医疗保险缴费证明'],
  '22/internship': ['营业执照', '就业见习协议及见习人员名单', '见习人员毕业证或失业登记证明', '见习期考勤和生活补助发放记录'],
}

/** The checklist for the eligible provisions of a result: each document once, in first-seen order. */
export function documentChecklist(evaluation: Pick<EvaluateResponse, 'results'>): string[] {
  const seen = new Set<string>()
  for (const r of evaluation.results) {
    if (r.status !== 'eligible') continue
    for (const doc of DOCUMENTS[`${r.measure}/${r.provision}`] ?? []) seen.add(doc)
  }
  return [...seen]
}

/** Whether measure 23's relief on documents applies: hiring or start-up subsidies are in play. */
export const measure23Applies = (evaluation: Pick<EvaluateResponse, 'results'>) =>
  evaluation.results.some((r) => (r.measure === 20 || r.measure === 21) && r.status === 'eligible')

export const MEASURE_23_RELIEF: readonly string[] = [
  '不对所吸纳劳动者的户籍作限制',
  '除劳动合同外，工资发放明细、银行工资流水等工资支付凭证或社保缴费证明也可作为就业证明',
  '申领吸纳就业社保补贴，除基本医疗保险外不要求提供社会保险缴费明细账',
  '申请一次性创业补贴无需提供创业培训合格证书',
]

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = { enterprise: '企业', individual: '个人' }

export const SIZE_LABELS: Readonly<Record<NonNullable<EvaluateResponse['sizeClass']>, string>> = {
  large: '大型企业',
  medium: '中型企业',
  small: '小型企业',
  micro: '微型企业',
}

/** The date a provision ended, as its reasons name it: 2021年12月31日. */
export function endDateOf(reasons: readonly string[]): string | undefined {
  for (const r of reasons) {
    const m = /(\d{4}年\d{1,2}月\d{1,2}日)(到期|期满)/.exec(r)
    if (m) return m[1]
  }
  return undefined
}
