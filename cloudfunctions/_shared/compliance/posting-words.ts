/**
 * What a job posting may not say, as data: the categories with the reason (and the law) a firm is
 * shown, and the vocabulary of the grammar posting-check.ts applies — the protected attributes,
 * the constructions that turn naming one into a restriction, the negations that undo it, the
 * unlawful practices (deposits, fees, documents held, pregnancy and hepatitis B tests) and the
 * sensitive words. The cloud also asks WeChat's msgSecCheck; the local server relies on this alone.
 *
 * Every pattern is a regular-expression source matched against a clause with everything but letters
 * and digits removed (「限（男）性」 reads 限男性), after the text normalisation every free-text field
 * gets at the boundary (validation.ts).
 */
import { SHANXI_REGIONS } from '../catalog/regions'

export type ProtectedCategory = 'gender' | 'marriage' | 'ethnicity' | 'race' | 'religion' | 'hukou' | 'region' | 'health' | 'fee'
export type ComplianceCategory = ProtectedCategory | 'misleading' | 'illegal'

export interface CategoryInfo {
  /** 歧视 (discrimination the law forbids) or 敏感 (sensitive, unlawful content) */
  kind: 'discrimination' | 'sensitive'
  label: string
  /** Why it is not allowed, citing the law, in Chinese: shown to the firm as is. */
  reason: string
}

const LAW_EQUALITY = '《就业促进法》第三条规定劳动者依法享有平等就业的权利，就业不因民族、种族、性别、宗教信仰等不同而受歧视'
const LAW_MARKET = '《人力资源市场暂行条例》第二十四条和《网络招聘服务管理规定》要求招聘信息真实、合法，不得含有民族、种族、性别、宗教信仰等方面的歧视性内容'
const LAW_MOBILITY = '人力资源社会保障部等五部门《关于规范网络平台招聘类信息发布的通知》要求招聘信息不得在户籍、地域、身份等方面设置限制人力资源流动的条件'

export const COMPLIANCE_CATEGORIES: Readonly<Record<ComplianceCategory, CategoryInfo>> = {
  gender: {
    kind: 'discrimination',
    label: '性别歧视',
    reason: `招聘信息不得限定性别或规定某一性别优先。${LAW_EQUALITY}；第二十七条规定用人单位招用人员，除国家规定的不适合妇女的工种或者岗位外，不得以性别为由拒绝录用妇女或者提高对妇女的录用标准；${LAW_MARKET}。`,
  },
  marriage: {
    kind: 'discrimination',
    label: '婚育歧视',
    reason:
      '招聘信息不得把婚姻、生育状况作为录用条件。《就业促进法》第二十七条规定用人单位不得在劳动合同中规定限制女职工结婚、生育的内容；《妇女权益保障法》第四十三条禁止用人单位将限制结婚、生育或者婚姻、生育状况作为录用条件，禁止将妊娠测试作为入职体检项目。',
  },
  ethnicity: {
    kind: 'discrimination',
    label: '民族歧视',
    reason: `招聘信息不得限制或排斥某一民族的劳动者（依法对少数民族劳动者给予适当照顾除外）。${LAW_EQUALITY}；第二十八条规定各民族劳动者享有平等的劳动权利，用人单位招用人员应当依法对少数民族劳动者给予适当照顾；${LAW_MARKET}。`,
  },
  race: {
    kind: 'discrimination',
    label: '种族歧视',
    reason: `招聘信息不得以种族、肤色限制或排斥求职者。${LAW_EQUALITY}；${LAW_MARKET}。`,
  },
  religion: {
    kind: 'discrimination',
    label: '宗教信仰歧视',
    reason: `招聘信息不得以宗教信仰（包括有无信仰）限制、排斥或优先求职者。${LAW_EQUALITY}；${LAW_MARKET}。`,
  },
  hukou: {
    kind: 'discrimination',
    label: '户籍限制',
    reason: `招聘信息不得以户籍限制求职者。《就业促进法》第三十一条规定农村劳动者进城就业享有与城镇劳动者平等的劳动权利，不得对农村劳动者进城就业设置歧视性限制；${LAW_MOBILITY}。`,
  },
  region: {
    kind: 'discrimination',
    label: '地域歧视',
    reason: `招聘信息不得以籍贯、出生地或来自哪里限制或排斥求职者。${LAW_EQUALITY}；第二十六条规定用人单位招用人员应当向劳动者提供平等的就业机会和公平的就业条件，不得实施就业歧视；${LAW_MOBILITY}。`,
  },
  health: {
    kind: 'discrimination',
    label: '健康歧视',
    reason:
      '招聘信息不得以乙肝等传染病病原携带或残疾为由拒绝录用。《就业促进法》第三十条规定用人单位招用人员，不得以是传染病病原携带者为由拒绝录用（法律、行政法规和国务院卫生行政部门规定禁止从事的工作除外），第二十九条规定不得歧视残疾人；人力资源社会保障部等三部门《关于进一步规范入学和就业体检项目维护乙肝表面抗原携带者入学和就业权利的通知》禁止在招聘中要求乙肝项目检测。',
  },
  fee: {
    kind: 'sensitive',
    label: '违规收费或扣押证件',
    reason:
      '招聘不得向求职者收取财物或扣押证件。《劳动合同法》第九条规定用人单位招用劳动者，不得扣押劳动者的居民身份证和其他证件，不得要求劳动者提供担保或者以其他名义向劳动者收取财物；人力资源社会保障部等五部门通知严禁诱导求职者签订“招转培”“培训贷”协议。',
  },
  misleading: {
    kind: 'sensitive',
    label: '虚假宣传',
    reason:
      '招聘信息应当真实、合法，不得以高薪、保录等噱头进行虚假宣传（《人力资源市场暂行条例》第二十四条；人力资源社会保障部等五部门《关于规范网络平台招聘类信息发布的通知》）。',
  },
  illegal: {
    kind: 'sensitive',
    label: '违法违规内容',
    reason:
      '招聘信息不得涉及赌博、色情、传销、诈骗等违法内容（《人力资源市场暂行条例》第二十四条要求招聘信息真实、合法；人力资源社会保障部等五部门通知严禁在招聘中涉及传销、网络赌博、电信诈骗等违法行为）。',
  },
}

/**
 * How a sentence turns an attribute into a restriction. Selecting ones name who is wanted (限男性,
 * 要求本地户口, 汉族优先); excluding ones name who is not (河南人勿扰, 不招女性); `absence` demands
 * the attribute be missing (无乙肝, 无宗教信仰); `practice` and `word` are unlawful whatever the
 * attribute (押金, 扣押身份证, 妊娠检测; 刷单).
 */
export const CONSTRUCTIONS = {
  limit: '限定条件（限/仅/只招……）',
  recruit: '指定招聘对象（招聘……）',
  require: '设为要求（要求/须为/必须是……）',
  label: '设为要求（如「性别：男」）',
  bare: '单独列为要求',
  prefer: '设为优先条件（……优先）',
  exclude: '排斥（……勿扰/不予考虑/除外）',
  refuse: '拒绝（不招/谢绝/拒收……）',
  absence: '要求没有（无……/非……）',
  practice: '违规做法',
  word: '敏感词',
} as const
export type Construction = keyof typeof CONSTRUCTIONS

const SELECTING = ['limit', 'recruit', 'require', 'label', 'bare', 'prefer'] as const satisfies readonly Construction[]
/** The constructions that name who is not wanted. */
export const EXCLUDING = ['exclude', 'refuse'] as const satisfies readonly Construction[]
const EVERY = [...SELECTING, ...EXCLUDING]

/** A regular-expression alternation of words, longest first so that 已婚已育 wins over 已婚. */
export const anyOf = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`

const HAN = '[\\u4e00-\\u9fff]'

/** The 56 ethnic groups' names without 族. */
const MINORITY_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤',
  '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌',
  '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
]

/** How some groups are called for short (维族, 蒙族). */
const MINORITY_SHORT_NAMES = ['维', '蒙', '哈']

/** Provinces, regions and prefecture-level cities as people name where someone comes from. */
const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '内蒙', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆', '台湾', '香港', '澳门',
]
const REGIONS = ['东北', '西北', '西南', '华北', '华南', '华东', '华中', '南方', '北方', '晋北', '晋南', '晋东南', '江浙', '两广', '苏北', '川渝', '中原']
const PREFECTURE_CITIES = [
  '石家庄', '唐山', '秦皇岛', '邯郸', '邢台', '保定', '张家口', '承德', '沧州', '廊坊', '衡水', '呼和浩特', '包头', '乌海', '赤峰', '通辽',
  '鄂尔多斯', '呼伦贝尔', '巴彦淖尔', '乌兰察布', '沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '盘锦', '铁岭',
  '朝阳', '葫芦岛', '长春', '四平', '辽源', '通化', '白山', '松原', '白城', '哈尔滨', '齐齐哈尔', '鸡西', '鹤岗', '双鸭山', '大庆', '伊春',
  '佳木斯', '七台河', '牡丹江', '黑河', '绥化', '南京', '无锡', '徐州', '常州', '苏州', '南通', '连云港', '淮安', '盐城', '扬州', '镇江', '泰州',
  '宿迁', '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水', '合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北',
  '铜陵', '安庆', '黄山', '滁州', '阜阳', '宿州', '六安', '亳州', '池州', '宣城', '福州', '厦门', '莆田', '三明', '泉州', '漳州', '南平', '龙岩',
  '宁德', '南昌', '景德镇', '萍乡', '九江', '新余', '鹰潭', '赣州', '吉安', '宜春', '抚州', '上饶', '济南', '青岛', '淄博', '枣庄', '东营', '烟台',
  '潍坊', '济宁', '泰安', '威海', '日照', '临沂', '德州', '聊城', '滨州', '菏泽', '郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作',
  '濮阳', '许昌', '漯河', '三门峡', '南阳', '商丘', '信阳', '周口', '驻马店', '武汉', '黄石', '十堰', '宜昌', '襄阳', '鄂州', '荆门', '孝感', '荆州',
  '黄冈', '咸宁', '随州', '长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底', '广州', '韶关',
  '深圳', '珠海', '汕头', '佛山', '江门', '湛江', '茂名', '肇庆', '惠州', '梅州', '汕尾', '河源', '阳江', '清远', '东莞', '中山', '潮州', '揭阳',
  '云浮', '南宁', '柳州', '桂林', '梧州', '北海', '防城港', '钦州', '贵港', '玉林', '百色', '贺州', '河池', '崇左', '海口', '三亚', '儋州', '成都',
  '自贡', '攀枝花', '泸州', '德阳', '绵阳', '广元', '遂宁', '内江', '乐山', '南充', '眉山', '宜宾', '广安', '达州', '雅安', '巴中', '资阳', '贵阳',
  '六盘水', '遵义', '安顺', '毕节', '铜仁', '昆明', '曲靖', '玉溪', '保山', '昭通', '丽江', '普洱', '临沧', '拉萨', '日喀则', '昌都', '林芝',
  '西安', '铜川', '宝鸡', '咸阳', '渭南', '延安', '汉中', '榆林', '安康', '商洛', '兰州', '嘉峪关', '金昌', '白银', '天水', '武威', '张掖', '平凉',
  '酒泉', '庆阳', '定西', '陇南', '西宁', '海东', '银川', '石嘴山', '吴忠', '固原', '中卫', '乌鲁木齐', '克拉玛依', '吐鲁番', '哈密',
]
/** Shanxi's cities and districts from the catalogue, without 市/区/县 (太原, 小店, 清徐). */
const SHANXI_PLACES = SHANXI_REGIONS.flatMap((r) => [r.city, ...r.districts]).map((name) => (name.length > 2 ? name.replace(/[市区县]$/, '') : name))
/** Where someone is from relative to the firm. */
const RELATIVE_PLACES = ['本地', '外地', '当地', '本省', '外省', '省内', '省外', '本市', '外市', '市内', '市外', '本县', '外县', '县内', '本区', '外埠']

/** A place name as written, with its 省/市/县 if any. */
export const PLACE_NAME = `${anyOf([...new Set([...PROVINCES, ...REGIONS, ...PREFECTURE_CITIES, ...SHANXI_PLACES, ...RELATIVE_PLACES])])}(?:省|市|县|区|地区)?`
/**
 * The reader (posting-check.ts) first turns every place name into this one character, so the
 * patterns below say 「a place」 without repeating some 500 names in each.
 */
export const PLACE_TOKEN = '\ue800'
/** A place, or up to three in a row (山西晋中本地). */
const PLACE = `${PLACE_TOKEN}{1,3}`
/** Where a household is registered: a place, or the kind of registration. */
const HOUSEHOLD = `(?:${PLACE}|${anyOf(['城镇', '城市', '非农业', '非农', '农村', '农业'])})`

/** Ordinary words that start with 人 and so do not make 「山西人」 (山西人社厅, 太原人才市场). */
const NOT_PERSON = '(?![力社才民事口工大行寿保脉气流群选数均次])'

const CARRIER_CORE = anyOf(['乙肝', '乙型肝炎', 'HBV', '澳抗', '大三阳', '小三阳', '艾滋病', '艾滋', 'HIV'])
const CARRIER_SUFFIX = '(?:病毒)?(?:表面抗原)?(?:携带者?|感染者?|患者|病人|阳性)?'
const DISABILITY = '(?:肢体|身体|视力|听力|智力|精神)?(?:残疾|残障)(?:人士|人员|人|者)?'

const MARITAL_STATUSES = ['已婚已育', '已婚未育', '未婚未育', '未婚未孕', '已婚', '未婚', '单身', '离异', '离婚', '丧偶', '已育', '未育', '已生育', '未生育', '已孕', '未孕']

/** A protected attribute as a sentence names it, and the constructions in which naming it is unlawful. */
export interface ProtectedAttribute {
  category: Exclude<ProtectedCategory, 'fee'>
  pattern: string
  unlawfulIn: readonly Construction[]
  /**
   * A person noun others modify (女性 in 「孕期女性勿扰」): excluding 孕期女性 excludes pregnancy, not
   * women, so a head after another attribute does not count in an excluding construction.
   */
  head?: true
}

/**
 * Order matters where two could match at one place: the first that matches names the attribute,
 * so a registration (本地户口) comes before a place of origin (本地人) and a negated attribute
 * (非乙肝携带者) before the attribute.
 */
export const ATTRIBUTES: readonly ProtectedAttribute[] = [
  // Health: carrying a pathogen or a disability is protected from exclusion; requiring its absence is the same rule seen from the other side.
  {
    category: 'health',
    pattern: `(?:${anyOf(['无', '没有', '非', '不是', '未感染', '未携带', '未患有', '未患'])}(?:${CARRIER_CORE}|传染病病原)${CARRIER_SUFFIX}|${CARRIER_CORE}(?:病毒)?(?:检测|检查)?阴性|${anyOf(['无', '没有', '非', '不是'])}${DISABILITY})`,
    unlawfulIn: [...SELECTING, 'absence'],
  },
  { category: 'health', pattern: `(?:${CARRIER_CORE}${CARRIER_SUFFIX}(?!疫苗|疫|防治|医院|科|检测|实验)|(?:传染病(?:病原)?|病毒|肝炎)(?:携带者?|感染者?|患者|病人))`, unlawfulIn: EXCLUDING },
  { category: 'health', pattern: DISABILITY, unlawfulIn: EXCLUDING },
  // Household registration before place of origin: 本地户口 is a registration, 本地人 an origin.
  { category: 'hukou', pattern: `${HOUSEHOLD}(?:常住)?(?:户口|户籍)(?!所在地|簿|本|迁|制度|改革|政策|管理|登记)`, unlawfulIn: EVERY },
  { category: 'region', pattern: `(?:${PLACE}(?:籍人员|籍|人士|人员|生源|老乡|人${NOT_PERSON})|外来(?:务工)?人员)`, unlawfulIn: EVERY },
  // Ethnicity: the law asks firms to favour ethnic minorities (《就业促进法》第二十八条), so preferring them, or recruiting them, passes.
  { category: 'ethnicity', pattern: '汉族(?:人)?', unlawfulIn: EVERY },
  { category: 'ethnicity', pattern: '少数民族', unlawfulIn: ['limit', 'require', 'label', ...EXCLUDING] },
  { category: 'ethnicity', pattern: `${anyOf([...MINORITY_GROUPS, ...MINORITY_SHORT_NAMES])}族(?!馆|箱)`, unlawfulIn: ['limit', 'require', 'label', 'bare', ...EXCLUDING] },
  { category: 'race', pattern: `(?:(?<![明空坏老好])(?:欧美)?(?:白|黑|黄|棕)种?人|${anyOf(['非洲裔', '非裔', '拉丁裔', '亚裔'])}|(?:白|黑|黄)(?:皮肤|种))`, unlawfulIn: EVERY },
  {
    category: 'religion',
    pattern: `(?:(?:无|没有)(?:任何)?宗教信仰|不信(?:仰|奉)?(?:任何)?(?:宗教|教)|无神论者?)`,
    unlawfulIn: [...SELECTING, 'absence'],
  },
  {
    category: 'religion',
    pattern: `(?:${anyOf(['穆斯林', '基督徒', '基督教徒', '佛教徒', '天主教徒', '道教徒', '伊斯兰教徒', '回教徒', '宗教人士', '宗教信徒', '有宗教信仰'])}|信教(?:群众|人员|人士|者)?|信(?:仰|奉)?${anyOf(['宗教', '伊斯兰教', '基督教', '佛教', '天主教', '道教'])})`,
    unlawfulIn: EVERY,
  },
  {
    category: 'marriage',
    pattern: `(?:[一二两三四五\\d]+年内)?${anyOf(['无', '没有', '暂无', '近期无'])}${anyOf(['生育', '怀孕', '结婚', '婚育', '要孩子', '生孩子'])}(?:计划|打算|意愿)`,
    unlawfulIn: [...SELECTING, 'absence'],
  },
  {
    category: 'marriage',
    pattern: anyOf([...MARITAL_STATUSES, '怀孕', '孕妇', '孕妈', '准妈妈', '孕产妇', '孕期', '哺乳期', '备孕', '育龄', '宝妈', '有生育计划', '有生育打算', '有孩子', '有小孩', '二胎', '三胎']),
    unlawfulIn: EVERY,
  },
  { category: 'gender', pattern: '妇女', unlawfulIn: EVERY, head: true },
  {
    // 男, 女性, 女士, 男生… but not 男女 (both), 子女 (children), 男装 (clothing) or 男科 (a clinic).
    category: 'gender',
    pattern: '(?<![子妇儿孙少美侄甥闺])(?:男|女)(?:(?:性|士|生|工|孩|子|的|人|同志|青年)|(?![性士生工孩子的人同青]))(?![男女装鞋包用款式科宿厕浴])',
    unlawfulIn: EVERY,
    head: true,
  },
]

/** The noun an attribute may come with before 优先 or 勿扰: 男性员工, 白人面孔, 黑人外教. */
const PERSON = anyOf(['应聘者', '求职者', '应聘人员', '求职人员', '者', '人员', '人士', '的', '员工', '同志', '朋友', '面孔', '长相', '外貌', '外教', '模特', '老师', '师傅'])

/** How the constructions are written, around the attribute. */
export const MARKERS = {
  /** Before the attribute; not after 不 (不限), nor as part of 有限, 期限, 上限, 年限… */
  limit: `(?<![有期上下权界局无极年时额宽门受设最低高不])${anyOf([
    '限', '限于', '限定', '仅限', '仅限于', '只限', '只限于', '仅', '只', '只招', '仅招', '只要', '仅要', '限招', '只收', '仅收', '只聘', '仅聘', '只录用',
    '仅录用', '只接受', '仅接受', '只面向', '仅面向', '面向', '只允许', '仅允许',
  ])}`,
  recruit: `(?<![应解受返续不])(?:诚|急|直|现|长期|高薪)?${anyOf(['招聘', '招收', '招募', '聘请', '聘用', '招', '聘'])}`,
  require: `(?<![不无没并])${anyOf(['要求', '须为', '须是', '须', '需为', '需是', '需要', '需', '必须为', '必须是', '必须', '须有', '需有', '必须有', '要有', '应为', '应是', '应当是', '只能是', '得是', '最好是', '持有', '持'])}`,
  refuse: anyOf(['不招', '不招收', '不要', '不收', '不录用', '不录取', '不予录用', '不聘用', '不接受', '不考虑', '不予考虑', '谢绝', '拒绝', '拒收', '拒招', '婉拒', '恕不接受', '排除']),
  /** After the attribute, with the noun it may carry (者, 人员, 外教…). */
  exclude: `(?:${PERSON}|${HAN}{0,2}?)(?:一律|均|概|请|都)?${anyOf([
    '勿扰', '免谈', '除外', '莫扰', '勿投', '勿来', '慎投', '免投', '绕道', '绕行', '止步', '不招', '不予考虑', '不考虑', '不录用', '不录取', '不予录用',
    '不予录取', '不聘用', '不予聘用', '恕不录用', '恕不接收', '恕不考虑', '谢绝', '拒绝', '不接受', '请勿投递', '请勿应聘', '禁止应聘',
  ])}|(?:者|人员|的)?(?:一律|均|概|都)?(?:不要(?!求)|不收(?![费取]))`,
  preferAfter: `${PERSON}?${anyOf(['优先', '为佳', '更佳', '尤佳', '为宜'])}`,
  preferBefore: anyOf(['优先', '优先考虑', '优先录用', '优先录取', '优先招聘', '优先聘用', '优先安排']),
  /** Between two attributes of one construction (本地户口男性, 四川、贵州籍). */
  conjunction: anyOf(['或者', '或', '和', '及', '与', '且', '的']),
  /** A job after a bare attribute (「女文员」 is 「女」 as a requirement): a noun, never a marker (「女性不考虑」). */
  job: `(?:(?![不勿免谢拒除慎优限])${HAN}){0,3}(?:\\d+(?:名|人|位))?`,
} as const

/** 「性别：男」: what a form-like requirement calls each attribute, and the values it takes. */
export const LABELS: readonly { category: Exclude<ProtectedCategory, 'fee' | 'health'>; label: string; value: string }[] = [
  { category: 'gender', label: '性别', value: '(?:男|女)' },
  { category: 'marriage', label: anyOf(['婚否', '婚姻状况', '婚姻状态', '婚姻', '婚育状况', '婚育情况', '婚育', '生育状况', '生育情况']), value: anyOf(MARITAL_STATUSES) },
  { category: 'ethnicity', label: '民族', value: `(?:汉族|少数民族|${anyOf(MINORITY_GROUPS)}族)` },
  { category: 'race', label: anyOf(['种族', '肤色', '人种']), value: '(?:白|黑|黄|棕|欧美|非洲|亚洲)' },
  { category: 'religion', label: anyOf(['宗教信仰', '宗教', '信仰']), value: anyOf(['伊斯兰教', '基督教', '佛教', '天主教', '道教', '穆斯林', '基督徒', '佛教徒']) },
  { category: 'hukou', label: anyOf(['户籍所在地', '户口所在地', '户籍', '户口']), value: HOUSEHOLD },
  { category: 'region', label: anyOf(['籍贯', '出生地', '生源地', '老家', '原籍', '来源地']), value: PLACE },
]
/** Between a label and its value. */
export const LABEL_LINK = `${anyOf(['要求', '要', '须为', '需为', '必须为', '必须是', '须是', '需是', '必须', '须', '需', '为', '是', '限', '限于', '仅限', '在', '应为'])}{0,2}`

/**
 * What undoes a restriction: 「男女不限」「不限户籍」「无性别要求」「性别、户籍、民族不限」. A match
 * found wholly inside one of these passes.
 */
export const NEUTRAL = {
  before: anyOf(['不限', '不论', '不问', '不分', '无论', '不拘', '不管', '不计', '不看', '不区分']),
  beforeLabel: anyOf(['不考虑', '不设', '不作', '不做', '没有', '无', '对', '不存在']),
  after: anyOf([
    '不限', '均可', '皆可', '都可', '都行', '无要求', '没有要求', '无限制', '没有限制', '不作要求', '不做要求', '无所谓', '不是问题', '平等', '一律平等',
    '不受限制', '不限制', '无关',
  ]),
  requirement: anyOf(['要求', '限制', '限定', '歧视', '规定', '区别', '条件', '差别']),
} as const

const DOCUMENT = `(?:身份证|证件|毕业证书?|学历证书?|学位证书?|驾驶证|驾照|户口本|资格证书?|证书)(?:原件)?`
const FEE = `(?:${anyOf(['服装', '工装', '工服', '工作服', '工牌', '胸卡', '制服', '培训', '报名', '入职', '介绍', '中介', '办卡', '资料', '建档', '手续', '上岗', '考证', '岗前', '管理'])}费(?:用)?)`
const DEPOSIT = anyOf(['押金', '保证金', '风险金', '抵押金', '担保金', '风险保证金'])
const COLLECT = anyOf(['先交', '需交', '须交', '需缴', '须缴', '缴纳', '交纳', '缴', '交', '收取', '收', '另收', '预交', '扣除', '扣'])
const PAID_BY_SEEKER = anyOf(['自理', '自付', '自负', '由个人承担', '由员工承担', '个人承担', '员工承担', '从工资中扣除', '从工资中扣', '从工资扣除', '另收', '另交', '先交', '需交', '须交'])

/**
 * Before a practice, what says it does not happen: 不收, 无需缴纳任何, 免, 零, 不扣押 (押金、保证金
 * together), with what the deposit is for (不收住宿押金) but never 退还 (不退押金 keeps one).
 */
export const PRACTICE_NEGATION = `${anyOf(['不', '无', '免', '零', '没有', '未', '禁止', '严禁', '拒绝'])}(?:${anyOf([
  '需要', '需', '须', '用', '必', '得', '会', '再', '要', '收取', '收', '取', '交纳', '交', '缴纳', '缴', '支付', '付', '扣押', '扣', '任何', '一切', '其他',
  '额外', '的', '以任何名义', '做', '进行', '含', '包括', '包含', '安排', '和', '及', '与', '或', '等',
])}|${DEPOSIT}|${FEE}){0,5}(?:(?![退还返])${HAN}){0,2}`
/** After a practice, what says it does not happen: 押金全免, 押金：无. */
export const PRACTICE_UNDONE = anyOf(['全免', '免收', '免除', '全部免除', '为零', '0元', '零元', '无'])

/** 不得结婚, 两年内不能要孩子, 承诺三年内不生育: a ban on marrying or having children, with its time frame. */
const BIRTH_BAN = anyOf(['不得', '不能', '不准', '不可', '不允许', '不许', '禁止', '暂不'])

/** Unlawful whatever the sentence says around them, unless negated (PRACTICE_NEGATION). */
export const PRACTICES: readonly { category: ProtectedCategory; pattern: string }[] = [
  { category: 'fee', pattern: DEPOSIT },
  { category: 'fee', pattern: `${COLLECT}(?:\\d+元)?(?:的)?${FEE}` },
  { category: 'fee', pattern: `(?:员工|个人|本人|求职者|应聘者)(?:承担|自理|自付|支付|负担)${FEE}` },
  { category: 'fee', pattern: `${FEE}(?:\\d+元)?${PAID_BY_SEEKER}` },
  { category: 'fee', pattern: `${FEE}\\d+元` },
  { category: 'fee', pattern: `${anyOf(['扣押', '扣留', '暂扣', '抵押', '收押', '押下', '收走', '收缴', '押'])}${DOCUMENT}` },
  {
    category: 'fee',
    pattern: `${DOCUMENT}(?:交由|交给|交|由|押在|放在)?(?:公司|单位|我司|企业|人事部?|财务)?(?:统一|代为|代|暂为|暂)?${anyOf(['保管', '扣押', '扣留', '留存', '抵押', '押'])}`,
  },
  { category: 'fee', pattern: `${DOCUMENT}(?:作为|作|当作|当|充当)(?:押金|抵押|担保)` },
  { category: 'fee', pattern: anyOf(['培训贷', '培训贷款', '招转培']) },
  { category: 'marriage', pattern: '(?:妊娠|怀孕)(?:测试|检测|检查|试验)|验孕|孕检(?!假)' },
  {
    category: 'marriage',
    pattern: `(?:(?:(?:${HAN}|\\d){0,3}?(?:年内|期内|期间|后)|承诺|保证)(?:${BIRTH_BAN}|不)|${BIRTH_BAN})${anyOf(['结婚', '生育', '怀孕', '要孩子', '生孩子', '生小孩', '生二胎', '要二胎', '恋爱'])}`,
  },
  { category: 'health', pattern: `(?:乙肝|乙型肝炎|HBV)(?:五项|两对半|表面抗原)?(?:检测|检查|筛查|化验|报告)|乙肝五项|两对半` },
]

/**
 * Where the law itself keeps women out (《女职工劳动保护特别规定》 and its list of work women may not
 * be assigned, 矿山井下 first): a sentence citing it may restrict gender.
 */
export const GENDER_EXEMPTION = anyOf(['井下', '女职工禁忌', '禁忌从事', '女职工劳动保护特别规定'])

/** Sensitive words, unlawful wherever they appear. */
export const SENSITIVE_WORDS: readonly { category: 'misleading' | 'illegal'; words: readonly string[] }[] = [
  { category: 'misleading', words: ['高薪保录', '保证录取', '包录取', '保录取', '躺赚', '轻松月入过万', '日赚千元', '日入过万', '日结千元'] },
  {
    category: 'illegal',
    words: [
      '赌博', '博彩', '网赌', '赌场', '百家乐', '色情', '裸聊', '陪睡', '援交', '陪酒', '特殊服务', '传销', '拉人头', '发展下线', '刷单', '刷信誉', '跑分',
      '洗钱', '套现', '收购银行卡', '出租银行卡', '买卖银行卡', '代孕', '办假证', '枪支', '毒品', '冰毒', '大麻',
    ],
  },
]
