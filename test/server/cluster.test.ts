/**
 * `npm run api` with read workers (server/cluster.ts): the writer and two workers on one data
 * folder. Writes made through any worker land once and are read back at once through every
 * worker; connections opened together end up spread over the workers; a worker that dies is
 * replaced; a killed writer takes its workers with it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { httpClient } from '../../bench/load'
import { childrenOf } from '../../bench/stats'
import { useApiDataDir } from '../helpers/api-process'
import { startServer } from '../../server/process'

/**
 * The server's read workers: the children node's cluster started (NODE_UNIQUE_ID in their
 * environment). Not any child: tsx may run esbuild as one on a cold cache, and a child between its
 * fork and its exec still shows the writer's own command line.
 */
const workersOf = (pid: number) =>
  childrenOf(pid).filter((child) => {
    try {
      return fs.readFileSync(`/proc/${child}/environ`, 'utf8').split('\0').some((entry) => entry.startsWith('NODE_UNIQUE_ID='))
    } catch {
      return false // ended meanwhile
    }
  })

/** The established connections a process holds to a local port (from /proc/net/tcp and its open files). */
function connectionsOf(pid: number, port: number): number {
  const established = new Set(
    fs
      .readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length > 9 && parseInt(fields[1].split(':')[1], 16) === port && fields[3] === '01')
      .map((fields) => `socket:[${fields[9]}]`),
  )
  return fs.readdirSync(`/proc/${pid}/fd`).filter((fd) => {
    try {
      return established.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
    } catch {
      return false // closed meanwhile
    }
  }).length
}

const alive = (pid: number) => fs.existsSync(`/proc/${pid}`) && !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting until ${what}`)
}

describe('the local server with read workers', () => {
  const { start } = useApiDataDir('jqt-cluster-')

  it('reads every acknowledged write back at once through any worker, and keeps one application per seeker', async () => {
    const server = await start({ JQT_READ_WORKERS: '2' })
    const pid = server.child.pid as number
    expect(workersOf(pid)).toHaveLength(2)
    // Fresh connections each time: the kernel hands them to either worker.
    const client = httpClient(server.origin, 64)
    try {
      const seekers = Array.from({ length: 24 }, (_, i) => `cluster-seeker-${i}`)
      const readBack = await Promise.all(
        seekers.map(async (openId, i) => {
          const written = await client.call('account', { action: 'updateProfile', name: `求职者${i}`, phone: '13800000000', education: 'bachelor', experienceYears: i % 10 }, openId)
          expect(written.body.ok).toBe(true)
          const reads = await Promise.all(Array.from({ length: 6 }, () => client.call('account', { action: 'profile' }, openId)))
          return reads.map((r) => (r.body.data as { profile: { name: string } | null }).profile?.name)
        }),
      )
      expect(readBack).toEqual(seekers.map((_, i) => Array.from({ length: 6 }, () => `求职者${i}`)))

      const page = await client.call('jobs', { action: 'search' })
      const jobId = (page.body.data as { jobs: { id: string }[] }).jobs[0].id
      const applies = await Promise.all(seekers.flatMap((openId) => [openId, openId]).map((openId) => client.call('applications', { action: 'apply', jobId }, openId)))
      expect(applies.filter((a) => !a.body.ok)).toEqual([])
      const ids = new Map<string, Set<string>>()
      applies.forEach((a, i) => {
        const { application } = a.body.data as { application: { id: string } }
        ids.set(seekers[Math.floor(i / 2)], (ids.get(seekers[Math.floor(i / 2)]) ?? new Set()).add(application.id))
      })
      expect([...ids.values()].map((s) => s.size)).toEqual(seekers.map(() => 1))
      const mine = await Promise.all(seekers.map((openId) => client.call('applications', { action: 'mine' }, openId)))
      expect(mine.map((m) => (m.body.data as { applications: unknown[] }).applications.length)).toEqual(seekers.map(() => 1))
    } finally {
      client.close()
    }
  })

  it('refuses a JQT_READ_WORKERS it cannot read before it makes or seeds a database', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-cluster-empty-'))
    try {
      await expect(startServer('api', empty, { JQT_READ_WORKERS: 'two' })).rejects.toThrow(/exited with 1/)
      expect(fs.readdirSync(empty)).toEqual([])
    } finally {
      fs.rmSync(empty, { recursive: true, force: true })
    }
  })

  it('spreads connections that all reached one worker evenly over the workers once they are busy', async () => {
    const server = await start({ JQT_READ_WORKERS: '2' })
    const pid = server.child.pid as number
    const port = Number(new URL(server.origin).port)
    const [first, second] = workersOf(pid)
    const users = 40
    const client = httpClient(server.origin, users)
    let calling = true
    const statuses = new Set<number>()
    let callers: Promise<void>[] = []
    try {
      // With the second worker stopped, the first accepts every connection (on a slow machine it may
      // begin to close some as it reports them: they reopen once the calls start).
      process.kill(second, 'SIGSTOP')
      await Promise.all(Array.from({ length: users }, () => client.connect()))
      expect(connectionsOf(first, port)).toBeGreaterThan(0)
      expect(connectionsOf(second, port)).toBe(0)
      process.kill(second, 'SIGCONT')
      callers = Array.from({ length: users }, async () => {
        while (calling) statuses.add((await client.call('policy', { action: 'list' })).status)
      })
      await until(() => [first, second].every((worker) => Math.abs(connectionsOf(worker, port) - users / 2) <= 3), 'each worker holds 17 to 23 of the 40 connections')
    } finally {
      process.kill(second, 'SIGCONT')
      calling = false
      await Promise.all(callers)
      client.close()
    }
    // Closing a connection after its answer loses no call.
    expect([...statuses]).toEqual([200])
  })

  it('replaces a worker that dies, and its workers end with a killed writer', async () => {
    const server = await start({ JQT_READ_WORKERS: '2' })
    const pid = server.child.pid as number
    const [first, second] = workersOf(pid)
    process.kill(first, 'SIGKILL')
    await until(() => workersOf(pid).length === 2 && !workersOf(pid).includes(first), 'a new worker replaced the killed one')
    const [replacement] = workersOf(pid).filter((worker) => worker !== second)
    // The replacement listens on the same socket and keeps serving: new connections reach both workers.
    const policyList = async () => {
      const client = httpClient(server.origin, 32)
      try {
        const answers = await Promise.all(Array.from({ length: 64 }, () => client.call('policy', { action: 'list' })))
        return answers.map((a) => a.status)
      } finally {
        client.close()
      }
    }
    expect(await policyList()).toEqual(Array.from({ length: 64 }, () => 200))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await policyList()).toEqual(Array.from({ length: 64 }, () => 200))
    const workers = workersOf(pid)
    expect(workers.sort()).toEqual([second, replacement].sort())
    await server.kill('SIGKILL')
    await until(() => workers.every((worker) => !alive(worker)), 'the workers ended')
  })
})
