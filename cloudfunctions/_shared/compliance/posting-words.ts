/**
 * What a job posting may not say, as data: per category, the words and patterns that catch it and
 * the reason (with the law) the firm is shown. The checker in posting-check.ts applies it; the
 * cloud also asks WeChat's msgSecCheck, the local server relies on this list alone.
 *
 * Patterns are written to catch the restriction, not the topic: 「男女不限」「户籍不限」「少数民族优先」
 * (which the law allows, 《就业促进法》第二十八条) and 「不收押金」 pass; 「限男性」「仅限本地户口」
 * 「河南人勿扰」 do not. They run on the text with spaces and zero-width characters removed.
 */

export type ComplianceCategory =
  | 'gender'
  | 'marriage'
  | 'ethnicity'
  | 'race'
  | 'religion'
  | 'hukou'
  | 'region'
  | 'health'
  | 'fee'
  | 'misleading'
  | 'illegal'

export interface CategoryRule {
  category: ComplianceCategory
  /** 歧视 (discrimination the law forbids) or 敏感 (sensitive, unlawful content) */
  kind: 'discrimination' | 'sensitive'
  label: string
  /** Why it is not allowed, citing the law, in Chinese: shown to the firm as is. */
  reason: string
  /** Literal words (matched as substrings). */
  words: readonly string[]
  /** Variants; each should match the whole offending phrase. */
  patterns: readonly RegExp[]
}

const LIMIT = '(?<!不)(?:限|仅限|只限|只招|仅招|只要|限招|仅要|只收)'
const REFUSE = '(?:不招|不要|不收|不录用?|谢绝|拒绝|拒收)'
const AWAY = '(?:者)?(?:勿扰|免谈|除外|莫扰|不要|谢绝|绕道|勿投|勿来)'
const PREFER = '(?:者)?优先'

/** The 56 ethnic groups' names without 族, longest first so 维吾尔 wins over shorter names. */
const ETHNIC_GROUPS = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南',
  '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length)
const ETHNIC = `(?:${ETHNIC_GROUPS.join('|')})族`

/** Provinces, regions and Shanxi's cities as people name them when they exclude or prefer "…人". */
const PLACES = [
  '北京', '天津', '河北', '山西', '内蒙古', '内蒙', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆', '台湾', '香港',
  '澳门', '东北', '西北', '西南', '华北', '华南', '华东', '华中', '南方', '北方', '晋北', '晋南', '晋东南', '本地', '外地', '外省', '外市',
  '外县', '本省', '本市', '本县', '本区', '当地', '太原', '大同', '阳泉', '长治', '晋城', '朔州', '晋中', '运城', '忻州', '临汾', '吕梁',
].sort((a, b) => b.length - a.length)
const PLACE = `(?:${PLACES.join('|')})`

const LAW_EQUALITY = '《就业促进法》第三条规定劳动者依法享有平等就业的权利，就业不因民族、种族、性别、宗教信仰等不同而受歧视'
const LAW_MARKET = '《人力资源市场暂行条例》第二十四条和《网络招聘服务管理规定》要求招聘信息真实、合法，不得含有民族、种族、性别、宗教信仰等方面的歧视性内容'
const LAW_MOBILITY = '人力资源社会保障部等五部门《关于规范网络平台招聘类信息发布的通知》要求招聘信息不得在户籍、地域、身份等方面设置限制人力资源流动的条件'

export const COMPLIANCE_RULES: readonly CategoryRule[] = [
  {
    category: 'gender',
    kind: 'discrimination',
    label: '性别歧视',
    reason: `招聘信息不得限定性别或规定某一性别优先。${LAW_EQUALITY}；第二十七条规定用人单位招用人员，除国家规定的不适合妇女的工种或者岗位外，不得以性别为由拒绝录用妇女或者提高对妇女的录用标准；${LAW_MARKET}。`,
    words: ['男士专岗', '女士专岗'],
    patterns: [
      new RegExp(`${LIMIT}(?:男|女)(?:性|士|生|工)?`, 'g'),
      new RegExp(`(?<!子)(?:男|女)(?:性|士|生|工)?(?:${PREFER}|${AWAY})`, 'g'),
      new RegExp(`${REFUSE}(?:男|女)(?:性|士|生|工)?`, 'g'),
    ],
  },
  {
    category: 'marriage',
    kind: 'discrimination',
    label: '婚育歧视',
    reason:
      '招聘信息不得把婚姻、生育状况作为录用条件。《就业促进法》第二十七条规定用人单位不得在劳动合同中规定限制女职工结婚、生育的内容；《妇女权益保障法》第四十三条禁止用人单位将限制结婚、生育或者婚姻、生育状况作为录用条件，禁止将妊娠测试作为入职体检项目。',
    words: ['已婚已育', '已婚未育', '未婚未育', '未婚未孕'],
    patterns: [
      /(?:已婚|未婚|单身|已育|未育)(?:者)?优先/g,
      new RegExp(`${LIMIT}(?:已婚|未婚|单身|已育|未育)`, 'g'),
      /(?:[一二两三四五\d]|几)年内不(?:得|能|准|可|允许)?(?:结婚|生育|怀孕|要孩子|生孩子|生小孩)/g,
      /(?<!允许|可以|可)(?:入职后)?不(?:得|能|准|允许)(?:结婚|生育|怀孕|要孩子|生孩子)/g,
      new RegExp(`(?:孕妇|孕期|怀孕|哺乳期)${AWAY}`, 'g'),
      new RegExp(`${REFUSE}(?:孕妇|孕期|怀孕|哺乳期)`, 'g'),
      /(?:妊娠|怀孕|验孕)(?:测试|检测|检查)/g,
    ],
  },
  {
    category: 'ethnicity',
    kind: 'discrimination',
    label: '民族歧视',
    reason: `招聘信息不得限制或排斥某一民族的劳动者。${LAW_EQUALITY}；第二十八条规定各民族劳动者享有平等的劳动权利；${LAW_MARKET}。`,
    words: [],
    patterns: [
      new RegExp(`${LIMIT}${ETHNIC}`, 'g'),
      new RegExp(`汉族${PREFER}`, 'g'),
      new RegExp(`(?:少数民族|${ETHNIC})${AWAY}`, 'g'),
      new RegExp(`${REFUSE}(?:少数民族|${ETHNIC})`, 'g'),
    ],
  },
  {
    category: 'race',
    kind: 'discrimination',
    label: '种族歧视',
    reason: `招聘信息不得以种族、肤色限制或排斥求职者。${LAW_EQUALITY}；${LAW_MARKET}。`,
    words: [],
    patterns: [
      new RegExp(`${LIMIT}(?:白人|黑人|白种人|黑种人|黄种人)`, 'g'),
      new RegExp(`(?:白人|黑人|白种人|黑种人|黄种人)(?:${PREFER}|${AWAY})`, 'g'),
      new RegExp(`${REFUSE}(?:白人|黑人|白种人|黑种人|黄种人)`, 'g'),
    ],
  },
  {
    category: 'religion',
    kind: 'discrimination',
    label: '宗教信仰歧视',
    reason: `招聘信息不得以宗教信仰（包括有无信仰）限制或排斥求职者。${LAW_EQUALITY}；${LAW_MARKET}。`,
    words: ['无宗教信仰', '不信仰宗教', '不信教'],
    patterns: [
      new RegExp(`${LIMIT}(?:穆斯林|基督徒|佛教徒|天主教徒|道教徒|伊斯兰教徒|信徒|教徒)`, 'g'),
      new RegExp(`(?:穆斯林|基督徒|佛教徒|天主教徒|信教(?:者|人员|人士)?|有宗教信仰(?:者)?)(?:${PREFER}|${AWAY})`, 'g'),
      new RegExp(`${REFUSE}(?:信教|宗教信徒|有宗教信仰|穆斯林|基督徒|佛教徒|天主教徒|伊斯兰教徒)`, 'g'),
    ],
  },
  {
    category: 'hukou',
    kind: 'discrimination',
    label: '户籍限制',
    reason: `招聘信息不得以户籍限制求职者。《就业促进法》第三十一条规定农村劳动者进城就业享有与城镇劳动者平等的劳动权利，不得对农村劳动者进城就业设置歧视性限制；${LAW_MOBILITY}。`,
    words: [],
    patterns: [
      /(?<!不)(?:限|仅限|只限|只招|仅招|只要|须|需|需要|要求|必须)[^，。；、,.;!！?？\n]{0,8}(?:户口|户籍)(?![本簿])/g,
      /(?:本地|本市|本省|本县|本区|城镇|城市|非农业?|农村|农业|常住)(?:户口|户籍)(?![本簿])/g,
      /(?:户口|户籍)(?:所在地)?(?:限|须为|需为|要求|必须|优先)/g,
      new RegExp(`${REFUSE}(?:农村|农业)(?:户口|户籍|人员|人)?`, 'g'),
    ],
  },
  {
    category: 'region',
    kind: 'discrimination',
    label: '地域歧视',
    reason: `招聘信息不得以籍贯、出生地或来自哪里限制或排斥求职者。${LAW_EQUALITY}；第二十六条规定用人单位招用人员应当向劳动者提供平等的就业机会和公平的就业条件，不得实施就业歧视；${LAW_MOBILITY}。`,
    words: [],
    patterns: [
      new RegExp(`${LIMIT}${PLACE}(?:籍|人)`, 'g'),
      new RegExp(`${PLACE}(?:籍|人)(?:${PREFER}|${AWAY})`, 'g'),
      new RegExp(`${REFUSE}${PLACE}(?:籍|人)`, 'g'),
      /籍贯(?:限|须为|需为|要求|必须|优先)/g,
    ],
  },
  {
    category: 'health',
    kind: 'discrimination',
    label: '健康歧视',
    reason:
      '招聘信息不得以乙肝等传染病病原携带为由拒绝录用。《就业促进法》第三条、第三十条规定用人单位招用人员，不得以是传染病病原携带者为由拒绝录用（法律、行政法规和国务院卫生行政部门规定禁止从事的工作除外）；人力资源社会保障部等三部门《关于进一步规范入学和就业体检项目维护乙肝表面抗原携带者入学和就业权利的通知》禁止在招聘中要求乙肝项目检测。',
    words: [],
    patterns: [
      new RegExp(`${REFUSE}(?:乙肝|肝炎|艾滋病?|HIV|传染病)(?:病原)?(?:携带者|患者|病人)?`, 'g'),
      new RegExp(`(?:乙肝|大三阳|小三阳|乙肝携带者|HBV|艾滋病|HIV)(?:病原)?(?:携带者|患者)?${AWAY}`, 'g'),
      /(?:乙肝|两对半)(?:五项)?(?:检测|检查|筛查)/g,
    ],
  },
  {
    category: 'fee',
    kind: 'sensitive',
    label: '违规收费',
    reason:
      '招聘不得向求职者收取财物或扣押证件。《劳动合同法》第九条规定用人单位招用劳动者，不得扣押劳动者的居民身份证和其他证件，不得要求劳动者提供担保或者以其他名义向劳动者收取财物；人力资源社会保障部等五部门通知严禁诱导求职者签订“招转培”“培训贷”协议。',
    words: ['培训贷', '招转培', '扣押身份证', '扣押证件', '抵押身份证'],
    patterns: [
      /(?<!不收|无需|无须|免|无|不需|不用|不用交|不交|零|没有)(?:押金|保证金|风险金)/g,
      /(?:先交|需交|须交|需缴|须缴|缴纳|交纳|收取|自付|自理|另收)[^，。；、,.;\n]{0,4}(?:服装费|工装费|培训费|报名费|入职费|介绍费|办卡费|资料费|体检费|管理费)/g,
    ],
  },
  {
    category: 'misleading',
    kind: 'sensitive',
    label: '虚假宣传',
    reason:
      '招聘信息应当真实、合法，不得以高薪、保录等噱头进行虚假宣传（《人力资源市场暂行条例》第二十四条；人力资源社会保障部等五部门《关于规范网络平台招聘类信息发布的通知》）。',
    words: ['高薪保录', '保证录取', '包录取', '保录取', '躺赚', '轻松月入过万', '日赚千元', '日入过万', '日结千元'],
    patterns: [],
  },
  {
    category: 'illegal',
    kind: 'sensitive',
    label: '违法违规内容',
    reason:
      '招聘信息不得涉及赌博、色情、传销、诈骗等违法内容（《人力资源市场暂行条例》第二十四条要求招聘信息真实、合法；人力资源社会保障部等五部门通知严禁在招聘中涉及传销、网络赌博、电信诈骗等违法行为）。',
    words: [
      '赌博', '博彩', '网赌', '赌场', '百家乐', '色情', '裸聊', '陪睡', '援交', '陪酒', '特殊服务', '传销', '拉人头', '发展下线', '刷单', '刷信誉',
      '跑分', '洗钱', '套现', '收购银行卡', '出租银行卡', '买卖银行卡', '代孕', '办假证', '枪支', '毒品', '冰毒', '大麻',
    ],
    patterns: [],
  },
]
