/**
 * The rules engine in process (evaluations per second) and `policy.evaluate` over HTTP from
 * `npm run api` in its own process, at 1, 10 and 100 concurrent callers (latency percentiles); at
 * 100, against a bare `node:http` server in its own process answering the same JSON, in alternating
 * rounds (the target: ≥ 0.8× its requests per second, p99 ≤ 3× p50), with the one-process server
 * (no read workers) beside them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import http from 'node:http'
import { createRequire } from 'node:module'
import { build } from 'esbuild'
import { evaluate, type EvaluateRequest } from '../cloudfunctions/_shared/rules/engine'
import { parseEvaluateInput } from '../cloudfunctions/_shared/rules/facts'
import { readWorkerCount } from '../server/cluster'
import { startServer } from '../server/process'
import { startBareServer } from './bare'
import { ms, percentiles, processCpuMs, runConcurrently } from './stats'
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

/**
 * policy.evaluate over HTTP: `npm run api` as it runs (the writer and its read workers), then at 100
 * concurrent callers in alternating rounds against the same server with no read workers and against
 * a bare node:http server answering the same JSON, each in its own process; the load generator is
 * this process.
 */
async function overHttp() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-'))
  const workers = readWorkerCount(process.env)
  const server = await startServer('api', dataDir)
  const port = Number(new URL(server.origin).port)
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
  console.log(`policy.evaluate over HTTP, \`npm run api\` in its own process with ${workers} read workers:`)
  for (const concurrency of [1, 10, 100]) {
    const total = concurrency === 1 ? 2000 : 5000
    const { latencies, seconds } = await runConcurrently(total, concurrency, (i) => call(port, bodies[i % bodies.length]))
    const p = percentiles(latencies)
    console.log(
      `  ${String(concurrency).padStart(3)} concurrent: p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}, max ${ms(p.max)}; ${Math.round(total / seconds)} req/s`,
    )
  }

  // The same answers from a bare node:http server: what HTTP alone costs on this machine now.
  const answers = await Promise.all(bodies.map(async (body) => [body, await answerOf(port, body)] as [string, string]))
  const bare = await startBareServer(answers, dataDir)
  const single = await startServer('api', fs.mkdtempSync(path.join(dataDir, 'single-')), { JQT_READ_WORKERS: '0' })
  const singlePort = Number(new URL(single.origin).port)
  await runConcurrently(500, 10, (i) => call(singlePort, bodies[i % bodies.length])) // warm-up
  const servers = { bare: Number(new URL(bare.origin).port), ours: port, single: singlePort }
  const pids = { bare: bare.child.pid as number, ours: server.child.pid as number, single: single.child.pid as number }
  const rounds = { ours: [] as number[], bare: [] as number[], single: [] as number[] }
  const totals = { ours: 0, bare: 0, single: 0 }
  // CPU per request of each server and of this process: the ratio is the machine's two cores shared out.
  const cpu = { ours: { server: 0, generator: 0 }, bare: { server: 0, generator: 0 }, single: { server: 0, generator: 0 } }
  for (let round = 0; round < 4; round++) {
    for (const which of ['bare', 'ours', 'single'] as const) {
      const [serverBefore, generatorBefore] = [processCpuMs(pids[which]), process.cpuUsage()]
      const { latencies, seconds } = await runConcurrently(3000, 100, (i) => call(servers[which], bodies[i % bodies.length]))
      const generator = process.cpuUsage(generatorBefore)
      cpu[which].server += (processCpuMs(pids[which]) ?? NaN) - (serverBefore ?? NaN)
      cpu[which].generator += (generator.user + generator.system) / 1000
      rounds[which].push(...latencies)
      totals[which] += seconds
    }
  }
  const perSecond = (which: keyof typeof rounds) => rounds[which].length / totals[which]
  const p = percentiles(rounds.ours)
  console.log(`policy.evaluate over HTTP, 100 concurrent, 4 alternating rounds of 3,000 against a bare node:http server answering the same JSON (each server its own process):`)
  printTarget({ what: `policy.evaluate, 100 concurrent, ${workers} read workers: requests per second`, value: perSecond('ours'), unit: 'req/s', sign: '≥', bound: 0.8 * perSecond('bare'), baseline: { what: 'the bare server', value: perSecond('bare') } })
  printTarget({ what: `policy.evaluate, 100 concurrent: p99 over p50 (${ms(p.p99)} / ${ms(p.p50)})`, value: p.p99 / p.p50, unit: '×', sign: '≤', bound: 3 })
  const perRequest = (which: keyof typeof cpu) => {
    const micros = (msTotal: number) => (Number.isNaN(msTotal) ? 'unknown (no /proc)' : `${Math.round((msTotal * 1000) / rounds[which].length)} µs`)
    return `${micros(cpu[which].server)} (the load generator ${micros(cpu[which].generator)})`
  }
  console.log(`  server CPU a request: ours ${perRequest('ours')}; the bare server ${perRequest('bare')}`)
  const one = percentiles(rounds.single)
  console.log(`  the same server with no read workers (one process): ${Math.round(perSecond('single'))} req/s, ${(perSecond('single') / perSecond('bare')).toFixed(2)}× the bare server; p50 ${ms(one.p50)}, p99 ${ms(one.p99)}; server CPU a request ${perRequest('single')}`)
  agent.destroy()
  await Promise.all([bare.kill(), server.kill('SIGTERM'), single.kill('SIGTERM')])
  fs.rmSync(dataDir, { recursive: true, force: true })
}

export async function benchPolicy() {
  await inProcess()
  await overHttp()
}
