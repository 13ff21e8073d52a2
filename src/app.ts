import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
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
  return children
}

export default App
