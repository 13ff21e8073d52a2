import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import type { Database } from '../cloudfunctions/_shared/db/types'
import { EMPLOYERS, type Employer } from '../cloudfunctions/_shared/repositories/employers'

dayjs.extend(utc)
dayjs.extend(timezone)

const META = 'meta'
const SEED_DOC = 'seed'

/** Sample firms: the first belongs to the seeded HR identity (dev-hr). */
const sampleEmployers: Omit<Employer, '_id' | 'createdAt' | 'updatedAt'>[] = [
  { ownerOpenId: 'dev-hr', name: '太原晋云软件科技有限公司', creditCode: '91140100MA0KXXXX1A', ownership: 'private', industry: 'software-it', employees: 48, city: '太原市', district: '小店区', address: '长治路111号', contactName: '李娜', contactPhone: '13803510001', status: 'verified' },
  { ownerOpenId: 'seed-firm-2', name: '大同恒信机械制造有限公司', creditCode: '91140200MA0KXXXX2B', ownership: 'private', industry: 'industry', employees: 260, city: '大同市', district: '平城区', address: '御东新区装备园8号', contactName: '王强', contactPhone: '13903520002', status: 'verified' },
  { ownerOpenId: 'seed-firm-3', name: '晋中汾河味道餐饮管理有限公司', creditCode: '91140700MA0KXXXX3C', ownership: 'private', industry: 'catering', employees: 35, city: '晋中市', district: '榆次区', address: '顺城街66号', contactName: '赵敏', contactPhone: '13703540003', status: 'verified' },
]

type FairSeed = { name: string; campaign: 'spring-breeze' | 'private-enterprise-month' | 'golden-autumn'; level: '省' | '市' | '县'; city: string; mode: 'online' | 'onsite'; venue?: string; startOffsetDays: number; days: number; boothCount: number }

/** Fairs dated relative to the day of seeding, so some are under way and several upcoming. */
const sampleFairs: FairSeed[] = [
  { name: '2026年春风行动线上专场', campaign: 'spring-breeze', level: '省', city: '太原市', mode: 'online', startOffsetDays: -60, days: 10, boothCount: 200 },
  { name: '民营企业招聘月·太原综合专场', campaign: 'private-enterprise-month', level: '市', city: '太原市', mode: 'onsite', venue: '山西潇河国际会展中心', startOffsetDays: -1, days: 3, boothCount: 120 },
  { name: '金秋招聘月·晋中高校毕业生专场', campaign: 'golden-autumn', level: '市', city: '晋中市', mode: 'onsite', venue: '晋中市人力资源市场', startOffsetDays: 5, days: 1, boothCount: 60 },
  { name: '春风行动·大同县域专场', campaign: 'spring-breeze', level: '县', city: '大同市', mode: 'onsite', venue: '云州区人才市场', startOffsetDays: 12, days: 2, boothCount: 40 },
  { name: '民营企业招聘月·全省网络招聘会', campaign: 'private-enterprise-month', level: '省', city: '太原市', mode: 'online', startOffsetDays: 20, days: 14, boothCount: 500 },
]

/** Seeds the sample data once; returns whether it did. */
export async function seedIfEmpty(db: Database, now: Date): Promise<boolean> {
  const { data } = await db.collection(META).doc(SEED_DOC).get()
  if (data.length > 0) return false
  const at = dayjs(now).tz('Asia/Shanghai')
  const stamp = at.toISOString()
  for (const employer of sampleEmployers) {
    await db.collection(EMPLOYERS).add({ ...employer, createdAt: stamp, updatedAt: stamp })
  }
  for (const fair of sampleFairs) {
    const start = at.startOf('day').add(fair.startOffsetDays, 'day').hour(9)
    await db.collection('fairs').add({
      name: fair.name,
      campaign: fair.campaign,
      level: fair.level,
      region: { city: fair.city },
      mode: fair.mode,
      venue: fair.venue ?? null,
      startAt: start.toISOString(),
      endAt: start.add(fair.days - 1, 'day').hour(17).toISOString(),
      boothCount: fair.boothCount,
      organiser: `${fair.city}人力资源和社会保障局`,
      createdAt: stamp,
    })
  }
  await db.collection(META).doc(SEED_DOC).set({ seededAt: stamp })
  return true
}
