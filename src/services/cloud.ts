import Taro from '@tarojs/taro'
import type { ActionName, FunctionName, Input, Output } from '../../cloudfunctions/api'
import type { Envelope } from '../../cloudfunctions/_shared/envelope'

/** What a failed call tells the user: a code from the contract and a Chinese message. */
export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'CallError'
  }
}

const DEV_OPENID_KEY = 'jqt:devOpenId'

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

function unwrap<T>(envelope: Envelope<T> | undefined): T {
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    throw new CallError('INTERNAL', '服务返回了无法识别的结果')
  }
  if (envelope.ok) return envelope.data
  const { code, message, details } = envelope.error
  // Whatever asked for a signed-in caller: here nobody can be one.
  if (code === 'UNAUTHENTICATED' && !canSignIn()) throw new CallError(code, `${OPEN_IN_WECHAT}「晋企通」小程序后操作`, details)
  throw new CallError(code, message, details)
}

async function callOverHttp<T>(name: string, data: Record<string, unknown>): Promise<T> {
  const openId = devIdentity.get()
  try {
    const response = await Taro.request<Envelope<T>>({
      url: `${API_BASE}/fn/${name}`,
      method: 'POST',
      data,
      header: { 'content-type': 'application/json', ...(openId ? { 'X-Dev-OpenId': openId } : {}) },
      timeout: 15000,
    })
    return unwrap(response.data)
  } catch (error) {
    if (error instanceof CallError) throw error
    throw new CallError('NETWORK', '网络连接失败，请检查网络后重试')
  }
}

async function callInCloud<T>(name: string, data: Record<string, unknown>): Promise<T> {
  try {
    const response = await Taro.cloud.callFunction({ name, data })
    return unwrap(response.result as Envelope<T>)
  } catch (error) {
    if (error instanceof CallError) throw error
    throw new CallError('NETWORK', '云服务连接失败，请稍后重试')
  }
}

/** An action's parameters: optional when it takes none, or none it requires. */
export type Params<F extends FunctionName, A extends ActionName<F>> = Record<string, never> extends Input<F, A> ? [params?: Input<F, A>] : [params: Input<F, A>]

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
