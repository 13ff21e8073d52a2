/**
 * The board under a mixed load: `npm run api` as its own process, on a fresh data folder
 * seeded with 10,000 postings and 3,000 seekers with profiles, driven over HTTP by 50 and then 200
 * virtual users (BENCH_MIXED_USERS, comma-separated) for 20 s each (BENCH_MIXED_SECONDS) with the
 * mix of bench/load.ts. Per-caller write limits stay at their defaults: each apply comes from
 * another seeker, as it would from people. Prints throughput, latency per kind and errors by code.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openEmbeddedDatabase } from '../server/db/embedded'
import { DEFAULT_RATE_LIMITS } from '../cloudfunctions/_shared/rate-limit'
import { collections } from '../cloudfunctions/_shared/repositories/schema'
import { databaseFile } from '../server/local'
import { startServer } from '../server/process'
import { readWorkerCount } from '../server/cluster'
import { recruitingJobIds, seedFirms, seedPostings, seedSeekerProfiles } from './board'
import { MIX, startLoad, type CallKind, type LoadOptions, type LoadResult } from './load'
import { ms, percentiles, processCpuMs } from './stats'
import { printTarget } from './targets'

export const POSTINGS = 10_000
const SEEKERS = 3_000
const WARM_UP_SECONDS = 3
/** The number of users the throughput and tail targets are set at. */
const TARGET_USERS = 50
const THROUGHPUT_TARGET = 2000

export const KINDS: Record<CallKind, string> = { search: 'jobs.search', get: 'jobs.get', apply: 'applications.apply' }

const count = (n: number) => n.toLocaleString('en-US')

function numbers(name: string, fallback: string): number[] {
  const values = (process.env[name] ?? fallback).split(',').map(Number)
  if (!values.every((v) => Number.isInteger(v) && v > 0)) throw new Error(`${name} must be whole numbers above 0, comma-separated; got ${process.env[name]}`)
  return values
}

/** CPU time of the server and of this process (the load generator) over a run, in ms. */
interface CpuSpent {
  server: number | null
  generator: number
}

function report(users: number, { seconds, samples, applies }: LoadResult, cpu: CpuSpent) {
  console.log(`  ${users} users, ${seconds.toFixed(1)} s: ${count(samples.length)} calls, ${count(Math.round(samples.length / seconds))} calls/s`)
  const perCall = (cpuMs: number) => `${count(Math.round((cpuMs * 1000) / samples.length))} µs a call (${Math.round(cpuMs / 10 / seconds)}% of a core)`
  console.log(`    CPU: server (the writer and its read workers) ${cpu.server === null ? 'unknown (no /proc)' : perCall(cpu.server)}; load generator ${perCall(cpu.generator)}`)
  const row = (label: string, latencies: number[]) => {
    const p = percentiles(latencies)
    console.log(`    ${label.padEnd(18)} ${count(latencies.length).padStart(7)} calls  p50 ${ms(p.p50).padStart(10)}, p95 ${ms(p.p95).padStart(10)}, p99 ${ms(p.p99).padStart(10)}, max ${ms(p.max).padStart(10)}`)
  }
  for (const [kind, label] of Object.entries(KINDS)) {
    const latencies = samples.filter((s) => s.kind === kind).map((s) => s.ms)
    if (latencies.length) row(label, latencies)
  }
  row('all', samples.map((s) => s.ms))
  if (users === TARGET_USERS) {
    const all = percentiles(samples.map((s) => s.ms))
    printTarget({ what: `mixed load, ${users} users: throughput`, value: samples.length / seconds, unit: 'calls/s', sign: '≥', bound: THROUGHPUT_TARGET })
    if (cpu.server !== null) {
      // The server and the load generator share the cores: together they can spend at most this much CPU a call at the target.
      const cores = os.cpus().length
      const spent = ((cpu.server + cpu.generator) * 1000) / samples.length
      console.log(
        `    at ${count(Math.round(spent))} µs of CPU a call (server and load generator), ${cores} cores answer at most ${count(Math.round((cores * 1e6) / spent))} calls/s; ` +
          `${count(THROUGHPUT_TARGET)} calls/s leaves ${count(Math.round((cores * 1e6) / THROUGHPUT_TARGET))} µs a call for both`,
      )
    }
    printTarget({ what: `mixed load, ${users} users: p99 over p50 (${ms(all.p99)} / ${ms(all.p50)})`, value: all.p99 / all.p50, unit: '×', sign: '≤', bound: 3 })
  }
  const errors = new Map<string, number>()
  for (const { code } of samples) if (code !== 'OK') errors.set(code, (errors.get(code) ?? 0) + 1)
  console.log(`    errors: ${errors.size ? [...errors].map(([code, n]) => `${code} ${count(n)}`).join(', ') : 'none'}`)
  const acknowledged = applies.filter((a) => a.answer === 'acknowledged')
  const repeated = acknowledged.filter((a) => a.alreadyApplied).length
  console.log(`    applies: ${count(acknowledged.length - repeated)} new applications, ${count(repeated)} answered "already applied"`)
}

/** Starts `npm run api` on the data folder and runs each level of users against it after a warm-up, reporting each. */
async function underLoad(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  levels: readonly number[],
  seconds: number,
  options: Pick<LoadOptions, 'seekers' | 'jobIds'>,
  each: (users: number, result: LoadResult, cpu: CpuSpent) => void,
) {
  // BENCH_CPU_PROF=<folder>: the server writes a CPU profile there as it stops (docs/performance.md).
  const profileDir = process.env.BENCH_CPU_PROF
  const server = await startServer('api', dataDir, env, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [])
  try {
    const load = { ...options, origin: server.origin }
    await startLoad({ ...load, users: 20, seconds: WARM_UP_SECONDS, seed: 0 }).done
    const pid = server.child.pid as number
    for (const [i, users] of levels.entries()) {
      const [serverBefore, generatorBefore] = [processCpuMs(pid), process.cpuUsage()]
      const result = await startLoad({ ...load, users, seconds, seed: i + 1 }).done
      const serverAfter = processCpuMs(pid)
      const generator = process.cpuUsage(generatorBefore)
      each(users, result, { server: serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore, generator: (generator.user + generator.system) / 1000 })
    }
  } finally {
    await server.kill('SIGTERM')
  }
}

/** The mixed load's data in a fresh data folder: the postings (how many recruit now), the seekers with profiles, postings to start from. */
export async function seedMixedBoard(dataDir: string) {
  const now = Date.now()
  const db = openEmbeddedDatabase(databaseFile(dataDir), { schema: collections })
  const { live } = await seedPostings(db, 0, POSTINGS, now, await seedFirms(db, now))
  const seekers = Array.from({ length: SEEKERS }, (_, i) => `bench-seeker-${i}`)
  await seedSeekerProfiles(db, seekers, now)
  const jobIds = await recruitingJobIds(db, now)
  db.close()
  return { live, seekers, jobIds }
}

export async function benchMixed() {
  // Other work on the machine shares its cores with the server: say how busy it was.
  const loadBefore = os.loadavg()[0]
  const levels = numbers('BENCH_MIXED_USERS', '10,50,200')
  const [seconds] = numbers('BENCH_MIXED_SECONDS', '20')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-mixed-'))
  try {
    const { live, seekers, jobIds } = await seedMixedBoard(dataDir)

    // The same data for the one-process server the target level is compared with.
    const singleDir = fs.mkdtempSync(path.join(dataDir, 'single-'))
    fs.copyFileSync(databaseFile(dataDir), databaseFile(singleDir))
    const { limit, windowSeconds } = DEFAULT_RATE_LIMITS.apply
    console.log(
      `mixed load over HTTP, ${Object.entries(KINDS).map(([kind, label]) => `${label} ${MIX[kind as CallKind] * 100}%`).join(', ')}: ` +
        `\`npm run api\` in its own process (${readWorkerCount(process.env)} read workers) on ${count(POSTINGS)} postings (${count(live)} recruiting now) and ${count(SEEKERS)} seekers with profiles; ` +
        `default per-caller limits (apply=${limit}/${windowSeconds / 3600}h); users call back to back, the load generator in this process; ` +
        `${os.cpus().length} cores (1-minute load average ${loadBefore.toFixed(1)} as the bench began), node ${process.version}; after a ${WARM_UP_SECONDS} s warm-up:`,
    )
    await underLoad(dataDir, {}, levels, seconds, { seekers, jobIds }, report)
    console.log(`  the same at ${TARGET_USERS} users from one process (JQT_READ_WORKERS=0), on a copy of the same data:`)
    await underLoad(singleDir, { JQT_READ_WORKERS: '0' }, [TARGET_USERS], seconds, { seekers, jobIds }, (_users, result, cpu) => {
      const p = percentiles(result.samples.map((s) => s.ms))
      const calls = result.samples.length
      console.log(
        `    ${count(Math.round(calls / result.seconds))} calls/s; server ${cpu.server === null ? 'unknown' : count(Math.round((cpu.server * 1000) / calls))} µs a call; p50 ${ms(p.p50)}, p99 ${ms(p.p99)}`,
      )
    })
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
