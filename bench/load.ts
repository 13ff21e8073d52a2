/**
 * A load generator for the function server over HTTP: virtual users, each a seeker with a profile,
 * call back to back (no think time) with the board's mix — `jobs.search` 80% (varied filters, and
 * scrolling on by the cursor), `jobs.get` 15% and `applications.apply` 5% on postings from the last
 * page they saw. Every call's latency and outcome is recorded, and every apply's answer, so a test
 * can check what the server acknowledged.
 */
import http from 'node:http'
import { EDUCATIONS, EXPERIENCE_YEARS } from '../cloudfunctions/_shared/catalog/firms'
import { SHANXI_REGIONS } from '../cloudfunctions/_shared/catalog/regions'
import { INDUSTRIES } from '../cloudfunctions/_shared/rules/facts'
import { random, TITLES, type Random } from './board'

export interface Answer {
  status: number
  body: { ok: boolean; data?: Record<string, unknown>; error?: { code: string } }
}

/** How the load reaches the functions: each call's answer, connections opened up front, closed at the end. */
export interface LoadClient {
  call(fn: string, body: object, openId?: string): Promise<Answer>
  connect(): Promise<void>
  close(): void
}

/** POST /fn/<name> over keep-alive connections; rejects when no whole answer arrives (a network error). */
export function httpClient(origin: string, maxSockets: number): LoadClient {
  const { hostname, port } = new URL(origin)
  const agent = new http.Agent({ keepAlive: true, maxSockets })
  const call = (fn: string, body: object, openId?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = http.request(
        { host: hostname, port, path: `/fn/${fn}`, method: 'POST', agent, headers: { 'content-type': 'application/json', ...(openId ? { 'x-dev-openid': openId } : {}) } },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) })
            } catch (error) {
              reject(error)
            }
          })
          // The server died while answering: no 'end' follows.
          res.on('close', () => res.complete || reject(Object.assign(new Error('answer cut off'), { code: 'ECONNRESET' })))
        },
      )
      req.on('error', reject)
      req.end(JSON.stringify(body))
    })
  /** Opens a connection for the pool to keep: a preflight, answered without running a function. */
  const connect = () =>
    new Promise<void>((resolve, reject) => {
      const req = http.request({ host: hostname, port, path: '/fn/jobs', method: 'OPTIONS', agent }, (res) => res.resume().on('end', resolve))
      req.on('error', reject)
      req.end()
    })
  return { call, connect, close: () => agent.destroy() }
}

export type CallKind = 'search' | 'get' | 'apply'

/** Each kind's share of the calls. */
export const MIX: Readonly<Record<CallKind, number>> = { search: 0.8, get: 0.15, apply: 0.05 }

/** One call: its latency and outcome — OK, the envelope's error code, or the network error's code. */
export interface CallSample {
  kind: CallKind
  ms: number
  code: string
}

/** An apply and what the server said: the application (acknowledged), an error (refused), or nothing (lost). */
export interface ApplyOutcome {
  seekerOpenId: string
  jobId: string
  answer: 'acknowledged' | 'refused' | 'lost'
  applicationId?: string
  alreadyApplied?: boolean
}

export interface LoadOptions {
  /** Where the server listens, e.g. http://127.0.0.1:10086. */
  origin: string
  /** Calls made another way than HTTP to `origin` (bench/calls.ts: in this process). */
  client?: LoadClient
  /** Virtual users, each with one call in flight at a time. */
  users: number
  /** Stops issuing calls after this long (or at stop()). */
  seconds: number
  /** Openids with a profile: each apply comes from the next one, so per-caller limits see people, not the bench. */
  seekers: readonly string[]
  /** Postings recruiting now, for users who have not seen a page yet (or whose last page was empty). */
  jobIds: readonly string[]
  /** Varies the users' choices between runs. */
  seed?: number
  /** Called as each call is sent: lets a test act at a precise moment of the load. */
  onSend?: (kind: CallKind) => void
}

export interface LoadResult {
  seconds: number
  samples: CallSample[]
  applies: ApplyOutcome[]
}

const KEYWORDS = [...TITLES, '工程师', '司机', '厨师', '专员', '急招', '开发', '太原']

/** Filters as people set them: mostly a city or nothing, sometimes a district, an industry, a keyword, pay or their own level. */
function searchFilters(rnd: Random): Record<string, unknown> {
  const region = rnd.pick(SHANXI_REGIONS)
  const filters: Record<string, unknown> = {}
  if (rnd.next() < 0.6) {
    filters.city = region.city
    if (rnd.next() < 0.3) filters.district = rnd.pick(region.districts)
  }
  if (rnd.next() < 0.25) filters.industry = rnd.pick(INDUSTRIES)
  if (rnd.next() < 0.2) filters.q = rnd.pick(KEYWORDS)
  if (rnd.next() < 0.2) {
    const payMin = rnd.pick([3000, 4000, 5000, 6000, 8000, 10000])
    filters.payMin = payMin
    if (rnd.next() < 0.5) filters.payMax = payMin + rnd.pick([2000, 4000, 6000])
  }
  if (rnd.next() < 0.15) {
    filters.education = rnd.pick(EDUCATIONS.slice(1, 6))
    filters.experienceYears = rnd.pick(EXPERIENCE_YEARS)
  }
  if (rnd.next() < 0.3) filters.sort = 'pay'
  return filters
}

/**
 * Starts the load; `done` settles once the time is up (or stop() was called) and every call in
 * flight has ended. Every user's connection is open before the clock starts: a busy Node server
 * accepts one new connection per turn of its event loop (libuv 1.45+), so users arriving together
 * would otherwise wait seconds for a connection, and that wait would count as the first call's.
 */
export function startLoad(options: LoadOptions) {
  const { origin, users, seconds, seekers, jobIds, seed = 1, onSend } = options
  const client = options.client ?? httpClient(origin, users)
  const samples: CallSample[] = []
  const applies: ApplyOutcome[] = []
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const stop = () => {
    stopped = true
  }
  let seekerIndex = random(seed).int(0, seekers.length - 1)
  const nextSeeker = () => seekers[seekerIndex++ % seekers.length]

  /** One call, timed: its envelope, or null when no answer came. */
  async function timed(kind: CallKind, fn: string, body: Record<string, unknown>, openId: string) {
    const started = performance.now()
    const answer = client.call(fn, body, openId)
    onSend?.(kind)
    try {
      const { body: envelope } = await answer
      samples.push({ kind, ms: performance.now() - started, code: envelope.ok ? 'OK' : (envelope.error?.code ?? 'UNKNOWN') })
      return envelope
    } catch (error) {
      samples.push({ kind, ms: performance.now() - started, code: (error as NodeJS.ErrnoException).code ?? 'NO_ANSWER' })
      return null
    }
  }

  async function user(n: number) {
    const rnd = random(seed * 100_003 + n)
    let seeker = nextSeeker()
    let filters = searchFilters(rnd)
    let cursor: string | null = null
    let seen: string[] = []
    while (!stopped) {
      const roll = rnd.next()
      if (roll < MIX.search) {
        // Scrolling on to the next page, or a new search.
        const scroll = cursor !== null && rnd.next() < 0.3
        if (!scroll) filters = searchFilters(rnd)
        const envelope = await timed('search', 'jobs', { action: 'search', ...filters, ...(scroll ? { cursor } : {}) }, seeker)
        const page = envelope?.ok ? (envelope.data as { jobs: { id: string }[]; nextCursor: string | null }) : null
        cursor = page?.nextCursor ?? null
        seen = page?.jobs.map((j) => j.id) ?? []
        continue
      }
      const jobId = seen.length ? rnd.pick(seen) : rnd.pick(jobIds)
      if (roll < MIX.search + MIX.get) {
        await timed('get', 'jobs', { action: 'get', id: jobId }, seeker)
        continue
      }
      const envelope = await timed('apply', 'applications', { action: 'apply', jobId }, seeker)
      const data = envelope?.ok ? (envelope.data as { application: { id: string }; alreadyApplied: boolean }) : null
      applies.push({
        seekerOpenId: seeker,
        jobId,
        answer: data ? 'acknowledged' : envelope ? 'refused' : 'lost',
        ...(data ? { applicationId: data.application.id, alreadyApplied: data.alreadyApplied } : {}),
      })
      // The next person takes over this user's seat.
      seeker = nextSeeker()
    }
  }

  const run = async (): Promise<LoadResult> => {
    try {
      await Promise.all(Array.from({ length: users }, client.connect))
      timer = setTimeout(stop, seconds * 1000)
      const started = performance.now()
      await Promise.all(Array.from({ length: users }, (_, n) => user(n)))
      return { seconds: (performance.now() - started) / 1000, samples, applies }
    } finally {
      clearTimeout(timer)
      client.close()
    }
  }
  return { applies, stop, done: run() }
}
