import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { PRIVACY_AGREE_BUTTON_ID, PrivacyDialog } from '../components/PrivacyDialog'
import { privacyConsent } from '../services/privacy'
import { hostPrivacyPrompt, wechatPrivacyFlow, type PrivacyResolve } from '../services/privacy-prompts'

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
 * platform raises `onNeedPrivacyAuthorization`, whose one app-wide listener
 * (services/privacy-prompts.ts) hands it to the dialog of the page being shown — this one when it
 * asks. WeChat's other privacy APIs called on this page are answered the same way. H5 and older
 * base libraries: the consent kept on the device decides, and the same dialog asks.
 */
export function usePrivacyGate(purpose: string): PrivacyGate {
  const [open, setOpen] = useState(false)
  const wxResolve = useRef<PrivacyResolve | null>(null)
  const pending = useRef<((agreed: boolean) => void) | null>(null)
  // The page this dialog is on, as Taro knows it while the page mounts.
  const [page] = useState<unknown>(() => Taro.getCurrentInstance().page ?? null)
  const host = useRef<ReturnType<typeof hostPrivacyPrompt> | null>(null)

  useEffect(() => {
    host.current = hostPrivacyPrompt(
      {
        ask: (resolve) => {
          // A second request while one is open: the first stays unanswered no longer.
          wxResolve.current?.({ event: 'disagree' })
          wxResolve.current = resolve
          resolve({ event: 'exposureAuthorization' })
          setOpen(true)
        },
      },
      page,
    )
    return () => {
      host.current?.remove()
      host.current = null
      // Leaving the page while it asks counts as not agreeing.
      wxResolve.current?.({ event: 'disagree' })
      wxResolve.current = null
      pending.current?.(false)
      pending.current = null
    }
  }, [page])
  useDidShow(() => host.current?.toFront())

  const answer = useCallback((agreed: boolean) => {
    setOpen(false)
    if (agreed) privacyConsent.agree()
    wxResolve.current?.(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
    wxResolve.current = null
    pending.current?.(agreed)
    pending.current = null
  }, [])

  const ensure = useCallback((): Promise<boolean> => {
    if (wechatPrivacyFlow()) {
      host.current?.toFront()
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
  }, [])

  return { ensure, dialog: open ? <PrivacyDialog purpose={purpose} onAgree={() => answer(true)} onDecline={() => answer(false)} /> : null }
}
