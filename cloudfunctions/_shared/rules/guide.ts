/**
 * A measure's service guide (办事指南): its conditions, where to apply and how long it takes — each
 * a quotation of the notice, never the product's own words, so that no office, deadline or phone
 * number is invented. guide.test.ts checks every quotation against the notice text. Documents are
 * the provisions' (rules/measures); the hotline 12333 is the national HRSS service line.
 */
export interface GuideData {
  /** who may apply, quoted from the measure's text */
  conditions?: readonly string[]
  /** the office or body the measure names, quoted from its text */
  office?: string
  /** the processing time the measure states, quoted from its text */
  timeLimit?: string
}

/** The body the notice charges with carrying out every measure (its closing paragraph). */
export const NOTICE_OFFICE = '各市、县（市、区）人社局'
/** The official channels the notice's closing paragraph names, and the national HRSS hotline. */
export const HOTLINE = '12333'
export const OFFICIAL_CHANNEL = '人社部门门户网站'

export const GUIDES: Readonly<Record<number, GuideData>> = {
  2: {
    conditions: ['民营企业专业技术人员可向全省各系列（专业）、各级评审委员会或全省中小企业主管部门设立的民营企业工程系列评审委员会申报职称评审'],
    office: '民营企业职称申报受理服务点',
  },
  3: {
    conditions: ['经批准离岗创业或到民营企业兼职的高校、科研院所、医疗机构等企事业单位专业技术人才，3年内可在原单位按规定申报职称'],
    office: '相关评委会',
  },
  7: { conditions: ['在民营企业期间签订劳动合同并缴纳养老保险的'] },
  8: { conditions: ['民营企业完成政府补贴性培训', '民营企业开展企业新型学徒培训'] },
  9: {
    conditions: ['对评选产生的“山西省享受政府津贴高级技师”人员', '对评选获得“三晋技术能手”称号人员', '对通过参加各类省级技能大赛获得“三晋技术能手”的选手'],
  },
  10: {
    conditions: [
      '对进入世界技能大赛全国集训的项目',
      '对在世界技能大赛中获得金牌、银牌、铜牌和优胜奖的项目',
      '对获得国家级一类大赛一、二、三等奖、优胜奖的项目',
      '对获得国家级二类大赛一、二、三等奖、优胜奖的项目',
      '对获奖项目的教练团队按相同对应标准给予补助',
    ],
  },
  11: {
    conditions: ['民营企业参保职工取得职业资格证书或职业技能等级证书的', '2021年12月31日前，申领条件继续放宽至企业在职职工参加失业保险累计缴费不少于12个月'],
  },
  12: { conditions: ['对申请人自愿承诺符合许可条件并按要求提交材料的'], timeLimit: '当场作出许可决定' },
  13: { conditions: ['对进入我省的省外、境外经营性人力资源服务机构申请备案的'], timeLimit: '随到随办' },
  15: {
    conditions: ['参保企业上年度未裁员或裁员率不高于上年度全国调查失业率控制目标', '30人（含）以下的参保企业裁员率不高于参保职工总数20%的'],
  },
  20: { conditions: ['符合条件人员首次创办民营小微企业且所创办企业自工商登记注册之日起正常运营1年以上的'] },
  21: {
    conditions: [
      '对民营小微企业新吸纳城乡各类劳动者且稳定就业半年以上的',
      '对民营小微企业新招用就业困难人员并签订一年以上劳动合同的',
      '对民营企业招用就业困难人员以及民营小微企业招用就业困难人员、毕业年度和毕业2年内高校毕业生，与之签订一年以上劳动合同并为其足额缴纳社会保险费的',
    ],
  },
  22: {
    conditions: ['安排符合条件的高校毕业生、中职毕业生和失业青年参加就业见习', '对见习期未满与高校毕业生签订劳动合同的，给予企业剩余期限见习补贴'],
  },
  24: { office: '人社服务专员' },
  26: { office: '县级以上(含县级)公共就业和人才服务机构' },
}

export interface ServiceGuide {
  conditions: string[]
  /** `named`: the measure names it; otherwise the notice's closing charges it with the measure */
  office: { name: string; named: boolean }
  /** null when the notice states none */
  timeLimit: string | null
  hotline: string
  channels: string[]
}

/** The service guide of measure `id`: its quotations, and the notice's office and channels where it names none. */
export function serviceGuide(id: number): ServiceGuide {
  const g = GUIDES[id] ?? {}
  return {
    conditions: [...(g.conditions ?? [])],
    office: g.office ? { name: g.office, named: true } : { name: NOTICE_OFFICE, named: false },
    timeLimit: g.timeLimit ?? null,
    hotline: HOTLINE,
    channels: [OFFICIAL_CHANNEL],
  }
}
