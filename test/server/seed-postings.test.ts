/**
 * The seeded postings: only what a posting may say, in every state a firm and the bureau see, each
 * dated as its state says; and on the board every filter the 招聘 tab offers finds some, over
 * several pages, each findable by its words.
 */
import { z } from 'zod'
import { EDUCATIONS, JOB_STATES, type JobState } from '../../cloudfunctions/_shared/catalog/firms'
import { CITIES } from '../../cloudfunctions/_shared/catalog/regions'
import { checkPostingTexts } from '../../cloudfunctions/_shared/compliance/posting-check'
import type { Employer } from '../../cloudfunctions/_shared/repositories/employers'
import type { Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { INDUSTRIES } from '../../cloudfunctions/_shared/rules/facts'
import { jobContentShape } from '../../cloudfunctions/_shared/schemas/jobs'
import { textsOf } from '../../cloudfunctions/_shared/services/jobs'
import { effectiveState } from '../../cloudfunctions/_shared/services/firm-views'
import { normaliseText } from '../../cloudfunctions/_shared/validation'
import jobs from '../../cloudfunctions/jobs/index.ts'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { SAMPLE_POSTINGS } from '../../server/seed'
import { EXPERIENCE_OPTIONS, PAY_OPTIONS } from '../../src/utils/board'
import { callFunction } from '../helpers/context'
import { allOf, localContext, seededDatabase, SEEDED_AT } from './seeded'

let db: EmbeddedDatabase
let postings: Job[]
let firms: Map<string, Employer>
beforeAll(async () => {
  db = await seededDatabase()
  postings = await allOf<Job>(db, 'jobs')
  firms = new Map((await allOf<Employer>(db, 'employers')).map((e) => [e._id, e]))
})
afterAll(() => db.close())

const nowIso = SEEDED_AT.toISOString()
const stateOf = (job: Job): JobState => effectiveState(job, nowIso)

interface Page {
  jobs: { id: string; title: string; employerName: string; location: { city: string } }[]
  nextCursor: string | null
}
const search = async (filters: Record<string, unknown>): Promise<Page> => {
  const answer = await callFunction(jobs, { action: 'search', ...filters }, localContext(db, 'dev-seeker'))
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.data as Page
}

describe('the seeded postings', () => {
  it('say only what a posting may: the form’s schema, the word check, text as the functions store it', () => {
    expect(postings.length).toBeGreaterThanOrEqual(300)
    const content = z.strictObject(jobContentShape)
    for (const { title, headcount, duties, requirements, location, pay, benefits, validDays } of postings) {
      expect(content.safeParse({ title, headcount, duties, requirements, location, pay, benefits, validDays }).error?.issues ?? []).toEqual([])
      expect(checkPostingTexts(textsOf({ title, duties, other: requirements.other, benefits }))).toEqual([])
      for (const text of [title, duties, requirements.other, benefits, location.address]) expect(normaliseText(text)).toBe(text)
    }
  })

  it('are in every state, each dated as its state says and after the firm could post', () => {
    expect(new Set(postings.map(stateOf))).toEqual(new Set(JOB_STATES))
    for (const job of postings) {
      const firm = firms.get(job.employerId) as Employer
      expect(job).toMatchObject({ ownerOpenId: firm.ownerOpenId, employerName: firm.name, industry: firm.industry, location: { city: firm.city } })
      expect(job.createdAt >= firm.createdAt && job.createdAt < nowIso).toBe(true)
      const state = stateOf(job)
      if (state === 'draft') {
        expect(job.submittedAt).toBeUndefined()
        continue
      }
      // Sent for review only by a verified firm, after its verification.
      expect(firm.status).toBe('verified')
      expect(job.createdAt <= (job.submittedAt as string) && (job.submittedAt as string) >= (firm.reviewedAt as string)).toBe(true)
      expect(job.compliance).toEqual({ checkedAt: job.submittedAt, wechat: 'skipped' })
      if (state === 'pending') expect(job.publishedAt).toBeUndefined()
      if (state === 'rejected') expect(job.reviewReason?.length).toBeGreaterThan(4)
      if (state === 'published' || state === 'expired' || state === 'closed') {
        const published = job.publishedAt as string
        expect((job.submittedAt as string) < published && published < nowIso).toBe(true)
        expect(Date.parse(job.validUntil as string) - Date.parse(published)).toBe(job.validDays * 86_400_000)
      }
      if (state === 'published') expect(job.validUntil! > nowIso).toBe(true)
      if (state === 'expired') expect(job.validUntil! <= nowIso).toBe(true)
      if (state === 'closed') expect((job.publishedAt as string) < (job.closedAt as string) && (job.closedAt as string) < nowIso).toBe(true)
    }
  })

  it('name each sample posting the tests open by title once, and no other title contains one', () => {
    for (const { content } of SAMPLE_POSTINGS) {
      expect(postings.filter((j) => j.title.includes(content.title)).map((j) => j.title)).toEqual([content.title])
    }
  })
})

describe('the board on the seeded province', () => {
  it('finds postings under every city, industry, pay, education and experience filter the 招聘 tab offers', async () => {
    const filters = [
      ...CITIES.map((city) => ({ city })),
      ...INDUSTRIES.map((industry) => ({ industry })),
      ...PAY_OPTIONS.map((o) => ({ payMin: o.value })),
      ...EDUCATIONS.map((education) => ({ education })),
      ...EXPERIENCE_OPTIONS.map((o) => ({ experienceYears: o.value })),
    ]
    for (const filter of filters) {
      const { jobs: found } = await search(filter)
      if (!found.length) throw new Error(`nothing on the board for ${JSON.stringify(filter)}`)
    }
  })

  it('spreads over several pages, each live posting once', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await search({ pageSize: 50, ...(cursor ? { cursor } : {}) })
      seen.push(...page.jobs.map((j) => j.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    const live = postings.filter((j) => stateOf(j) === 'published')
    expect(live.length).toBeGreaterThanOrEqual(200)
    expect(seen.sort()).toEqual(live.map((j) => j._id).sort())
  })

  it('finds every live posting by its title, and by its firm’s name', async () => {
    const live = postings.filter((j) => stateOf(j) === 'published')
    for (const title of new Set(live.map((j) => j.title))) {
      const ids = new Set<string>()
      let cursor: string | undefined
      do {
        const page = await search({ q: title, pageSize: 50, ...(cursor ? { cursor } : {}) })
        for (const j of page.jobs) ids.add(j.id)
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      for (const job of live.filter((j) => j.title === title)) expect(ids).toContain(job._id)
    }
    const firm = live[0].employerName
    expect((await search({ q: firm })).jobs.map((j) => j.employerName)).toContain(firm)
  })
})
