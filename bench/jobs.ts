/**
 * The seekers' side (issue 5) at scale, over the local HTTP server on a temporary embedded database
 * on disk (as `npm start` uses it): `jobs.search` latency with filters and both sorts at 10,000 and
 * 100,000 postings, then 500 seekers applying to one posting at once together with 500 repeats of
 * one seeker's call — exactly one application per seeker and posting, and no errors.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { EDUCATIONS, EXPERIENCE_YEARS, SHANXI_REGIONS } from '../cloudfunctions/_shared/catalog'
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../cloudfunctions/_shared/db/sqlite'
import { APPLICATIONS } from '../cloudfunctions/_shared/repositories/applications'
import { EMPLOYERS, type Employer } from '../cloudfunctions/_shared/repositories/employers'
import { collections } from '../cloudfunctions/_shared/repositories/schema'
import { JOBS, type Job } from '../cloudfunctions/_shared/repositories/jobs'
import { SEEKERS } from '../cloudfunctions/_shared/repositories/seekers'
import { INDUSTRIES } from '../cloudfunctions/_shared/rules/facts'
import { createHost } from '../server/http'
import { ms, percentiles, runConcurrently } from './stats'

const DAY = 86_400_000
const FIRMS = 500
const TITLES = ['前端开发工程师', 'Java开发工程师', '软件测试工程师', '电焊工', '机械装配工', '数控车工', '电工', '叉车司机', '仓库管理员', '快递分拣员',
  '中餐厨师', '面点师', '门店服务员', '收银员', '导购员', '客服专员', '销售代表', '会计', '出纳', '行政专员',
  '人事专员', '物业管理员', '保安', '保洁员', '护工', '育婴师', '驾驶员', '装卸工', '质检员', '采购专员']
const FIRM_WORDS = ['晋云', '恒信', '汾河', '潞安', '太行', '吕梁', '黄河', '五台', '云冈', '平遥', '晋阳', '并州', '龙城', '三晋', '表里']
const FIRM_KINDS = ['科技', '机械制造', '餐饮管理', '商贸', '物流', '建筑工程', '物业服务', '信息技术', '食品', '新材料']

/** A small deterministic generator, so every run benchmarks the same data. */
function random(seed: number) {
  let s = seed >>> 0
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)], int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) }
}

const firmName = (i: number) => `${SHANXI_REGIONS[i % 11].city.slice(0, 2)}${FIRM_WORDS[i % FIRM_WORDS.length]}${FIRM_KINDS[Math.floor(i / 15) % FIRM_KINDS.length]}${i}号有限公司`

function firms(now: number): Employer[] {
  const at = new Date(now - 400 * DAY).toISOString()
  return Array.from({ length: FIRMS }, (_, i) => {
    const region = SHANXI_REGIONS[i % SHANXI_REGIONS.length]
    return {
      _id: `bench-firm-${i}`,
      ownerOpenId: `bench-hr-${i}`,
      name: firmName(i),
      creditCode: `BENCH${String(i).padStart(13, '0')}`,
      ownership: 'private',
      industry: INDUSTRIES[i % INDUSTRIES.length],
      employees: 10 + (i % 300),
      city: region.city,
      district: region.districts[i % region.districts.length],
      address: '某路1号',
      contactName: '张经理',
      contactPhone: `1380000${String(i).padStart(4, '0')}`,
      status: 'verified',
      submittedAt: at,
      createdAt: at,
      updatedAt: at,
    }
  })
}

/** The n-th posting: mostly recruiting, some closed, in review, drafts, or expired by date. */
function posting(n: number, firm: Employer, now: number, rnd: ReturnType<typeof random>): Omit<Job, '_id'> {
  const region = SHANXI_REGIONS.find((r) => r.city === firm.city) ?? SHANXI_REGIONS[0]
  const city = rnd.next() < 0.7 ? region : rnd.pick(SHANXI_REGIONS)
  const min = rnd.int(25, 120) * 100
  const validDays = rnd.pick([30, 45, 60, 90])
  const published = now - rnd.next() * 100 * DAY // some are past their validity
  const roll = rnd.next()
  const status = roll < 0.85 ? 'published' : roll < 0.9 ? 'closed' : roll < 0.95 ? 'pending' : 'draft'
  const title = `${rnd.pick(TITLES)}${n % 7 === 0 ? '（急招）' : ''}`
  return {
    employerId: firm._id,
    ownerOpenId: firm.ownerOpenId,
    employerName: firm.name,
    industry: firm.industry,
    title,
    headcount: rnd.int(1, 20),
    duties: `负责${title}相关工作，按公司要求完成岗位任务，服从工作安排。`,
    requirements: { education: rnd.pick(EDUCATIONS.slice(0, 5)), experienceYears: rnd.pick(EXPERIENCE_YEARS), other: '' },
    location: { city: city.city, district: rnd.pick(city.districts), address: '某路1号' },
    pay: { min, max: min + rnd.int(5, 80) * 100 },
    benefits: '五险一金',
    validDays,
    status,
    ...(status === 'published' || status === 'closed'
      ? { publishedAt: new Date(published).toISOString(), validUntil: new Date(published + validDays * DAY).toISOString() }
      : {}),
    ...(status === 'closed' ? { closedAt: new Date(Math.min(now, published + DAY)).toISOString() } : {}),
    createdAt: new Date(published - DAY).toISOString(),
    updatedAt: new Date(published).toISOString(),
  }
}

async function seedPostings(db: EmbeddedDatabase, from: number, to: number, now: number, employers: Employer[]) {
  const rnd = random(from + 1)
  const started = performance.now()
  for (let start = from; start < to; start += 10_000) {
    await db.runTransaction(async (tx) => {
      const jobs = tx.collection(JOBS)
      for (let n = start; n < Math.min(to, start + 10_000); n++) await jobs.add(posting(n, employers[n % employers.length], now, rnd))
    })
  }
  // A read after the writes: the engine refreshes the planner's statistics before it.
  const live = (await db.collection(JOBS).where({ status: 'published', validUntil: db.command.gt(new Date(now).toISOString()) }).count()).total
  return { seconds: (performance.now() - started) / 1000, live }
}

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
  { name: 'keyword, one firm (rare)', runs: 30, params: (i) => ({ q: firmName((i * 37) % FIRMS) }) },
  { name: '5th page by cursor, city, newest', runs: 50, params: (i) => ({ city: cities[i % 11] }), deepPage: 5 },
]

async function withServer<R>(db: EmbeddedDatabase, work: (call: (fn: string, body: object, openId?: string) => Promise<{ status: number; body: { ok: boolean; data?: Record<string, unknown>; error?: { code: string } } }>) => Promise<R>) {
  const server = createHost({ db, config: { adminOpenIds: [], local: true, rateLimits: {} } })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 })
  const call = (fn: string, body: object, openId?: string) =>
    new Promise<{ status: number; body: { ok: boolean; data?: Record<string, unknown>; error?: { code: string } } }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: `/fn/${fn}`, method: 'POST', agent, headers: { 'content-type': 'application/json', ...(openId ? { 'x-dev-openid': openId } : {}) } },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }))
        },
      )
      req.on('error', reject)
      req.end(JSON.stringify(body))
    })
  try {
    return await work(call)
  } finally {
    agent.destroy()
    await new Promise((resolve) => server.close(resolve))
  }
}

async function benchSearch(db: EmbeddedDatabase, label: string) {
  await withServer(db, async (call) => {
    const search = async (params: Record<string, unknown>) => {
      const res = await call('jobs', { action: 'search', ...params })
      if (res.status !== 200) throw new Error(`jobs.search ${JSON.stringify(params)}: HTTP ${res.status} ${JSON.stringify(res.body.error)}`)
      return res.body.data as { jobs: unknown[]; nextCursor: string | null }
    }
    for (let i = 0; i < 20; i++) await search({ city: cities[i % 11] }) // warm-up
    console.log(`jobs.search over HTTP, ${label} (one caller, pages of 20):`)
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
      console.log(`  ${s.name.padEnd(42)} p50 ${ms(p.p50).padStart(10)}, p95 ${ms(p.p95).padStart(10)}, p99 ${ms(p.p99).padStart(10)}, max ${ms(p.max).padStart(10)}  (${s.runs} calls, ${(found / s.runs).toFixed(1)} postings a page)`)
    }
  })
}

async function benchApply(db: EmbeddedDatabase, now: number) {
  const target = posting(0, (await db.collection<Employer>(EMPLOYERS).doc('bench-firm-0').get()).data[0], now, random(7))
  const { id: jobId } = await db.collection(JOBS).add({ ...target, title: '投递压测岗位', status: 'published', publishedAt: new Date(now - DAY).toISOString(), validUntil: new Date(now + 30 * DAY).toISOString() })
  const seekers = Array.from({ length: 500 }, (_, i) => `bench-seeker-${i}`)
  const repeater = 'bench-seeker-repeat'
  await db.runTransaction(async (tx) => {
    for (const openId of [...seekers, repeater]) {
      await tx.collection(SEEKERS).doc(openId).set({ name: '压测求职者', phone: '13900000000', education: 'associate', experienceYears: 1, intro: '', createdAt: new Date(now).toISOString(), updatedAt: new Date(now).toISOString() })
    }
  })
  await withServer(db, async (call) => {
    // Interleaved: distinct seekers and the repeating one, all 1,000 in flight together.
    const callers = seekers.flatMap((s) => [s, repeater])
    const answers: { openId: string; status: number; alreadyApplied?: boolean; id?: string }[] = []
    const { latencies, seconds } = await runConcurrently(callers.length, callers.length, async (i) => {
      const res = await call('applications', { action: 'apply', jobId }, callers[i])
      const data = res.body.data as { alreadyApplied: boolean; application: { id: string } } | undefined
      answers.push({ openId: callers[i], status: res.status, alreadyApplied: data?.alreadyApplied, id: data?.application.id })
    })
    const p = percentiles(latencies)
    const errors = answers.filter((a) => a.status !== 200).length
    const stored = (await db.collection(APPLICATIONS).where({ jobId }).limit(1000).get()).data as unknown as { seekerOpenId: string }[]
    const perSeeker = new Map<string, number>()
    for (const a of stored) perSeeker.set(a.seekerOpenId, (perSeeker.get(a.seekerOpenId) ?? 0) + 1)
    const repeats = answers.filter((a) => a.openId === repeater)
    const repeatIds = new Set(repeats.map((a) => a.id))
    console.log(
      `applications.apply over HTTP, 500 seekers at once + 500 repeats of one seeker's call (1,000 in flight): p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}, max ${ms(p.max)}; ${Math.round(callers.length / seconds)} calls/s`,
    )
    console.log(
      `  errors ${errors}; applications stored ${stored.length} (${perSeeker.size} seekers, at most ${Math.max(...perSeeker.values())} each); the repeating seeker: ${perSeeker.get(repeater) ?? 0} application, ${repeats.filter((a) => a.alreadyApplied).length} of 500 answers "alreadyApplied", ${repeatIds.size} application id`,
    )
    const ok = errors === 0 && stored.length === 501 && perSeeker.size === 501 && Math.max(...perSeeker.values()) === 1 && repeatIds.size === 1
    if (!ok) throw new Error('apply: expected exactly one application per seeker and posting and no errors')
  })
}

export async function benchJobs() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-jobs-'))
  const db = openEmbeddedDatabase(path.join(dir, 'bench.db'), { schema: collections })
  const now = Date.now()
  try {
    const employers = firms(now)
    await db.runTransaction(async (tx) => {
      for (const { _id, ...firm } of employers) await tx.collection(EMPLOYERS).doc(_id).set(firm)
    })
    const small = await seedPostings(db, 0, 10_000, now, employers)
    console.log(`seeded 10,000 postings (${small.live.toLocaleString('en-US')} recruiting now) in ${small.seconds.toFixed(1)} s`)
    await benchSearch(db, '10,000 postings')
    const large = await seedPostings(db, 10_000, 100_000, now, employers)
    console.log(`seeded 90,000 more postings: 100,000 (${large.live.toLocaleString('en-US')} recruiting now) in ${large.seconds.toFixed(1)} s`)
    await benchSearch(db, '100,000 postings')
    await benchApply(db, now)
  } finally {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
