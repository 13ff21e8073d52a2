/**
 * WeChat's privacy flow keeps ONE `wx.onNeedPrivacyAuthorization` listener for the whole app: the
 * last one registered. It is registered here, once, at launch (app.ts), and hands each request —
 * from `wx.requirePrivacyAuthorize` or any privacy API such as `wx.setClipboardData` — to a privacy
 * dialog on the page being shown. Pages come and go; the listener stays.
 */
import Taro from '@tarojs/taro'

export type PrivacyResolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void

/** WeChat's flow is there (base library 2.32.3+): the platform keeps the record and asks through our dialog. */
export const wechatPrivacyFlow = () =>
  process.env.TARO_ENV === 'weapp' && typeof Taro.requirePrivacyAuthorize === 'function' && typeof Taro.onNeedPrivacyAuthorization === 'function'

/** A dialog that can ask: it shows itself and later answers `resolve`. */
interface PrivacyPrompt {
  ask: (resolve: PrivacyResolve) => void
}

interface Host {
  /** The page the dialog is on (Taro's current page when it was mounted). */
  page: unknown
  prompt: PrivacyPrompt
}

/** Every mounted dialog, the one last shown or asking last. */
const hosts: Host[] = []
let listening = false

const toFront = (host: Host) => {
  const at = hosts.indexOf(host)
  if (at >= 0) hosts.splice(at, 1)
  hosts.push(host)
}

const currentPage = (): unknown => Taro.getCurrentInstance().page ?? null

/**
 * The dialog to ask with: the latest on the page being shown. With no page known, the latest of
 * all; a shown page without a dialog cannot ask, and the request is declined rather than left hanging.
 */
function route(resolve: PrivacyResolve) {
  const page = currentPage()
  const host = [...hosts].reverse().find((h) => page === null || h.page === page)
  if (!host) return resolve({ event: 'disagree' })
  host.prompt.ask(resolve)
}

/** Registers the app's one listener; later calls change nothing. */
export function listenForPrivacyRequests() {
  if (listening || !wechatPrivacyFlow()) return
  listening = true
  Taro.onNeedPrivacyAuthorization(route)
}

/**
 * Offers a dialog for the requests of `page` (Taro's current page when the dialog mounted), until
 * `remove`. `toFront` when its page is shown again, or before it asks itself, so the request is its own.
 */
export function hostPrivacyPrompt(prompt: PrivacyPrompt, page: unknown) {
  const host: Host = { page, prompt }
  hosts.push(host)
  return {
    toFront: () => toFront(host),
    remove: () => {
      const at = hosts.indexOf(host)
      if (at >= 0) hosts.splice(at, 1)
    },
  }
}
