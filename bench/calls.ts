/**
 * The mixed load's calls in this process, without HTTP: one user calling back to back through the
 * local host's runner (server/http.ts runHere) on the mixed bench's data (BENCH_CALLS_SECONDS, 10
 * by default, after a 2 s warm-up). With one call at a time, each call's latency is its own cost
 * (an apply's also its wait for the disk), and CPU per call moves far less with the neighbours than
 * the HTTP benches do: this is the figure to compare a change of the functions or the engine by.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runHere } from '../server/http'
import { cloudFunctions } from '../server/functions'
import { openLocalBackend } from '../server/local'
import { MIX, startLoad, type Answer, type CallKind, type LoadClient } from './load'
import { KINDS, POSTINGS, seedMixedBoard } from './mixed'
import { ms, percentiles } from './stats'

const WARM_UP_SECONDS = 2
const ORIGIN = 'http://127.0.0.1'

export async function benchCalls() {
  const seconds = Number(process.env.BENCH_CALLS_SECONDS ?? 10)
  if (!(seconds > 0)) throw new Error(`BENCH_CALLS_SECONDS must be above 0; got ${process.env.BENCH_CALLS_SECONDS}`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-calls-'))
  try {
    const { seekers, jobIds } = await seedMixedBoard(dataDir)
    const backend = await openLocalBackend({ JQT_DATA_DIR: dataDir })
    try {
      const run = runHere(backend)
      const client: LoadClient = {
        call: async (fn, body, openId) => ({ status: 200, body: JSON.parse((await run(cloudFunctions[fn], body, openId ?? null, ORIGIN)).body) as Answer['body'] }),
        connect: async () => undefined,
        close: () => undefined,
      }
      const load = { origin: ORIGIN, client, users: 1, seekers, jobIds }
      await startLoad({ ...load, seconds: WARM_UP_SECONDS, seed: 0 }).done
      const cpuBefore = process.cpuUsage()
      const { samples, seconds: took } = await startLoad({ ...load, seconds, seed: 1 }).done
      const cpu = process.cpuUsage(cpuBefore)
      const perCall = Math.round((cpu.user + cpu.system) / samples.length)
      console.log(
        `the mixed load's calls in process, no HTTP (${Object.entries(MIX).map(([kind, share]) => `${KINDS[kind as CallKind]} ${share * 100}%`).join(', ')}), ` +
          `one user back to back on ${POSTINGS.toLocaleString('en-US')} postings, ${os.cpus().length} cores (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}):`,
      )
      console.log(`  ${samples.length.toLocaleString('en-US')} calls in ${took.toFixed(1)} s; CPU ${perCall.toLocaleString('en-US')} µs a call (the answers' parsing included)`)
      for (const [kind, label] of Object.entries(KINDS)) {
        const latencies = samples.filter((s) => s.kind === kind).map((s) => s.ms)
        const p = percentiles(latencies)
        console.log(`    ${label.padEnd(18)} ${latencies.length.toLocaleString('en-US').padStart(6)} calls  p50 ${ms(p.p50).padStart(10)}, p95 ${ms(p.p95).padStart(10)}, p99 ${ms(p.p99).padStart(10)}`)
      }
      const failed = samples.filter((s) => s.code !== 'OK')
      if (failed.length) throw new Error(`${failed.length} calls failed: ${[...new Set(failed.map((s) => s.code))].join(', ')}`)
    } finally {
      backend.db.close()
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
