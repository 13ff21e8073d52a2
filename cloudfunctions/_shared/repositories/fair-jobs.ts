/**
 * What the fairs read from other domains' collections: the postings firms bring to a booth, and
 * the applications seekers make from a fair (the seekers' `applications` documents carry `fairId`
 * when made from a fair's page). Read-only: those collections belong to their own repositories.
 */
import type { Database } from '../db/types'
import { APPLICATIONS } from './applications'
import { JOBS, type Job } from './jobs'

export const fairJobsRepository = (db: Database) => ({
  async findByIds(ids: readonly string[]): Promise<Job[]> {
    const unique = [...new Set(ids)]
    const found: Job[] = []
    // `in` lists and results stay within CloudBase's limits.
    for (let i = 0; i < unique.length; i += 500) {
      const { data } = await db.collection<Job>(JOBS).where({ _id: db.command.in(unique.slice(i, i + 500)) }).limit(1000).get()
      found.push(...data)
    }
    return found
  },

  /** A firm's postings now recruiting (published, not expired), the most recently changed first. */
  async liveByOwner(ownerOpenId: string, nowIso: string): Promise<Job[]> {
    const { data } = await db
      .collection<Job>(JOBS)
      .where({ ownerOpenId, status: 'published', validUntil: db.command.gt(nowIso) })
      .orderBy('updatedAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(100)
      .get()
    return data
  },

  /** Applications made from a fair's page. */
  async countApplications(fairId: string): Promise<number> {
    return (await db.collection(APPLICATIONS).where({ fairId }).count()).total
  },
})
