import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { PRIVACY_AGREE_BUTTON_ID, PrivacyDialog } from '../components/PrivacyDialog'
import { privacyConsent } from '../services/privacy'

type WxResolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void

/** WeChat's flow is there (base library 2.32.3+): the platform keeps the record and asks through our dialog. */
const wechatPrivacy = () =>
  process.env.TARO_ENV === 'weapp' && typeof Taro.requirePrivacyAuthorize === 'function' && typeof Taro.onNeedPrivacyAuthorization === 'function'

export interface PrivacyGate {
  /** Resolves true once the user has agreed (at once if they already had), false if they decline. */
  ensure: () => Promise<boolean>
  /** The dialog while it is asking; render it in the page. */
  dialog: ReactNode
}

/**
 * Asks for consent to the privacy guide before personal data is collected.
 *
 * WeChat: `ensure` calls `wx.requirePrivacyAuthorize`; when the user has not agreed yet, the
 * platform raises `onNeedPrivacyAuthorization`, which this page answers with the dialog (WeChat's
 * other privacy APIs called while the page is shown are answered the same way). H5 and older base
 * libraries: the consent kept on the device decides, and the same dialog asks.
 */
export function usePrivacyGate(purpose: string): PrivacyGate {
  const [open, setOpen] = useState(false)
  const alive = useRef(true)
  const wxResolve = useRef<WxResolve | null>(null)
  const pending = useRef<((agreed: boolean) => void) | null>(null)

  // There is one listener per app: the page that is shown (or asking) takes it over.
  const listen = useCallback(() => {
    if (!wechatPrivacy()) return
    Taro.onNeedPrivacyAuthorization((resolve) => {
      // A page no longer there cannot ask: the API that wanted consent fails instead of hanging.
      if (!alive.current) return resolve({ event: 'disagree' })
      wxResolve.current = resolve
      resolve({ event: 'exposureAuthorization' })
      setOpen(true)
    })
  }, [])
  useDidShow(listen)

  const answer = useCallback((agreed: boolean) => {
    setOpen(false)
    if (agreed) privacyConsent.agree()
    wxResolve.current?.(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
    wxResolve.current = null
    pending.current?.(agreed)
    pending.current = null
  }, [])

  useEffect(() => {
    alive.current = true
    listen()
    return () => {
      alive.current = false
      // Leaving the page while it asks counts as not agreeing.
      wxResolve.current?.({ event: 'disagree' })
      wxResolve.current = null
      pending.current?.(false)
      pending.current = null
    }
  }, [listen])

  const ensure = useCallback((): Promise<boolean> => {
    if (wechatPrivacy()) {
      listen()
      return new Promise((resolve) => {
        Taro.requirePrivacyAuthorize({
          success: () => {
            privacyConsent.agree()
            resolve(true)
          },
          fail: () => resolve(false),
        })
      })
    }
    if (privacyConsent.agreed()) return Promise.resolve(true)
    return new Promise((resolve) => {
      pending.current?.(false)
      pending.current = resolve
      setOpen(true)
    })
  }, [listen])

  return { ensure, dialog: open ? <PrivacyDialog purpose={purpose} onAgree={() => answer(true)} onDecline={() => answer(false)} /> : null }
}
