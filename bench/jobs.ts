/**
 * The seekers' side at scale, over the local HTTP server on a temporary embedded database on disk
 * (as `npm start` uses it): `jobs.search` latency with filters and both sorts at 10,000 and 100,000
 * postings, each keyword's against its targets (p95 ≤ 10 ms at 100,000, the cost from 10,000 to
 * 100,000 ≤ 1.5×); and (`applies`) 500 seekers applying to one posting at once together with 500
 * repeats of one seeker's call — exactly one application per seeker and posting, no errors, and
 * p50 ≤ 250 ms.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { SHANXI_REGIONS } from '../cloudfunctions/_shared/catalog/regions'
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../server/db/embedded'
import { APPLICATIONS } from '../cloudfunctions/_shared/repositories/applications'
import { EMPLOYERS, type Employer } from '../cloudfunctions/_shared/repositories/employers'
import { collections } from '../cloudfunctions/_shared/repositories/schema'
import { JOBS } from '../cloudfunctions/_shared/repositories/jobs'
import { INDUSTRIES } from '../cloudfunctions/_shared/rules/facts'
import { createHost } from '../server/http'
import { databaseFile, LISTEN_BACKLOG } from '../server/local'
import { startServer } from '../server/process'
import { startBareServer } from './bare'
import { embeddedStorage } from '../server/storage'
import { DAY, FIRMS, firmName, posting, random, seedFirms, seedPostings, seedSeekerProfiles } from './board'
import { httpClient, type Answer } from './load'
import { ms, percentiles, processCpuMs, runConcurrently } from './stats'
import { machine, printTarget } from './targets'

interface Scenario {
  name: string
  runs: number
  /** The i-th call's parameters. */
  params: (i: number) => Record<string, unknown>
  /** Follow nextCursor this many pages and time the last one. */
  deepPage?: number
}

const cities = SHANXI_REGIONS.map((r) => r.city)
const scenarios: Scenario[] = [
  { name: 'whole board, newest', runs: 200, params: () => ({}) },
  { name: 'whole board, by pay', runs: 200, params: () => ({ sort: 'pay' }) },
  { name: 'city, newest', runs: 200, params: (i) => ({ city: cities[i % 11] }) },
  { name: 'city + district, by pay', runs: 200, params: (i) => ({ city: SHANXI_REGIONS[i % 11].city, district: SHANXI_REGIONS[i % 11].districts[i % 4], sort: 'pay' }) },
  { name: 'industry + education + experience, newest', runs: 200, params: (i) => ({ industry: INDUSTRIES[i % INDUSTRIES.length], education: 'secondary', experienceYears: 2 }) },
  { name: 'pay 8,000–12,000, newest', runs: 200, params: () => ({ payMin: 8000, payMax: 12000 }) },
  { name: 'city + industry + pay ≥ 6,000, by pay', runs: 200, params: (i) => ({ city: cities[i % 11], industry: INDUSTRIES[i % 4], payMin: 6000, sort: 'pay' }) },
  { name: 'every filter at once, newest', runs: 200, params: (i) => ({ city: cities[i % 11], industry: INDUSTRIES[i % 4], education: 'associate', experienceYears: 3, payMin: 5000, payMax: 9000 }) },
  { name: 'keyword, common (工程师)', runs: 200, params: () => ({ q: '工程师' }) },
  { name: 'keyword, one firm (rare)', runs: 60, params: (i) => ({ q: firmName((i * 37) % FIRMS) }) },
  { name: 'keyword, two words (电工 太原)', runs: 200, params: () => ({ q: '电工 太原' }) },
  { name: '5th page by cursor, city, newest', runs: 50, params: (i) => ({ city: cities[i % 11] }), deepPage: 5 },
]

async function withServer<R>(db: EmbeddedDatabase, work: (call: (fn: string, body: object, openId?: string) => Promise<Answer>) => Promise<R>) {
  const storage = embeddedStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-files-')))
  const server = createHost({ db, config: { adminOpenIds: [], local: true, rateLimits: {} }, storage })
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG }, resolve))
  const { port } = server.address() as AddressInfo
  const client = httpClient(`http://127.0.0.1:${port}`, 1000)
  try {
    return await work(client.call)
  } finally {
    client.close()
    await new Promise((resolve) => server.close(resolve))
  }
}

type Percentiles = ReturnType<typeof percentiles>

/** Each scenario's latency percentiles. */
async function benchSearch(db: EmbeddedDatabase, label: string): Promise<Map<string, Percentiles>> {
  const measured = new Map<string, Percentiles>()
  await withServer(db, async (call) => {
    const search = async (params: Record<string, unknown>) => {
      const res = await call('jobs', { action: 'search', ...params })
      if (res.status !== 200) throw new Error(`jobs.search ${JSON.stringify(params)}: HTTP ${res.status} ${JSON.stringify(res.body.error)}`)
      return res.body.data as { jobs: unknown[]; nextCursor: string | null }
    }
    for (let i = 0; i < 20; i++) await search({ city: cities[i % 11] }) // warm-up
    console.log(`jobs.search over HTTP, ${label} (one caller, pages of 20; ${machine()}):`)
    for (const s of scenarios) {
      const latencies: number[] = []
      let found = 0
      for (let i = 0; i < s.runs; i++) {
        let params = s.params(i)
        for (let page = 1; page < (s.deepPage ?? 1); page++) {
          const { nextCursor } = await search(params)
          if (!nextCursor) break
          params = { ...s.params(i), cursor: nextCursor }
        }
        const start = performance.now()
        const data = await search(params)
        latencies.push(performance.now() - start)
        found += data.jobs.length
      }
      const p = percentiles(latencies)
      measured.set(s.name, p)
      console.log(`  ${s.name.padEnd(42)} p50 ${ms(p.p50).padStart(10)}, p95 ${ms(p.p95).padStart(10)}, p99 ${ms(p.p99).padStart(10)}, max ${ms(p.max).padStart(10)}  (${s.runs} calls, ${(found / s.runs).toFixed(1)} postings a page)`)
    }
  })
  return measured
}

/** Every keyword scenario against its targets: p95 at 100,000 postings, and its cost (p50) against 10,000's. */
function keywordTargets(small: Map<string, Percentiles>, large: Map<string, Percentiles>) {
  for (const name of [...large.keys()].filter((n) => n.startsWith('keyword'))) {
    const [at10k, at100k] = [small.get(name) as Percentiles, large.get(name) as Percentiles]
    printTarget({ what: `jobs.search ${name}, 100,000 postings: p95`, value: at100k.p95, unit: 'ms', sign: '≤', bound: 10, baseline: { what: 'the p95 at 10,000', value: at10k.p95 } })
    printTarget({ what: `jobs.search ${name}: p50 at 100,000 over p50 at 10,000 (${ms(at100k.p50)} / ${ms(at10k.p50)})`, value: at100k.p50 / at10k.p50, unit: '×', sign: '≤', bound: 1.5 })
  }
}

/**
 * 500 seekers applying to one posting at once with 500 repeats of one seeker's call, to `npm run api`
 * in its own process (the writer and its read workers) from a load generator in this one, each call
 * on its own connection; then the same 1,000 calls to a bare node:http server in its own process
 * answering with a recorded answer — what HTTP alone costs here.
 */
async function benchApply(dataDir: string, now: number) {
  const db = openEmbeddedDatabase(databaseFile(dataDir), { schema: collections })
  const target = posting(0, (await db.collection<Employer>(EMPLOYERS).doc('bench-firm-0').get()).data[0], now, random(7))
  const { id: jobId } = await db.collection(JOBS).add({ ...target, title: '投递压测岗位', status: 'published', publishedAt: new Date(now - DAY).toISOString(), validUntil: new Date(now + 30 * DAY).toISOString() })
  const seekers = Array.from({ length: 500 }, (_, i) => `bench-seeker-${i}`)
  const repeater = 'bench-seeker-repeat'
  await seedSeekerProfiles(db, [...seekers, repeater], now)
  db.close()
  // Per-caller limits off: 500 repeats of one caller are the point, not a rate to refuse.
  const server = await startServer('api', dataDir, { RATE_LIMITS: 'off' }, process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [])
  const applyBody = { action: 'apply', jobId }
  const rush = async (origin: string, check?: (openId: string, answer: Answer) => void) => {
    const client = httpClient(origin, 1000)
    try {
      const callers = seekers.flatMap((s) => [s, repeater])
      return await runConcurrently(callers.length, callers.length, async (i) => {
        const answer = await client.call('applications', applyBody, callers[i])
        check?.(callers[i], answer)
      })
    } finally {
      client.close()
    }
  }
  const answers: { openId: string; status: number; alreadyApplied?: boolean; id?: string }[] = []
  let recorded = ''
  const pid = server.child.pid as number
  const [serverBefore, generatorBefore] = [processCpuMs(pid), process.cpuUsage()]
  let measured: Awaited<ReturnType<typeof rush>>
  try {
    measured = await rush(server.origin, (openId, res) => {
      const data = res.body.data as { alreadyApplied: boolean; application: { id: string } } | undefined
      answers.push({ openId, status: res.status, alreadyApplied: data?.alreadyApplied, id: data?.application.id })
      recorded ||= JSON.stringify(res.body)
    })
  } finally {
    const serverCpu = (processCpuMs(pid) ?? NaN) - (serverBefore ?? NaN)
    const generator = process.cpuUsage(generatorBefore)
    await server.kill('SIGTERM')
    console.log(`  CPU per apply: the server (writer and read workers) ${(serverCpu / 1000).toFixed(2)} ms, the load generator ${((generator.user + generator.system) / 1000 / 1000).toFixed(2)} ms`)
  }
  const { latencies, seconds } = measured
  const p = percentiles(latencies)
  const bare = await startBareServer([[JSON.stringify(applyBody), recorded]], dataDir)
  const bareP50 = await rush(bare.origin)
    .then(({ latencies: l }) => percentiles(l).p50)
    .finally(() => bare.kill())
  printTarget({ what: 'applications.apply, 1,000 in flight: p50', value: p.p50, unit: 'ms', sign: '≤', bound: 250, baseline: { what: 'the p50 of a bare server answering the same', value: bareP50 } })
  const errors = answers.filter((a) => a.status !== 200).length
  const check = openEmbeddedDatabase(databaseFile(dataDir), { schema: collections })
  const stored = (await check.collection(APPLICATIONS).where({ jobId }).limit(1000).get()).data as unknown as { seekerOpenId: string }[]
  check.close()
  const perSeeker = new Map<string, number>()
  for (const a of stored) perSeeker.set(a.seekerOpenId, (perSeeker.get(a.seekerOpenId) ?? 0) + 1)
  const repeats = answers.filter((a) => a.openId === repeater)
  const repeatIds = new Set(repeats.map((a) => a.id))
  console.log(
    `applications.apply over HTTP, 500 seekers at once + 500 repeats of one seeker's call (1,000 in flight): p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}, max ${ms(p.max)}; ${Math.round(latencies.length / seconds)} calls/s`,
  )
  console.log(
    `  errors ${errors}; applications stored ${stored.length} (${perSeeker.size} seekers, at most ${Math.max(...perSeeker.values())} each); the repeating seeker: ${perSeeker.get(repeater) ?? 0} application, ${repeats.filter((a) => a.alreadyApplied).length} of 500 answers "alreadyApplied", ${repeatIds.size} application id`,
  )
  const ok = errors === 0 && stored.length === 501 && perSeeker.size === 501 && Math.max(...perSeeker.values()) === 1 && repeatIds.size === 1
  if (!ok) throw new Error('apply: expected exactly one application per seeker and posting and no errors')
}

export async function benchJobs() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-jobs-'))
  const db = openEmbeddedDatabase(path.join(dir, 'bench.db'), { schema: collections })
  const now = Date.now()
  try {
    const employers = await seedFirms(db, now)
    const small = await seedPostings(db, 0, 10_000, now, employers)
    console.log(`seeded 10,000 postings (${small.live.toLocaleString('en-US')} recruiting now) in ${small.seconds.toFixed(1)} s`)
    const at10k = await benchSearch(db, '10,000 postings')
    const large = await seedPostings(db, 10_000, 100_000, now, employers)
    console.log(`seeded 90,000 more postings: 100,000 (${large.live.toLocaleString('en-US')} recruiting now) in ${large.seconds.toFixed(1)} s`)
    keywordTargets(at10k, await benchSearch(db, '100,000 postings'))
  } finally {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** 1,000 applies in flight on a data folder holding the firms (what an apply reads besides the posting and the seeker). */
export async function benchApplies() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-applies-'))
  const now = Date.now()
  try {
    const db = openEmbeddedDatabase(databaseFile(dir), { schema: collections })
    await seedFirms(db, now)
    db.close()
    console.log(`1,000 applies in flight (${machine()}):`)
    await benchApply(dir, now)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
