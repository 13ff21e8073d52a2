/**
 * The rules engine in process (evaluations per second) and `policy.evaluate` over the local HTTP
 * server at 1, 10 and 100 concurrent callers (latency percentiles); at 100, against a bare
 * `node:http` server answering the same JSON, in alternating rounds (the target: ≥ 0.8× its
 * requests per second, p99 ≤ 3× p50).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { build } from 'esbuild'
import { evaluate, type EvaluateRequest } from '../cloudfunctions/_shared/rules/engine'
import { parseEvaluateInput } from '../cloudfunctions/_shared/rules/facts'
import { createHost } from '../server/http'
import { openLocalBackend } from '../server/local'
import { ms, percentiles, runConcurrently } from './stats'
import { printTarget } from './targets'

/** A spread of realistic quiz states, from the first answer to a full enterprise profile. */
const FACT_SETS = [
  { ownership: 'private' },
  { ownership: 'private', industry: 'software-it', employees: 40 },
  { ownership: 'private', industry: 'software-it', employees: 40, revenue: 3_000_000, newHires: 12, difficultHires: 2, difficultHireMonths: 40 },
  { ownership: 'private', industry: 'industry', employees: 260, revenue: 50_000_000, insuredStaff: 250, layoffsLastYear: 10, uiPremiumsLastYear: 180_000, trainedStaff: 30, interns: 5, internMonths: 6, localMinimumWage: 1880 },
  { employerOwnership: 'private', certificateLevel: 4, uiContributionMonths: 14, skillTitle: 'sanjin-expert-contest', firstTimeFounder: true, operatingMonths: 13 },
] as const

const perSecond = (n: number) => Math.round(n).toLocaleString('en-US')

/** Evaluations per second of `run` over the inputs, by the clock and per CPU-second. */
function throughput(run: (request: EvaluateRequest) => unknown, inputs: readonly EvaluateRequest[]) {
  for (let i = 0; i < 20_000; i++) run(inputs[i % inputs.length]) // warm-up
  const seconds = 3
  let count = 0
  const cpuBefore = process.cpuUsage()
  const end = performance.now() + seconds * 1000
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) run(inputs[(count + i) % inputs.length])
    count += 100
  }
  const cpu = process.cpuUsage(cpuBefore)
  // Per CPU-second as well: on a shared machine the wall-clock figure also counts other processes' time.
  return `${perSecond(count / seconds)} evaluations/s, ${perSecond(count / ((cpu.user + cpu.system) / 1e6))} per CPU-second`
}

/** The rules bundled by esbuild, as every cloud function ships them (no module interop in the hot path). */
async function bundledEvaluate(): Promise<typeof evaluate> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-rules-'))
  const outfile = path.join(dir, 'rules.js')
  await build({ entryPoints: [path.resolve(__dirname, '../cloudfunctions/_shared/rules/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' })
  const rules = createRequire(outfile)(outfile) as { evaluate: typeof evaluate }
  fs.rmSync(dir, { recursive: true, force: true })
  return rules.evaluate
}

async function inProcess() {
  const inputs = FACT_SETS.map((facts) => parseEvaluateInput({ asOf: '2021-11-30', facts }))
  const machine = `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`
  console.log(`rules engine, in process, bundled as deployed: ${throughput(await bundledEvaluate(), inputs)} (validation excluded; ${machine})`)
  console.log(`rules engine, in process, as TypeScript modules (tsx): ${throughput(evaluate, inputs)}`)
  const parsedStart = performance.now()
  const parsedRuns = 20_000
  for (let i = 0; i < parsedRuns; i++) evaluate(parseEvaluateInput({ asOf: '2021-11-30', facts: FACT_SETS[i % FACT_SETS.length] }))
  console.log(`rules engine with input validation: ${perSecond(parsedRuns / ((performance.now() - parsedStart) / 1000))} evaluations/s`)
}

async function overHttp() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-'))
  const { db, config, storage } = await openLocalBackend({ ...process.env, JQT_DATA_DIR: dataDir })
  const server = createHost({ db, config, storage })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const agent = new http.Agent({ keepAlive: true, maxSockets: 200 })
  const answerOf = (to: number, body: string) =>
    new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: to, path: '/fn/policy', method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`HTTP ${res.statusCode}`))))
      })
      req.on('error', reject)
      req.end(body)
    })
  const call = async (to: number, body: string) => void (await answerOf(to, body))
  const bodies = FACT_SETS.map((facts) => JSON.stringify({ action: 'evaluate', asOf: '2021-11-30', facts }))
  await runConcurrently(500, 10, (i) => call(port, bodies[i % bodies.length])) // warm-up
  for (const concurrency of [1, 10, 100]) {
    const total = concurrency === 1 ? 2000 : 5000
    const { latencies, seconds } = await runConcurrently(total, concurrency, (i) => call(port, bodies[i % bodies.length]))
    const p = percentiles(latencies)
    console.log(
      `policy.evaluate over HTTP, ${String(concurrency).padStart(3)} concurrent: p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}, max ${ms(p.max)}; ${Math.round(total / seconds)} req/s`,
    )
  }

  // The same answers from a bare node:http server: what HTTP alone costs on this machine now.
  const answers = await Promise.all(bodies.map((body) => answerOf(port, body)))
  const bare = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const { facts } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { facts: unknown }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(answers[bodies.findIndex((b) => b.includes(JSON.stringify(facts)))])
    })
  })
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
  const barePort = (bare.address() as AddressInfo).port
  const rounds = { ours: [] as number[], bare: [] as number[] }
  const totals = { ours: 0, bare: 0 }
  for (let round = 0; round < 4; round++) {
    for (const [which, to] of [['bare', barePort], ['ours', port]] as const) {
      const { latencies, seconds } = await runConcurrently(3000, 100, (i) => call(to, bodies[i % bodies.length]))
      rounds[which].push(...latencies)
      totals[which] += seconds
    }
  }
  const perSecond = (which: 'ours' | 'bare') => rounds[which].length / totals[which]
  const p = percentiles(rounds.ours)
  console.log(`policy.evaluate over HTTP against a bare node:http server answering the same JSON, 100 concurrent, 4 alternating rounds of 3,000:`)
  printTarget({ what: 'policy.evaluate, 100 concurrent: requests per second', value: perSecond('ours'), unit: 'req/s', sign: '≥', bound: 0.8 * perSecond('bare'), baseline: { what: 'the bare server', value: perSecond('bare') } })
  printTarget({ what: `policy.evaluate, 100 concurrent: p99 over p50 (${ms(p.p99)} / ${ms(p.p50)})`, value: p.p99 / p.p50, unit: '×', sign: '≤', bound: 3 })
  agent.destroy()
  await new Promise((resolve) => bare.close(resolve))
  await new Promise((resolve) => server.close(resolve))
  db.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
}

export async function benchPolicy() {
  await inProcess()
  await overHttp()
}
