/** The seeded firms and postings obey the same rules as the functions: valid codes, lawful wording, a lively board, a queue to review. */
import { z } from 'zod'
import { checkPostingTexts } from '../../cloudfunctions/_shared/compliance/posting-check'
import type { Employer } from '../../cloudfunctions/_shared/repositories/employers'
import type { Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { employerProfileSchema } from '../../cloudfunctions/_shared/schemas/account'
import { jobContentShape } from '../../cloudfunctions/_shared/schemas/jobs'
import { textsOf } from '../../cloudfunctions/_shared/services/jobs'
import admin from '../../cloudfunctions/admin/index.ts'
import jobs from '../../cloudfunctions/jobs/index.ts'
import { seedIfEmpty } from '../../server/seed'
import { callFunction, contextFor, freshDatabase } from '../helpers/context'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'

const db = freshDatabase()
const now = new Date('2026-11-28T04:00:00Z')
beforeAll(() => seedIfEmpty(db, now))
afterAll(() => db.close())

const all = async <T>(name: string) => (await db.collection(name).limit(1000).get()).data as unknown as T[]

describe('the seed', () => {
  it('registers its firms with profiles the registration form would accept', async () => {
    for (const { name, creditCode, ownership, industry, employees, revenue, totalAssets, city, district, address, contactName, contactPhone } of await all<Employer>('employers')) {
      const result = employerProfileSchema.safeParse({ name, creditCode, ownership, industry, employees, revenue, totalAssets, city, district, address, contactName, contactPhone })
      expect(result.error?.issues ?? []).toEqual([])
    }
  })

  it('posts only what a posting may say', async () => {
    const content = z.strictObject(jobContentShape)
    for (const job of await all<Job>('jobs')) {
      const { title, headcount, duties, requirements, location, pay, benefits, validDays } = job
      expect(content.safeParse({ title, headcount, duties, requirements, location, pay, benefits, validDays }).error?.issues ?? []).toEqual([])
      expect(checkPostingTexts(textsOf({ title, duties, other: requirements.other, benefits }))).toEqual([])
    }
  })

  it('gives dev-hr live postings and a draft, and the bureau one firm and one posting to review', async () => {
    const mine = await callFunction(jobs, { action: 'mine' }, contextFor(db, 'dev-hr', now))
    expect(mine.ok && (mine.data as { counts: Record<string, number> }).counts).toMatchObject({ published: 2, draft: 1 })
    const queue = await callFunction(admin, { action: 'queue' }, { ...contextFor(db, 'dev-admin', now), config: { adminOpenIds: ['dev-admin'], local: true, rateLimits: DEFAULT_RATE_LIMITS } })
    expect(queue.ok && (queue.data as { counts: unknown }).counts).toEqual({ employers: 1, jobs: 1, reports: 1 })
  })
})
