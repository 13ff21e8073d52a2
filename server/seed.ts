/**
 * What `npm start` finds on first start: a living province. The sample firms and postings the dev
 * identities and the tests rely on (dev-hr's 太原晋云软件科技有限公司 and three more), then the
 * generated province around them (server/seed-province.ts): firms of every size class in every
 * industry and city, a few hundred postings in every state, the enterprise facts the bureau's
 * matching finds, job fairs with booths (server/seed-fairs.ts), and job seekers with applications
 * and messages (server/seed-seekers.ts). The same data every time, dated relative to the moment of
 * seeding; written once (the meta document `seed` says so) through the repositories the functions use.
 */
import type { JobState } from '../cloudfunctions/_shared/catalog/firms'
import type { Database } from '../cloudfunctions/_shared/db/types'
import { creditCodeHolds } from '../cloudfunctions/_shared/repositories/credit-codes'
import { EMPLOYERS, type Employer } from '../cloudfunctions/_shared/repositories/employers'
import { ENTERPRISE_FACTS, type EnterpriseFacts, type StatedFacts } from '../cloudfunctions/_shared/repositories/enterprise-facts'
import { jobWrites, type Job } from '../cloudfunctions/_shared/repositories/jobs'
import { META } from '../cloudfunctions/_shared/repositories/schema'
import { todayInShanghai } from '../cloudfunctions/_shared/catalog/time'
import type { Facts } from '../cloudfunctions/_shared/rules/facts'
import { seedFairs } from './seed-fairs'
import { fictionalCreditCode, fictionalLandline, planProvince, type FirmPlan, type PostingPlan } from './seed-province'
import { hoursBefore, newId, writeInTransactions, type SeededPosting } from './seed-writes'
import { seedSeekers } from './seed-seekers'

const SEED_DOC = 'seed'
/** Who decided the seeded reviews. */
export const SEED_REVIEWER = 'dev-admin'
/** Hours from a registration to the bureau's decision on it. */
const DECISION_HOURS = 26

/**
 * The sample firms: dev-hr's (the HR identity), two more with live postings, and one awaiting the
 * bureau's review. Phones and credit codes are of the seed's fictional kinds (seed-province.ts).
 */
export const SAMPLE_FIRMS: readonly FirmPlan[] = [
  { ownerOpenId: 'dev-hr', profile: { name: '太原晋云软件科技有限公司', creditCode: fictionalCreditCode('140100', 1), ownership: 'private', industry: 'software-it', employees: 48, revenue: 12_000_000, totalAssets: 9_000_000, city: '太原市', district: '小店区', address: '晋云大厦11层', contactName: '李娜', contactPhone: fictionalLandline('太原市', 1) }, status: 'verified', registeredHoursAgo: 400 * 24 },
  { ownerOpenId: 'seed-firm-2', profile: { name: '大同恒信机械制造有限公司', creditCode: fictionalCreditCode('140200', 2), ownership: 'private', industry: 'industry', employees: 260, revenue: 18_000_000, totalAssets: 30_000_000, city: '大同市', district: '平城区', address: '恒信工业园A区8号', contactName: '王强', contactPhone: fictionalLandline('大同市', 2) }, status: 'verified', registeredHoursAgo: 520 * 24 },
  { ownerOpenId: 'seed-firm-3', profile: { name: '晋中汾河味道餐饮管理有限公司', creditCode: fictionalCreditCode('140700', 3), ownership: 'private', industry: 'catering', employees: 35, revenue: 6_000_000, totalAssets: 2_000_000, city: '晋中市', district: '榆次区', address: '汾河商业广场1层108号', contactName: '赵敏', contactPhone: fictionalLandline('晋中市', 3) }, status: 'verified', registeredHoursAgo: 300 * 24 },
  { ownerOpenId: 'seed-firm-4', profile: { name: '长治潞安新材料科技有限公司', creditCode: fictionalCreditCode('140400', 4), ownership: 'private', industry: 'industry', employees: 85, revenue: 26_000_000, totalAssets: 40_000_000, city: '长治市', district: '潞州区', address: '潞安工业园B区18号', contactName: '郭鹏', contactPhone: fictionalLandline('长治市', 4) }, status: 'pending', registeredHoursAgo: 20 },
]

type SampleState = Exclude<JobState, 'expired'>

/** A sample posting: `at` is when it was published (or submitted, or written), in days before seeding. */
const sample = (
  owner: string,
  state: SampleState,
  at: number,
  content: Omit<PostingPlan['content'], 'requirements' | 'benefits'> & { education: string; experienceYears: number; other?: string; benefits?: string },
  reviewReason?: string,
): PostingPlan => {
  const { education, experienceYears, other = '', benefits = '', ...rest } = content
  const hours = at * 24
  const shown = state === 'published' || state === 'closed'
  return {
    owner,
    content: { ...rest, benefits, requirements: { education, experienceYears, other } },
    state,
    createdHoursAgo: hours + 24,
    ...(state === 'draft' ? {} : { submittedHoursAgo: shown || state === 'rejected' ? hours + 1 : hours }),
    ...(shown || state === 'rejected' ? { reviewedHoursAgo: hours } : {}),
    ...(state === 'closed' ? { closedHoursAgo: hours / 2 } : {}),
    ...(reviewReason ? { reviewReason } : {}),
  }
}

const TAIYUAN_OFFICE = { city: '太原市', district: '小店区', address: '晋云大厦11层' }

/**
 * The sample postings the tests and the screenshots name (电焊工, 前端开发工程师, 门店服务员…): no
 * generated posting's title contains one of theirs. dev-hr has two live ones, a draft, one sent
 * back and one closed; 数控机床操作工 awaits review.
 */
export const SAMPLE_POSTINGS: readonly PostingPlan[] = [
  sample('dev-hr', 'published', 6, { title: '前端开发工程师', headcount: 3, duties: '负责政务与企业服务小程序、H5页面的开发与维护，配合后端完成接口联调，优化页面性能与体验。', education: 'associate', experienceYears: 1, other: '熟悉React或Vue，了解微信小程序开发', location: TAIYUAN_OFFICE, pay: { min: 6000, max: 10000 }, benefits: '五险一金，双休，年度体检', validDays: 60 }),
  sample('dev-hr', 'published', 2, { title: '软件测试工程师', headcount: 2, duties: '编写测试用例并执行功能、接口测试，跟踪缺陷直至关闭，参与自动化测试建设。', education: 'associate', experienceYears: 0, location: TAIYUAN_OFFICE, pay: { min: 5000, max: 8000 }, benefits: '五险一金，带薪年假', validDays: 30 }),
  sample('dev-hr', 'draft', 1, { title: '产品经理', headcount: 1, duties: '负责企业服务类产品的需求调研、原型设计与版本规划，协调研发与运营推进上线。', education: 'bachelor', experienceYears: 3, location: TAIYUAN_OFFICE, pay: { min: 9000, max: 15000 }, validDays: 45 }),
  sample('dev-hr', 'rejected', 4, { title: '运维开发工程师', headcount: 1, duties: '负责公司服务器的日常运维工作。', education: 'associate', experienceYears: 2, location: TAIYUAN_OFFICE, pay: { min: 7000, max: 11000 }, benefits: '五险一金，双休', validDays: 30 }, '岗位职责描述过于简单，请补充具体工作内容和工作时间'),
  sample('dev-hr', 'closed', 40, { title: '实施顾问', headcount: 2, duties: '负责软件系统在客户现场的部署、培训和问题处理，整理客户需求并反馈研发。', education: 'associate', experienceYears: 1, other: '能适应省内出差', location: TAIYUAN_OFFICE, pay: { min: 6000, max: 9000 }, benefits: '五险一金，出差补贴', validDays: 60 }),
  sample('seed-firm-2', 'published', 10, { title: '电焊工', headcount: 10, duties: '按图纸完成机械结构件的焊接作业，做好焊前准备与焊后自检，遵守安全操作规程。', education: 'secondary', experienceYears: 2, other: '持焊工特种作业操作证', location: { city: '大同市', district: '平城区', address: '恒信工业园A区8号' }, pay: { min: 5500, max: 8000 }, benefits: '五险，免费工作餐，提供宿舍', validDays: 90 }),
  sample('seed-firm-2', 'published', 3, { title: '机械装配工', headcount: 15, duties: '负责矿山机械部件的装配、调试与质量检验，配合班组完成生产任务。', education: 'junior-high', experienceYears: 0, other: '接受新手，公司提供岗前培训', location: { city: '大同市', district: '云州区', address: '恒信工业园云州厂区3号' }, pay: { min: 4500, max: 6500 }, benefits: '五险，包吃住，满勤奖', validDays: 60 }),
  sample('seed-firm-2', 'pending', 0.5, { title: '数控机床操作工', headcount: 6, duties: '操作数控车床、加工中心完成零件加工，按工艺文件进行首件检验与日常保养。', education: 'secondary', experienceYears: 1, location: { city: '大同市', district: '平城区', address: '恒信工业园A区8号' }, pay: { min: 5000, max: 7500 }, benefits: '五险一金，倒班补贴', validDays: 60 }),
  sample('seed-firm-3', 'published', 8, { title: '中餐厨师', headcount: 4, duties: '负责晋菜与面食的制作，把控菜品口味与出品标准，做好后厨卫生与食材管理。', education: 'none', experienceYears: 2, other: '持健康证', location: { city: '晋中市', district: '榆次区', address: '汾河商业广场1层108号' }, pay: { min: 5000, max: 7000 }, benefits: '包吃住，月休4天', validDays: 45 }),
  sample('seed-firm-3', 'published', 1, { title: '门店服务员', headcount: 8, duties: '负责门店迎宾、点餐、传菜与收台，热情接待顾客，保持就餐区整洁。', education: 'none', experienceYears: 0, location: { city: '晋中市', district: '平遥县', address: '汾河味道平遥店' }, pay: { min: 3500, max: 4800 }, benefits: '包吃住，节日福利', validDays: 30 }),
]

/** What dev-hr's firm stated for the rules: a matching run finds 第21条 (8 hires × 1,000元) for it. */
const SAMPLE_FACTS: Facts = { insuredStaff: 45, layoffsLastYear: 0, uiPremiumsLastYear: 36_000, newHires: 8, trainedStaff: 0 }

/**
 * Registers the firms as the bureau left them: verified firms hold their credit codes (as
 * admin.review records it), rejected ones carry the reason.
 */
async function writeFirms(db: Database, now: Date, plans: readonly FirmPlan[]): Promise<Map<string, Employer>> {
  const firms = new Map<string, Employer>()
  await writeInTransactions(db, plans, 3, async (tx, plan) => {
    const registered = hoursBefore(now, plan.registeredHoursAgo)
    const decided = hoursBefore(now, plan.registeredHoursAgo - DECISION_HOURS)
    const pending = plan.status === 'pending'
    const firm: Employer = {
      _id: newId(),
      ownerOpenId: plan.ownerOpenId,
      ...plan.profile,
      status: plan.status,
      ...(pending ? {} : { reviewedBy: SEED_REVIEWER, reviewedAt: decided }),
      ...(plan.reviewReason ? { reviewReason: plan.reviewReason } : {}),
      submittedAt: registered,
      codeClaimedAt: registered,
      // Registered, then decided on.
      revision: pending ? 1 : 2,
      createdAt: registered,
      updatedAt: pending ? registered : decided,
    }
    await tx.collection<Employer>(EMPLOYERS).add(firm)
    if (plan.status === 'verified' && (await creditCodeHolds(tx).take(firm.creditCode, firm._id, decided)) !== null) {
      throw new Error(`seed: credit code ${firm.creditCode} is held already`)
    }
    firms.set(plan.ownerOpenId, firm)
  })
  return firms
}

/** A posting's document, as the functions would have left it in its state. */
function postingDoc(now: Date, firm: Employer, plan: PostingPlan): Omit<Job, '_id' | 'revision' | 'searchTerms'> {
  const at = (hours: number) => hoursBefore(now, hours)
  const { state, content } = plan
  const shown = state === 'published' || state === 'expired' || state === 'closed'
  const reviewed = plan.reviewedHoursAgo
  const last = Math.min(plan.createdHoursAgo, plan.submittedHoursAgo ?? Infinity, reviewed ?? Infinity, plan.closedHoursAgo ?? Infinity)
  return {
    employerId: firm._id,
    ownerOpenId: firm.ownerOpenId,
    employerName: firm.name,
    industry: firm.industry,
    ...content,
    status: state === 'expired' ? 'published' : state,
    ...(plan.submittedHoursAgo !== undefined ? { submittedAt: at(plan.submittedHoursAgo), compliance: { checkedAt: at(plan.submittedHoursAgo), wechat: 'skipped' as const } } : {}),
    ...(shown && reviewed !== undefined ? { publishedAt: at(reviewed), validUntil: at(reviewed - content.validDays * 24) } : {}),
    ...(reviewed !== undefined ? { reviewedBy: SEED_REVIEWER, reviewedAt: at(reviewed) } : {}),
    ...(plan.reviewReason ? { reviewReason: plan.reviewReason } : {}),
    ...(plan.closedHoursAgo !== undefined ? { closedAt: at(plan.closedHoursAgo) } : {}),
    createdAt: at(plan.createdHoursAgo),
    updatedAt: at(last),
  }
}

/** The facts a firm stated, each with the time it said so. */
const stated = (facts: Facts, statedAt: string): StatedFacts =>
  Object.fromEntries(Object.entries(facts).map(([name, value]) => [name, { value, statedAt }])) as StatedFacts

/** Seeds the province once; returns whether it did. */
export async function seedIfEmpty(db: Database, now: Date): Promise<boolean> {
  const { data } = await db.collection(META).doc(SEED_DOC).get()
  if (data.length > 0) return false
  const province = planProvince(todayInShanghai(now), new Set(SAMPLE_FIRMS.map((f) => f.profile.name)))
  const firms = await writeFirms(db, now, [...SAMPLE_FIRMS, ...province.firms])

  const postings: SeededPosting[] = []
  await writeInTransactions(db, [...SAMPLE_POSTINGS, ...province.postings], 1, async (tx, plan) => {
    postings.push({ plan, job: await jobWrites(tx).create(postingDoc(now, firms.get(plan.owner) as Employer, plan)) })
  })

  // 政策找企业: the facts firms stated (their first statement), so that the bureau's matching run finds them.
  const withFacts = [{ ...SAMPLE_FIRMS[0], facts: SAMPLE_FACTS }, ...province.firms.filter((f) => f.facts)]
  await writeInTransactions(db, withFacts, 1, async (tx, plan) => {
    const firm = firms.get(plan.ownerOpenId) as Employer
    const at = hoursBefore(now, plan.registeredHoursAgo / 2)
    const doc: Omit<EnterpriseFacts, '_id'> = { ownerOpenId: firm.ownerOpenId, facts: stated(plan.facts as Facts, at), version: 1, updatedAt: at }
    await tx.collection<EnterpriseFacts>(ENTERPRISE_FACTS).doc(firm._id).set(doc)
  })

  const fairs = await seedFairs(db, now, [...firms.values()], postings)
  await seedSeekers(db, now, postings, fairs)
  await db.collection(META).doc(SEED_DOC).set({ seededAt: now.toISOString() })
  return true
}
