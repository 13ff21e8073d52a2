/**
 * The seeded seekers: profiles the form accepts, applications in every status along paths the
 * pipeline allows, between the posting's publication and the day of seeding, the 消息 every move by
 * a firm sent, some applications made from a fair's page, and counters as the functions keep them.
 */
import { APPLICATION_STATUSES, canMove, isOpenStatus, type ApplicationStatus, type FirmStatus } from '../../cloudfunctions/_shared/catalog/seekers'
import { applicationsRepository, type Application, type ApplicationCount } from '../../cloudfunctions/_shared/repositories/applications'
import type { FairBooking } from '../../cloudfunctions/_shared/repositories/fair-bookings'
import type { Fair } from '../../cloudfunctions/_shared/repositories/fairs'
import type { Job } from '../../cloudfunctions/_shared/repositories/jobs'
import type { Message } from '../../cloudfunctions/_shared/repositories/messages'
import type { SeekerProfile } from '../../cloudfunctions/_shared/repositories/seekers'
import { openIdKey } from '../../cloudfunctions/_shared/identity'
import { todayInShanghai } from '../../cloudfunctions/_shared/catalog/time'
import { profileSchema } from '../../cloudfunctions/_shared/schemas/account'
import applications from '../../cloudfunctions/applications/index.ts'
import account from '../../cloudfunctions/account/index.ts'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { callFunction } from '../helpers/context'
import { allOf, localContext, seededDatabase, SEEDED_AT } from './seeded'

let db: EmbeddedDatabase
let apps: Application[]
let postings: Map<string, Job>
beforeAll(async () => {
  db = await seededDatabase()
  apps = await allOf<Application>(db, 'applications')
  postings = new Map((await allOf<Job>(db, 'jobs')).map((j) => [j._id, j]))
})
afterAll(() => db.close())

const nowIso = SEEDED_AT.toISOString()
const call = async <T>(fn: Parameters<typeof callFunction>[0], openId: string, event: Record<string, unknown>): Promise<T> => {
  const answer = await callFunction(fn, event, localContext(db, openId))
  if (!answer.ok) throw new Error(`${String(event.action)}: ${answer.error.message}`)
  return answer.data as T
}

/** Whether each step of a timeline is one the functions allow after the one before. */
function allowed(timeline: Application['timeline']): boolean {
  return timeline.every((entry, i) => {
    if (i === 0) return entry.status === 'submitted'
    const from = timeline[i - 1].status
    return entry.status === 'withdrawn' ? isOpenStatus(from) : entry.status !== 'submitted' && canMove(from, entry.status as FirmStatus)
  })
}

describe('the seeded seekers', () => {
  it('have profiles the profile form accepts; dev-seeker starts from scratch', async () => {
    const seekers = await allOf<SeekerProfile>(db, 'seekers')
    expect(seekers.length).toBeGreaterThanOrEqual(30)
    for (const { name, phone, education, experienceYears, intro } of seekers) {
      expect(profileSchema.safeParse({ name, phone, education, experienceYears, intro }).error?.issues ?? []).toEqual([])
    }
    expect(seekers.some((s) => s._id === 'dev-seeker')).toBe(false)
    expect(await call(account, 'dev-seeker', { action: 'messages' })).toEqual({ items: [], unread: 0, reminders: [] })
    expect(apps.some((a) => a.seekerOpenId === 'dev-seeker')).toBe(false)
  })

  it('applied in every status, each along a path the pipeline allows, while the posting was recruiting', () => {
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(APPLICATION_STATUSES))
    for (const a of apps) {
      const job = postings.get(a.jobId) as Job
      expect(allowed(a.timeline)).toBe(true)
      expect(a.status).toBe(a.timeline[a.timeline.length - 1].status)
      expect(a).toMatchObject({ employerId: job.employerId, jobTitle: job.title, employerName: job.employerName, createdAt: a.timeline[0].at, updatedAt: a.timeline[a.timeline.length - 1].at })
      const times = a.timeline.map((t) => t.at)
      expect([...times].sort()).toEqual(times)
      const end = [job.validUntil as string, job.closedAt ?? nowIso, nowIso].sort()[0]
      expect((job.publishedAt as string) < a.createdAt && a.createdAt < end).toBe(true)
      expect(times[times.length - 1] <= nowIso).toBe(true)
    }
    expect(new Set(apps.map((a) => `${a.jobId}/${a.seekerOpenId}`)).size).toBe(apps.length)
  })

  it('heard of every move a firm made in 消息, in the words the function uses; the older ones read', async () => {
    const messages = await allOf<Message>(db, 'messages')
    const moves = apps.flatMap((a) => a.timeline.slice(1).filter((t) => t.status !== 'withdrawn').map((t) => ({ a, t })))
    expect(messages).toHaveLength(moves.length)
    for (const { a, t } of moves) {
      const label = { viewed: '企业已查看', interview: '邀请面试', offer: '录用', rejected: '不合适' }[t.status as Exclude<ApplicationStatus, 'submitted' | 'withdrawn'>]
      const message = messages.find((m) => m.applicationId === a._id && m.createdAt === t.at)
      expect(message).toMatchObject({ ownerOpenId: a.seekerOpenId, kind: 'application-status', title: `投递进展：${label}`, body: `${a.employerName}「${a.jobTitle}」：${label}${t.note ? `。${t.note}` : ''}`, jobId: a.jobId })
      expect(message?.read).toBe(Date.parse(nowIso) - Date.parse(t.at) > 2 * 86_400_000)
    }
    expect(messages.some((m) => !m.read)).toBe(true)
  })

  it('made some applications from a fair’s page: a fair bringing the posting, under way then', async () => {
    const fairs = new Map((await allOf<Fair>(db, 'fairs')).map((f) => [f._id, f]))
    const bookings = await allOf<FairBooking>(db, 'fairBookings')
    const fromFairs = apps.filter((a) => a.fairId)
    expect(fromFairs.length).toBeGreaterThanOrEqual(3)
    for (const a of fromFairs) {
      const fair = fairs.get(a.fairId as string) as Fair
      expect(fair.startAt <= a.createdAt && a.createdAt < fair.endAt).toBe(true)
      expect(bookings.some((b) => b.fairId === fair._id && b.jobIds.includes(a.jobId))).toBe(true)
    }
  })

  it('were counted as the functions count: once a posting and person, per day and in all', async () => {
    const counts = new Map((await allOf<ApplicationCount>(db, 'applicationCounts')).map((c) => [c._id, c.count]))
    expect(counts.get('all')).toBe(apps.length)
    const days = new Map<string, number>()
    for (const a of apps) days.set(todayInShanghai(new Date(a.createdAt)), (days.get(todayInShanghai(new Date(a.createdAt))) ?? 0) + 1)
    for (const [day, n] of days) expect(counts.get(`day-${day}`)).toBe(n)
    // The firm's pipeline reads its figure from them.
    const own = apps.find((a) => postings.get(a.jobId)?.ownerOpenId === 'dev-hr') as Application
    const pipeline = await call<{ received: number; applications: unknown[] }>(applications, 'dev-hr', { action: 'forJob', jobId: own.jobId })
    expect(pipeline.received).toBe(pipeline.applications.length)
    // Counting a seeded application again counts nothing: the applicant is known under the functions' key.
    await applicationsRepository(db).countNew(own, todayInShanghai(SEEDED_AT), nowIso, openIdKey(own.seekerOpenId, {}))
    expect((await db.collection('applicationCounts').doc('all').get()).data[0]).toMatchObject({ count: apps.length })
  })

  it('keeps what the tests name: seed-seeker-1 invited to interview for 前端开发工程师, seed-seeker-3 never applied for 电焊工', () => {
    const titled = (seeker: string, title: string) => apps.find((a) => a.seekerOpenId === seeker && a.jobTitle === title)
    expect(titled('seed-seeker-1', '前端开发工程师')?.status).toBe('interview')
    expect(titled('seed-seeker-3', '电焊工')).toBeUndefined()
    expect(titled('seed-seeker-2', '电焊工')?.status).toBe('offer')
  })
})
