/**
 * Job seekers: three sample seekers the tests name (seed-seeker-1…3) and a few dozen more, with
 * profiles, applications to the province's postings in every status — some made from a fair's
 * page — the 消息 each move by a firm sent them, and one open report for the bureau's queue.
 * dev-seeker is left without a profile: 求职者 starts from scratch.
 */
import type { Education } from '../cloudfunctions/_shared/catalog/firms'
import { CITIES, type City } from '../cloudfunctions/_shared/catalog/regions'
import type { Database } from '../cloudfunctions/_shared/db/types'
import { openIdKey } from '../cloudfunctions/_shared/identity'
import {
  ALL_COUNT_ID,
  APPLICATION_COUNTS,
  applicationWrites,
  COUNTED_APPLICANTS,
  dayCountId,
  jobCountId,
  type Application,
  type ApplicationCount,
  type TimelineEntry,
} from '../cloudfunctions/_shared/repositories/applications'
import { messagesRepository } from '../cloudfunctions/_shared/repositories/messages'
import { reportsRepository } from '../cloudfunctions/_shared/repositories/reports'
import { SEEKERS, type SeekerProfile, type SeekerProfileContent } from '../cloudfunctions/_shared/repositories/seekers'
import { todayInShanghai } from '../cloudfunctions/_shared/catalog/time'
import { statusMessage } from '../cloudfunctions/_shared/services/applications'
import { educationsUpTo, type ApplicationStatus } from '../cloudfunctions/_shared/catalog/seekers'
import type { SeededFair } from './seed-fairs'
import { fictionalMobile } from './seed-province'
import { seededRandom, type Random } from './seed-random'
import { hoursBefore, writeInTransactions, type SeededPosting, type Write } from './seed-writes'
import { GIVEN_NAMES, INTERVIEW_NOTES, SEED_CITIES, SEEKER_KINDS, SURNAMES } from './seed-vocabulary'

const DAY_HOURS = 24
const GENERATED_SEEKERS = 36

export interface SeekerPlan {
  openId: string
  profile: SeekerProfileContent
  city: City
  /** The industries the seeker looks in. */
  industries: readonly string[]
  registeredHoursAgo: number
}

/** A step of an application: its status, hours before seeding, and the firm's note. */
type Step = [ApplicationStatus, number, string?]

export interface ApplicationPlan {
  seeker: string
  posting: SeededPosting
  steps: Step[]
}

/** The sample seekers the tests name. */
const SAMPLE_SEEKERS: readonly SeekerPlan[] = [
  { openId: 'seed-seeker-1', city: '太原市', industries: ['software-it'], registeredHoursAgo: 30 * DAY_HOURS, profile: { name: '张晓雨', phone: fictionalMobile(1), education: 'bachelor', experienceYears: 2, intro: '计算机科学与技术专业，两年React开发经验，做过政务小程序。' } },
  { openId: 'seed-seeker-2', city: '大同市', industries: ['industry'], registeredHoursAgo: 45 * DAY_HOURS, profile: { name: '刘建军', phone: fictionalMobile(2), education: 'secondary', experienceYears: 6, intro: '持焊工证，六年钢结构焊接经验，能适应倒班。' } },
  { openId: 'seed-seeker-3', city: '太原市', industries: ['software-it'], registeredHoursAgo: 12 * DAY_HOURS, profile: { name: '赵一凡', phone: fictionalMobile(3), education: 'associate', experienceYears: 1, intro: '软件技术专业，熟悉测试用例设计和接口测试。' } },
]

/** The sample seekers' applications (by posting title), hours ago, and the firm's steps since, hours after applying. */
const SAMPLE_APPLICATIONS: readonly { seeker: string; title: string; hoursAgo: number; steps: readonly [ApplicationStatus, number, string?][] }[] = [
  { seeker: 'seed-seeker-1', title: '前端开发工程师', hoursAgo: 50, steps: [['viewed', 2], ['interview', 20, '本周五上午10点到公司面试，携带简历']] },
  { seeker: 'seed-seeker-3', title: '前端开发工程师', hoursAgo: 30, steps: [] },
  { seeker: 'seed-seeker-3', title: '软件测试工程师', hoursAgo: 26, steps: [['viewed', 4]] },
  { seeker: 'seed-seeker-2', title: '电焊工', hoursAgo: 70, steps: [['viewed', 1], ['interview', 5, '明天上午9点到厂区门卫处联系王工'], ['offer', 40]] },
]

/** How the generated applications end up. */
const STATUS_WEIGHTS: readonly (readonly [ApplicationStatus, number])[] = [
  ['submitted', 22],
  ['viewed', 18],
  ['interview', 14],
  ['offer', 10],
  ['rejected', 22],
  ['withdrawn', 14],
]

/** Every seeker the seed writes, the samples first: the same people every time. */
export function planSeekers(): SeekerPlan[] {
  const random = seededRandom('seekers')
  const names = new Set(SAMPLE_SEEKERS.map((s) => s.profile.name))
  const cityWeights = CITIES.map((c) => [c, SEED_CITIES[c].weight] as const)
  const generated = Array.from({ length: GENERATED_SEEKERS }, (_, i): SeekerPlan => {
    const kind = SEEKER_KINDS[i % SEEKER_KINDS.length]
    let name = ''
    do name = `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`
    while (names.has(name))
    names.add(name)
    const n = i + SAMPLE_SEEKERS.length + 1
    return {
      openId: `seed-seeker-${n}`,
      city: random.weighted(cityWeights),
      industries: kind.industries,
      registeredHoursAgo: random.int(10, 120) * DAY_HOURS,
      profile: { name, phone: fictionalMobile(n), education: kind.education, experienceYears: random.int(kind.experience[0], kind.experience[1]), intro: kind.intro },
    }
  })
  return [...SAMPLE_SEEKERS, ...generated]
}

/** When a posting could be applied to, in hours before seeding: from publication to its end (or now). */
function window(posting: SeededPosting): [number, number] | null {
  const { plan } = posting
  const published = plan.reviewedHoursAgo
  if (published === undefined) return null
  if (plan.state === 'published') return [published, 0]
  if (plan.state === 'expired') return [published, published - plan.content.validDays * DAY_HOURS]
  if (plan.state === 'closed') return [published, plan.closedHoursAgo as number]
  return null
}

/** The steps after applying that end in `status`, each a little later than the one before. */
function stepsTo(random: Random, status: ApplicationStatus, appliedHoursAgo: number): Step[] {
  const path: ApplicationStatus[] =
    status === 'submitted' ? []
    : status === 'viewed' ? ['viewed']
    : status === 'interview' ? (random.chance(0.8) ? ['viewed', 'interview'] : ['interview'])
    : status === 'offer' ? ['viewed', 'interview', 'offer']
    : status === 'rejected' ? random.pick<ApplicationStatus[]>([['rejected'], ['viewed', 'rejected'], ['viewed', 'interview', 'rejected']])
    : random.chance(0.5) ? ['viewed', 'withdrawn'] : ['withdrawn']
  const steps: Step[] = []
  let at = appliedHoursAgo
  for (const s of path) {
    // Within a couple of days, never past the moment of seeding.
    at -= Math.min(1 + random.next() * 47, (at - 0.05) * 0.6)
    steps.push(s === 'interview' ? [s, at, random.pick(INTERVIEW_NOTES)] : [s, at])
  }
  return steps
}

/** The generated seekers' applications: to postings of their industries and education, mostly in their city. */
export function planApplications(seekers: readonly SeekerPlan[], postings: readonly SeededPosting[]): ApplicationPlan[] {
  const random = seededRandom('applications')
  const applications: ApplicationPlan[] = []
  for (const seeker of seekers.slice(SAMPLE_SEEKERS.length)) {
    const educations: readonly string[] = educationsUpTo(seeker.profile.education as Education)
    const open = postings.filter((p) => {
      const w = window(p)
      const { requirements } = p.plan.content
      return (
        w !== null &&
        seeker.industries.includes(p.job.industry) &&
        educations.includes(requirements.education) &&
        requirements.experienceYears <= seeker.profile.experienceYears &&
        Math.min(w[0], seeker.registeredHoursAgo) - w[1] > 2
      )
    })
    const weighted = open.map((p) => [p, p.plan.content.location.city === seeker.city ? 4 : 1] as const)
    const chosen = new Set<SeededPosting>()
    for (let k = random.int(2, 6); k > 0 && chosen.size < open.length; k--) chosen.add(random.weighted(weighted.filter(([p]) => !chosen.has(p))))
    for (const posting of chosen) {
      const [from, to] = window(posting) as [number, number]
      const latest = Math.min(from, seeker.registeredHoursAgo)
      const applied = to + 1 + random.next() * (latest - to - 2)
      applications.push({ seeker: seeker.openId, posting, steps: [['submitted', applied], ...stepsTo(random, random.weighted(STATUS_WEIGHTS), applied)] })
    }
  }
  return applications
}

/** The sample seekers' applications, to the sample postings. */
function sampleApplications(postings: readonly SeededPosting[]): ApplicationPlan[] {
  return SAMPLE_APPLICATIONS.map((a) => {
    const posting = postings.find((p) => p.plan.content.title === a.title && p.plan.state === 'published') as SeededPosting
    return { seeker: a.seeker, posting, steps: [['submitted', a.hoursAgo], ...a.steps.map(([s, after, note]): Step => (note ? [s, a.hoursAgo - after, note] : [s, a.hoursAgo - after]))] }
  })
}

/** The fair a posting was applied to from: one bringing it whose days include the moment, most of the time. */
function fairOf(random: Random, fairs: readonly SeededFair[], jobId: string, at: string): string | undefined {
  const during = fairs.filter((f) => f.fair.startAt <= at && at < f.fair.endAt && f.bookings.some((b) => b.jobIds.includes(jobId)))
  return during.length && random.chance(0.8) ? random.pick(during).fair._id : undefined
}

/** The counters of applications made (per day, per posting, in all) and who was counted, as countNew leaves them. */
function counterWrites(applications: readonly Application[]): Write[] {
  const counts = new Map<string, ApplicationCount>()
  const count = (_id: string, fields: Omit<ApplicationCount, '_id' | 'count' | 'updatedAt'>, at: string) => {
    const c = counts.get(_id) ?? { _id, ...fields, count: 0, updatedAt: at }
    counts.set(_id, { ...c, count: c.count + 1, updatedAt: at })
  }
  const counted = applications.map((a): Write => {
    const day = todayInShanghai(new Date(a.createdAt))
    count(dayCountId(day), { scope: 'day', day }, a.createdAt)
    count(jobCountId(a.jobId), { scope: 'job', jobId: a.jobId, employerId: a.employerId }, a.createdAt)
    count(ALL_COUNT_ID, { scope: 'all' }, a.createdAt)
    return (tx) => tx.collection(COUNTED_APPLICANTS).add({ _id: `${a.jobId}:${openIdKey(a.seekerOpenId, {})}`, jobId: a.jobId, countedAt: a.createdAt })
  })
  return [...counted, ...[...counts.values()].map((c): Write => (tx) => tx.collection<ApplicationCount>(APPLICATION_COUNTS).add(c))]
}

/** Seeds the seekers, their applications and messages, the counters and a report. Call after the postings and the fairs. */
export async function seedSeekers(db: Database, now: Date, postings: readonly SeededPosting[], fairs: readonly SeededFair[]): Promise<void> {
  const at = (hours: number) => hoursBefore(now, hours)
  const seekers = planSeekers()
  const profiles = new Map(seekers.map((s) => [s.openId, s.profile]))
  await writeInTransactions(db, seekers, 1, async (tx, s) => {
    const doc: Omit<SeekerProfile, '_id'> = { ...s.profile, createdAt: at(s.registeredHoursAgo), updatedAt: at(s.registeredHoursAgo) }
    await tx.collection<SeekerProfile>(SEEKERS).doc(s.openId).set(doc)
  })

  const fromFairs = seededRandom('applications/fairs')
  // The oldest first, as they were made.
  const plans = [...sampleApplications(postings), ...planApplications(seekers, postings)].sort((a, b) => b.steps[0][1] - a.steps[0][1])
  const written: Application[] = []
  await writeInTransactions(db, plans, 4, async (tx, { seeker, posting, steps }) => {
    const timeline: TimelineEntry[] = steps.map(([status, hours, note]) => ({ status, at: at(hours), ...(note ? { note } : {}) }))
    const last = timeline[timeline.length - 1]
    const fairId = fairOf(fromFairs, fairs, posting.job._id, timeline[0].at)
    const application = await applicationWrites(tx).create({
      jobId: posting.job._id,
      seekerOpenId: seeker,
      employerId: posting.job.employerId,
      jobTitle: posting.job.title,
      employerName: posting.job.employerName,
      seeker: profiles.get(seeker) as SeekerProfileContent,
      status: last.status,
      timeline,
      ...(fairId ? { fairId } : {}),
      createdAt: timeline[0].at,
      updatedAt: last.at,
    })
    // What the firm's moves told the seeker (withdrawing is the seeker's own): the older ones read.
    for (const [status, hours, note] of steps.slice(1)) {
      if (status !== 'withdrawn') await messagesRepository(db).addIn(tx, { ...statusMessage(application, status, note, at(hours)), read: hours > 2 * DAY_HOURS })
    }
    written.push(application)
  })
  await writeInTransactions(db, counterWrites(written), 1, (tx, write) => write(tx))

  const reported = postings.find((p) => p.plan.content.title === '门店服务员')?.job
  if (reported) {
    await reportsRepository(db).create({
      jobId: reported._id,
      employerId: reported.employerId,
      jobTitle: reported.title,
      employerName: reported.employerName,
      reporterOpenId: 'seed-seeker-1',
      reporterKey: openIdKey('seed-seeker-1', {}),
      reason: 'wrong-info',
      note: '电话沟通时说每月只休两天，与岗位写的月休4天不符',
      status: 'open',
      createdAt: at(5),
      updatedAt: at(5),
    })
  }
}
