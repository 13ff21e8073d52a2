import { act, fireEvent, render, waitFor } from '@testing-library/react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { resetTaro } from '../../../test/ui/taro'
import { usePrivacyGate } from '../../hooks/usePrivacyGate'
import { PRIVACY_VERSION, privacyConsent } from '../../services/privacy'
import { PrivacyGate } from '.'

beforeEach(resetTaro)

const Form = () => <View className='the-form'>求职资料表单</View>
const gated = () => render(
  <PrivacyGate purpose='填写求职资料' refusal='填写和保存求职资料'>
    <Form />
  </PrivacyGate>,
)

describe('PrivacyGate', () => {
  it('asks before the form opens; declining keeps the user out with a clear message', async () => {
    const { container, getByText } = gated()
    await waitFor(() => getByText('同意并继续'))
    expect(container.querySelector('.the-form')).toBeNull()
    expect(container.textContent).toContain('在您填写求职资料之前')

    fireEvent.click(getByText('不同意'))
    await waitFor(() => getByText('需要您同意隐私保护指引'))
    expect(container.textContent).toContain('暂时无法填写和保存求职资料')
    expect(container.querySelector('.privacy-dialog')).toBeNull()
    expect(container.querySelector('.the-form')).toBeNull()
    expect(privacyConsent.agreed()).toBe(false)
  })

  it('agreeing (at once or after declining) opens the form and is remembered', async () => {
    const first = gated()
    fireEvent.click(await first.findByText('不同意'))
    fireEvent.click(await first.findByText('查看并同意'))
    fireEvent.click(await first.findByText('同意并继续'))
    await waitFor(() => expect(first.container.querySelector('.the-form')).not.toBeNull())
    expect(privacyConsent.get()).toEqual({ version: PRIVACY_VERSION, at: expect.any(String) })
    first.unmount()

    // Next time: the form at once, no dialog.
    const second = gated()
    expect(second.container.querySelector('.the-form')).not.toBeNull()
    expect(second.container.querySelector('.privacy-dialog')).toBeNull()
  })

  it('asks again when the guide has changed since the user agreed', async () => {
    Taro.setStorageSync('jqt:privacyConsent', { version: '2020-01-01', at: '2020-01-01T00:00:00Z' })
    const { findByText, container } = gated()
    await findByText('同意并继续')
    expect(container.querySelector('.the-form')).toBeNull()
  })
})

/** A button action (apply, sign up) behind the gate. */
function Action({ onDone }: { onDone: (agreed: boolean) => void }) {
  const gate = usePrivacyGate('投递简历')
  return (
    <View>
      <Button onClick={() => void gate.ensure().then(onDone)}>投递</Button>
      <Text>{gate.dialog ? '对话框' : ''}</Text>
      {gate.dialog}
    </View>
  )
}

describe('usePrivacyGate', () => {
  it('resolves true after agreeing, false after declining, at once when agreed before', async () => {
    const onDone = jest.fn()
    const { getByText, findByText } = render(<Action onDone={onDone} />)
    fireEvent.click(getByText('投递'))
    fireEvent.click(await findByText('不同意'))
    await waitFor(() => expect(onDone).toHaveBeenLastCalledWith(false))
    fireEvent.click(getByText('投递'))
    fireEvent.click(await findByText('同意并继续'))
    await waitFor(() => expect(onDone).toHaveBeenLastCalledWith(true))
    fireEvent.click(getByText('投递'))
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(3))
    expect(onDone).toHaveBeenLastCalledWith(true)
    expect(document.querySelector('.privacy-dialog')).toBeNull()
  })

  describe('in the WeChat build', () => {
    const env = process.env.TARO_ENV
    const wx = Taro as unknown as Record<string, unknown>
    let listener: Taro.onNeedPrivacyAuthorization.Listener | undefined
    let agreedWithPlatform = false
    const answers: Taro.onNeedPrivacyAuthorization.ResolveOption[] = []
    beforeEach(() => {
      process.env.TARO_ENV = 'weapp'
      agreedWithPlatform = false
      answers.length = 0
      wx.onNeedPrivacyAuthorization = (l: Taro.onNeedPrivacyAuthorization.Listener) => void (listener = l)
      // The platform: agreed already → success; otherwise the listener decides.
      wx.requirePrivacyAuthorize = ({ success, fail }: Taro.requirePrivacyAuthorize.Option) => {
        if (agreedWithPlatform) return success?.({ errMsg: 'requirePrivacyAuthorize:ok' })
        listener?.((option) => {
          answers.push(option)
          if (option.event === 'agree') {
            agreedWithPlatform = true
            success?.({ errMsg: 'requirePrivacyAuthorize:ok' })
          } else if (option.event === 'disagree') fail?.({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized' })
        }, { referrer: '' })
      }
    })
    afterEach(() => {
      process.env.TARO_ENV = env
      delete wx.onNeedPrivacyAuthorization
      delete wx.requirePrivacyAuthorize
    })

    it('answers onNeedPrivacyAuthorization with the dialog: exposure, then agree with the button id', async () => {
      const onDone = jest.fn()
      const { getByText, container } = render(<Action onDone={onDone} />)
      fireEvent.click(getByText('投递'))
      await waitFor(() => expect(container.querySelector('.privacy-dialog')).not.toBeNull())
      expect(answers).toEqual([{ event: 'exposureAuthorization' }])
      // WeChat's agree button fires `agreeprivacyauthorization`, not a tap.
      const agree = container.querySelector('#jqt-privacy-agree') as HTMLElement
      act(() => void agree.dispatchEvent(new CustomEvent('agreeprivacyauthorization', { bubbles: true })))
      await waitFor(() => expect(onDone).toHaveBeenCalledWith(true))
      expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'jqt-privacy-agree' }])
      expect(privacyConsent.agreed()).toBe(true)
      fireEvent.click(getByText('投递'))
      await waitFor(() => expect(onDone).toHaveBeenCalledTimes(2))
      expect(answers).toHaveLength(2)
    })

    it('declining fails the platform\'s request', async () => {
      const onDone = jest.fn()
      const { getByText, findByText } = render(<Action onDone={onDone} />)
      fireEvent.click(getByText('投递'))
      fireEvent.click(await findByText('不同意'))
      await waitFor(() => expect(onDone).toHaveBeenCalledWith(false))
      expect(answers.at(-1)).toEqual({ event: 'disagree' })
    })
  })
})
