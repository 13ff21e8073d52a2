import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'

/** Kept on the device, like the privacy consent: a setting of this phone, not of the account. */
const CARE_MODE_KEY = 'jqt:careMode'
const careModeOn = () => Taro.getStorageSync(CARE_MODE_KEY) === true

/**
 * 关怀模式 (适老化): every page's root is `page care` when it is on — larger text, stronger
 * contrast and a simpler layout (app.css). Read again whenever a page shows, so a page kept in
 * the stack follows the switch on 我的.
 */
export function useCareMode() {
  const [on, setOn] = useState(careModeOn)
  useDidShow(() => setOn(careModeOn()))
  const set = (value: boolean) => {
    Taro.setStorageSync(CARE_MODE_KEY, value)
    setOn(value)
  }
  return { pageClass: on ? 'page care' : 'page', on, set }
}
