import simulatedApi from 'miniprogram-simulate/src/api'

/**
 * The `wx` object one mini-program run sees: miniprogram-simulate's stand-ins for the APIs the app
 * never relies on, and real behaviour for what it does — routing, storage, toasts and modals,
 * WeChat's privacy authorisation and `wx.cloud.callFunction`. Everything a user would see or
 * answer is recorded on `WxState` for the tests.
 */

type Callbacks = { success?: (res: object) => void; fail?: (err: object) => void; complete?: (res: object) => void }
type Options = Record<string, unknown> & Callbacks

export type Route = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'

/** What the runtime provides behind the APIs. */
export interface WxHost {
  route: (kind: Route, options: { url?: string; delta?: number }) => Promise<void>
  callFunction: (name: string, data: unknown) => Promise<unknown>
}

export interface Toast {
  title: string
  icon: string
}

export interface Modal {
  title: string
  content: string
  showCancel: boolean
}

export interface WxState {
  storage: Map<string, unknown>
  toasts: Toast[]
  modals: Modal[]
  /** How the user answers the next modals (confirm when none is queued). */
  modalAnswers: boolean[]
  navigationTitles: string[]
  clipboard: string[]
  phoneCalls: string[]
  /** Whether the user has agreed to the privacy guide (WeChat keeps this record, not the app). */
  privacyAgreed: boolean
  /** Calls the app made that WeChat would refuse, as WeChat words them. */
  refusals: string[]
}

/** WeChat's answer to an async API: callbacks when given, a promise otherwise. */
function asyncApi<T extends object>(name: string, run: (options: Options) => Promise<T> | T) {
  return (options: Options = {}) => {
    const settled = Promise.resolve()
      .then(() => run(options))
      .then(
        (result) => ({ ok: true as const, res: { errMsg: `${name}:ok`, ...result } }),
        (error: unknown) => ({ ok: false as const, res: { errMsg: `${name}:fail ${error instanceof Error ? error.message : String(error)}` } }),
      )
    const callbacks = options.success || options.fail || options.complete
    const done = settled.then(({ ok, res }) => {
      if (ok) options.success?.(res)
      else options.fail?.(res)
      options.complete?.(res)
      if (!ok && !callbacks) throw res
      return res
    })
    return callbacks ? undefined : done
  }
}

/** Storage keeps what JSON keeps, as WeChat's does; a missing key reads as ''. */
const stored = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))

export function createWx(host: WxHost, state: WxState) {
  let privacyListener: ((resolve: (answer: { event: string; buttonId?: string }) => void) => void) | null = null
  let privacyRequests: { resolve: () => void; reject: (error: Error) => void }[] = []

  const answerPrivacy = (answer: { event: string }) => {
    if (answer.event === 'exposureAuthorization') return
    const pending = privacyRequests
    privacyRequests = []
    if (answer.event === 'agree') state.privacyAgreed = true
    for (const request of pending) {
      if (answer.event === 'agree') request.resolve()
      else request.reject(new Error('privacy permission is not authorized'))
    }
  }

  /** A privacy-controlled API: asks through the app's handler until the user has agreed. */
  const whenPrivacyAgreed = (api: string): Promise<void> => {
    if (state.privacyAgreed) return Promise.resolve()
    if (!privacyListener) {
      state.refusals.push(`${api}:fail privacy permission is not authorized (no onNeedPrivacyAuthorization handler)`)
      return Promise.reject(new Error('privacy permission is not authorized'))
    }
    const listener = privacyListener
    return new Promise((resolve, reject) => {
      privacyRequests.push({ resolve, reject })
      listener(answerPrivacy)
    })
  }

  const routeApi = (kind: Route) => asyncApi(kind, async (options) => {
    await host.route(kind, { url: options.url as string | undefined, delta: options.delta as number | undefined })
    return {}
  })

  const wx: Record<string, unknown> = {
    ...simulatedApi,
    webpackJsonp: undefined,
    canIUse: () => true,

    navigateTo: routeApi('navigateTo'),
    redirectTo: routeApi('redirectTo'),
    switchTab: routeApi('switchTab'),
    reLaunch: routeApi('reLaunch'),
    navigateBack: routeApi('navigateBack'),

    setStorageSync: (key: string, value: unknown) => void state.storage.set(key, stored(value)),
    getStorageSync: (key: string) => (state.storage.has(key) ? stored(state.storage.get(key)) : ''),
    removeStorageSync: (key: string) => void state.storage.delete(key),
    clearStorageSync: () => state.storage.clear(),
    setStorage: asyncApi('setStorage', ({ key, data }) => (state.storage.set(key as string, stored(data)), {})),
    getStorage: asyncApi('getStorage', ({ key }) => {
      if (!state.storage.has(key as string)) throw new Error('data not found')
      return { data: stored(state.storage.get(key as string)) }
    }),
    removeStorage: asyncApi('removeStorage', ({ key }) => (state.storage.delete(key as string), {})),

    showToast: asyncApi('showToast', ({ title, icon }) => (state.toasts.push({ title: String(title), icon: String(icon ?? 'success') }), {})),
    hideToast: asyncApi('hideToast', () => ({})),
    showLoading: asyncApi('showLoading', () => ({})),
    hideLoading: asyncApi('hideLoading', () => ({})),
    showModal: asyncApi('showModal', ({ title, content, showCancel }) => {
      state.modals.push({ title: String(title ?? ''), content: String(content ?? ''), showCancel: showCancel !== false })
      const confirm = state.modalAnswers.length ? (state.modalAnswers.shift() as boolean) : true
      return { confirm, cancel: !confirm }
    }),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', ({ title }) => (state.navigationTitles.push(String(title)), {})),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => ({})),

    setClipboardData: asyncApi('setClipboardData', async ({ data }) => {
      await whenPrivacyAgreed('setClipboardData')
      state.clipboard.push(String(data))
      return {}
    }),
    makePhoneCall: asyncApi('makePhoneCall', ({ phoneNumber }) => (state.phoneCalls.push(String(phoneNumber)), {})),
    openLocation: asyncApi('openLocation', () => ({})),
    previewImage: asyncApi('previewImage', () => ({})),
    requestSubscribeMessage: asyncApi('requestSubscribeMessage', ({ tmplIds }) =>
      Object.fromEntries((tmplIds as string[]).map((id) => [id, 'reject']))),

    onNeedPrivacyAuthorization: (listener: typeof privacyListener) => {
      privacyListener = listener
    },
    requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize', async () => {
      await whenPrivacyAgreed('requirePrivacyAuthorize')
      return {}
    }),
    getPrivacySetting: asyncApi('getPrivacySetting', () => ({ needAuthorization: !state.privacyAgreed, privacyContractName: '《晋企通隐私保护指引》' })),
    openPrivacyContract: asyncApi('openPrivacyContract', () => ({})),

    // The weapp build reaches its backend only through wx.cloud; a domain request has no legal domain configured.
    request: asyncApi('request', ({ url }) => {
      state.refusals.push(`request:fail url not in domain list: ${String(url)}`)
      throw new Error('url not in domain list')
    }),

    cloud: {
      init: () => undefined,
      callFunction: asyncApi('cloud.callFunction', async ({ name, data }) => ({ result: await host.callFunction(String(name), data) })),
    },
  }
  return wx
}

export const freshWxState = (privacyAgreed: boolean): WxState => ({
  storage: new Map(),
  toasts: [],
  modals: [],
  modalAnswers: [],
  navigationTitles: [],
  clipboard: [],
  phoneCalls: [],
  privacyAgreed,
  refusals: [],
})
