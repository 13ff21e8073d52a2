/**
 * What the seeded province is made of: Shanxi's cities (with the districts the seed uses, their
 * administrative-division codes and telephone area codes), the words invented firm names are built
 * from, and per industry the jobs such firms post — title, duties, requirements, pay and benefits.
 * Data only; server/seed-province.ts draws from it.
 *
 * Everything here is invented: the firms, their names and addresses, and the people. Pay is basic
 * monthly pay in yuan for 太原; other cities scale it (`payFactor`).
 */
import type { Education } from '../cloudfunctions/_shared/catalog/firms'
import type { City } from '../cloudfunctions/_shared/catalog/regions'
import type { Industry } from '../cloudfunctions/_shared/rules/facts'

export interface SeedCity {
  /** 行政区划代码 of the city: a credit code's registration authority. */
  divisionCode: string
  /** 长途区号. */
  areaCode: string
  /** How many of the province's firms are here, relatively. */
  weight: number
  /** Pay here against 太原's. */
  payFactor: number
  /** Districts firms of the seed sit in (each one of the city's). */
  districts: readonly string[]
  /** Local words for firm names (old names, rivers, mountains). */
  placeWords: readonly string[]
}

export const SEED_CITIES: Readonly<Record<City, SeedCity>> = {
  太原市: { divisionCode: '140100', areaCode: '0351', weight: 24, payFactor: 1, districts: ['小店区', '迎泽区', '杏花岭区', '尖草坪区', '万柏林区', '晋源区', '清徐县'], placeWords: ['晋阳', '并州', '龙城', '汾东'] },
  大同市: { divisionCode: '140200', areaCode: '0352', weight: 10, payFactor: 0.88, districts: ['平城区', '云冈区', '云州区', '新荣区', '阳高县'], placeWords: ['云中', '平城', '御河', '雁北'] },
  阳泉市: { divisionCode: '140300', areaCode: '0353', weight: 4, payFactor: 0.86, districts: ['城区', '矿区', '郊区', '平定县', '盂县'], placeWords: ['漾泉', '桃河', '冠山'] },
  长治市: { divisionCode: '140400', areaCode: '0355', weight: 10, payFactor: 0.9, districts: ['潞州区', '上党区', '屯留区', '潞城区', '襄垣县', '长子县'], placeWords: ['上党', '太行', '潞州', '漳河'] },
  晋城市: { divisionCode: '140500', areaCode: '0356', weight: 7, payFactor: 0.9, districts: ['城区', '泽州县', '高平市', '阳城县'], placeWords: ['泽州', '丹河', '凤城'] },
  朔州市: { divisionCode: '140600', areaCode: '0349', weight: 5, payFactor: 0.87, districts: ['朔城区', '平鲁区', '怀仁市', '山阴县', '应县'], placeWords: ['桑干', '马邑', '鄯阳'] },
  晋中市: { divisionCode: '140700', areaCode: '0354', weight: 10, payFactor: 0.9, districts: ['榆次区', '太谷区', '介休市', '平遥县', '祁县', '灵石县'], placeWords: ['晋商', '麓台', '涂河', '榆州'] },
  运城市: { divisionCode: '140800', areaCode: '0359', weight: 11, payFactor: 0.85, districts: ['盐湖区', '永济市', '河津市', '闻喜县', '临猗县', '新绛县'], placeWords: ['河东', '舜都', '中条', '涑水'] },
  忻州市: { divisionCode: '140900', areaCode: '0350', weight: 6, payFactor: 0.83, districts: ['忻府区', '原平市', '定襄县', '五台县', '代县'], placeWords: ['秀容', '滹沱', '雁门', '五峰'] },
  临汾市: { divisionCode: '141000', areaCode: '0357', weight: 9, payFactor: 0.86, districts: ['尧都区', '侯马市', '霍州市', '洪洞县', '襄汾县', '曲沃县'], placeWords: ['平阳', '尧乡', '姑射', '汾滨'] },
  吕梁市: { divisionCode: '141100', areaCode: '0358', weight: 7, payFactor: 0.86, districts: ['离石区', '孝义市', '汾阳市', '文水县', '交城县', '柳林县'], placeWords: ['北川', '凤山', '汾州', '孝河'] },
}

/** Trade-name words any firm may take (字号). */
export const TRADE_WORDS = [
  '恒泰', '鑫源', '瑞丰', '华晟', '宏达', '泰和', '锦程', '汇通', '宏远', '嘉禾', '益民', '兴业', '万通', '金桥', '博远', '中鼎',
  '丰源', '正阳', '新宇', '安泰', '利民', '德润', '久安', '永康', '聚源', '天合', '同创', '恒昌', '瑞达', '众合', '鼎盛', '明远',
] as const

/** Invented people: surnames and given names, for contacts and job seekers. */
export const SURNAMES = ['王', '李', '张', '刘', '赵', '杨', '郭', '武', '田', '任', '梁', '韩', '贾', '薛', '乔', '闫', '高', '孙', '牛', '冯'] as const
export const GIVEN_NAMES = [
  '建国', '海燕', '晓峰', '丽娟', '志强', '文静', '俊杰', '雪梅', '宏伟', '春花', '鹏飞', '晓雯', '永红', '亚楠', '立新', '佳怡',
  '国栋', '秀英', '子豪', '欣然', '振华', '慧敏', '浩然', '婷婷', '晋生', '红霞', '明轩', '雅琪', '学军', '晓燕',
] as const

/** A job a firm of an industry posts: the words of the posting and, for 太原, its pay. */
export interface JobTemplate {
  title: string
  duties: string
  education: Education
  experienceYears: number
  other?: string
  /** Basic monthly pay in 太原, yuan. */
  pay: readonly [number, number]
  headcount: readonly [number, number]
}

/** How a kind of firm words its address and what it offers. */
export type Workplace = 'factory' | 'site' | 'office' | 'shop' | 'farm' | 'depot'

export interface SeedIndustry {
  /** What firms of the industry call their business (the middle of the name). */
  businesses: readonly string[]
  workplace: Workplace
  /** 五险一金 or 五险 first, then a few of the extras. */
  insurance: readonly string[]
  extras: readonly string[]
  jobs: readonly JobTemplate[]
}

const FACTORY_EXTRAS = ['包吃住', '提供宿舍', '工作餐', '全勤奖', '夜班补贴', '高温补贴', '技能培训', '年终奖', '节日福利', '班车接送'] as const
const OFFICE_EXTRAS = ['双休', '带薪年假', '年终奖', '定期体检', '节日福利', '餐补', '交通补贴', '弹性工作', '绩效奖金', '专业培训'] as const
const SERVICE_EXTRAS = ['包吃住', '工作餐', '月休4天', '全勤奖', '节日福利', '员工折扣', '岗前培训', '绩效提成'] as const
const DRIVING_EXTRAS = ['出车补贴', '住宿补贴', '全勤奖', '节日福利', '按趟计件', '车辆保险公司承担'] as const

export const SEED_INDUSTRIES: Readonly<Record<Industry, SeedIndustry>> = {
  agriculture: {
    businesses: ['农业科技', '生态农业', '农牧', '林果', '杂粮开发', '种养殖'],
    workplace: 'farm',
    insurance: ['五险'],
    extras: ['包吃住', '工作餐', '节日福利', '技能培训', '全勤奖'],
    jobs: [
      { title: '农业技术员', duties: '负责种植基地的田间管理、病虫害防治和技术指导，记录农事档案，配合开展新品种试验示范。', education: 'associate', experienceYears: 1, other: '农学、植保等相关专业', pay: [4000, 6500], headcount: [1, 3] },
      { title: '果园管理员', duties: '负责苹果园的修剪、疏花疏果、施肥灌溉和采收组织，带领班组完成日常农事作业。', education: 'secondary', experienceYears: 2, pay: [3800, 5500], headcount: [1, 2] },
      { title: '养殖技术员', duties: '负责肉牛养殖场的饲喂管理、防疫消毒和生长记录，发现异常及时处置并上报。', education: 'secondary', experienceYears: 1, other: '能适应在养殖场驻场工作', pay: [4500, 6500], headcount: [1, 3] },
      { title: '农机手', duties: '负责拖拉机、播种机、收割机等农机具的操作与日常保养，按计划完成耕种收作业。', education: 'junior-high', experienceYears: 2, other: '持拖拉机驾驶证', pay: [4500, 7000], headcount: [2, 6] },
      { title: '农产品电商运营', duties: '负责小米、红枣等农产品在电商平台的店铺运营、商品上新和活动策划，分析销售数据并优化。', education: 'associate', experienceYears: 1, pay: [5000, 8000], headcount: [1, 2] },
      { title: '分拣包装工', duties: '负责农产品的挑选分级、称重包装和出入库登记，保持车间整洁。', education: 'none', experienceYears: 0, pay: [3200, 4200], headcount: [5, 15] },
      { title: '畜牧兽医', duties: '负责生猪养殖场的疫病诊断、免疫接种和用药管理，制定防疫计划并组织实施。', education: 'associate', experienceYears: 3, other: '持执业兽医资格证', pay: [6000, 9000], headcount: [1, 2] },
      { title: '育苗工', duties: '负责温室大棚蔬菜和花卉的育苗、移栽与温湿度管理，按技术员要求做好记录。', education: 'none', experienceYears: 0, pay: [3500, 4500], headcount: [3, 8] },
    ],
  },
  industry: {
    businesses: ['精密机械', '重工装备', '新材料科技', '铸造', '机电设备', '电气', '食品', '新能源科技', '汽车零部件', '陶瓷', '服饰', '酿造'],
    workplace: 'factory',
    insurance: ['五险一金', '五险'],
    extras: FACTORY_EXTRAS,
    jobs: [
      { title: '数控车工', duties: '操作数控车床完成轴类、盘类零件加工，按图纸和工艺要求自检，做好设备日常点检。', education: 'secondary', experienceYears: 2, pay: [5500, 8500], headcount: [3, 10] },
      { title: '钳工', duties: '负责机械设备零部件的划线、钻孔、装配和调试，参与设备大修与故障排除。', education: 'secondary', experienceYears: 3, pay: [5500, 8000], headcount: [2, 6] },
      { title: '焊接操作工', duties: '负责结构件的二氧化碳保护焊和氩弧焊作业，按焊接工艺要求施焊并做好焊缝自检。', education: 'junior-high', experienceYears: 1, other: '持熔化焊接与热切割作业证', pay: [5500, 8500], headcount: [4, 12] },
      { title: '质检员', duties: '负责原材料、半成品和成品的检验与记录，出具检验报告，跟踪不合格品处理。', education: 'associate', experienceYears: 1, pay: [4500, 6500], headcount: [1, 4] },
      { title: '设备维修电工', duties: '负责生产线电气设备的巡检、维修和保养，处理PLC控制系统常见故障。', education: 'secondary', experienceYears: 3, other: '持低压电工作业证', pay: [6000, 9000], headcount: [1, 3] },
      { title: '机械设计工程师', duties: '负责非标设备与工装的方案设计、三维建模和出图，跟进样机试制与改进。', education: 'bachelor', experienceYears: 3, other: '熟练使用SolidWorks或AutoCAD', pay: [8000, 13000], headcount: [1, 3] },
      { title: '工艺工程师', duties: '负责产品加工工艺的编制与优化，解决生产现场工艺问题，推动降本增效。', education: 'bachelor', experienceYears: 5, pay: [9000, 15000], headcount: [1, 2] },
      { title: '生产线操作工', duties: '负责生产线上的上下料、组装和包装等工序，按作业指导书操作，公司提供岗前培训。', education: 'none', experienceYears: 0, pay: [4000, 5500], headcount: [10, 30] },
      { title: '材料研发工程师', duties: '负责新型合金材料的配方研究、试验设计与性能检测，撰写研发报告，配合量产导入。', education: 'master', experienceYears: 1, pay: [10000, 18000], headcount: [1, 2] },
      { title: '安全生产管理员', duties: '负责车间安全检查、隐患排查和安全培训，建立安全生产台账，配合应急演练。', education: 'associate', experienceYears: 3, other: '持安全生产管理人员证书', pay: [6000, 8500], headcount: [1, 2] },
      { title: '技术总监', duties: '负责企业技术路线规划、重大项目技术把关和研发团队建设，对接高校与科研院所合作。', education: 'bachelor', experienceYears: 10, pay: [20000, 35000], headcount: [1, 1] },
    ],
  },
  construction: {
    businesses: ['建筑工程', '建设', '路桥工程', '装饰工程', '钢结构工程', '市政工程'],
    workplace: 'site',
    insurance: ['五险一金', '五险'],
    extras: ['项目奖金', '工地食宿', '按月足额发薪', '高温补贴', '年终奖', '节日福利'],
    jobs: [
      { title: '施工员', duties: '负责施工现场的进度、质量与安全管理，组织班组按图施工，填写施工日志。', education: 'associate', experienceYears: 2, pay: [6000, 9000], headcount: [1, 3] },
      { title: '安全员', duties: '负责项目现场安全巡查、隐患整改跟踪和安全技术交底，组织应急演练。', education: 'secondary', experienceYears: 1, other: '持建筑施工企业安全生产管理人员证书（C证）', pay: [5500, 7500], headcount: [1, 2] },
      { title: '造价员', duties: '负责工程量计算、预结算编制和变更签证的核对，配合完成项目成本分析。', education: 'associate', experienceYears: 2, other: '熟练使用广联达计价软件', pay: [6000, 9000], headcount: [1, 2] },
      { title: '资料员', duties: '负责工程技术资料的收集、整理与归档，配合建设、监理各方完成验收资料。', education: 'associate', experienceYears: 0, pay: [4000, 5500], headcount: [1, 2] },
      { title: '测量员', duties: '负责施工放线、标高控制和沉降观测，操作全站仪、水准仪等测量仪器。', education: 'secondary', experienceYears: 1, pay: [5500, 8000], headcount: [1, 2] },
      { title: '钢筋工', duties: '负责钢筋的下料、绑扎与安装，按图纸和施工规范作业，服从班组长安排。', education: 'none', experienceYears: 1, pay: [7000, 10000], headcount: [6, 15] },
      { title: '项目经理', duties: '负责工程项目的全面管理，统筹进度、质量、成本与安全，协调建设单位、监理等各方。', education: 'bachelor', experienceYears: 5, other: '持一级建造师证书', pay: [15000, 25000], headcount: [1, 1] },
      { title: '水电安装工', duties: '负责建筑给排水和强弱电的安装与调试，做好隐蔽工程的配合与记录。', education: 'secondary', experienceYears: 2, other: '持电工作业证', pay: [6500, 9000], headcount: [2, 6] },
    ],
  },
  wholesale: {
    businesses: ['商贸', '医药', '建材', '农资', '食品贸易', '五金机电'],
    workplace: 'depot',
    insurance: ['五险一金', '五险'],
    extras: OFFICE_EXTRAS,
    jobs: [
      { title: '销售代表', duties: '负责区域内客户的开发与维护，完成销售目标，收集市场信息并及时反馈。', education: 'secondary', experienceYears: 0, other: '持C1驾驶证', pay: [4500, 9000], headcount: [2, 6] },
      { title: '采购专员', duties: '负责供应商寻源、比价和采购订单跟进，保证到货及时与质量合格。', education: 'associate', experienceYears: 1, pay: [5000, 7000], headcount: [1, 2] },
      { title: '库管员', duties: '负责商品出入库核对、库存盘点与台账管理，保证账实相符。', education: 'secondary', experienceYears: 1, pay: [4200, 5500], headcount: [1, 3] },
      { title: '配送司机', duties: '负责向门店和客户配送货物，规划配送路线，做好签收回单管理。', education: 'junior-high', experienceYears: 2, other: '持C1及以上驾驶证', pay: [5000, 7000], headcount: [2, 5] },
      { title: '订单客服', duties: '负责订单录入、客户咨询与售后问题处理，维护客户关系。', education: 'associate', experienceYears: 0, pay: [4000, 5500], headcount: [1, 3] },
      { title: '医药代表', duties: '负责药品在医疗机构的学术推广与客户维护，组织产品知识培训。', education: 'associate', experienceYears: 1, other: '医药、药学相关专业', pay: [6000, 12000], headcount: [2, 4] },
      { title: '大区销售经理', duties: '负责全省渠道布局与经销商管理，制定销售策略并带领团队完成业绩。', education: 'bachelor', experienceYears: 5, pay: [12000, 20000], headcount: [1, 1] },
      { title: '财务会计', duties: '负责日常账务处理、发票管理和纳税申报，编制月度财务报表。', education: 'associate', experienceYears: 2, other: '持初级会计职称', pay: [5000, 7000], headcount: [1, 1] },
    ],
  },
  retail: {
    businesses: ['超市', '连锁药房', '百货', '家电', '便利店', '生鲜连锁'],
    workplace: 'shop',
    insurance: ['五险'],
    extras: SERVICE_EXTRAS,
    jobs: [
      { title: '超市理货员', duties: '负责商品上架、陈列与补货，检查商品保质期，保持货架整洁。', education: 'none', experienceYears: 0, pay: [3300, 4200], headcount: [4, 10] },
      { title: '收银员', duties: '负责收银结算、发票开具和交接班对账，热情解答顾客问题。', education: 'junior-high', experienceYears: 0, pay: [3300, 4000], headcount: [2, 6] },
      { title: '店长', duties: '负责门店的日常运营、人员排班与销售目标达成，做好库存与损耗管理。', education: 'associate', experienceYears: 3, pay: [6500, 10000], headcount: [1, 2] },
      { title: '药店营业员', duties: '负责药品陈列与销售、顾客用药咨询和会员服务，做好门店卫生。', education: 'secondary', experienceYears: 0, other: '药学相关专业', pay: [3800, 5500], headcount: [2, 5] },
      { title: '执业药师', duties: '负责处方审核、用药指导和药品质量管理，确保门店依法合规经营。', education: 'associate', experienceYears: 1, other: '持执业药师资格证书', pay: [7000, 10000], headcount: [1, 2] },
      { title: '生鲜加工员', duties: '负责肉类、水产的分割加工和生鲜区陈列，遵守食品安全操作规范。', education: 'none', experienceYears: 0, other: '持健康证', pay: [3800, 5000], headcount: [2, 4] },
      { title: '家电导购', duties: '负责家电产品的介绍与销售，为顾客提供选购建议并跟进送货安装。', education: 'secondary', experienceYears: 0, pay: [4000, 8000], headcount: [2, 6] },
      { title: '防损员', duties: '负责卖场巡查、出入口管理和防损措施落实，协助处理突发情况。', education: 'junior-high', experienceYears: 0, pay: [3500, 4500], headcount: [2, 4] },
    ],
  },
  transport: {
    businesses: ['物流', '运输', '货运', '汽车运输', '供应链管理', '客运'],
    workplace: 'depot',
    insurance: ['五险一金', '五险'],
    extras: DRIVING_EXTRAS,
    jobs: [
      { title: '重型货车司机', duties: '负责省内外干线货物运输，按规定路线行驶，做好车辆日常检查和货物交接。', education: 'junior-high', experienceYears: 3, other: '持A2驾驶证和道路货物运输从业资格证', pay: [8000, 12000], headcount: [3, 8] },
      { title: '物流调度员', duties: '负责车辆与运单的调度安排，跟踪在途货物，及时处理运输异常。', education: 'associate', experienceYears: 1, pay: [5000, 7000], headcount: [1, 2] },
      { title: '汽车维修技师', duties: '负责货运车辆的保养、故障诊断与维修，做好维修记录和配件管理。', education: 'secondary', experienceYears: 3, pay: [6500, 9500], headcount: [1, 3] },
      { title: '危险货物押运员', duties: '负责危险货物运输途中的押运监护，检查装卸过程安全，填写押运记录。', education: 'secondary', experienceYears: 1, other: '持危险货物道路运输押运人员资格证', pay: [5500, 7500], headcount: [2, 4] },
      { title: '运输业务员', duties: '负责开发货主客户，报价与签订运输合同，维护长期合作关系。', education: 'associate', experienceYears: 1, pay: [5000, 9000], headcount: [1, 3] },
      { title: '客运乘务员', duties: '负责城际客运班车的乘客引导、票务核对和车内服务。', education: 'secondary', experienceYears: 0, pay: [4000, 5500], headcount: [2, 6] },
      { title: '车队长', duties: '负责车队司机的管理与考核，安排车辆保养，控制油耗与运输成本。', education: 'associate', experienceYears: 5, pay: [8000, 12000], headcount: [1, 1] },
    ],
  },
  warehousing: {
    businesses: ['仓储', '冷链物流', '仓储服务', '物流园管理'],
    workplace: 'depot',
    insurance: ['五险一金', '五险'],
    extras: FACTORY_EXTRAS,
    jobs: [
      { title: '叉车司机', duties: '负责仓库内货物的装卸、搬运和堆码，做好叉车日常保养与交接。', education: 'junior-high', experienceYears: 1, other: '持叉车作业证（N1）', pay: [5000, 6500], headcount: [2, 5] },
      { title: '仓储管理员', duties: '负责仓库货物的收发存管理和系统账务处理，组织月度盘点。', education: 'secondary', experienceYears: 1, pay: [4500, 6000], headcount: [1, 3] },
      { title: '拣货分拣员', duties: '负责按订单拣货、复核与打包，保证出库准确及时。', education: 'none', experienceYears: 0, pay: [4000, 5500], headcount: [8, 20] },
      { title: '冷库管理员', duties: '负责冷库温度监控、货物出入库与卫生管理，做好温控记录。', education: 'secondary', experienceYears: 1, other: '能适应低温作业环境', pay: [5000, 6500], headcount: [1, 2] },
      { title: '装卸工', duties: '负责货物的装车、卸车与码放，按要求轻拿轻放，做好现场整理。', education: 'none', experienceYears: 0, pay: [5000, 7000], headcount: [4, 12] },
      { title: '仓储主管', duties: '负责仓库整体运营管理、人员排班和绩效考核，优化库位与作业流程。', education: 'associate', experienceYears: 5, pay: [8000, 11000], headcount: [1, 1] },
      { title: 'WMS系统专员', duties: '负责仓储管理系统的数据维护、报表统计和异常单据处理。', education: 'associate', experienceYears: 1, pay: [5000, 7000], headcount: [1, 1] },
    ],
  },
  postal: {
    businesses: ['快递服务', '速运', '同城配送'],
    workplace: 'depot',
    insurance: ['五险'],
    extras: ['全勤奖', '节日福利', '按件计酬', '岗前培训', '工作餐', '提供宿舍'],
    jobs: [
      { title: '快递员', duties: '负责责任区域内快件的收取与派送，做好签收登记和客户服务。', education: 'none', experienceYears: 0, other: '会骑电动三轮车', pay: [5500, 8500], headcount: [5, 12] },
      { title: '快件分拣员', duties: '负责转运中心快件的卸车、扫描、分拣和装车，保证时效。', education: 'none', experienceYears: 0, pay: [4500, 6000], headcount: [10, 20] },
      { title: '网点主管', duties: '负责快递网点的日常运营、人员管理和服务质量考核。', education: 'associate', experienceYears: 3, pay: [7000, 10000], headcount: [1, 1] },
      { title: '快递客服', duties: '负责处理查件、投诉和理赔咨询，跟踪问题件直至解决。', education: 'secondary', experienceYears: 0, pay: [3800, 5000], headcount: [2, 4] },
      { title: '干线驾驶员', duties: '负责转运中心之间的干线运输，按班次准时发车，保障行车安全。', education: 'junior-high', experienceYears: 3, other: '持B2及以上驾驶证', pay: [8000, 11000], headcount: [2, 4] },
      { title: '驿站店员', duties: '负责快递驿站的包裹入库、出库和寄件服务，保持站点整洁。', education: 'junior-high', experienceYears: 0, pay: [3300, 4200], headcount: [1, 3] },
    ],
  },
  accommodation: {
    businesses: ['酒店管理', '宾馆', '民宿', '客栈', '商务酒店'],
    workplace: 'shop',
    insurance: ['五险'],
    extras: SERVICE_EXTRAS,
    jobs: [
      { title: '前台接待', duties: '负责宾客入住登记、退房结账和问询服务，处理客房预订与客人需求。', education: 'secondary', experienceYears: 0, pay: [3800, 4800], headcount: [2, 4] },
      { title: '客房服务员', duties: '负责客房的清洁整理和布草更换，及时补充客用品。', education: 'none', experienceYears: 0, pay: [3600, 4500], headcount: [3, 8] },
      { title: '民宿管家', duties: '负责古城民宿的客人接待、房务安排和周边游览咨询，维护线上平台评价。', education: 'secondary', experienceYears: 1, pay: [4000, 5500], headcount: [1, 3] },
      { title: '前厅经理', duties: '负责前厅部的日常管理、人员培训与服务质量提升，处理宾客投诉。', education: 'associate', experienceYears: 3, pay: [6500, 9000], headcount: [1, 1] },
      { title: '工程维修工', duties: '负责酒店水电、空调和客房设施的维修保养，做好巡检记录。', education: 'secondary', experienceYears: 2, other: '持电工作业证', pay: [4500, 6000], headcount: [1, 2] },
      { title: '酒店销售经理', duties: '负责酒店客房与会议的销售，维护协议客户和旅行社渠道。', education: 'associate', experienceYears: 2, pay: [6000, 10000], headcount: [1, 2] },
      { title: '行李员', duties: '负责宾客行李运送与寄存，提供引领和问询服务。', education: 'junior-high', experienceYears: 0, pay: [3300, 4000], headcount: [1, 3] },
    ],
  },
  catering: {
    businesses: ['餐饮管理', '面食', '饮食文化', '火锅', '快餐连锁', '食府'],
    workplace: 'shop',
    insurance: ['五险'],
    extras: SERVICE_EXTRAS,
    jobs: [
      { title: '晋菜厨师', duties: '负责过油肉、糖醋丸子等晋菜的烹制，把控出品质量与口味，做好后厨卫生。', education: 'secondary', experienceYears: 3, other: '持健康证', pay: [6000, 8500], headcount: [1, 3] },
      { title: '面点师', duties: '负责刀削面、莜面栲栳栳等面食的制作，按标准控制分量与口感。', education: 'none', experienceYears: 2, other: '持健康证', pay: [5000, 7000], headcount: [1, 3] },
      { title: '餐厅服务员', duties: '负责迎宾点餐、传菜和收台，为顾客提供周到服务，保持就餐区整洁。', education: 'none', experienceYears: 0, pay: [3500, 4500], headcount: [3, 10] },
      { title: '配菜员', duties: '负责原料的清洗、切配和备料，协助厨师完成出品。', education: 'none', experienceYears: 0, other: '持健康证', pay: [3800, 4800], headcount: [2, 4] },
      { title: '餐厅店长', duties: '负责门店营业管理、成本控制和员工培训，保证食品安全和顾客满意。', education: 'associate', experienceYears: 3, pay: [7000, 10000], headcount: [1, 1] },
      { title: '外卖打包员', duties: '负责外卖订单的核对、打包与交接骑手，保证出餐准确及时。', education: 'none', experienceYears: 0, pay: [3300, 4200], headcount: [2, 4] },
      { title: '厨房主管', duties: '负责后厨的排班、菜品研发和食材成本管理，落实卫生制度。', education: 'secondary', experienceYears: 5, pay: [8000, 12000], headcount: [1, 1] },
    ],
  },
  'information-transmission': {
    businesses: ['通信技术', '信息网络', '宽带网络', '通信工程'],
    workplace: 'office',
    insurance: ['五险一金'],
    extras: OFFICE_EXTRAS,
    jobs: [
      { title: '网络工程师', duties: '负责企业客户网络的规划、部署与故障排查，维护交换机、路由器和防火墙。', education: 'associate', experienceYears: 2, other: '持HCIA或CCNA认证', pay: [7000, 11000], headcount: [1, 3] },
      { title: '宽带装维员', duties: '负责家庭宽带和电视业务的上门安装、维修，讲解设备使用方法。', education: 'secondary', experienceYears: 0, pay: [4500, 6500], headcount: [3, 8] },
      { title: '基站维护工程师', duties: '负责通信基站的巡检、故障处理和设备更换，保障网络稳定运行。', education: 'associate', experienceYears: 1, pay: [6000, 8500], headcount: [2, 4] },
      { title: '机房运维工程师', duties: '负责数据机房的日常巡检、设备上下架和监控告警处理，实行轮班值守。', education: 'associate', experienceYears: 1, pay: [6000, 8000], headcount: [1, 3] },
      { title: '通信线路工', duties: '负责光缆线路的敷设、熔接与抢修，做好线路资料更新。', education: 'secondary', experienceYears: 1, other: '持高处作业证', pay: [5500, 7500], headcount: [2, 6] },
      { title: '政企客户经理', duties: '负责专线、云服务等业务的政企客户拓展与维护，完成业务指标。', education: 'bachelor', experienceYears: 2, pay: [7000, 12000], headcount: [1, 2] },
    ],
  },
  'software-it': {
    businesses: ['软件科技', '信息技术', '数据科技', '智能科技', '网络科技'],
    workplace: 'office',
    insurance: ['五险一金'],
    extras: OFFICE_EXTRAS,
    jobs: [
      { title: 'Java开发工程师', duties: '负责政务与企业应用的后端开发，设计接口和数据库，参与代码评审与性能优化。', education: 'bachelor', experienceYears: 3, other: '熟悉Spring Boot和MySQL', pay: [10000, 16000], headcount: [1, 4] },
      { title: 'Web前端工程师', duties: '负责管理后台与移动端H5页面开发，与设计和后端协作完成需求。', education: 'associate', experienceYears: 1, other: '熟悉Vue或React', pay: [7000, 12000], headcount: [1, 3] },
      { title: '测试开发工程师', duties: '负责编写自动化测试脚本和测试平台，保障版本质量，推动持续集成。', education: 'bachelor', experienceYears: 2, pay: [8000, 13000], headcount: [1, 2] },
      { title: '实施工程师', duties: '负责软件系统在客户现场的部署、培训和问题处理，收集客户需求。', education: 'associate', experienceYears: 1, other: '能适应省内出差', pay: [6000, 9000], headcount: [2, 5] },
      { title: '运维工程师', duties: '负责Linux服务器和云平台的部署、监控与备份，编写运维脚本。', education: 'associate', experienceYears: 2, pay: [7000, 11000], headcount: [1, 2] },
      { title: 'UI设计师', duties: '负责小程序和网页的界面设计、交互原型与设计规范。', education: 'associate', experienceYears: 1, other: '请提供作品集', pay: [6000, 10000], headcount: [1, 2] },
      { title: '数据分析师', duties: '负责业务数据的清洗、分析与可视化，输出分析报告支持经营决策。', education: 'bachelor', experienceYears: 1, pay: [8000, 13000], headcount: [1, 2] },
      { title: '算法工程师', duties: '负责计算机视觉算法的研究与工程落地，优化模型效果与推理性能。', education: 'master', experienceYears: 2, pay: [15000, 25000], headcount: [1, 2] },
      { title: '技术支持专员', duties: '负责客户电话与远程技术支持，记录问题并跟踪解决。', education: 'associate', experienceYears: 0, pay: [5000, 7000], headcount: [1, 3] },
      { title: '高级架构师', duties: '负责大型业务系统的架构设计与技术选型，指导团队攻克技术难题。', education: 'bachelor', experienceYears: 10, pay: [25000, 40000], headcount: [1, 1] },
    ],
  },
  'real-estate': {
    businesses: ['房地产开发', '置业', '地产', '城市开发'],
    workplace: 'office',
    insurance: ['五险一金'],
    extras: OFFICE_EXTRAS,
    jobs: [
      { title: '置业顾问', duties: '负责楼盘接待与讲解，跟进意向客户，协助办理签约与按揭手续。', education: 'secondary', experienceYears: 0, pay: [4000, 10000], headcount: [3, 8] },
      { title: '土建工程师', duties: '负责项目土建工程的现场管理、质量验收和进度协调。', education: 'bachelor', experienceYears: 3, pay: [9000, 14000], headcount: [1, 2] },
      { title: '报建专员', duties: '负责项目前期各项审批手续的办理，跟进规划与施工许可进度。', education: 'bachelor', experienceYears: 2, pay: [7000, 10000], headcount: [1, 1] },
      { title: '成本造价工程师', duties: '负责项目目标成本编制、合同预算与结算审核，控制项目成本。', education: 'bachelor', experienceYears: 3, other: '持一级造价工程师证书', pay: [10000, 15000], headcount: [1, 1] },
      { title: '营销策划专员', duties: '负责楼盘推广方案、活动策划与线上宣传，分析来访与成交数据。', education: 'bachelor', experienceYears: 1, pay: [6000, 9000], headcount: [1, 2] },
      { title: '营销总监', duties: '负责项目整体营销策略、销售团队管理与回款目标达成。', education: 'bachelor', experienceYears: 10, pay: [20000, 30000], headcount: [1, 1] },
    ],
  },
  'property-management': {
    businesses: ['物业服务', '物业管理'],
    workplace: 'office',
    insurance: ['五险'],
    extras: SERVICE_EXTRAS,
    jobs: [
      { title: '物业管家', duties: '负责小区业主接待、报事报修跟进和物业费催缴，定期回访业主。', education: 'associate', experienceYears: 1, pay: [4000, 5500], headcount: [1, 3] },
      { title: '保安员', duties: '负责小区门岗值守、巡逻和车辆疏导，处理突发事件并及时上报。', education: 'junior-high', experienceYears: 0, other: '持保安员证', pay: [3500, 4500], headcount: [3, 10] },
      { title: '保洁员', duties: '负责楼道、电梯和公共区域的清洁，做好垃圾分类收运。', education: 'none', experienceYears: 0, pay: [2800, 3500], headcount: [3, 10] },
      { title: '工程维修电工', duties: '负责小区供配电、给排水和电梯等设施的巡检维修，做好维修记录。', education: 'secondary', experienceYears: 2, other: '持低压电工作业证', pay: [4500, 6500], headcount: [1, 3] },
      { title: '绿化工', duties: '负责小区绿化养护、修剪和病虫害防治。', education: 'none', experienceYears: 0, pay: [3200, 4000], headcount: [2, 4] },
      { title: '物业客服', duties: '负责物业服务中心接待、来电登记与维修派单，跟进处理结果。', education: 'secondary', experienceYears: 0, pay: [3500, 4500], headcount: [1, 3] },
      { title: '物业项目经理', duties: '负责物业项目全面管理、预算编制与团队建设，协调业主委员会。', education: 'bachelor', experienceYears: 5, pay: [8000, 12000], headcount: [1, 1] },
    ],
  },
  'leasing-business': {
    businesses: ['人力资源服务', '企业管理咨询', '财税服务', '广告传媒', '会展服务', '设备租赁', '知识产权代理'],
    workplace: 'office',
    insurance: ['五险一金', '五险'],
    extras: OFFICE_EXTRAS,
    jobs: [
      { title: '人力资源专员', duties: '负责招聘、入转调离手续和社保公积金办理，维护员工档案。', education: 'bachelor', experienceYears: 1, pay: [5000, 7000], headcount: [1, 2] },
      { title: '财税顾问', duties: '负责代理记账、纳税申报和财税咨询，服务中小企业客户。', education: 'associate', experienceYears: 2, other: '持初级会计职称', pay: [5000, 8000], headcount: [1, 3] },
      { title: '平面设计师', duties: '负责平面广告、海报和宣传册的创意设计与制作。', education: 'associate', experienceYears: 1, pay: [5000, 8000], headcount: [1, 2] },
      { title: '会展策划专员', duties: '负责展会和活动的方案策划、现场执行与供应商协调。', education: 'bachelor', experienceYears: 1, pay: [5500, 8000], headcount: [1, 2] },
      { title: '设备租赁业务员', duties: '负责工程机械租赁业务的客户开发、报价和合同签订。', education: 'secondary', experienceYears: 1, pay: [5000, 9000], headcount: [1, 3] },
      { title: '行政助理', duties: '负责公司文件收发、会议安排、办公用品采购和来访接待。', education: 'associate', experienceYears: 0, pay: [4000, 5000], headcount: [1, 1] },
      { title: '专利代理师', duties: '负责专利申请文件撰写与审查意见答复，为企业提供知识产权咨询。', education: 'master', experienceYears: 2, other: '持专利代理师资格证', pay: [10000, 16000], headcount: [1, 2] },
      { title: '法务专员', duties: '负责合同审查、法律风险提示和纠纷处理，完善公司制度。', education: 'bachelor', experienceYears: 2, other: '通过国家统一法律职业资格考试', pay: [7000, 10000], headcount: [1, 1] },
    ],
  },
  other: {
    businesses: ['家政服务', '养老服务', '健康管理', '汽车服务', '美容美发', '体育文化'],
    workplace: 'shop',
    insurance: ['五险'],
    extras: SERVICE_EXTRAS,
    jobs: [
      { title: '养老护理员', duties: '负责长者的生活照料、起居协助和康复活动陪护，做好护理记录。', education: 'junior-high', experienceYears: 0, other: '持养老护理员证书，无证可培训后上岗', pay: [4000, 5500], headcount: [3, 8] },
      { title: '家政服务员', duties: '负责家庭保洁、做饭和日常照料，按服务标准完成工作。', education: 'none', experienceYears: 0, pay: [4000, 6000], headcount: [3, 10] },
      { title: '育婴员', duties: '负责婴幼儿日常护理、喂养与早期启蒙，记录成长情况。', education: 'secondary', experienceYears: 1, other: '持育婴员证书', pay: [5000, 8000], headcount: [2, 5] },
      { title: '汽车美容技师', duties: '负责车辆清洗、打蜡、贴膜和内饰清洁，保证施工质量。', education: 'junior-high', experienceYears: 0, pay: [4000, 6000], headcount: [2, 4] },
      { title: '美发师', duties: '负责顾客的洗剪吹、烫染造型服务，维护老顾客。', education: 'junior-high', experienceYears: 2, pay: [5000, 9000], headcount: [1, 3] },
      { title: '健身教练', duties: '负责会员体能测评、训练计划制定与私教课程。', education: 'secondary', experienceYears: 1, other: '持健身教练职业技能证书', pay: [5000, 10000], headcount: [1, 3] },
      { title: '康复理疗师', duties: '负责康复评估与理疗，指导患者进行功能训练。', education: 'associate', experienceYears: 1, other: '康复治疗相关专业', pay: [5500, 8000], headcount: [1, 2] },
      { title: '课程顾问', duties: '负责职业技能培训课程的咨询与报名服务，跟进学员反馈。', education: 'associate', experienceYears: 0, pay: [4500, 8000], headcount: [1, 3] },
    ],
  },
}

/** Why the bureau sends a posting back: what the firm must fix (the posting itself passes the word check). */
export const POSTING_REJECTIONS = [
  '岗位职责描述过于简单，请补充具体工作内容和工作时间',
  '薪资范围与岗位要求差距较大，请核实后重新提交',
  '工作地点请填写到具体门牌号，便于求职者了解通勤',
  '请在其他要求中写明倒班安排和每月休息天数',
  '福利待遇中的提成请写明计算方式',
] as const

/** Why the bureau sends a firm's registration back. */
export const EMPLOYER_REJECTIONS = [
  '营业执照上的企业名称与填报名称不一致，请核对后重新提交',
  '所属行业与营业执照经营范围不符，请更正后重新提交',
] as const

/** The kinds of people looking for work: what they studied and did, and the industries they look in. */
export interface SeekerKind {
  education: Education
  experience: readonly [number, number]
  industries: readonly Industry[]
  intro: string
}

export const SEEKER_KINDS: readonly SeekerKind[] = [
  { education: 'bachelor', experience: [2, 6], industries: ['software-it', 'information-transmission'], intro: '计算机科学与技术专业，做过政务和企业管理系统的后端开发，熟悉Java和数据库。' },
  { education: 'associate', experience: [0, 2], industries: ['software-it', 'leasing-business'], intro: '软件技术专业，会做网页和小程序界面，学习能力强，愿意从基础做起。' },
  { education: 'secondary', experience: [3, 12], industries: ['industry', 'construction'], intro: '机械加工专业毕业，多年数控和钳工经验，能看懂图纸，能适应倒班。' },
  { education: 'junior-high', experience: [0, 8], industries: ['industry', 'warehousing', 'postal'], intro: '踏实肯干，做过生产线和仓库工作，服从安排，能吃苦。' },
  { education: 'junior-high', experience: [3, 15], industries: ['transport', 'postal', 'wholesale'], intro: '持A2驾驶证，多年干线货运经验，无重大事故记录。' },
  { education: 'secondary', experience: [1, 8], industries: ['catering', 'accommodation'], intro: '烹饪专业毕业，会做晋菜和各种面食，持健康证。' },
  { education: 'none', experience: [0, 10], industries: ['catering', 'retail', 'property-management', 'other'], intro: '做过餐厅和超市的服务工作，为人热情，能适应早晚班。' },
  { education: 'associate', experience: [1, 5], industries: ['retail', 'wholesale', 'real-estate'], intro: '市场营销专业，做过导购和销售，沟通能力好，有客户积累。' },
  { education: 'bachelor', experience: [0, 3], industries: ['leasing-business', 'wholesale', 'real-estate'], intro: '会计学专业，持初级会计职称，熟悉记账和纳税申报。' },
  { education: 'associate', experience: [2, 10], industries: ['construction', 'real-estate'], intro: '工程造价专业，参与过住宅和市政项目的预结算，熟练使用广联达。' },
  { education: 'secondary', experience: [0, 6], industries: ['agriculture', 'industry'], intro: '农村长大，熟悉种植和养殖，会开农机，想在家门口就业。' },
  { education: 'associate', experience: [0, 4], industries: ['other', 'accommodation'], intro: '护理专业毕业，有养老院实习经历，持养老护理员证书。' },
  { education: 'master', experience: [0, 3], industries: ['industry', 'software-it', 'leasing-business'], intro: '材料科学与工程硕士，做过合金材料性能研究，发表过论文。' },
  { education: 'secondary', experience: [2, 10], industries: ['property-management', 'accommodation', 'industry'], intro: '持低压电工作业证，做过物业和酒店的水电维修。' },
] as const

/** What a firm writes when it invites a seeker to an interview (no place: it is on the posting). */
export const INTERVIEW_NOTES = [
  '请于下周二上午10点到公司面试，携带身份证和简历',
  '请于本周四下午3点视频面试，届时人事部会电话联系您',
  '请于明天上午9点到岗位所在地面试，到达后联系招聘负责人',
  '请于下周一下午2点参加面试，可提前电话确认',
] as const
