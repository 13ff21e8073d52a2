import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { usePrivacyGate } from '../../hooks/usePrivacyGate'
import { PRIVACY_URL, privacyConsent } from '../../services/privacy'
import './index.css'

export interface PrivacyGateProps {
  /** What the form is for, completing 「在您…之前」, e.g. 填写求职资料. */
  purpose: string
  /** What declining rules out, completing 「暂时无法…」, e.g. 填写和保存求职资料. */
  refusal: string
  /** The form: rendered only once the user has agreed. */
  children: ReactNode
}

type Status = 'asking' | 'agreed' | 'declined'

/**
 * Keeps a form that collects personal data closed until the user agrees to the privacy guide:
 * the dialog opens with the page; declining leaves a clear message and a way to agree later.
 */
export function PrivacyGate({ purpose, refusal, children }: PrivacyGateProps) {
  const gate = usePrivacyGate(purpose)
  // In H5 an earlier consent on this device lets the form show at once; WeChat is asked every time (it answers at once when agreed).
  const agreedBefore = useRef(process.env.TARO_ENV !== 'weapp' && privacyConsent.agreed())
  const [status, setStatus] = useState<Status>(agreedBefore.current ? 'agreed' : 'asking')
  const { ensure } = gate

  const ask = () => {
    setStatus('asking')
    void ensure().then((agreed) => setStatus(agreed ? 'agreed' : 'declined'))
  }
  const askRef = useRef(ask)
  askRef.current = ask
  useEffect(() => {
    if (!agreedBefore.current) askRef.current()
  }, [])

  if (status === 'agreed') return <>{children}</>
  return (
    <View className='privacy-gate'>
      {status === 'declined' && (
        <View className='card privacy-gate__card'>
          <Text className='privacy-gate__title'>需要您同意隐私保护指引</Text>
          <Text className='privacy-gate__text'>{`您没有同意《晋企通隐私保护指引》，我们不会收集您的任何信息，因此暂时无法${refusal}。`}</Text>
          <Text className='privacy-gate__text'>如改变主意，可阅读指引后点击「查看并同意」。</Text>
          <Button className='btn-primary privacy-gate__agree' onClick={ask}>
            查看并同意
          </Button>
          <View className='privacy-gate__links'>
            <Text className='link privacy-gate__link' onClick={() => void Taro.navigateTo({ url: PRIVACY_URL })}>
              阅读隐私保护指引
            </Text>
            <Text className='link privacy-gate__link' onClick={() => void Taro.navigateBack()}>
              返回
            </Text>
          </View>
        </View>
      )}
      {gate.dialog}
    </View>
  )
}
