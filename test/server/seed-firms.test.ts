/**
 * The seeded firms obey the rules the functions apply: profiles the registration form accepts, of
 * every size class by the 2011 standard in every industry and city, credit codes the GB 32100 check
 * accepts but no firm was ever issued, numbers no one answers, and facts the bureau's matching finds.
 */
import { CITIES } from '../../cloudfunctions/_shared/catalog/regions'
import { checkCreditCode } from '../../cloudfunctions/_shared/compliance/credit-code'
import type { CreditCodeHold } from '../../cloudfunctions/_shared/repositories/credit-codes'
import type { Employer } from '../../cloudfunctions/_shared/repositories/employers'
import type { Fair } from '../../cloudfunctions/_shared/repositories/fairs'
import type { Application } from '../../cloudfunctions/_shared/repositories/applications'
import type { SeekerProfile } from '../../cloudfunctions/_shared/repositories/seekers'
import { INDUSTRIES, SIZE_CLASSES, type Industry } from '../../cloudfunctions/_shared/rules/facts'
import { deriveSizeClass } from '../../cloudfunctions/_shared/rules/size'
import { employerProfileSchema } from '../../cloudfunctions/_shared/schemas/account'
import account from '../../cloudfunctions/account/index.ts'
import admin from '../../cloudfunctions/admin/index.ts'
import jobs from '../../cloudfunctions/jobs/index.ts'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { organisationCodeCheck } from '../../server/seed-province'
import { callFunction } from '../helpers/context'
import { allOf, localContext, seededDatabase, SEEDED_AT } from './seeded'

let db: EmbeddedDatabase
let firms: Employer[]
beforeAll(async () => {
  db = await seededDatabase()
  firms = await allOf<Employer>(db, 'employers')
})
afterAll(() => db.close())

const call = async <T>(fn: Parameters<typeof callFunction>[0], openId: string, event: Record<string, unknown>): Promise<T> => {
  const answer = await callFunction(fn, event, localContext(db, openId))
  if (!answer.ok) throw new Error(`${String(event.action)}: ${answer.error.message}`)
  return answer.data as T
}

describe('the seeded firms', () => {
  it('register with profiles the registration form accepts', () => {
    expect(firms.length).toBeGreaterThanOrEqual(100)
    for (const { name, creditCode, ownership, industry, employees, revenue, totalAssets, city, district, address, contactName, contactPhone } of firms) {
      const result = employerProfileSchema.safeParse({ name, creditCode, ownership, industry, employees, revenue, totalAssets, city, district, address, contactName, contactPhone })
      expect(result.error?.issues ?? []).toEqual([])
    }
    expect(new Set(firms.map((f) => f.name)).size).toBe(firms.length)
    expect(new Set(firms.map((f) => f.ownerOpenId)).size).toBe(firms.length)
  })

  it('are, verified, of every size class by the 2011 standard in every industry, and in every city', () => {
    const verified = firms.filter((f) => f.status === 'verified')
    const pairs = new Set(verified.map((f) => `${f.industry}/${deriveSizeClass(f.industry as Industry, f.employees, f.revenue, f.totalAssets, { asOf: '2026-11-28' }).sizeClass}`))
    for (const industry of INDUSTRIES) for (const size of SIZE_CLASSES) expect(pairs).toContain(`${industry}/${size}`)
    expect(new Set(verified.map((f) => f.city))).toEqual(new Set(CITIES))
  })

  it('include some waiting for the bureau and some sent back with a reason', () => {
    expect(firms.filter((f) => f.status === 'pending').length).toBeGreaterThanOrEqual(2)
    const rejected = firms.filter((f) => f.status === 'rejected')
    expect(rejected.length).toBeGreaterThanOrEqual(1)
    for (const f of rejected) expect(f.reviewReason?.length).toBeGreaterThan(4)
  })

  it('hold credit codes the GB 32100 check accepts, each its own, none ever issued (the organisation code fails GB 11714)', async () => {
    for (const { creditCode } of firms) {
      expect(checkCreditCode(creditCode)).toEqual({ ok: true, code: creditCode })
      expect(organisationCodeCheck(creditCode.slice(8, 16))).not.toBe(creditCode[16])
    }
    expect(new Set(firms.map((f) => f.creditCode)).size).toBe(firms.length)
    // Verified firms hold their codes, as admin.review leaves them.
    const holds = await allOf<CreditCodeHold>(db, 'creditCodes')
    const verified = firms.filter((f) => f.status === 'verified')
    expect(new Map(holds.map((h) => [h._id, h.employerId]))).toEqual(new Map(verified.map((f) => [f.creditCode, f._id])))
  })

  it('computes GB 11714 as the standard does: issued codes carry the right character', () => {
    // Organisation codes inside published credit codes (cloudfunctions/_shared/compliance/credit-code.test.ts).
    expect(organisationCodeCheck('71610585')).toBe('2') // 91330100716105852F
    expect(organisationCodeCheck('55138508')).toBe('2') // 91110108551385082Q
    expect(organisationCodeCheck('70846113')).toBe('6') // 91440300708461136T
    expect(organisationCodeCheck('19220382')).toBe('1') // 914403001922038216
  })

  it('give no one a real number to call: a local number starting with 0, or the unassigned 154 mobile prefix', async () => {
    const landline = /^0\d{2,3}-0\d{6}$/
    for (const f of firms) expect(f.contactPhone).toMatch(landline)
    for (const f of await allOf<Fair>(db, 'fairs')) expect(f.contactPhone).toMatch(landline)
    const mobile = /^154\d{8}$/
    for (const s of await allOf<SeekerProfile>(db, 'seekers')) expect(s.phone).toMatch(mobile)
    for (const a of await allOf<Application>(db, 'applications')) expect(a.seeker.phone).toMatch(mobile)
  })

  it('stated facts the bureau’s matching run finds: firms under several measures, dev-hr’s under 第21条 for ¥8,000', async () => {
    let run = await call<{ runId: string; status: string }>(admin, 'dev-admin', { action: 'runMatching', asOf: '2026-11-28' })
    while (run.status === 'running') run = await call(admin, 'dev-admin', { action: 'continueMatching', runId: run.runId })
    const result = await call<{ provisions: { key: string; eligible: number; eligibleFirms: { employerName: string; amount: number | null }[] }[] }>(admin, 'dev-admin', { action: 'matching', runId: run.runId, limit: 100 })
    const found = result.provisions.filter((p) => p.eligible > 0).map((p) => p.key)
    expect(found.length).toBeGreaterThanOrEqual(5)
    const hiring = result.provisions.find((p) => p.key === '21/hiring')
    expect(hiring?.eligible).toBeGreaterThan(1)
    expect(hiring?.eligibleFirms.find((f) => f.employerName === '太原晋云软件科技有限公司')?.amount).toBe(8000)
  })

  it('gives dev-hr postings in five states, and the bureau a queue of firms, postings and one report', async () => {
    const mine = await call<{ counts: Record<string, number> }>(jobs, 'dev-hr', { action: 'mine' })
    expect(mine.counts).toEqual({ draft: 1, pending: 0, published: 2, rejected: 1, closed: 1, expired: 0 })
    const queue = await call<{ counts: Record<string, number>; employers: { name: string }[]; jobs: { title: string }[] }>(admin, 'dev-admin', { action: 'queue' })
    expect(queue.counts.reports).toBe(1)
    expect(queue.counts.employers).toBe(firms.filter((f) => f.status === 'pending').length)
    expect(queue.employers.map((e) => e.name)).toContain('长治潞安新材料科技有限公司')
    expect(queue.jobs.map((j) => j.title)).toContain('数控机床操作工')
    // The whole queue fits on the queue's first page (50), with room for what the tests submit.
    expect(queue.counts.jobs).toBeLessThanOrEqual(30)
  })

  it('leaves dev-seeker and dev-admin without a firm', async () => {
    for (const openId of ['dev-seeker', 'dev-admin']) expect(firms.some((f) => f.ownerOpenId === openId)).toBe(false)
    const me = await call<{ employer: unknown }>(account, 'dev-seeker', { action: 'me' })
    expect(me.employer).toBeNull()
  })

  it('were registered before the day of seeding', () => {
    for (const f of firms) {
      expect(f.createdAt < SEEDED_AT.toISOString()).toBe(true)
      if (f.reviewedAt) expect(f.createdAt < f.reviewedAt && f.reviewedAt < SEEDED_AT.toISOString()).toBe(true)
    }
  })
})
