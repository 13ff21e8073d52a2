/**
 * `npm run smoke -- --env <envId>`: after deploying, checks the environment itself. It calls each
 * function's read-only actions as nobody in particular, then makes one whole write path as a test
 * job seeker — a profile, a favourite, an export, and the deletion of all of it — and prints pass
 * or fail per step; the exit code is 1 when any step fails.
 *
 * `npm run smoke -- --local [origin]` runs the same steps against the local server (`npm run api`,
 * http://127.0.0.1:10086 by default), the test seeker given by X-Dev-OpenId.
 *
 * Credentials (cloud) come from the environment, never from the repository: the API key
 * (TCB_SECRET_ID / TCB_SECRET_KEY, else the CloudBase CLI's login) calls the functions as nobody,
 * and the environment's custom-login private key (TCB_CUSTOM_LOGIN_KEY, the path of
 * tcb_custom_login.json) signs the test seeker in: a function takes its caller from the platform
 * only, so the seeker must be a user the platform knows.
 */
import fs from 'node:fs'
import tcb from '@cloudbase/node-sdk'
import { apiKeyFor, DeployError, readCliLogin, runMain } from './deploy/common'
import { DEFAULT_PORT } from '../server/local'

/** What every function answers (docs/api.md). */
type Envelope = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/** Nobody in particular, or the test seeker the run creates and deletes. */
export type Caller = 'anonymous' | 'seeker'

/** Where the functions are, and how to call them as either caller. */
export interface Target {
  /** e.g. `the CloudBase environment jqt-prod-1a2b` */
  name: string
  /** The test seeker's id, as the platform or the local server knows it. */
  seekerId: string
  call: (as: Caller, fn: string, action: string, params?: Record<string, unknown>) => Promise<Envelope>
}

/** A step that did not go as it should: the line printed says why. */
class StepFailed extends Error {}

/** `data` of a successful answer, or the step fails with the code and message. */
async function ok<T>(answer: Promise<Envelope>): Promise<T> {
  const envelope = await answer
  if (!envelope.ok) throw new StepFailed(`${envelope.error.code}: ${envelope.error.message}`)
  return envelope.data as T
}

/** The refusal an action owes a caller it does not serve. */
async function refused(answer: Promise<Envelope>, code: string): Promise<string> {
  const envelope = await answer
  if (envelope.ok || envelope.error.code !== code) throw new StepFailed(`expected ${code}, got ${envelope.ok ? 'data' : envelope.error.code}`)
  return `refuses nobody in particular (${code})`
}

function check(condition: boolean, otherwise: string) {
  if (!condition) throw new StepFailed(otherwise)
}

/** What the steps learn on the way: a posting to favourite, a fair to open. */
interface Found {
  jobId?: string
  fairId?: string
}

interface Step {
  name: string
  /** Resolves with what it saw, or throws; null when there was nothing to check (said, not failed). */
  run: (target: Target, found: Found) => Promise<string | null>
}

const PROFILE = { name: '部署自检', phone: '13800000000', education: 'bachelor', experienceYears: 1, intro: '部署后自检的测试资料，随即删除' }

/** Read-only actions of every function, as nobody in particular. */
const readSteps: Step[] = [
  {
    name: 'policy.list',
    run: async (t) => {
      const { measures } = await ok<{ measures: unknown[] }>(t.call('anonymous', 'policy', 'list'))
      check(measures.length === 26, `${measures.length} measures, not the notice's 26`)
      return '26 measures'
    },
  },
  {
    name: 'policy.get',
    run: async (t) => {
      const { measure } = await ok<{ measure: { id: number; title: string } }>(t.call('anonymous', 'policy', 'get', { id: 21 }))
      check(measure.id === 21, `measure ${measure.id} instead of 21`)
      return `measure 21: ${measure.title}`
    },
  },
  {
    name: 'policy.questions',
    run: async (t) => {
      const { facts } = await ok<{ facts: unknown[] }>(t.call('anonymous', 'policy', 'questions'))
      check(facts.length > 0, 'no questions')
      return `${facts.length} questions`
    },
  },
  {
    name: 'policy.evaluate',
    run: async (t) => {
      const facts = { ownership: 'private', industry: 'software-it', employees: 40, revenue: 3_000_000, newHires: 12 }
      const { results } = await ok<{ results: { measure: number; provision: string; status: string; amount?: number }[] }>(
        t.call('anonymous', 'policy', 'evaluate', { asOf: '2021-11-30', audience: ['enterprise'], facts }),
      )
      const hiring = results.find((r) => r.measure === 21 && r.provision === 'hiring')
      check(hiring?.status === 'eligible' && hiring.amount === 12000, `measure 21 for 12 new hires: ${JSON.stringify(hiring)}`)
      return 'a small firm hiring 12: 12,000元 under measure 21'
    },
  },
  {
    name: 'account.catalog',
    run: async (t) => {
      const { regions } = await ok<{ regions: unknown[] }>(t.call('anonymous', 'account', 'catalog'))
      check(regions.length === 11, `${regions.length} cities, not Shanxi's 11`)
      return "Shanxi's 11 cities"
    },
  },
  {
    name: 'account.me',
    run: async (t) => {
      const me = await ok<{ role: string }>(t.call('anonymous', 'account', 'me'))
      check(me.role === 'anonymous', `role ${me.role} for nobody in particular`)
      return 'anonymous'
    },
  },
  {
    name: 'jobs.search',
    run: async (t, found) => {
      const { jobs } = await ok<{ jobs: { id: string }[] }>(t.call('anonymous', 'jobs', 'search', { pageSize: 5 }))
      found.jobId = jobs[0]?.id
      return `${jobs.length} postings on the first page`
    },
  },
  {
    name: 'jobs.get',
    run: async (t, found) => {
      if (!found.jobId) return null
      const { job } = await ok<{ job: { id: string; title: string } }>(t.call('anonymous', 'jobs', 'get', { id: found.jobId }))
      check(job.id === found.jobId, 'another posting came back')
      return job.title
    },
  },
  {
    name: 'fairs.list',
    run: async (t, found) => {
      const { fairs } = await ok<{ fairs: { id: string }[] }>(t.call('anonymous', 'fairs', 'list', { limit: 5 }))
      found.fairId = fairs[0]?.id
      return `${fairs.length} fairs`
    },
  },
  {
    name: 'fairs.get',
    run: async (t, found) => {
      if (!found.fairId) return null
      const { fair } = await ok<{ fair: { id: string; name: string } }>(t.call('anonymous', 'fairs', 'get', { id: found.fairId }))
      check(fair.id === found.fairId, 'another fair came back')
      return fair.name
    },
  },
  { name: 'applications.mine', run: (t) => refused(t.call('anonymous', 'applications', 'mine'), 'UNAUTHENTICATED') },
  { name: 'admin.queue', run: (t) => refused(t.call('anonymous', 'admin', 'queue'), 'UNAUTHENTICATED') },
]

/** One whole write path as the test seeker, ending with everything it wrote deleted. */
const writeSteps: Step[] = [
  {
    name: 'seeker › account.me',
    run: async (t) => {
      const me = await ok<{ role: string; openId: string | null }>(t.call('seeker', 'account', 'me'))
      check(me.role === 'seeker' && Boolean(me.openId), `signed in as ${me.role}`)
      return `a job seeker (${me.openId})`
    },
  },
  {
    name: 'seeker › account.updateProfile',
    run: async (t) => {
      const { profile } = await ok<{ profile: { name: string } }>(t.call('seeker', 'account', 'updateProfile', PROFILE))
      check(profile.name === PROFILE.name, 'the profile was not saved as sent')
      return 'profile saved'
    },
  },
  {
    name: 'seeker › jobs.favourite',
    run: async (t, found) => {
      if (!found.jobId) return null
      await ok(t.call('seeker', 'jobs', 'favourite', { id: found.jobId, favourite: true }))
      const { favourites } = await ok<{ favourites: { jobId: string }[] }>(t.call('seeker', 'jobs', 'favourites'))
      check(favourites.some((f) => f.jobId === found.jobId), 'the favourite is not listed')
      return 'a posting saved and listed'
    },
  },
  {
    name: 'seeker › account.exportData',
    run: async (t, found) => {
      const data = await ok<{ profile: { name: string } | null; favourites: { jobId: string }[] }>(t.call('seeker', 'account', 'exportData'))
      check(data.profile?.name === PROFILE.name, 'the export lacks the profile')
      check(!found.jobId || data.favourites.some((f) => f.jobId === found.jobId), 'the export lacks the favourite')
      return 'the export holds what was written'
    },
  },
]

/** Always run last, whatever failed before: the test seeker leaves nothing behind. */
const cleanupSteps: Step[] = [
  {
    name: 'seeker › account.deleteAccount',
    run: async (t) => {
      const { deleted } = await ok<{ deleted: { profile: boolean; favourites: number } }>(t.call('seeker', 'account', 'deleteAccount', { confirm: true }))
      return `deleted the profile${deleted.favourites ? ` and ${deleted.favourites} favourite` : ''}`
    },
  },
  {
    name: 'seeker › nothing left',
    run: async (t) => {
      const { profile, counts } = await ok<{ profile: unknown; counts: { applications: number; favourites: number } }>(t.call('seeker', 'account', 'profile'))
      check(profile === null && counts.favourites === 0 && counts.applications === 0, `left behind: ${JSON.stringify({ profile, counts })}`)
      return 'no profile, no favourites'
    },
  },
]

export interface StepResult {
  name: string
  outcome: 'pass' | 'fail' | 'skip'
  detail: string
}

/** Why a step failed: its own words, or the error with its cause (a refused connection, say). */
function reason(error: unknown): string {
  if (error instanceof StepFailed) return error.message
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause as { code?: string; message?: string } | undefined
  return cause ? `${error.message} (${cause.code ?? cause.message})` : error.message
}

/** Runs every step against the target, printing each as it ends; the cleanup runs whatever happened before. */
export async function runSmoke(target: Target, log: (line: string) => void = console.log): Promise<StepResult[]> {
  const found: Found = {}
  const results: StepResult[] = []
  for (const step of [...readSteps, ...writeSteps, ...cleanupSteps]) {
    let result: StepResult
    try {
      const detail = await step.run(target, found)
      result = detail === null ? { name: step.name, outcome: 'skip', detail: 'nothing to check here' } : { name: step.name, outcome: 'pass', detail }
    } catch (error) {
      result = { name: step.name, outcome: 'fail', detail: reason(error) }
    }
    results.push(result)
    log(`  ${result.outcome.padEnd(4)}  ${result.name}: ${result.detail}`)
  }
  return results
}

/** A test seeker of its own per run (letters, digits and `-`, within custom login's 4–32 characters). */
export const newSeekerId = (now = new Date()) => `jqt-smoke-${now.getTime().toString(36)}`

/** The local server: POST /fn/<name>, the test seeker named in X-Dev-OpenId (local mode only). */
export function localTarget(origin: string, seekerId = newSeekerId()): Target {
  return {
    name: `the local server ${origin}`,
    seekerId,
    async call(as, fn, action, params = {}) {
      const response = await fetch(`${origin}/fn/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(as === 'seeker' ? { 'x-dev-openid': seekerId } : {}) },
        body: JSON.stringify({ action, ...params }),
      })
      return (await response.json()) as Envelope
    },
  }
}

/** The CloudBase HTTP API in front of an environment (https://docs.cloudbase.net/http-api/basic/overview). */
const gateway = (envId: string) => `https://${envId}.api.tcloudbasegateway.com`

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 200)}`)
  return JSON.parse(text)
}

/**
 * The deployed functions: as nobody, through the SDK with the API key; as the test seeker, signed in
 * by custom login (a ticket the private key signs, exchanged for an access token) and calling the
 * functions through the HTTP API with it.
 */
export function cloudTarget(envId: string, env: NodeJS.ProcessEnv, seekerId = newSeekerId()): Target {
  const keyFile = env.TCB_CUSTOM_LOGIN_KEY?.trim()
  if (!keyFile) {
    throw new DeployError(
      'TCB_CUSTOM_LOGIN_KEY is not set: the path of the environment\'s custom-login private key (CloudBase console → 身份认证 → 登录方式 → 自定义登录 → 私钥下载), which signs the test seeker in.',
    )
  }
  if (!fs.existsSync(keyFile)) throw new DeployError(`TCB_CUSTOM_LOGIN_KEY: no file at ${keyFile}.`)
  const key = apiKeyFor(env, readCliLogin(), new Date())
  const region = env.TCB_REGION?.trim() || undefined
  const admin = tcb.init({ env: envId, secretId: key.secretId, secretKey: key.secretKey, sessionToken: key.token, region })
  let accessToken: Promise<string> | undefined
  const signIn = async () => {
    const ticket = tcb.init({ env: envId, region, credentials: JSON.parse(fs.readFileSync(keyFile, 'utf8')) }).auth().createTicket(seekerId)
    const { access_token: token } = (await postJson(`${gateway(envId)}/auth/v1/signin/custom`, { provider_id: 'custom', ticket })) as { access_token?: string }
    if (!token) throw new Error('custom login answered without an access token')
    return token
  }
  return {
    name: `the CloudBase environment ${envId}`,
    seekerId,
    async call(as, fn, action, data = {}) {
      if (as === 'anonymous') {
        // The SDK answers a failed invocation with its code instead of throwing.
        const answer = (await admin.callFunction({ name: fn, data: { action, ...data } })) as { result?: Envelope; code?: string; message?: string }
        if (answer.result === undefined) throw new Error(`callFunction ${fn}: ${answer.code ?? 'no result'} ${answer.message ?? ''}`.trim())
        return answer.result
      }
      accessToken ??= signIn()
      return (await postJson(`${gateway(envId)}/v1/functions/${fn}`, { action, ...data }, { authorization: `Bearer ${await accessToken}` })) as Envelope
    },
  }
}

/** `--env <envId>` or `--local [origin]`. */
export function targetFrom(argv: readonly string[], env: NodeJS.ProcessEnv): Target {
  const at = (flag: string) => argv.indexOf(flag)
  if (at('--local') >= 0) {
    const given = argv[at('--local') + 1]
    return localTarget(given && !given.startsWith('--') ? given.replace(/\/$/, '') : `http://127.0.0.1:${DEFAULT_PORT}`)
  }
  const envId = at('--env') >= 0 ? argv[at('--env') + 1] : undefined
  if (!envId || envId.startsWith('--')) throw new DeployError('Say which environment: npm run smoke -- --env <envId> (or --local [origin] for the local server).')
  return cloudTarget(envId, env)
}

async function main() {
  const target = targetFrom(process.argv.slice(2), process.env)
  console.log(`Smoke test of ${target.name}: nobody in particular, then the test seeker ${target.seekerId}.`)
  const results = await runSmoke(target)
  const count = (outcome: StepResult['outcome']) => results.filter((r) => r.outcome === outcome).length
  console.log(`${count('pass')} passed, ${count('fail')} failed, ${count('skip')} with nothing to check.`)
  if (count('fail')) process.exitCode = 1
}

runMain(__filename, main)
