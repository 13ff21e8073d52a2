/**
 * The seeded fairs make a lively app whatever the day of seeding: one under way, several upcoming,
 * some past, every campaign in its season, booths taken by the firms of the fair's city with their
 * postings, seekers signed up (checked in at past fairs) — and they obey the same rules as admin.saveFair.
 */
import { campaignMonths } from '../../cloudfunctions/_shared/catalog/fairs'
import { fairStatus } from '../../cloudfunctions/_shared/catalog/fair-status'
import type { FairBooking } from '../../cloudfunctions/_shared/repositories/fair-bookings'
import type { Employer } from '../../cloudfunctions/_shared/repositories/employers'
import type { FairSignup } from '../../cloudfunctions/_shared/repositories/fair-signups'
import type { Fair } from '../../cloudfunctions/_shared/repositories/fairs'
import type { Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { saveFairSchema } from '../../cloudfunctions/_shared/schemas/admin'
import { seedIfEmpty } from '../../server/seed'
import { freshDatabase } from '../helpers/context'

const all = async <T>(db: ReturnType<typeof freshDatabase>, name: string) => (await db.collection(name).limit(1000).get()).data as unknown as T[]

/** Seeding moments across a year, one a month: mornings and late evenings, in and out of every campaign's season. */
const moments = Array.from({ length: 12 }, (_, m) => (m % 2 ? `2027-${String(m + 1).padStart(2, '0')}-15T23:30:00+08:00` : `2027-${String(m + 1).padStart(2, '0')}-01T10:00:00+08:00`))

const shanghaiMonth = (iso: string) => Number(new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(5, 7))

describe.each(moments)('seeding on %s', (moment) => {
  const now = new Date(moment)
  const db = freshDatabase()
  let fairs: Fair[]
  beforeAll(async () => {
    await seedIfEmpty(db, now)
    fairs = await all<Fair>(db, 'fairs')
  })
  afterAll(() => db.close())

  it('has a fair under way, several upcoming and some past, of every campaign', () => {
    const statuses = fairs.map((f) => fairStatus(f, now))
    expect(statuses.filter((s) => s === 'ongoing').length).toBeGreaterThanOrEqual(1)
    expect(statuses.filter((s) => s === 'upcoming' || s === 'today').length).toBeGreaterThanOrEqual(3)
    expect(statuses.filter((s) => s === 'ended').length).toBeGreaterThanOrEqual(1)
    for (const campaign of ['spring-breeze', 'private-enterprise-month', 'golden-autumn']) {
      expect(fairs.some((f) => f.campaign === campaign)).toBe(true)
    }
  })

  it('runs each campaign’s fairs in its season', () => {
    for (const f of fairs) {
      expect(campaignMonths[f.campaign]).toContain(shanghaiMonth(f.startAt))
      expect(campaignMonths[f.campaign]).toContain(shanghaiMonth(new Date(Date.parse(f.endAt) - 1).toISOString()))
    }
  })

  it('seeds only fairs admin.saveFair would accept', () => {
    for (const f of fairs) {
      const { name, campaign, level, region, mode, venue, address, location, hallMapUrl, startAt, endAt, organiser, contactName, contactPhone, description, boothCount } = f
      const input = { name, campaign, level, region, mode, venue, address, location, hallMapUrl, startAt, endAt, organiser, contactName, contactPhone, description, boothCount }
      expect(saveFairSchema.safeParse(input).error?.issues ?? []).toEqual([])
    }
  })

  it('books booths that match the fairs’ counts, with the firms’ own published postings; dev-hr and dev-seeker have something left to do', async () => {
    const bookings = await all<FairBooking>(db, 'fairBookings')
    const jobs = new Map((await all<Job>(db, 'jobs')).map((j) => [j._id, j]))
    for (const f of fairs) {
      const at = bookings.filter((b) => b.fairId === f._id)
      expect(at.map((b) => b.boothNo).sort((a, b) => a - b)).toEqual(f.takenBooths)
      expect(f.takenBooths.every((n) => n >= 1 && n <= f.boothCount)).toBe(true)
    }
    for (const b of bookings) {
      expect(b.jobIds.length).toBeGreaterThan(0)
      for (const id of b.jobIds) expect(jobs.get(id)).toMatchObject({ ownerOpenId: b.ownerOpenId, status: 'published' })
    }
    const openForHr = fairs.filter((f) => fairStatus(f, now) === 'upcoming' && f.mode === 'onsite' && !bookings.some((b) => b.fairId === f._id && b.ownerOpenId === 'dev-hr'))
    expect(openForHr.length).toBeGreaterThan(0)
    const signups = await all<FairSignup>(db, 'fairSignups')
    expect(signups.length).toBeGreaterThan(0)
    expect(signups.some((s) => s.openId === 'dev-seeker')).toBe(false)
    expect(new Set(signups.map((s) => `${s.fairId}/${s.code}`)).size).toBe(signups.length)
  })

  it('gives a city’s fair the booths of its own firms, and a province’s online fair firms from all over', async () => {
    const bookings = await all<FairBooking>(db, 'fairBookings')
    const firms = new Map((await all<Employer>(db, 'employers')).map((e) => [e._id, e]))
    const samples = new Set(['dev-hr', 'seed-firm-2', 'seed-firm-3'])
    for (const f of fairs) {
      const at = bookings.filter((b) => b.fairId === f._id).map((b) => firms.get(b.employerId) as Employer)
      expect(at.length).toBeGreaterThanOrEqual(5)
      for (const firm of at) expect(firm.status).toBe('verified')
      const cities = new Set(at.filter((firm) => !samples.has(firm.ownerOpenId)).map((firm) => firm.city))
      if (f.level === 'province') expect(cities.size).toBeGreaterThan(3)
      else expect([...cities]).toEqual([f.region.city])
      // Addressed by district only: no street address invented for a real office.
      if (f.mode === 'onsite') expect(f.address).toBe(`${f.region.city}${f.region.district}`)
    }
  })

  it('has seeded seekers signed up, checked in at past fairs on site only, noting firms that were there', async () => {
    const signups = await all<FairSignup>(db, 'fairSignups')
    const bookings = await all<FairBooking>(db, 'fairBookings')
    const seekers = new Set((await all<{ _id: string }>(db, 'seekers')).map((s) => s._id))
    for (const s of signups) {
      const fair = fairs.find((f) => f._id === s.fairId) as Fair
      expect(seekers).toContain(s.openId)
      expect(s.createdAt < now.toISOString()).toBe(true)
      if (s.checkedInAt) {
        expect(fairStatus(fair, now)).toBe('ended')
        expect(fair.mode).toBe('onsite')
        expect(fair.startAt <= s.checkedInAt && s.checkedInAt < fair.endAt).toBe(true)
      }
      for (const mark of s.marks) expect(bookings.some((b) => b.fairId === fair._id && b.employerId === mark.employerId)).toBe(true)
    }
    const past = new Set(fairs.filter((f) => fairStatus(f, now) === 'ended' && f.mode === 'onsite').map((f) => f._id))
    expect(signups.some((s) => past.has(s.fairId) && s.checkedInAt)).toBe(true)
  })
})
