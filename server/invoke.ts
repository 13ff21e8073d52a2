/**
 * Calls a function the way CloudBase runs it, for every host of the functions outside the cloud:
 * the local server (server/http.ts) and the tests that call functions in process. Under the CloudBase
 * profile the call is one invocation (server/db/cloudbase-profile.ts): its database requests count
 * against the function's configured timeout and the concurrency limit, and an answer over the size
 * limit never reaches the caller. What the platform refuses is answered with the platform's code,
 * not the contract's envelope.
 */
import type { RequestContext } from '../cloudfunctions/_shared/context'
import { FUNCTION_TIMED_OUT, MAX_RESPONSE_BYTES, RESPONSE_TOO_LARGE } from '../cloudfunctions/_shared/db/cloudbase-limits'
import type { Envelope } from '../cloudfunctions/_shared/envelope'
import type { CloudFunction } from '../cloudfunctions/_shared/router'
import { Invocation, runInvocation, type CloudBaseProfile } from './db/cloudbase-profile'

export type PlatformErrorCode = typeof RESPONSE_TOO_LARGE | typeof FUNCTION_TIMED_OUT

/** CloudBase's own failure of a call: the function's answer is lost. */
export interface PlatformFailure {
  ok: false
  platform: true
  error: { code: PlatformErrorCode; message: string; details?: undefined }
}

export type Answer = Envelope | PlatformFailure

/** The HTTP status the local server answers a platform failure with. */
export const PLATFORM_STATUS: Record<PlatformErrorCode, number> = { [RESPONSE_TOO_LARGE]: 502, [FUNCTION_TIMED_OUT]: 504 }

export interface Invoked {
  /** The answer as the caller reads it: `body` parsed (on first use: a host that sends `body` never parses it). */
  readonly answer: Answer
  /**
   * The answer as the function returned it, before JSON: what a host decides the status and the
   * headers by (its outcome and error code), without parsing `body` back.
   */
  returned: Answer
  /** The answer as sent: the envelope's JSON, or the platform's `{ code, message }`. */
  body: string
  /** Under the profile: the database requests made, the most in flight at once, the modelled time. */
  requests: number
  maxInFlight: number
  elapsedMs: number
}

const platformFailure = (code: PlatformErrorCode, message: string): PlatformFailure => ({ ok: false, platform: true, error: { code, message } })

/** A context without its clock: `invoke` adds the invocation's. */
export type HostContext = Omit<RequestContext, 'elapsedMs'>

type Stats = Pick<Invoked, 'requests' | 'maxInFlight' | 'elapsedMs'>

/**
 * A class, not an object literal with a getter: each such literal gets a hidden class of its own,
 * and under load those filled the young generation (policy.evaluate in process: 100 µs a call, 35
 * with the class; docs/performance.md).
 */
class InvokedAnswer implements Invoked {
  #parsed: Answer | undefined
  readonly requests: number
  readonly maxInFlight: number
  readonly elapsedMs: number

  constructor(
    readonly returned: Answer,
    readonly body: string,
    stats: Stats,
  ) {
    this.requests = stats.requests
    this.maxInFlight = stats.maxInFlight
    this.elapsedMs = stats.elapsedMs
  }

  get answer(): Answer {
    // A platform failure's body is only its error: the failure itself is the answer.
    return 'platform' in this.returned ? this.returned : (this.#parsed ??= JSON.parse(this.body) as Answer)
  }
}

export async function invoke(fn: CloudFunction, event: unknown, host: HostContext, profile: CloudBaseProfile | null): Promise<Invoked> {
  if (!profile) {
    const started = performance.now()
    const envelope = await fn.dispatch(event, { ...host, elapsedMs: () => performance.now() - started })
    return new InvokedAnswer(envelope, JSON.stringify(envelope), { requests: 0, maxInFlight: 0, elapsedMs: performance.now() - started })
  }
  const timeoutMs = profile.functionTimeoutMs[fn.name]
  if (timeoutMs === undefined) throw new Error(`cloudbaserc.json declares no function ${fn.name}`)
  const invocation = new Invocation(profile, timeoutMs)
  const envelope = await runInvocation(invocation, () => fn.dispatch(event, { ...host, elapsedMs: () => invocation.elapsedMs }))
  const stats = { requests: invocation.requests, maxInFlight: invocation.maxInFlight, elapsedMs: invocation.elapsedMs }
  const failed = (failure: PlatformFailure) => new InvokedAnswer(failure, JSON.stringify(failure.error), stats)
  if (invocation.timedOut) {
    return failed(platformFailure(FUNCTION_TIMED_OUT, `云函数 ${fn.name} 运行超过了配置的 ${timeoutMs / 1000} 秒，已被停止`))
  }
  const body = JSON.stringify(envelope)
  const bytes = Buffer.byteLength(body)
  if (bytes > MAX_RESPONSE_BYTES) {
    return failed(platformFailure(RESPONSE_TOO_LARGE, `云函数 ${fn.name} 的返回结果为 ${bytes} 字节，超过 1MB 上限`))
  }
  return new InvokedAnswer(envelope, body, stats)
}
