/**
 * A realistic job board for the benches and the load tests, deterministic so every run measures
 * the same data: 500 verified firms across Shanxi, their postings (mostly recruiting, some closed,
 * in review, drafts or expired by date) and job seekers with profiles.
 */
import { EDUCATIONS, EXPERIENCE_YEARS } from '../cloudfunctions/_shared/catalog/firms'
import { SHANXI_REGIONS } from '../cloudfunctions/_shared/catalog/regions'
import type { Database, Transaction } from '../cloudfunctions/_shared/db/types'
import type { EmbeddedDatabase } from '../server/db/embedded'
import { EMPLOYERS, type Employer } from '../cloudfunctions/_shared/repositories/employers'
import { JOBS, type Job } from '../cloudfunctions/_shared/repositories/jobs'
import { searchTermsOf } from '../cloudfunctions/_shared/repositories/search-terms'
import { SEEKERS, type SeekerProfile } from '../cloudfunctions/_shared/repositories/seekers'
import { INDUSTRIES } from '../cloudfunctions/_shared/rules/facts'

export const DAY = 86_400_000
export const FIRMS = 500
export const TITLES = ['前端开发工程师', 'Java开发工程师', '软件测试工程师', '电焊工', '机械装配工', '数控车工', '电工', '叉车司机', '仓库管理员', '快递分拣员',
  '中餐厨师', '面点师', '门店服务员', '收银员', '导购员', '客服专员', '销售代表', '会计', '出纳', '行政专员',
  '人事专员', '物业管理员', '保安', '保洁员', '护工', '育婴师', '驾驶员', '装卸工', '质检员', '采购专员']
const FIRM_WORDS = ['晋云', '恒信', '汾河', '潞安', '太行', '吕梁', '黄河', '五台', '云冈', '平遥', '晋阳', '并州', '龙城', '三晋', '表里']
const FIRM_KINDS = ['科技', '机械制造', '餐饮管理', '商贸', '物流', '建筑工程', '物业服务', '信息技术', '食品', '新材料']

/** A small deterministic generator, so every run benchmarks the same data. */
export function random(seed: number) {
  let s = seed >>> 0
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)], int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) }
}

export type Random = ReturnType<typeof random>

/** Documents seeded per transaction: under the CloudBase profile a transaction of more round trips than 30 s allow is dropped. */
export const SEED_BATCH = 1000

/** Writes every item, SEED_BATCH to a transaction. */
export async function inTransactions<T>(db: Database, items: readonly T[], write: (tx: Transaction, item: T, index: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += SEED_BATCH) {
    await db.runTransaction(async (tx) => {
      for (let i = start; i < Math.min(items.length, start + SEED_BATCH); i++) await write(tx, items[i], i)
    })
  }
}

export const firmName = (i: number) => `${SHANXI_REGIONS[i % 11].city.slice(0, 2)}${FIRM_WORDS[i % FIRM_WORDS.length]}${FIRM_KINDS[Math.floor(i / 15) % FIRM_KINDS.length]}${i}号有限公司`

function firms(now: number): Employer[] {
  const at = new Date(now - 400 * DAY).toISOString()
  return Array.from({ length: FIRMS }, (_, i) => {
    const region = SHANXI_REGIONS[i % SHANXI_REGIONS.length]
    return {
      _id: `bench-firm-${i}`,
      ownerOpenId: `bench-hr-${i}`,
      name: firmName(i),
      creditCode: `BENCH${String(i).padStart(13, '0')}`,
      ownership: 'private',
      industry: INDUSTRIES[i % INDUSTRIES.length],
      employees: 10 + (i % 300),
      city: region.city,
      district: region.districts[i % region.districts.length],
      address: '某路1号',
      contactName: '张经理',
      contactPhone: `1380000${String(i).padStart(4, '0')}`,
      status: 'verified',
      submittedAt: at,
      createdAt: at,
      updatedAt: at,
    }
  })
}

/** Stores the firms and returns them, for their postings. */
export async function seedFirms(db: EmbeddedDatabase, now: number): Promise<Employer[]> {
  const employers = firms(now)
  await inTransactions(db, employers, (tx, { _id, ...firm }) => tx.collection(EMPLOYERS).doc(_id).set(firm))
  return employers
}

/** The n-th posting: mostly recruiting, some closed, in review, drafts, or expired by date. */
export function posting(n: number, firm: Employer, now: number, rnd: Random): Omit<Job, '_id'> {
  const region = SHANXI_REGIONS.find((r) => r.city === firm.city) ?? SHANXI_REGIONS[0]
  const city = rnd.next() < 0.7 ? region : rnd.pick(SHANXI_REGIONS)
  const min = rnd.int(25, 120) * 100
  const validDays = rnd.pick([30, 45, 60, 90])
  const published = now - rnd.next() * 100 * DAY // some are past their validity
  const roll = rnd.next()
  const status = roll < 0.85 ? 'published' : roll < 0.9 ? 'closed' : roll < 0.95 ? 'pending' : 'draft'
  const title = `${rnd.pick(TITLES)}${n % 7 === 0 ? '（急招）' : ''}`
  return {
    employerId: firm._id,
    ownerOpenId: firm.ownerOpenId,
    employerName: firm.name,
    industry: firm.industry,
    title,
    searchTerms: searchTermsOf({ title, employerName: firm.name }),
    headcount: rnd.int(1, 20),
    duties: `负责${title}相关工作，按公司要求完成岗位任务，服从工作安排。`,
    requirements: { education: rnd.pick(EDUCATIONS.slice(0, 5)), experienceYears: rnd.pick(EXPERIENCE_YEARS), other: '' },
    location: { city: city.city, district: rnd.pick(city.districts), address: '某路1号' },
    pay: { min, max: min + rnd.int(5, 80) * 100 },
    benefits: '五险一金',
    validDays,
    status,
    ...(status === 'published' || status === 'closed'
      ? { publishedAt: new Date(published).toISOString(), validUntil: new Date(published + validDays * DAY).toISOString() }
      : {}),
    ...(status === 'closed' ? { closedAt: new Date(Math.min(now, published + DAY)).toISOString() } : {}),
    createdAt: new Date(published - DAY).toISOString(),
    updatedAt: new Date(published).toISOString(),
  }
}

/** Postings `from` to `to` (exclusive); returns how long that took and how many of all are recruiting now. */
export async function seedPostings(db: EmbeddedDatabase, from: number, to: number, now: number, employers: Employer[]) {
  const rnd = random(from + 1)
  const started = performance.now()
  const numbers = Array.from({ length: to - from }, (_, i) => from + i)
  await inTransactions(db, numbers, (tx, n) => tx.collection(JOBS).add(posting(n, employers[n % employers.length], now, rnd)))
  // A read after the writes: the engine refreshes the planner's statistics before it.
  const live = (await db.collection(JOBS).where({ status: 'published', validUntil: db.command.gt(new Date(now).toISOString()) }).count()).total
  return { seconds: (performance.now() - started) / 1000, live }
}

/** Up to 1,000 postings recruiting now, the newest first: what seekers open and apply to. */
export async function recruitingJobIds(db: EmbeddedDatabase, now: number): Promise<string[]> {
  const { data } = await db
    .collection<Job>(JOBS)
    .where({ status: 'published', validUntil: db.command.gt(new Date(now).toISOString()) })
    .orderBy('publishedAt', 'desc')
    .field({ _id: true })
    .limit(1000)
    .get()
  return data.map((j) => j._id as string)
}

/** Seekers with a profile each (their openid is the document id), so they may apply. */
export async function seedSeekerProfiles(db: EmbeddedDatabase, openIds: readonly string[], now: number) {
  const at = new Date(now).toISOString()
  await inTransactions(db, openIds, (tx, openId, i) => {
    const profile: Omit<SeekerProfile, '_id'> = {
      name: '压测求职者',
      phone: `139${String(i).padStart(8, '0')}`,
      education: EDUCATIONS[1 + (i % 5)],
      experienceYears: EXPERIENCE_YEARS[i % EXPERIENCE_YEARS.length],
      intro: '',
      createdAt: at,
      updatedAt: at,
    }
    return tx.collection(SEEKERS).doc(openId).set(profile)
  })
}
