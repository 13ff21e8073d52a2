/**
 * Booths and check-in codes under load, through the routers on the embedded database: many firms
 * booking at once never get more booths than the fair has, nor two for one firm; codes stay unique.
 */
import { creditCodeCheckCharacter } from '../../cloudfunctions/_shared/compliance/credit-code'
import { CODE_ALPHABET } from '../../cloudfunctions/_shared/fairs/check-in-code'
import { createSignup } from '../../cloudfunctions/_shared/services/fairs'
import { ADMIN, makeFairWorld, SEEKER, type FairWorld } from '../helpers/fairs'

let w: FairWorld
beforeEach(async () => {
  w = await makeFairWorld()
})
afterEach(() => w.db.close())

/** A valid credit code for the n-th sample firm. */
const creditCode = (n: number) => {
  const first17 = `91140100MA0${String(n).padStart(6, '0')}`
  return first17 + creditCodeCheckCharacter(first17)
}

/** `count` verified firms, each with one published posting: their openids and postings. */
async function verifiedFirms(count: number) {
  const firms: { openId: string; jobId: string }[] = []
  for (let n = 1; n <= count; n++) {
    const openId = `u-load-firm-${n}`
    const employerId = await w.register(openId, creditCode(n), { name: `太原负载测试${n}号商贸有限公司` })
    await w.ok('admin', ADMIN, { action: 'review', target: 'employer', id: employerId, revision: await w.revision('employer', employerId), decision: 'approve' })
    const jobId = await w.createJob(openId, { title: `营业员${n}` }, true)
    await w.approveJob(jobId)
    firms.push({ openId, jobId })
  }
  return firms
}

type Booking = { fairId: string; employerId: string; boothNo: number }
const storedBookings = async (fairId: string) => (await w.db.collection<Booking>('fairBookings').where({ fairId }).limit(1000).get()).data
const storedFair = async (fairId: string) => (await w.db.collection<{ takenBooths: number[] }>('fairs').doc(fairId).get()).data[0]

describe('booking booths at once', () => {
  it('50 firms for 10 booths: exactly 10 booked, booths 1–10 each once, no firm twice', async () => {
    const firms = await verifiedFirms(50)
    const fairId = await w.createFair({ boothCount: 10 })
    const results = await Promise.all(firms.map((f) => w.fairsCall(f.openId, { action: 'register', fairId, jobIds: [f.jobId] })))

    const won = results.filter((r) => r.ok)
    expect(won).toHaveLength(10)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(40).fill('CONFLICT'))
    const bookings = await storedBookings(fairId)
    expect(bookings).toHaveLength(10)
    expect(new Set(bookings.map((b) => b.employerId)).size).toBe(10)
    expect(bookings.map((b) => b.boothNo).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect((await storedFair(fairId)).takenBooths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const d = await w.fairsOk(SEEKER, { action: 'get', id: fairId })
    expect(d.fair).toMatchObject({ boothsBooked: 10, boothsLeft: 0 })
  }, 30_000)

  it('one firm booking 20 times at once gets one booth', async () => {
    const fairId = await w.createFair({ boothCount: 10 })
    const results = await Promise.all(
      Array.from({ length: 20 }, () => w.fairsCall('u-firm-a', { action: 'register', fairId, jobIds: [w.jobs.aPublished] })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT' && r.error.details?.reason === 'booked')).toHaveLength(19)
    expect(await storedBookings(fairId)).toHaveLength(1)
    expect((await storedFair(fairId)).takenBooths).toEqual([1])
  })

  it('cancellations and new bookings at once keep booths and bookings in step', async () => {
    const firms = await verifiedFirms(30)
    const fairId = await w.createFair({ boothCount: 10 })
    for (const f of firms.slice(0, 10)) await w.fairsOk(f.openId, { action: 'register', fairId, jobIds: [f.jobId] })
    const results = await Promise.all([
      ...firms.slice(0, 5).map((f) => w.fairsCall(f.openId, { action: 'cancel', fairId })),
      ...firms.slice(10).map((f) => w.fairsCall(f.openId, { action: 'register', fairId, jobIds: [f.jobId] })),
    ])
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true)
    const won = results.slice(5).filter((r) => r.ok).length
    // The freed booths go to newcomers (all five here: cancels reach the fair first), never more.
    expect(won).toBeLessThanOrEqual(5)
    const bookings = await storedBookings(fairId)
    expect(bookings).toHaveLength(5 + won)
    expect(new Set(bookings.map((b) => b.employerId)).size).toBe(bookings.length)
    const booths = bookings.map((b) => b.boothNo).sort((a, b) => a - b)
    expect(new Set(booths).size).toBe(booths.length)
    expect(booths.every((n) => n >= 1 && n <= 10)).toBe(true)
    expect((await storedFair(fairId)).takenBooths).toEqual(booths)
    expect(won).toBe(5)
  }, 30_000)
})

describe('check-in codes', () => {
  it('200 seekers signing up at once get 200 different codes from the unambiguous alphabet', async () => {
    const fairId = await w.createFair()
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => w.fairsOk(`u-seeker-load-${i}`, { action: 'signup', fairId })),
    )
    const codes = results.map((r) => r.signup.code)
    expect(new Set(codes).size).toBe(200)
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`))
    expect(await w.countOf('fairSignups')).toBe(200)
  })

  it('one seeker signing up 10 times at once has one sign-up and one code', async () => {
    const fairId = await w.createFair()
    const results = await Promise.all(Array.from({ length: 10 }, () => w.fairsOk(SEEKER, { action: 'signup', fairId })))
    expect(new Set(results.map((r) => r.signup.code)).size).toBe(1)
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(await w.countOf('fairSignups')).toBe(1)
  })

  it('draws a new code when the one drawn is taken at that fair (the unique index says so)', async () => {
    const fairId = await w.createFair()
    const other = await w.createFair({ name: '另一场' })
    const ctx = (openId: string) => w.ctx(openId)
    const fixed = (...codes: string[]) => () => codes.shift() ?? 'ZZZZZZZZ'
    await createSignup(ctx('u-1'), fairId, 'u-1', fixed('AAAA2222'))
    // The same code at another fair is fine.
    expect((await createSignup(ctx('u-2'), other, 'u-2', fixed('AAAA2222'))).signup.code).toBe('AAAA2222')
    const second = await createSignup(ctx('u-3'), fairId, 'u-3', fixed('AAAA2222', 'AAAA2222', 'BBBB3333'))
    expect(second).toMatchObject({ created: true, signup: { code: 'BBBB3333' } })
  })

  it('gives up with INTERNAL, writing nothing, if every code drawn is taken', async () => {
    const fairId = await w.createFair()
    await createSignup(w.ctx('u-1'), fairId, 'u-1', () => 'AAAA2222')
    const before = await w.countOf('fairSignups')
    await expect(createSignup(w.ctx('u-2'), fairId, 'u-2', () => 'AAAA2222')).rejects.toMatchObject({ code: 'INTERNAL' })
    expect(await w.countOf('fairSignups')).toBe(before)
  })
})
