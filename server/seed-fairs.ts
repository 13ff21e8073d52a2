/**
 * Sample job fairs (measure 25), dated relative to the day of seeding: the campaigns in their
 * seasons (春风行动 Feb–Mar, 民营企业招聘月 May–Jun, 金秋招聘月 Sep–Oct) the last time and the next
 * time round, and fairs around the seeding day — one under way, several upcoming, one past —
 * under whichever campaign is in season then, or 常态化招聘. The seeded firms have booths with
 * their published postings; a few sample seekers have signed up. dev-hr is left free to book
 * tomorrow's on-site fair in 太原, and dev-seeker to sign up anywhere.
 */
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { Database } from '../cloudfunctions/_shared/db/types'
import { campaignLabels, type Campaign, type FairLevel } from '../cloudfunctions/_shared/catalog/fairs'
import { randomCheckInCode } from '../cloudfunctions/_shared/fairs/check-in-code'
import { EMPLOYERS, type Employer } from '../cloudfunctions/_shared/repositories/employers'
import { bookingId, FAIR_BOOKINGS, type FairBooking } from '../cloudfunctions/_shared/repositories/fair-bookings'
import { FAIR_SIGNUPS, signupId, type FairSignup } from '../cloudfunctions/_shared/repositories/fair-signups'
import { FAIRS, type Fair, type FairContent } from '../cloudfunctions/_shared/repositories/fairs'
import { JOBS, type Job } from '../cloudfunctions/_shared/repositories/jobs'

dayjs.extend(utc)
dayjs.extend(timezone)

const TZ = 'Asia/Shanghai'
const ORGANISER = '山西省人力资源和社会保障厅'

/** The campaign in season on a date (YYYY-MM-DD), else year-round recruitment. */
export function campaignOn(date: string): Campaign {
  const month = Number(date.slice(5, 7))
  if (month === 2 || month === 3) return 'spring-breeze'
  if (month === 5 || month === 6) return 'private-enterprise-month'
  if (month === 9 || month === 10) return 'golden-autumn'
  return 'regular'
}

type Place = Pick<FairContent, 'level' | 'region' | 'mode' | 'venue' | 'address' | 'location' | 'organiser' | 'contactName' | 'contactPhone'>

const online = (level: FairLevel, city: string, organiser: string, contactName: string, contactPhone: string): Place => ({
  level,
  region: { city, district: '' },
  mode: 'online',
  venue: '',
  address: '',
  location: null,
  organiser,
  contactName,
  contactPhone,
})

const PLACES = {
  provinceOnline: online('province', '太原市', ORGANISER, '刘洋', '0351-4660001'),
  taiyuan: {
    level: 'city',
    region: { city: '太原市', district: '小店区' },
    mode: 'onsite',
    venue: '太原市人力资源市场',
    address: '太原市小店区体育路180号',
    location: { latitude: 37.8366, longitude: 112.5605 },
    organiser: '太原市人力资源和社会保障局',
    contactName: '张敏',
    contactPhone: '0351-5620001',
  },
  datong: {
    level: 'city',
    region: { city: '大同市', district: '平城区' },
    mode: 'onsite',
    venue: '大同国际会展中心',
    address: '大同市平城区御东新区文瀛湖北路',
    location: { latitude: 40.0885, longitude: 113.3473 },
    organiser: '大同市人力资源和社会保障局',
    contactName: '王磊',
    contactPhone: '0352-2050002',
  },
  pingyao: {
    level: 'county',
    region: { city: '晋中市', district: '平遥县' },
    mode: 'onsite',
    venue: '平遥县就业服务中心',
    address: '晋中市平遥县顺城路116号',
    location: { latitude: 37.1891, longitude: 112.1762 },
    organiser: '平遥县人力资源和社会保障局',
    contactName: '赵琳',
    contactPhone: '0354-5680003',
  },
  yuncheng: {
    level: 'city',
    region: { city: '运城市', district: '盐湖区' },
    mode: 'onsite',
    venue: '运城市人力资源市场',
    address: '运城市盐湖区河东东街333号',
    location: { latitude: 35.0267, longitude: 111.0070 },
    organiser: '运城市人力资源和社会保障局',
    contactName: '李静',
    contactPhone: '0359-2020004',
  },
  linfen: {
    level: 'city',
    region: { city: '临汾市', district: '尧都区' },
    mode: 'onsite',
    venue: '临汾市公共就业服务中心',
    address: '临汾市尧都区鼓楼西街28号',
    location: { latitude: 36.0880, longitude: 111.5190 },
    organiser: '临汾市人力资源和社会保障局',
    contactName: '孙凯',
    contactPhone: '0357-2090005',
  },
  changzhiOnline: online('city', '长治市', '长治市人力资源和社会保障局', '郭华', '0355-2020006'),
} satisfies Record<string, Place>

type PlaceKey = keyof typeof PLACES

interface FairPlan {
  name: string
  campaign: Campaign
  place: PlaceKey
  /** Shanghai dates and times. */
  start: string
  end: string
  boothCount: number
  description: string
  /** Firms (by owner openid) with booths. */
  firms: string[]
  /** Sample seekers signed up. */
  seekers?: number
}

const day = (today: string, offset: number) => dayjs.utc(today).add(offset, 'day').format('YYYY-MM-DD')

/** The campaigns' own fairs, one online and one on site each, in their season of `year`. */
function seasonFairs(year: number): FairPlan[] {
  return [
    { name: `${year}年山西省春风行动网络招聘会`, campaign: 'spring-breeze', place: 'provinceOnline', start: `${year}-02-18 09:00`, end: `${year}-03-31 18:00`, boothCount: 500, description: '春风行动期间，全省民营企业集中在线发布岗位，服务返岗复工人员、农村劳动力和高校毕业生。', firms: ['dev-hr', 'seed-firm-2', 'seed-firm-3'] },
    { name: `${year}年春风行动·太原市民营企业专场招聘会`, campaign: 'spring-breeze', place: 'taiyuan', start: `${year}-02-26 09:00`, end: `${year}-02-26 15:00`, boothCount: 120, description: '节后用工高峰，太原市民营企业现场招聘，提供政策咨询和技能培训报名。', firms: ['dev-hr', 'seed-firm-3'] },
    { name: `${year}年民营企业招聘月网络招聘会`, campaign: 'private-enterprise-month', place: 'provinceOnline', start: `${year}-05-10 09:00`, end: `${year}-06-30 18:00`, boothCount: 800, description: '民营企业招聘月期间，全省民营企业在线招聘，省市县三级联动发布岗位。', firms: ['dev-hr', 'seed-firm-2'] },
    { name: `${year}年民营企业招聘月·大同专场`, campaign: 'private-enterprise-month', place: 'datong', start: `${year}-05-23 09:00`, end: `${year}-05-24 16:00`, boothCount: 150, description: '装备制造、新能源等民营企业集中招聘，现场设政策咨询台。', firms: ['seed-firm-2'] },
    { name: `${year}年金秋招聘月网络招聘会`, campaign: 'golden-autumn', place: 'provinceOnline', start: `${year}-09-10 09:00`, end: `${year}-10-31 18:00`, boothCount: 600, description: '金秋招聘月，面向高校毕业生和失业人员的民营企业线上专场。', firms: ['seed-firm-2', 'seed-firm-3'] },
    { name: `${year}年金秋招聘月·平遥县专场`, campaign: 'golden-autumn', place: 'pingyao', start: `${year}-09-26 09:00`, end: `${year}-09-26 12:00`, boothCount: 40, description: '县域餐饮、文旅和加工企业招聘，就近就地就业。', firms: ['seed-firm-3'] },
  ]
}

/** Fairs around the seeding day: one under way, several upcoming, one past, in whatever campaign is in season. */
function liveFairs(today: string): FairPlan[] {
  // A campaign's name only for a fair wholly in its season.
  const named = (first: number, last: number, base: string) => {
    const season = campaignOn(day(today, first))
    const campaign = campaignOn(day(today, last)) === season ? season : 'regular'
    return { campaign, name: campaign === 'regular' ? base : `${campaignLabels[campaign]}·${base}` }
  }
  return [
    { ...named(-2, 5, '山西省民营企业网上招聘周'), place: 'provinceOnline', start: `${day(today, -2)} 09:00`, end: `${day(today, 5)} 18:00`, boothCount: 300, description: '常态化线上招聘：全省民营企业岗位一周集中发布，求职者在线投递，企业在线约面。', firms: ['dev-hr', 'seed-firm-2', 'seed-firm-3'], seekers: 6 },
    { ...named(1, 1, '太原市民营企业综合招聘会'), place: 'taiyuan', start: `${day(today, 1)} 09:00`, end: `${day(today, 1)} 15:00`, boothCount: 80, description: '软件信息、装备制造、餐饮服务等民营企业现场招聘；现场提供社保补贴、吸纳就业补助政策咨询。', firms: ['seed-firm-2', 'seed-firm-3'], seekers: 3 },
    { ...named(4, 4, '平遥县民营企业专场招聘会'), place: 'pingyao', start: `${day(today, 4)} 09:00`, end: `${day(today, 4)} 12:00`, boothCount: 30, description: '县域民营企业就近招聘，现场可办理求职登记。', firms: ['seed-firm-3'] },
    { ...named(9, 10, '大同市装备制造业专场招聘会'), place: 'datong', start: `${day(today, 9)} 09:00`, end: `${day(today, 10)} 16:00`, boothCount: 100, description: '面向焊工、装配工、数控操作等技能人才的民营企业专场。', firms: ['seed-firm-2', 'dev-hr'] },
    { ...named(15, 21, '长治市民营企业线上招聘会'), place: 'changzhiOnline', start: `${day(today, 15)} 09:00`, end: `${day(today, 21)} 18:00`, boothCount: 200, description: '长治市民营企业线上专场，岗位在线投递。', firms: ['seed-firm-2'] },
    { ...named(24, 24, '运城市民营企业招聘会'), place: 'yuncheng', start: `${day(today, 24)} 09:00`, end: `${day(today, 24)} 15:00`, boothCount: 60, description: '运城市民营企业现场招聘，兼顾农村劳动力转移就业。', firms: [] },
    { ...named(-12, -12, '临汾市民营企业招聘会'), place: 'linfen', start: `${day(today, -12)} 09:00`, end: `${day(today, -12)} 15:00`, boothCount: 60, description: '临汾市民营企业现场招聘。', firms: ['seed-firm-3'] },
  ]
}

/** Every fair to seed: the live ones, and each campaign's season last time (ended or on) and next time. */
export function fairPlans(now: Date): FairPlan[] {
  const today = dayjs(now).tz(TZ).format('YYYY-MM-DD')
  const year = Number(today.slice(0, 4))
  const nowMs = now.getTime()
  const seasons = [year - 1, year, year + 1].flatMap(seasonFairs)
  const ms = (s: string) => dayjs.tz(s, TZ).valueOf()
  const picked = seasons.filter((plan) => {
    // The latest of its kind that has begun, and the first that has not.
    const kind = seasons.filter((p) => p.campaign === plan.campaign && p.place === plan.place)
    const begun = kind.filter((p) => ms(p.start) <= nowMs).pop()
    const next = kind.find((p) => ms(p.start) > nowMs)
    return plan === begun || plan === next
  })
  return [...liveFairs(today), ...picked]
}

/** Seeds the fairs, the seeded firms' booths and a few sign-ups. Call after the firms and postings. */
export async function seedFairs(db: Database, now: Date): Promise<void> {
  const stamp = now.toISOString()
  const { data: employers } = await db.collection<Employer>(EMPLOYERS).where({ status: 'verified' }).limit(100).get()
  const firms = new Map(employers.map((e) => [e.ownerOpenId, e]))
  const { data: jobs } = await db.collection<Job>(JOBS).where({ status: 'published' }).limit(1000).get()
  for (const plan of fairPlans(now)) {
    const place = PLACES[plan.place]
    const startAt = dayjs.tz(plan.start, TZ).toISOString()
    const endAt = dayjs.tz(plan.end, TZ).toISOString()
    const booked = plan.firms.flatMap((owner) => firms.get(owner) ?? [])
    const content: FairContent = {
      name: plan.name,
      campaign: plan.campaign,
      ...place,
      region: { ...place.region },
      location: place.location ? { ...place.location } : null,
      hallMapUrl: '',
      startAt,
      endAt,
      description: plan.description,
      boothCount: plan.boothCount,
    }
    // Sample firms at booths spread over the hall (not all at 1, 2, 3).
    const booths = booked.map((_, i) => Math.min(plan.boothCount, 3 + i * 7))
    const fair: Omit<Fair, '_id'> = { ...content, takenBooths: booths, createdBy: 'dev-admin', updatedBy: 'dev-admin', createdAt: stamp, updatedAt: stamp }
    const { id } = await db.collection(FAIRS).add(fair)
    const fairId = id as string
    for (const [i, firm] of booked.entries()) {
      const booking: FairBooking = {
        _id: bookingId(fairId, firm._id),
        fairId,
        employerId: firm._id,
        ownerOpenId: firm.ownerOpenId,
        employerName: firm.name,
        boothNo: booths[i],
        jobIds: jobs.filter((j) => j.ownerOpenId === firm.ownerOpenId).map((j) => j._id),
        createdAt: stamp,
        updatedAt: stamp,
      }
      await db.collection<FairBooking>(FAIR_BOOKINGS).add(booking)
    }
    for (let i = 1; i <= (plan.seekers ?? 0); i++) {
      const openId = `seed-seeker-${i}`
      const signup: FairSignup = { _id: signupId(fairId, openId), fairId, openId, code: randomCheckInCode(), marks: [], checkedInAt: null, checkedInBy: null, createdAt: stamp, updatedAt: stamp }
      await db.collection<FairSignup>(FAIR_SIGNUPS).add(signup)
    }
  }
}
