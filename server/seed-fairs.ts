/**
 * Job fairs (measure 25), dated relative to the day of seeding: the campaigns in their seasons
 * (春风行动 Feb–Mar, 民营企业招聘月 May–Jun, 金秋招聘月 Sep–Oct) the last time and the next time
 * round, and fairs around the seeding day — one under way, several upcoming, one past — under
 * whichever campaign is in season then, or 常态化招聘. Firms of the fair's city (of the province,
 * online) have booths with their postings; seekers have signed up, and at past on-site fairs
 * checked in and noted the firms they visited. dev-hr is left free to book tomorrow's on-site fair
 * in 太原, and dev-seeker to sign up anywhere.
 *
 * The organisers are the province's human-resources departments; the venues are named by the kind
 * of place and addressed by district only, and the contact is the fair's 会务组 on a number no one
 * answers (seed-province.ts): nothing here invents a real office's address or telephone.
 */
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { City } from '../cloudfunctions/_shared/catalog/regions'
import type { Database } from '../cloudfunctions/_shared/db/types'
import { campaignLabels, campaignMonths, CAMPAIGNS, MAX_JOBS_PER_BOOTH, type Campaign, type FairLevel } from '../cloudfunctions/_shared/catalog/fairs'
import { CODE_ALPHABET, CODE_LENGTH } from '../cloudfunctions/_shared/fairs/check-in-code'
import type { Employer } from '../cloudfunctions/_shared/repositories/employers'
import { bookingId, FAIR_BOOKINGS, type FairBooking } from '../cloudfunctions/_shared/repositories/fair-bookings'
import { FAIR_SIGNUPS, signupId, type FairSignup, type FirmMark } from '../cloudfunctions/_shared/repositories/fair-signups'
import { FAIRS, type Fair, type FairContent } from '../cloudfunctions/_shared/repositories/fairs'
import { fictionalLandline } from './seed-province'
import { HOUR_MS, newId, writeInTransactions, type SeededPosting, type Write } from './seed-writes'
import { seededRandom, type Random } from './seed-random'
import { planSeekers } from './seed-seekers'

dayjs.extend(utc)
dayjs.extend(timezone)

const TZ = 'Asia/Shanghai'
const ORGANISER = '山西省人力资源和社会保障厅'
const CONTACT = '招聘会会务组'
/** Who checked seekers in at the seeded fairs. */
const STAFF = 'dev-admin'
/** The postings a seeded booth brings, at most. */
const JOBS_PER_BOOTH = Math.min(5, MAX_JOBS_PER_BOOTH)
/** The sample firms whose booths each plan names; the rest come from the fair's city. */
const SAMPLE_OWNERS = new Set(['dev-hr', 'seed-firm-2', 'seed-firm-3'])

/** The campaign in season on a date (YYYY-MM-DD), else year-round recruitment. */
export function campaignOn(date: string): Campaign {
  const month = Number(date.slice(5, 7))
  return CAMPAIGNS.find((c) => c !== 'regular' && campaignMonths[c].includes(month)) ?? 'regular'
}

type Place = Pick<FairContent, 'level' | 'region' | 'mode' | 'venue' | 'address' | 'location' | 'organiser' | 'contactName' | 'contactPhone'>

const online = (level: FairLevel, city: City, organiser: string, line: number): Place => ({
  level,
  region: { city, district: '' },
  mode: 'online',
  venue: '',
  address: '',
  location: null,
  organiser,
  contactName: CONTACT,
  contactPhone: fictionalLandline(city, line),
})

/** On site at a district's public employment service centre (the coordinates: near the district's centre). */
const onsite = (level: FairLevel, city: City, district: string, organiser: string, location: { latitude: number; longitude: number }, line: number): Place => ({
  level,
  region: { city, district },
  mode: 'onsite',
  venue: `${district}公共就业服务中心`,
  address: `${city}${district}`,
  location,
  organiser,
  contactName: CONTACT,
  contactPhone: fictionalLandline(city, line),
})

const PLACES = {
  provinceOnline: online('province', '太原市', ORGANISER, 901),
  taiyuan: onsite('city', '太原市', '小店区', '太原市人力资源和社会保障局', { latitude: 37.8366, longitude: 112.5605 }, 902),
  datong: onsite('city', '大同市', '平城区', '大同市人力资源和社会保障局', { latitude: 40.0885, longitude: 113.3473 }, 903),
  pingyao: onsite('county', '晋中市', '平遥县', '平遥县人力资源和社会保障局', { latitude: 37.1891, longitude: 112.1762 }, 904),
  yuncheng: onsite('city', '运城市', '盐湖区', '运城市人力资源和社会保障局', { latitude: 35.0267, longitude: 111.007 }, 905),
  linfen: onsite('city', '临汾市', '尧都区', '临汾市人力资源和社会保障局', { latitude: 36.088, longitude: 111.519 }, 906),
  changzhiOnline: online('city', '长治市', '长治市人力资源和社会保障局', 907),
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
  /** Sample firms (by owner openid) with booths. */
  firms: string[]
  /** More firms with booths: of the fair's city, or of the province online. */
  moreFirms: number
  /** Seekers signed up. */
  seekers: number
}

const day = (today: string, offset: number) => dayjs.utc(today).add(offset, 'day').format('YYYY-MM-DD')

/** The campaigns' own fairs, one online and one on site each, in their season of `year`. */
function seasonFairs(year: number): FairPlan[] {
  return [
    { name: `${year}年山西省春风行动网络招聘会`, campaign: 'spring-breeze', place: 'provinceOnline', start: `${year}-02-18 09:00`, end: `${year}-03-31 18:00`, boothCount: 500, description: '春风行动期间，全省民营企业集中在线发布岗位，服务返岗复工人员、农村劳动力和高校毕业生。', firms: ['dev-hr', 'seed-firm-2', 'seed-firm-3'], moreFirms: 16, seekers: 8 },
    { name: `${year}年春风行动·太原市民营企业专场招聘会`, campaign: 'spring-breeze', place: 'taiyuan', start: `${year}-02-26 09:00`, end: `${year}-02-26 15:00`, boothCount: 120, description: '节后用工高峰，太原市民营企业现场招聘，提供政策咨询和技能培训报名。', firms: ['dev-hr', 'seed-firm-3'], moreFirms: 10, seekers: 6 },
    { name: `${year}年民营企业招聘月网络招聘会`, campaign: 'private-enterprise-month', place: 'provinceOnline', start: `${year}-05-10 09:00`, end: `${year}-06-30 18:00`, boothCount: 800, description: '民营企业招聘月期间，全省民营企业在线招聘，省市县三级联动发布岗位。', firms: ['dev-hr', 'seed-firm-2'], moreFirms: 16, seekers: 8 },
    { name: `${year}年民营企业招聘月·大同专场`, campaign: 'private-enterprise-month', place: 'datong', start: `${year}-05-23 09:00`, end: `${year}-05-24 16:00`, boothCount: 150, description: '装备制造、新能源等民营企业集中招聘，现场设政策咨询台。', firms: ['seed-firm-2'], moreFirms: 8, seekers: 5 },
    { name: `${year}年金秋招聘月网络招聘会`, campaign: 'golden-autumn', place: 'provinceOnline', start: `${year}-09-10 09:00`, end: `${year}-10-31 18:00`, boothCount: 600, description: '金秋招聘月，面向高校毕业生和失业人员的民营企业线上专场。', firms: ['seed-firm-2', 'seed-firm-3'], moreFirms: 16, seekers: 8 },
    { name: `${year}年金秋招聘月·平遥县专场`, campaign: 'golden-autumn', place: 'pingyao', start: `${year}-09-26 09:00`, end: `${year}-09-26 12:00`, boothCount: 40, description: '县域餐饮、文旅和加工企业招聘，就近就地就业。', firms: ['seed-firm-3'], moreFirms: 5, seekers: 4 },
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
    { ...named(-2, 5, '山西省民营企业网上招聘周'), place: 'provinceOnline', start: `${day(today, -2)} 09:00`, end: `${day(today, 5)} 18:00`, boothCount: 300, description: '常态化线上招聘：全省民营企业岗位一周集中发布，求职者在线投递，企业在线约面。', firms: ['dev-hr', 'seed-firm-2', 'seed-firm-3'], moreFirms: 30, seekers: 14 },
    { ...named(1, 1, '太原市民营企业综合招聘会'), place: 'taiyuan', start: `${day(today, 1)} 09:00`, end: `${day(today, 1)} 15:00`, boothCount: 80, description: '软件信息、装备制造、餐饮服务等民营企业现场招聘；现场提供社保补贴、吸纳就业补助政策咨询。', firms: ['seed-firm-2', 'seed-firm-3'], moreFirms: 20, seekers: 8 },
    { ...named(4, 4, '平遥县民营企业专场招聘会'), place: 'pingyao', start: `${day(today, 4)} 09:00`, end: `${day(today, 4)} 12:00`, boothCount: 30, description: '县域民营企业就近招聘，现场可办理求职登记。', firms: ['seed-firm-3'], moreFirms: 8, seekers: 4 },
    { ...named(9, 10, '大同市装备制造业专场招聘会'), place: 'datong', start: `${day(today, 9)} 09:00`, end: `${day(today, 10)} 16:00`, boothCount: 100, description: '面向焊工、装配工、数控操作等技能人才的民营企业专场。', firms: ['seed-firm-2', 'dev-hr'], moreFirms: 12, seekers: 6 },
    { ...named(15, 21, '长治市民营企业线上招聘会'), place: 'changzhiOnline', start: `${day(today, 15)} 09:00`, end: `${day(today, 21)} 18:00`, boothCount: 200, description: '长治市民营企业线上专场，岗位在线投递。', firms: ['seed-firm-2'], moreFirms: 10, seekers: 5 },
    { ...named(24, 24, '运城市民营企业招聘会'), place: 'yuncheng', start: `${day(today, 24)} 09:00`, end: `${day(today, 24)} 15:00`, boothCount: 60, description: '运城市民营企业现场招聘，兼顾农村劳动力转移就业。', firms: [], moreFirms: 10, seekers: 3 },
    { ...named(-12, -12, '临汾市民营企业招聘会'), place: 'linfen', start: `${day(today, -12)} 09:00`, end: `${day(today, -12)} 15:00`, boothCount: 60, description: '临汾市民营企业现场招聘。', firms: ['seed-firm-3'], moreFirms: 10, seekers: 8 },
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

/** A fair as seeded: the document and its booths. */
export interface SeededFair {
  fair: Fair
  bookings: FairBooking[]
}

/** A check-in code from the seed's dice, unique within its fair. */
function checkInCode(random: Random, taken: Set<string>): string {
  for (;;) {
    const code = Array.from({ length: CODE_LENGTH }, () => random.pick([...CODE_ALPHABET])).join('')
    if (!taken.has(code)) {
      taken.add(code)
      return code
    }
  }
}

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Seeds the fairs, the firms' booths with their postings and the seekers' sign-ups. Call after the
 * firms and postings; the seekers' applications made from a fair's page come after it.
 */
export async function seedFairs(db: Database, now: Date, firms: readonly Employer[], postings: readonly SeededPosting[]): Promise<SeededFair[]> {
  const nowMs = now.getTime()
  const nowIso = now.toISOString()
  const verified = firms.filter((f) => f.status === 'verified')
  const byOwner = new Map(verified.map((f) => [f.ownerOpenId, f]))
  const stored = postings.filter((p) => p.job.status === 'published').map((p) => p.job)
  const seekers = planSeekers().map((s) => s.openId)
  const seeded: SeededFair[] = []
  const signups: FairSignup[] = []
  for (const plan of fairPlans(now)) {
    const random = seededRandom(`fairs/${plan.name}`)
    const place = PLACES[plan.place]
    const start = dayjs.tz(plan.start, TZ).valueOf()
    const end = dayjs.tz(plan.end, TZ).valueOf()
    const ended = end <= nowMs
    const local = verified.filter((f) => !SAMPLE_OWNERS.has(f.ownerOpenId) && (place.level === 'province' || f.city === place.region.city))
    const booked = [...plan.firms.flatMap((owner) => byOwner.get(owner) ?? []), ...random.sample(local, plan.moreFirms)]
    // Booths spread over the hall, not 1, 2, 3…
    const booths = random.sample(Array.from({ length: plan.boothCount }, (_, i) => i + 1), booked.length)
    const createdMs = Math.min(nowMs, start - 30 * 24 * HOUR_MS)
    const fair: Fair = {
      _id: newId(),
      name: plan.name,
      campaign: plan.campaign,
      ...place,
      region: { ...place.region },
      location: place.location ? { ...place.location } : null,
      hallMapUrl: '',
      startAt: iso(start),
      endAt: iso(end),
      description: plan.description,
      boothCount: plan.boothCount,
      takenBooths: [...booths].sort((a, b) => a - b),
      createdBy: STAFF,
      updatedBy: STAFF,
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs),
    }
    const bookings = booked.map((firm, i): FairBooking => {
      // A fair still to come or under way: the firm's postings recruiting now; a past one: those it had then.
      const own = stored.filter((j) => j.ownerOpenId === firm.ownerOpenId)
      const then = own.filter((j) => (ended ? (j.publishedAt as string) < fair.endAt : (j.validUntil as string) > nowIso))
      const at = iso(Math.min(nowMs - HOUR_MS, createdMs + random.int(1, 20) * 24 * HOUR_MS, start - HOUR_MS))
      return {
        _id: bookingId(fair._id, firm._id),
        fairId: fair._id,
        employerId: firm._id,
        ownerOpenId: firm.ownerOpenId,
        employerName: firm.name,
        boothNo: booths[i],
        jobIds: (then.length ? then : own).slice(0, JOBS_PER_BOOTH).map((j) => j._id),
        createdAt: at,
        updatedAt: at,
      }
    })
    const codes = new Set<string>()
    for (const openId of random.sample(seekers, plan.seekers)) {
      const signedUp = iso(Math.min(nowMs - random.int(1, 72) * HOUR_MS, start - random.int(1, 72) * HOUR_MS))
      // Some time on the fair's first day (or its first hours), before it ends.
      const during = () => start + random.int(10, Math.min(300, (end - start) / 60_000 - 10)) * 60_000
      const checkedIn = ended && place.mode === 'onsite' && random.chance(0.7) ? iso(during()) : null
      // At a fair that has begun, the seeker noted a firm or two: visited (on site) and interested.
      const marks: FirmMark[] =
        start <= nowMs
          ? random.sample(bookings, random.int(0, 2)).map((b) => ({ employerId: b.employerId, visited: place.mode === 'onsite', interested: place.mode === 'online' || random.chance(0.6), at: iso(Math.min(nowMs, during())) }))
          : []
      signups.push({
        _id: signupId(fair._id, openId),
        fairId: fair._id,
        openId,
        code: checkInCode(random, codes),
        marks,
        checkedInAt: checkedIn,
        checkedInBy: checkedIn ? STAFF : null,
        createdAt: signedUp,
        updatedAt: checkedIn ?? signedUp,
      })
    }
    seeded.push({ fair, bookings })
  }
  const writes: Write[] = [
    ...seeded.map(({ fair }): Write => (tx) => tx.collection<Fair>(FAIRS).add(fair)),
    ...seeded.flatMap(({ bookings }) => bookings.map((booking): Write => (tx) => tx.collection<FairBooking>(FAIR_BOOKINGS).add(booking))),
    ...signups.map((signup): Write => (tx) => tx.collection<FairSignup>(FAIR_SIGNUPS).add(signup)),
  ]
  await writeInTransactions(db, writes, 1, (tx, write) => write(tx))
  return seeded
}
