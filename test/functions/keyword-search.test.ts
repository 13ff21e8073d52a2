/**
 * A posting is found by keyword as it is now, whatever wrote it last: created, edited, reviewed,
 * closed, or its firm renamed — every write keeps its search terms in step with its title and its
 * firm's name (repositories/search-terms.ts).
 */
import { JOBS, jobsRepository, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { searchTermsOf } from '../../cloudfunctions/_shared/repositories/search-terms'
import { CODES, FIRM_A, makeWorld, profile, UNVERIFIED, type World } from '../helpers/firms'

let w: World
beforeAll(async () => {
  w = await makeWorld()
})
afterAll(() => w.db.close())

const found = async (q: string) => (await w.ok('jobs', null, { action: 'search', q })).jobs.map((j) => j.title)

it('keeps every posting findable by its title and its firm name through creation, edits, review, closing and a renamed firm', async () => {
  expect(await found('焊工')).toEqual(['焊工'])
  expect(await found('甲机械')).toEqual(['焊工'])

  // Edited and sent back to review: off the board, then on it again under its new title only.
  await w.ok('jobs', FIRM_A, { action: 'update', id: w.jobs.aPublished, title: '叉车司机', submit: true })
  expect(await found('叉车')).toEqual([])
  await w.approveJob(w.jobs.aPublished)
  expect(await found('叉车')).toEqual(['叉车司机'])
  expect(await found('焊工')).toEqual([])

  // The firm awaiting verification renames itself: its drafts carry the new name, and once the firm
  // and a posting are approved the posting is found by it, not by the old one.
  await w.createJob(UNVERIFIED, { title: '仓库管理员' })
  await w.ok('account', UNVERIFIED, { action: 'registerEmployer', ...profile({ creditCode: CODES.unverified, name: '晋中更名商贸有限公司', industry: 'retail', city: '晋中市', district: '榆次区' }) })
  expect((await w.review({ target: 'employer', id: w.ids.unverified, decision: 'approve' })).ok).toBe(true)
  await w.ok('jobs', UNVERIFIED, { action: 'update', id: w.jobs.unverifiedDraft, submit: true })
  await w.approveJob(w.jobs.unverifiedDraft)
  expect(await found('更名商贸')).toEqual(['门店导购'])
  expect(await found('待审商贸')).toEqual([])

  await w.ok('jobs', FIRM_A, { action: 'close', id: w.jobs.aPublished })
  expect(await found('叉车')).toEqual([])

  // Every posting, whatever its state, holds the terms of its title and firm name as stored.
  const { data } = await w.db.collection<Job>(JOBS).limit(1000).get()
  for (const job of data) expect([...job.searchTerms].sort()).toEqual(searchTermsOf(job).sort())
})

it('gives postings stored without search terms (or with stale ones) their terms, once: what a deployed environment runs after the upgrade', async () => {
  const { data } = await w.db.collection<Job>(JOBS).where({ status: 'published' }).limit(1000).get()
  const [legacy, stale] = data
  await w.db.collection(JOBS).doc(legacy._id).update({ searchTerms: w.db.command.remove() })
  await w.db.collection(JOBS).doc(stale._id).update({ searchTerms: ['旧词'] })
  expect(await found(legacy.title)).toEqual([])
  expect(await jobsRepository(w.db).backfillSearchTerms()).toBe(2)
  expect(await found(legacy.title)).toContain(legacy.title)
  expect(await found(stale.title)).toContain(stale.title)
  expect(await jobsRepository(w.db).backfillSearchTerms()).toBe(0)
})
