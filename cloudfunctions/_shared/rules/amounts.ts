/**
 * The amounts of each money measure as the policy guide shows them: one row per amount, each
 * reading its value from the parameters as of a date — so the guide can never disagree with the
 * calculator. Dated provisions (the notice's deadlines) are listed here too.
 */
import { parameter, type ParameterName } from './parameters'
import type { ProvisionKey } from './measures'
import { pct, yuan } from './format'

interface AmountRowDef {
  provision: ProvisionKey
  label: string
  /** The parameter holding the value; none for "按规定" amounts the notice leaves to local rules. */
  parameter?: ParameterName
  /** How the value reads: yuan per person, a rate, a cap… */
  unit?: 'perPerson' | 'perPersonMonth' | 'once' | 'project' | 'rate' | 'upTo'
  note?: string
}

const row = (provision: ProvisionKey, label: string, parameterName?: ParameterName, unit?: AmountRowDef['unit'], note?: string): AmountRowDef => ({
  provision,
  label,
  parameter: parameterName,
  unit,
  note,
})

const AMOUNT_ROWS: Readonly<Record<number, readonly AmountRowDef[]>> = {
  8: [
    row('training', '完成政府补贴性培训', 'measure8.training.perPerson', 'perPerson'),
    row('apprenticeship', '企业新型学徒培训', undefined, undefined, '按照规定给予培训补贴'),
  ],
  9: [
    row('senior-technician-allowance', '山西省享受政府津贴高级技师', 'measure9.seniorTechnicianAllowance', 'once'),
    row('sanjin-expert-selected', '评选获得“三晋技术能手”', 'measure9.sanjinExpertSelected', 'once'),
    row('sanjin-expert-contest', '省级技能大赛获得“三晋技术能手”', 'measure9.sanjinExpertContest', 'perPerson'),
  ],
  10: [
    row('worldskills', '世界技能大赛全国集训', 'measure10.worldSkills.nationalSquad', 'project'),
    row('worldskills', '世界技能大赛金牌', 'measure10.worldSkills.gold', 'project'),
    row('worldskills', '世界技能大赛银牌', 'measure10.worldSkills.silver', 'project'),
    row('worldskills', '世界技能大赛铜牌', 'measure10.worldSkills.bronze', 'project'),
    row('worldskills', '世界技能大赛优胜奖', 'measure10.worldSkills.excellence', 'project'),
    row('national-contest', '国家级一类大赛一等奖', 'measure10.nationalContest.class1.first', 'project'),
    row('national-contest', '国家级一类大赛二等奖', 'measure10.nationalContest.class1.second', 'project'),
    row('national-contest', '国家级一类大赛三等奖', 'measure10.nationalContest.class1.third', 'project'),
    row('national-contest', '国家级一类大赛优胜奖', 'measure10.nationalContest.class1.excellence', 'project'),
    row('national-contest', '国家级二类大赛一等奖', 'measure10.nationalContest.class2.first', 'project'),
    row('national-contest', '国家级二类大赛二等奖', 'measure10.nationalContest.class2.second', 'project'),
    row('national-contest', '国家级二类大赛三等奖', 'measure10.nationalContest.class2.third', 'project'),
    row('national-contest', '国家级二类大赛优胜奖', 'measure10.nationalContest.class2.excellence', 'project'),
  ],
  11: [
    row('skill-upgrade', '初级（五级）证书', 'measure11.certificate.level5', 'perPerson'),
    row('skill-upgrade', '中级（四级）证书', 'measure11.certificate.level4', 'perPerson'),
    row('skill-upgrade', '高级（三级）证书', 'measure11.certificate.level3', 'perPerson'),
  ],
  15: [
    row('stabilisation-refund', '大型企业：上年度实缴失业保险费的', 'measure15.refundRate.large', 'rate'),
    row('stabilisation-refund', '中小微企业：上年度实缴失业保险费的', 'measure15.refundRate.sme', 'rate'),
  ],
  20: [row('startup', '首次创办小微企业，正常运营1年以上', 'measure20.startup.max', 'upTo', '按带动就业人数确定')],
  21: [
    row('hiring', '新吸纳100人以下', 'measure21.hiring.perHireBelowThreshold', 'perPerson'),
    row('hiring', '新吸纳100人（含）以上', 'measure21.hiring.perHireAtOrAboveThreshold', 'perPerson', '每一人都按此标准'),
    row('difficult-hires', '招用就业困难人员岗位补贴', 'measure21.difficult.perPersonMonth', 'perPersonMonth', '最长3年'),
    row('social-insurance', '社会保险补贴', undefined, undefined, '按规定给予'),
  ],
  22: [row('internship', '就业见习补贴：当地最低工资标准的', 'measure22.internship.rate', 'rate', '每人每月')],
}

export interface AmountRow {
  provision: ProvisionKey
  label: string
  /** Whole yuan, when the row is an amount. */
  yuan?: number
  /** How to read the value, e.g. `1,000元/人`, `60%`, `最高3,000元`, `按规定`. */
  display: string
  note?: string
}

const UNIT_SUFFIX = { perPerson: '/人', perPersonMonth: '/人/月', once: '/人（一次性）', project: '/项' } as const

/** The amounts table of a measure as of a date; empty for measures without money. */
export function amountsOf(measure: number, asOf: string): AmountRow[] {
  return (AMOUNT_ROWS[measure] ?? []).map((def) => {
    const base = { provision: def.provision, label: def.label, ...(def.note ? { note: def.note } : {}) }
    if (!def.parameter || !def.unit) return { ...base, display: '按规定' }
    const value = parameter(def.parameter, asOf) as number
    if (def.unit === 'rate') return { ...base, display: pct(value) }
    if (def.unit === 'upTo') return { ...base, yuan: value, display: `最高${yuan(value)}` }
    return { ...base, yuan: value, display: `${yuan(value)}${UNIT_SUFFIX[def.unit]}` }
  })
}

/** The notice's deadlines: after `until`, the named part of the measure no longer applies. */
export const DATED_PROVISIONS: readonly { measure: number; until: ParameterName; whole: boolean; what: string }[] = [
  { measure: 11, until: 'measure11.relaxedCondition.until', whole: false, what: '累计缴费满12个月即可申领的放宽条件' },
  { measure: 14, until: 'measure14.uiRateReduction.until', whole: false, what: '失业保险总费率1%的阶段性降费' },
  { measure: 15, until: 'measure15.until', whole: true, what: '失业保险稳岗返还' },
  { measure: 18, until: 'measure18.plan.until', whole: false, what: '《山西省工伤预防五年行动计划（2021-2025年）》' },
]
