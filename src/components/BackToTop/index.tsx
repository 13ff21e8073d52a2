import { useState } from 'react'
import { Text } from '@tarojs/components'
import Taro, { usePageScroll } from '@tarojs/taro'
import './index.css'

/** Scrolled further than this (px, about two phone screens), the control shows. */
export const BACK_TO_TOP_AFTER = 1500

/** A round 顶部 control at the bottom right once a long page is scrolled far; a tap scrolls back to the top. */
export function BackToTop() {
  const [shown, setShown] = useState(false)
  // Setting the same value re-renders nothing: only crossing the line changes the page.
  usePageScroll(({ scrollTop }) => setShown(scrollTop > BACK_TO_TOP_AFTER))
  if (!shown) return null
  return (
    <Text className='back-to-top' onClick={() => void Taro.pageScrollTo({ scrollTop: 0, duration: 300 })}>
      顶部
    </Text>
  )
}
