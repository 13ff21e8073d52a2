/**
 * The server killed with SIGKILL in the middle of the board's mixed load (bench/load.ts) and
 * restarted on the same data: every apply it acknowledged is stored, the applies cut off landed
 * whole or not at all, the database file is sound, and the board serves again.
 */
import { openEmbeddedDatabase } from '../../server/db/embedded'
import { HTTP_STATUS } from '../../cloudfunctions/_shared/errors'
import { APPLICATIONS, type Application } from '../../cloudfunctions/_shared/repositories/applications'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { SEEKERS, type SeekerProfile } from '../../cloudfunctions/_shared/repositories/seekers'
import { databaseFile } from '../../server/local'
import { recruitingJobIds, seedFirms, seedPostings, seedSeekerProfiles } from '../../bench/board'
import { httpClient, startLoad } from '../../bench/load'
import { useApiDataDir } from '../helpers/api-process'
import { testProfile } from '../helpers/context'

const POSTINGS = 1_000
const SEEKERS_COUNT = 300
const USERS = 20
/** Applies acknowledged before the kill: enough for the check to mean something, soon enough to keep the test short. */
const ACKNOWLEDGED_BEFORE_KILL = 30

describe('the server killed with SIGKILL under the mixed load', () => {
  const { dataDir, start } = useApiDataDir('jqt-load-faults-')

  it('keeps every acknowledged apply, no half-written one, a sound file, and serves again after a restart', async () => {
    const now = Date.now()
    const seed = openEmbeddedDatabase(databaseFile(dataDir), { schema: collections, profile: testProfile })
    await seedPostings(seed, 0, POSTINGS, now, await seedFirms(seed, now))
    const seekers = Array.from({ length: SEEKERS_COUNT }, (_, i) => `load-seeker-${i}`)
    await seedSeekerProfiles(seed, seekers, now)
    const jobIds = await recruitingJobIds(seed, now)
    seed.close()

    const running = await start()
    let killed: Promise<void> | undefined
    const load = startLoad({
      origin: running.origin,
      users: USERS,
      seconds: 20,
      seekers,
      jobIds,
      // The kill lands as an apply leaves, with others at every stage of their way.
      onSend: (kind) => {
        if (killed || kind !== 'apply' || load.applies.filter((a) => a.answer === 'acknowledged').length < ACKNOWLEDGED_BEFORE_KILL) return
        killed = running.kill()
        load.stop()
      },
    })
    const { applies, samples } = await load.done
    expect(killed).toBeDefined()
    await killed
    const acknowledged = applies.filter((a) => a.answer === 'acknowledged')
    const lost = applies.filter((a) => a.answer === 'lost')
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL)
    expect(lost.length).toBeGreaterThan(0)
    // Calls failed only for want of a server: none was answered with an error.
    expect(samples.filter((s) => Object.hasOwn(HTTP_STATUS, s.code))).toEqual([])

    const restarted = await start()
    const client = httpClient(restarted.origin, 1)
    const board = await client.call('jobs', { action: 'search', city: '太原市', sort: 'pay' })
    client.close()
    expect(board.status).toBe(200)
    expect((board.body.data as { jobs: unknown[] }).jobs.length).toBeGreaterThan(0)
    await restarted.kill('SIGTERM')

    const db = openEmbeddedDatabase(databaseFile(dataDir), { schema: collections, profile: testProfile })
    try {
      expect(db.integrityCheck()).toBe('ok')
      const loadSeekers = new Set(seekers)
      const stored = (await db.collection<Application>(APPLICATIONS).limit(1000).get()).data.filter((a) => loadSeekers.has(a.seekerOpenId))
      const byId = new Map(stored.map((a) => [a._id, a]))
      for (const a of acknowledged) expect(byId.get(a.applicationId as string)).toEqual(expect.objectContaining({ jobId: a.jobId, seekerOpenId: a.seekerOpenId }))

      // An apply cut off by the kill left one application or none.
      for (const a of lost) expect(stored.filter((s) => s.jobId === a.jobId && s.seekerOpenId === a.seekerOpenId).length).toBeLessThanOrEqual(1)
      // Nothing stored that the load did not send.
      const sent = new Set(applies.map((a) => `${a.jobId} ${a.seekerOpenId}`))
      expect(stored.filter((s) => !sent.has(`${s.jobId} ${s.seekerOpenId}`))).toEqual([])

      // Each application whole: the posting's and the profile's copies, its status and timeline.
      const jobs = new Map((await db.collection<Job>(JOBS).where({ _id: db.command.in([...new Set(stored.map((a) => a.jobId))]) }).limit(1000).get()).data.map((j) => [j._id, j]))
      const profiles = new Map((await db.collection<SeekerProfile>(SEEKERS).where({ _id: db.command.in([...new Set(stored.map((a) => a.seekerOpenId))]) }).limit(1000).get()).data.map((p) => [p._id, p]))
      for (const application of stored) {
        const job = jobs.get(application.jobId) as Job
        const { name, phone, education, experienceYears, intro } = profiles.get(application.seekerOpenId) as SeekerProfile
        expect(application).toEqual({
          _id: expect.any(String),
          jobId: job._id,
          seekerOpenId: application.seekerOpenId,
          employerId: job.employerId,
          jobTitle: job.title,
          employerName: job.employerName,
          seeker: { name, phone, education, experienceYears, intro },
          status: 'submitted',
          timeline: [{ status: 'submitted', at: application.createdAt }],
          createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          updatedAt: application.createdAt,
        })
      }
    } finally {
      db.close()
    }
  }, 45_000)
})
