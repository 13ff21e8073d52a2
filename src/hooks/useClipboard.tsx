import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { wechatPrivacyFlow } from '../services/privacy-prompts'
import { usePrivacyGate } from './usePrivacyGate'

/**
 * Copies text to the clipboard. In WeChat `setClipboardData` is a privacy API (the guide declares
 * 剪贴板): the user is asked through this page's privacy dialog first, and nothing is copied
 * without their consent. In the browser the text is copied at once. `purpose` completes the
 * dialog's 「在您…之前」; render `dialog` in the page.
 */
export function useClipboard(purpose: string) {
  const gate = usePrivacyGate(purpose)
  const { ensure } = gate
  const copy = useCallback(
    async (text: string): Promise<boolean> => {
      if (wechatPrivacyFlow() && !(await ensure())) {
        void Taro.showToast({ title: '需同意隐私保护指引后才能复制', icon: 'none' })
        return false
      }
      await Taro.setClipboardData({ data: text })
      return true
    },
    [ensure],
  )
  return { copy, dialog: gate.dialog }
}
