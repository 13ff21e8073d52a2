import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import type { Database } from '../cloudfunctions/_shared/db/types'
import { CREDIT_CODES } from '../cloudfunctions/_shared/repositories/credit-codes'
import { EMPLOYERS, type Employer } from '../cloudfunctions/_shared/repositories/employers'
import { JOBS, type Job, type JobContent } from '../cloudfunctions/_shared/repositories/jobs'
import { ENTERPRISE_FACTS } from '../cloudfunctions/_shared/repositories/enterprise-facts'
import { META } from '../cloudfunctions/_shared/repositories/schema'
import { seedFairs } from './seed-fairs'
import { seedSeekers } from './seed-seekers'

dayjs.extend(utc)
dayjs.extend(timezone)

const SEED_DOC = 'seed'

/**
 * Sample firms: the first belongs to the seeded HR identity (dev-hr); the last awaits the bureau's
 * review. Credit codes carry correct GB 32100-2015 check characters; size facts are in yuan.
 */
const sampleEmployers: Omit<Employer, '_id' | 'createdAt' | 'updatedAt'>[] = [
  { ownerOpenId: 'dev-hr', name: '太原晋云软件科技有限公司', creditCode: '91140100MA0KXXXX1U', ownership: 'private', industry: 'software-it', employees: 48, revenue: 12_000_000, totalAssets: 9_000_000, city: '太原市', district: '小店区', address: '长治路111号', contactName: '李娜', contactPhone: '13803510001', status: 'verified' },
  { ownerOpenId: 'seed-firm-2', name: '大同恒信机械制造有限公司', creditCode: '91140200MA0KXXXX24', ownership: 'private', industry: 'industry', employees: 260, revenue: 18_000_000, totalAssets: 30_000_000, city: '大同市', district: '平城区', address: '御东新区装备园8号', contactName: '王强', contactPhone: '13903520002', status: 'verified' },
  { ownerOpenId: 'seed-firm-3', name: '晋中汾河味道餐饮管理有限公司', creditCode: '91140700MA0KXXXX31', ownership: 'private', industry: 'catering', employees: 35, revenue: 6_000_000, totalAssets: 2_000_000, city: '晋中市', district: '榆次区', address: '顺城街66号', contactName: '赵敏', contactPhone: '13703540003', status: 'verified' },
  { ownerOpenId: 'seed-firm-4', name: '长治潞安新材料科技有限公司', creditCode: '91140400MA0KXXXX4L', ownership: 'private', industry: 'industry', employees: 85, revenue: 26_000_000, totalAssets: 40_000_000, city: '长治市', district: '潞州区', address: '高新区漳泽路18号', contactName: '郭鹏', contactPhone: '0355-2020004', status: 'pending' },
]

type JobSeed = JobContent & { owner: string; status: 'draft' | 'pending' | 'published'; publishedOffsetDays?: number }

const job = (j: Omit<JobSeed, 'benefits' | 'requirements'> & { benefits?: string; education: string; experienceYears: number; other?: string }): JobSeed => {
  const { education, experienceYears, other = '', benefits = '', ...rest } = j
  return { ...rest, benefits, requirements: { education, experienceYears, other } }
}

/** Sample postings: published ones for the verified firms (so the board is lively), a draft, and one awaiting review. */
const sampleJobs: JobSeed[] = [
  job({ owner: 'dev-hr', status: 'published', publishedOffsetDays: -6, title: '前端开发工程师', headcount: 3, duties: '负责政务与企业服务小程序、H5页面的开发与维护，配合后端完成接口联调，优化页面性能与体验。', education: 'associate', experienceYears: 1, other: '熟悉React或Vue，了解微信小程序开发', location: { city: '太原市', district: '小店区', address: '长治路111号' }, pay: { min: 6000, max: 10000 }, benefits: '五险一金，双休，年度体检', validDays: 60 }),
  job({ owner: 'dev-hr', status: 'published', publishedOffsetDays: -2, title: '软件测试工程师', headcount: 2, duties: '编写测试用例并执行功能、接口测试，跟踪缺陷直至关闭，参与自动化测试建设。', education: 'associate', experienceYears: 0, location: { city: '太原市', district: '小店区', address: '长治路111号' }, pay: { min: 5000, max: 8000 }, benefits: '五险一金，带薪年假', validDays: 30 }),
  job({ owner: 'dev-hr', status: 'draft', title: '产品经理', headcount: 1, duties: '负责企业服务类产品的需求调研、原型设计与版本规划，协调研发与运营推进上线。', education: 'bachelor', experienceYears: 3, location: { city: '太原市', district: '小店区', address: '长治路111号' }, pay: { min: 9000, max: 15000 }, validDays: 45 }),
  job({ owner: 'seed-firm-2', status: 'published', publishedOffsetDays: -10, title: '电焊工', headcount: 10, duties: '按图纸完成机械结构件的焊接作业，做好焊前准备与焊后自检，遵守安全操作规程。', education: 'secondary', experienceYears: 2, other: '持焊工特种作业操作证', location: { city: '大同市', district: '平城区', address: '御东新区装备园8号' }, pay: { min: 5500, max: 8000 }, benefits: '五险，免费工作餐，提供宿舍', validDays: 90 }),
  job({ owner: 'seed-firm-2', status: 'published', publishedOffsetDays: -3, title: '机械装配工', headcount: 15, duties: '负责矿山机械部件的装配、调试与质量检验，配合班组完成生产任务。', education: 'junior-high', experienceYears: 0, other: '接受新手，公司提供岗前培训', location: { city: '大同市', district: '云州区', address: '云州工业园3号' }, pay: { min: 4500, max: 6500 }, benefits: '五险，包吃住，满勤奖', validDays: 60 }),
  job({ owner: 'seed-firm-2', status: 'pending', title: '数控机床操作工', headcount: 6, duties: '操作数控车床、加工中心完成零件加工，按工艺文件进行首件检验与日常保养。', education: 'secondary', experienceYears: 1, location: { city: '大同市', district: '平城区', address: '御东新区装备园8号' }, pay: { min: 5000, max: 7500 }, benefits: '五险一金，倒班补贴', validDays: 60 }),
  job({ owner: 'seed-firm-3', status: 'published', publishedOffsetDays: -8, title: '中餐厨师', headcount: 4, duties: '负责晋菜与面食的制作，把控菜品口味与出品标准，做好后厨卫生与食材管理。', education: 'none', experienceYears: 2, other: '持健康证', location: { city: '晋中市', district: '榆次区', address: '顺城街66号' }, pay: { min: 5000, max: 7000 }, benefits: '包吃住，月休4天', validDays: 45 }),
  job({ owner: 'seed-firm-3', status: 'published', publishedOffsetDays: -1, title: '门店服务员', headcount: 8, duties: '负责门店迎宾、点餐、传菜与收台，热情接待顾客，保持就餐区整洁。', education: 'none', experienceYears: 0, location: { city: '晋中市', district: '平遥县', address: '古城南大街18号' }, pay: { min: 3500, max: 4800 }, benefits: '包吃住，节日福利', validDays: 30 }),
]

/** Seeds the sample data once; returns whether it did. */
export async function seedIfEmpty(db: Database, now: Date): Promise<boolean> {
  const { data } = await db.collection(META).doc(SEED_DOC).get()
  if (data.length > 0) return false
  const at = dayjs(now).tz('Asia/Shanghai')
  const stamp = at.toISOString()
  const employerIds = new Map<string, Employer>()
  for (const employer of sampleEmployers) {
    const doc = { ...employer, submittedAt: stamp, createdAt: stamp, updatedAt: stamp }
    const { id } = await db.collection(EMPLOYERS).add(doc)
    employerIds.set(employer.ownerOpenId, { _id: id as string, ...doc })
    // A verified firm holds its credit code, as admin.review records it.
    if (employer.status === 'verified') await db.collection(CREDIT_CODES).doc(employer.creditCode).set({ employerId: id as string, verifiedAt: stamp })
  }
  for (const { owner, status, publishedOffsetDays = 0, ...content } of sampleJobs) {
    const firm = employerIds.get(owner) as Employer
    const published = at.add(publishedOffsetDays, 'day')
    const doc: Omit<Job, '_id'> = {
      employerId: firm._id,
      ownerOpenId: owner,
      employerName: firm.name,
      industry: firm.industry,
      ...content,
      status,
      ...(status === 'draft' ? {} : { submittedAt: published.subtract(1, 'hour').toISOString(), compliance: { checkedAt: published.subtract(1, 'hour').toISOString(), wechat: 'skipped' as const } }),
      ...(status === 'published'
        ? { publishedAt: published.toISOString(), validUntil: published.add(content.validDays, 'day').toISOString(), reviewedBy: 'dev-admin', reviewedAt: published.toISOString() }
        : {}),
      createdAt: published.subtract(1, 'day').toISOString(),
      updatedAt: status === 'published' ? published.toISOString() : published.subtract(1, 'hour').toISOString(),
    }
    await db.collection(JOBS).add(doc)
  }
  // 政策找企业: the facts dev-hr's firm stated for the rules (a matching run finds 第21条 for it).
  const devHr = employerIds.get('dev-hr') as Employer
  const stated = (value: unknown) => ({ value, statedAt: stamp })
  await db.collection(ENTERPRISE_FACTS).doc(devHr._id).set({
    ownerOpenId: 'dev-hr',
    facts: { insuredStaff: stated(45), layoffsLastYear: stated(0), uiPremiumsLastYear: stated(36_000), newHires: stated(8), trainedStaff: stated(0) },
    version: 1,
    updatedAt: stamp,
  })
  // Job fairs (measure 25) around the seeding day, with the firms' booths: server/seed-fairs.ts.
  await seedFairs(db, now)
  // Sample seekers, their applications to the seeded postings and a report (server/seed-seekers.ts).
  await seedSeekers(db, now)
  await db.collection(META).doc(SEED_DOC).set({ seededAt: stamp })
  return true
}
