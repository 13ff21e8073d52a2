/**
 * Issue 7: every action of every function (enumerated from each function's `actions`), attacked on a
 * world full of other users' data (test/abuse/world.ts) with hostile payloads (test/abuse/payloads.ts):
 * - a sweep: every field of the action's valid payloads in turn replaced by each hostile value of
 *   its kind, or removed, by the caller the payload is written for;
 * - an id sweep: every id in those payloads replaced by every other id of its kind, from every caller;
 * - fast-check properties: random mutations of the valid payloads, other users' ids and random
 *   JSON from every caller, and whole random events for the router.
 * About 18,000 calls in all. Whatever is sent, each call must:
 * - answer with the envelope, `ok` or one of the documented error codes — never INTERNAL, and with
 *   a Chinese message; nothing logged as an unexpected error;
 * - when refused, leave every collection of the schema exactly as it was;
 * - when it succeeds, touch no other user's documents (unless the bureau made it), and write
 *   nothing at all for an anonymous caller;
 * - never show a private value (a phone, a credit code, a check-in code, an openid) to a caller
 *   who may not see it, unless the caller sent it;
 * - leave Object.prototype and the other built-in prototypes alone.
 * After a call that wrote, the world is put back, so every call meets the same world.
 */
import fc from 'fast-check'
import type { Answer } from '../../server/invoke'
import { hostileEvent, idSweep, payloadFor, stringsIn, sweep, toWire } from './payloads'
import { ADMIN, FN_NAMES, FUNCTIONS, IDENTITIES, makeAbuseWorld, type AbuseWorld, type FnName } from './world'

/**
 * Runs per action and caller (ABUSE_RUNS overrides, for a longer hunt); the caller an action's
 * valid payloads are written for gets OWNER_FACTOR times as many, as only its calls get past the
 * permission checks. About 55 actions × (6 + OWNER_FACTOR) × RUNS calls in all.
 */
const RUNS = Number(process.env.ABUSE_RUNS) || 10
const OWNER_FACTOR = 4
/** Runs of whole hostile events per function (the router). */
const EVENT_RUNS = 15 * RUNS

// A sweep of a large payload makes a few thousand calls: seconds on a busy machine.
jest.setTimeout(60_000)

const REFUSALS = ['INVALID_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']
const CJK = /[\u3400-\u9fff]/

let world: AbuseWorld
const calls = new Map<string, number>()
const reached = new Map<string, number>()
let counting = false
const logged: unknown[][] = []
const originalHandlers: (() => void)[] = []

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1)

/** The built-in prototypes as they were: their own keys and what each holds. */
const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype }
const protoState = () =>
  Object.entries(PROTOTYPES).map(([name, proto]) => ({ name, proto, keys: Reflect.ownKeys(proto), values: Reflect.ownKeys(proto).map((k) => Object.getOwnPropertyDescriptor(proto, k)?.value as unknown) }))
const PRISTINE = protoState()

function prototypeProblems(): string[] {
  const problems: string[] = []
  for (const { name, proto, keys, values } of PRISTINE) {
    const now = Reflect.ownKeys(proto)
    if (now.length !== keys.length) problems.push(`${name}.prototype gained keys: ${now.filter((k) => !keys.includes(k)).map(String).join(', ')}`)
    keys.forEach((k, i) => {
      if (Object.getOwnPropertyDescriptor(proto, k)?.value !== values[i]) problems.push(`${name}.prototype.${String(k)} was replaced`)
    })
  }
  const probe = {} as Record<string, unknown>
  for (const key of ['polluted', 'isAdmin', 'role']) if (probe[key] !== undefined) problems.push(`({}).${key} is ${String(probe[key])}`)
  return problems
}

function envelopeProblems(res: unknown): string[] {
  if (typeof res !== 'object' || res === null) return [`answer is not an envelope: ${String(res)}`]
  const env = res as Record<string, unknown>
  const keys = Object.keys(env).sort().join(',')
  if (env.ok === true) return keys === 'data,ok' ? [] : [`ok envelope has keys ${keys}`]
  if (env.ok !== false) return [`envelope ok is ${String(env.ok)}`]
  if (keys !== 'error,ok') return [`error envelope has keys ${keys}`]
  const error = env.error as Record<string, unknown>
  const problems: string[] = []
  const extra = Object.keys(error).filter((k) => !['code', 'message', 'details'].includes(k))
  if (extra.length) problems.push(`error has keys ${extra.join(',')}`)
  if (!REFUSALS.includes(error.code as string)) problems.push(`code ${String(error.code)}`)
  if (typeof error.message !== 'string' || !CJK.test(error.message)) problems.push(`message is not Chinese: ${JSON.stringify(error.message)?.slice(0, 200)}`)
  if (error.details !== undefined && (typeof error.details !== 'object' || error.details === null || Array.isArray(error.details))) problems.push('details is not an object')
  return problems
}

/** `needle` occurs in `hay` as a whole value (not as part of a longer id or number). */
function containsWhole(hay: string, needle: string): boolean {
  const idChar = /[A-Za-z0-9-]/
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!idChar.test(hay[i - 1] ?? '') && !idChar.test(hay[i + needle.length] ?? '')) return true
  }
  return false
}

const describeLogged = () => logged.map((args) => args.map((a) => (a instanceof Error ? (a.stack ?? '').split('\n').slice(0, 6).join('\n') : String(a))).join(' ')).join('\n')

/** Sends one call as `openId` and returns what is wrong with its outcome (nothing, if all is well). */
async function attack(fn: FnName, event: unknown, text: string, openId: string | null): Promise<{ res: Answer; problems: string[] }> {
  logged.length = 0
  const writes = world.writes()
  const res = await world.call(fn, openId, event)
  const problems = envelopeProblems(res)
  // A message built from a value that was not there: "undefined", "[object Object]", "NaN" (unless the caller sent it).
  for (const token of ['undefined', '[object Object]', 'NaN']) {
    if (!res.ok && res.error.message?.includes(token) && !text.includes(token)) problems.push(`message shows ${token}: ${res.error.message.slice(0, 200)}`)
  }
  if (!res.ok && /「([^」]+)」「\1」/.test(res.error.message)) problems.push(`message names its field twice: ${res.error.message.slice(0, 200)}`)
  if (!res.ok && res.error.code === 'INTERNAL') problems.push(`INTERNAL; logged:\n${describeLogged()}`)
  else if (logged.length) problems.push(`logged an unexpected error:\n${describeLogged()}`)
  problems.push(...prototypeProblems())

  let answer = ''
  try {
    answer = JSON.stringify(res)
  } catch (error) {
    problems.push(`answer is not JSON: ${String(error)}`)
  }
  for (const [secret, allowed] of world.secrets) {
    if (!allowed.has(openId ?? '') && containsWhole(answer, secret) && !text.includes(secret)) problems.push(`answer shows ${secret} to ${openId ?? 'anonymous'}`)
  }

  // Only a call that asked the database to write can have changed it: then every collection is compared.
  const after = world.writes() === writes ? world.baseline : await world.snapshots.take()
  const changed = world.snapshots.changed(world.baseline, after)
  if (changed.length) {
    if (!res.ok) problems.push(`refused (${res.error.code}) but wrote to ${changed.join(', ')}`)
    else if (openId === null) problems.push(`anonymous call wrote to ${changed.join(', ')}`)
    else if (openId !== ADMIN) {
      for (const name of changed.filter((c) => world.owners.collections.includes(c))) {
        for (const { before, after: now } of world.snapshots.changedDocs(world.baseline, after, name)) {
          const owners = world.owners.of(name, (before ?? now) as Record<string, unknown> & { _id: string })
          if (!owners.includes(openId)) problems.push(`${openId} changed ${name}/${(before ?? now)?._id} of ${owners.join(', ')}`)
        }
      }
    }
    await world.snapshots.restore(world.baseline, changed)
  }
  return { res, problems }
}

const summary = (res: Answer) => (res.ok ? 'ok' : `${res.error.code} ${res.error.message.slice(0, 300)}`)

beforeAll(async () => {
  // Counts the calls that got past validation to the action's handler.
  for (const fn of FN_NAMES) {
    for (const [name, act] of Object.entries(FUNCTIONS[fn].actions)) {
      const handle = act.handle
      act.handle = (input, ctx) => {
        if (counting) bump(reached, `${fn}.${name}`)
        return handle(input, ctx)
      }
      originalHandlers.push(() => {
        act.handle = handle
      })
    }
  }
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args)
  })
  world = await makeAbuseWorld()
}, 60_000)

afterAll(() => {
  originalHandlers.forEach((restore) => restore())
  jest.restoreAllMocks()
  world?.db.close()
})

test('every action has valid payloads to start from, and each succeeds for its caller', async () => {
  const missing: string[] = []
  const failed: string[] = []
  for (const fn of FN_NAMES) {
    for (const action of Object.keys(FUNCTIONS[fn].actions)) {
      const templates = world.templates[fn][action] ?? []
      if (!templates.length) missing.push(`${fn}.${action}`)
      for (const t of templates) {
        const { text, event } = toWire({ ...t.payload, action })
        const { res, problems } = await attack(fn, event, text, t.as)
        if (!res.ok || problems.length) failed.push(`${fn}.${action} as ${t.as}: ${summary(res)} ${problems.join('; ')}`)
      }
    }
  }
  expect(missing).toEqual([])
  expect(failed).toEqual([])
})

describe.each(FN_NAMES)('%s', (fn) => {
  test.each(Object.keys(FUNCTIONS[fn].actions))('%s: every field of its valid payloads swept with hostile values, by their caller', async (action) => {
    const failures: string[] = []
    for (const t of world.templates[fn][action] ?? []) {
      for (const { label, payload } of sweep(t.payload, world.idPool)) {
        const { text, event } = toWire({ ...payload, action })
        const { res, problems } = await attack(fn, event, text, t.as)
        if (problems.length) failures.push(`${fn}.${action} as ${t.as}, ${label} → ${summary(res)}\n${problems.join('\n')}`)
      }
    }
    expect(failures).toEqual([])
  })

  test.each(Object.keys(FUNCTIONS[fn].actions))('%s: its valid payloads naming every other id of the same kind, from every caller', async (action) => {
    const failures: string[] = []
    for (const t of world.templates[fn][action] ?? []) {
      for (const { label, payload } of idSweep(t.payload, world.idKinds)) {
        for (const who of IDENTITIES) {
          const { text, event } = toWire({ ...payload, action })
          const { res, problems } = await attack(fn, event, text, who.openId)
          if (problems.length) failures.push(`${fn}.${action} as ${who.label}, ${label} → ${summary(res)}\n${problems.join('\n')}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  test.each(Object.keys(FUNCTIONS[fn].actions))('%s: hostile payloads from every caller', async (action) => {
    counting = true
    const templates = world.templates[fn][action] ?? []
    const payloads = payloadFor(
      templates.map((t) => t.payload),
      world.idPool,
      world.idKinds,
      [...new Set(FN_NAMES.flatMap((f) => Object.values(world.templates[f]).flatMap((ts) => ts.flatMap((t) => stringsIn(t.payload)))))].filter((v) => v.length <= 40),
    )
    // Every caller, even after one failed: each failure is reported with its seed and shrunk payload.
    const failures: string[] = []
    for (const who of IDENTITIES) {
      const runs = templates.some((t) => t.as === who.openId) ? OWNER_FACTOR * RUNS : RUNS
      try {
        await fc.assert(
          fc.asyncProperty(payloads, async (payload) => {
            bump(calls, `${fn}.${action} as ${who.label}`)
            const { text, event } = toWire({ ...payload, action })
            const { res, problems } = await attack(fn, event, text, who.openId)
            if (problems.length) throw new Error(`${fn}.${action} as ${who.label} → ${summary(res)}\n${problems.join('\n')}\nrequest: ${text.slice(0, 2000)}`)
          }),
          { numRuns: runs },
        )
      } catch (error) {
        failures.push(String(error instanceof Error ? error.message : error))
      }
    }
    counting = false
    expect(failures).toEqual([])
  })

  test('whole hostile events: anything but a known action is INVALID_INPUT', async () => {
    const actions = Object.keys(FUNCTIONS[fn].actions)
    await fc.assert(
      fc.asyncProperty(hostileEvent(actions, world.idPool), fc.constantFrom(...IDENTITIES), async (raw, who) => {
        const { text, event } = toWire(raw)
        const { res, problems } = await attack(fn, event, text, who.openId)
        const named = typeof event === 'object' && event !== null && !Array.isArray(event) ? (event as { action?: unknown }).action : undefined
        if (!(typeof named === 'string' && Object.hasOwn(FUNCTIONS[fn].actions, named)) && (res.ok || res.error.code !== 'INVALID_INPUT')) {
          problems.push(`expected INVALID_INPUT for action ${JSON.stringify(named)}`)
        }
        if (problems.length) throw new Error(`${fn} as ${who.label} → ${summary(res)}\n${problems.join('\n')}\nrequest: ${text.slice(0, 2000)}`)
      }),
      { numRuns: EVENT_RUNS },
    )
  })
})

test('every action was attacked by every caller, and hostile calls got past validation to each handler', () => {
  const unattacked: string[] = []
  const unhandled: string[] = []
  for (const fn of FN_NAMES) {
    for (const action of Object.keys(FUNCTIONS[fn].actions)) {
      for (const who of IDENTITIES) if (!calls.get(`${fn}.${action} as ${who.label}`)) unattacked.push(`${fn}.${action} as ${who.label}`)
      if (!reached.get(`${fn}.${action}`)) unhandled.push(`${fn}.${action}`)
    }
  }
  expect(unattacked).toEqual([])
  expect(unhandled).toEqual([])
  expect(prototypeProblems()).toEqual([])
})
