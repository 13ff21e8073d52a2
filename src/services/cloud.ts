import Taro from '@tarojs/taro'
import type { ActionName, FunctionName, Input, Output } from '../../cloudfunctions/api'
import { CodedError as CallError } from '../../cloudfunctions/_shared/catalog/errors'
import type { Envelope } from '../../cloudfunctions/_shared/envelope'
import { platformFailure } from './platform-errors'
import { takeStartedCall } from './started-call'

/** What a failed call tells the user: a code from the contract or the platform, and a Chinese message. */
export { CallError }

const DEV_OPENID_KEY = 'jqt:devOpenId'
/** How long the app waits for a function's answer over HTTP. */
const CALL_TIMEOUT_MS = 15000

/**
 * Whether this build signs its user in, and so may offer writes: the mini-program (WeChat names the
 * caller) and the local H5 app (the local server's seeded identities). The browser build against the
 * cloud signs nobody in and reads only (README: H5 against the cloud); writes are for WeChat.
 */
export const canSignIn = () => process.env.TARO_ENV === 'weapp' || (LOCAL_MODE && !API_BASE)

/** What the browser build against the cloud shows where a write would be. */
export const OPEN_IN_WECHAT = '请在微信中打开'

/** Local mode only: the seeded identity the H5 app acts as (the server ignores it elsewhere). */
export const devIdentity = {
  get: (): string => (LOCAL_MODE ? (Taro.getStorageSync(DEV_OPENID_KEY) as string) || '' : ''),
  set: (openId: string) => Taro.setStorageSync(DEV_OPENID_KEY, openId),
}

const isEnvelope = (body: unknown): body is Envelope<unknown> => typeof body === 'object' && body !== null && 'ok' in body

/** A platform failure in English (src/services/platform-errors.ts), as the user reads it. */
const fromPlatform = (failure: unknown, http?: Parameters<typeof platformFailure>[1]) => {
  const { code, message, details } = platformFailure(failure, http)
  return new CallError(code, message, details)
}

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.data
  const { code, message, details } = envelope.error
  // Whatever asked for a signed-in caller: here nobody can be one.
  if (code === 'UNAUTHENTICATED' && !canSignIn()) throw new CallError(code, `${OPEN_IN_WECHAT}「晋企通」小程序后操作`, details)
  throw new CallError(code, message, details)
}

async function callOverHttp<T>(name: string, data: Record<string, unknown>): Promise<T> {
  // index.html may have asked already (the opened page's first call); anything but our envelope is asked again.
  const started = await takeStartedCall(name, data, CALL_TIMEOUT_MS)
  if (isEnvelope(started)) return unwrap(started as Envelope<T>)
  const openId = devIdentity.get()
  // The body is our envelope, or what the platform answered in its place (an object or text).
  let response: Taro.request.SuccessCallbackResult<Record<string, unknown> | string>
  try {
    response = await Taro.request<Record<string, unknown> | string>({
      url: `${API_BASE}/fn/${name}`,
      method: 'POST',
      data,
      header: { 'content-type': 'application/json', ...(openId ? { 'X-Dev-OpenId': openId } : {}) },
      timeout: CALL_TIMEOUT_MS,
    })
  } catch {
    throw new CallError('NETWORK', '网络连接失败，请检查网络后重试')
  }
  if (isEnvelope(response.data)) return unwrap(response.data as Envelope<T>)
  const header = (response.header ?? {}) as Record<string, string | undefined>
  throw fromPlatform(response.data, { status: response.statusCode, retryAfter: header['Retry-After'] ?? header['retry-after'] })
}

async function callInCloud<T>(name: string, data: Record<string, unknown>): Promise<T> {
  let result: unknown
  try {
    result = (await Taro.cloud.callFunction({ name, data })).result
  } catch (error) {
    const failure = fromPlatform(error)
    // Without a code we know, the call most likely never reached the cloud.
    throw failure.code === 'UNAVAILABLE' ? new CallError('NETWORK', '云服务连接失败，请稍后重试') : failure
  }
  if (isEnvelope(result)) return unwrap(result as Envelope<T>)
  throw fromPlatform(result)
}

/** An action's parameters: optional when it takes none, or none it requires. */
type Params<F extends FunctionName, A extends ActionName<F>> = Record<string, never> extends Input<F, A> ? [params?: Input<F, A>] : [params: Input<F, A>]

/**
 * The one way the app calls a cloud function: `{action, ...params}` in, the data of the envelope
 * out. The function and action name the contract (cloudfunctions/api.ts): what the parameters may
 * be and what comes back are the function's own types, so a wrong name or field does not compile.
 */
export function callFunction<F extends FunctionName, A extends ActionName<F>>(name: F, action: A, ...params: Params<F, A>): Promise<Output<F, A>>
export function callFunction(name: FunctionName, action: string, params?: unknown): Promise<unknown> {
  const data = { action, ...(params as Record<string, unknown> | undefined) }
  return process.env.TARO_ENV === 'weapp' ? callInCloud(name, data) : callOverHttp(name, data)
}

/** Parameters as a form holds them, without the filters left empty: the functions refuse unknown values, not absent ones. */
export const withoutEmpty = <T extends object>(params: T): Partial<T> =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>
