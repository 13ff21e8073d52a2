import { type PropsWithChildren } from 'react'
import Taro, { useDidShow, useLaunch } from '@tarojs/taro'
import { fetchUnread } from './services/messages'
import { listenForPrivacyRequests } from './services/privacy-prompts'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
    }
    // WeChat keeps one privacy listener for the whole app: this one, for every page.
    listenForPrivacyRequests()
  })
  // Whenever the app comes to the front, the 我的 tab says how many messages wait.
  useDidShow(() => void fetchUnread())
  return children
}

export default App
