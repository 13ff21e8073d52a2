/**
 * Consent to the privacy guide (隐私保护指引), asked before the first collection of personal data:
 * the seeker's profile, a firm's registration, an application, a fair sign-up.
 *
 * In the WeChat build the platform keeps the record (the guide is declared in the mini-program
 * admin; `wx.requirePrivacyAuthorize` asks, `wx.onNeedPrivacyAuthorization` shows our dialog); this
 * device also keeps a copy so a tap can tell synchronously whether the user agreed. In H5 the copy
 * on the device (Taro storage) is the record. A new version of the guide asks again.
 */
import Taro from '@tarojs/taro'

/** The page that states what we collect, why, how long, and how to export or delete it. */
export const PRIVACY_URL = '/packages/legal/privacy/index'

/** The guide's version: the date it was last changed. */
export const PRIVACY_VERSION = '2026-12-03'

const KEY = 'jqt:privacyConsent'

interface PrivacyConsent {
  version: string
  /** ISO time of agreement */
  at: string
}

export const privacyConsent = {
  get(): PrivacyConsent | null {
    const stored = Taro.getStorageSync(KEY) as unknown
    return stored && typeof stored === 'object' && typeof (stored as PrivacyConsent).version === 'string' ? (stored as PrivacyConsent) : null
  },
  /** Agreed to the current version. */
  agreed(): boolean {
    return privacyConsent.get()?.version === PRIVACY_VERSION
  },
  agree(now = new Date()) {
    Taro.setStorageSync(KEY, { version: PRIVACY_VERSION, at: now.toISOString() } satisfies PrivacyConsent)
  },
  /** Withdraws consent on this device: the next collection asks again. */
  revoke() {
    Taro.removeStorageSync(KEY)
  },
}

/** Opens the guide: WeChat's own page of the declared guide in the weapp build (ours if that fails), ours in H5. */
export function openPrivacyGuide() {
  if (process.env.TARO_ENV === 'weapp' && typeof Taro.openPrivacyContract === 'function') {
    Taro.openPrivacyContract({ fail: () => void Taro.navigateTo({ url: PRIVACY_URL }) })
    return
  }
  void Taro.navigateTo({ url: PRIVACY_URL })
}
