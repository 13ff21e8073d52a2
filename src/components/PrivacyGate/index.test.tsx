import { act, fireEvent, render, waitFor } from '@testing-library/react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { clipboardWrites, resetTaro, shownPage } from '../../../test/ui/taro'
import { useClipboard } from '../../hooks/useClipboard'
import { usePrivacyGate } from '../../hooks/usePrivacyGate'
import { PRIVACY_VERSION, privacyConsent } from '../../services/privacy'
import { listenForPrivacyRequests } from '../../services/privacy-prompts'
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

/** A copy button (a share link, a CSV export) and its dialog. */
function Copier({ onDone }: { onDone: (copied: boolean) => void }) {
  const clipboard = useClipboard('复制分享链接')
  return (
    <View>
      <Button onClick={() => void clipboard.copy('2026年12月5日 太原市春风行动招聘会').then(onDone)}>复制</Button>
      {clipboard.dialog}
    </View>
  )
}

describe('useClipboard in the browser', () => {
  it('copies at once: the browser\'s clipboard is not WeChat\'s privacy API', async () => {
    const onDone = jest.fn()
    const { getByText, container } = render(<Copier onDone={onDone} />)
    fireEvent.click(getByText('复制'))
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true))
    expect(clipboardWrites).toEqual(['2026年12月5日 太原市春风行动招聘会'])
    expect(container.querySelector('.privacy-dialog')).toBeNull()
  })
})

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
    /** Every listener the app registered with the platform: WeChat keeps only the last. */
    const registered: Taro.onNeedPrivacyAuthorization.Listener[] = []
    let agreedWithPlatform = false
    const answers: Taro.onNeedPrivacyAuthorization.ResolveOption[] = []
    /** What WeChat does when a privacy API is called before the user agreed: asks the app's listener. */
    const platformAsks = (referrer: string, then: (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void = () => undefined) =>
      registered.at(-1)?.((option) => {
        answers.push(option)
        if (option.event === 'agree') agreedWithPlatform = true
        then(option)
      }, { referrer })
    beforeEach(() => {
      process.env.TARO_ENV = 'weapp'
      agreedWithPlatform = false
      answers.length = 0
      wx.onNeedPrivacyAuthorization = (l: Taro.onNeedPrivacyAuthorization.Listener) => void registered.push(l)
      // The platform: agreed already → success; otherwise the listener decides.
      wx.requirePrivacyAuthorize = ({ success, fail }: Taro.requirePrivacyAuthorize.Option) => {
        if (agreedWithPlatform) return success?.({ errMsg: 'requirePrivacyAuthorize:ok' })
        platformAsks('requirePrivacyAuthorize', (option) => {
          if (option.event === 'agree') success?.({ errMsg: 'requirePrivacyAuthorize:ok' })
          else if (option.event === 'disagree') fail?.({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized' })
        })
      }
      // What app.ts does at launch.
      listenForPrivacyRequests()
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

    it('keeps one listener for the app, whatever pages come and go', () => {
      const first = render(<Action onDone={jest.fn()} />)
      render(<Action onDone={jest.fn()} />)
      first.unmount()
      listenForPrivacyRequests()
      expect(registered).toHaveLength(1)
    })

    it('asks on the page shown: a second page still gets the prompt after the first page is gone', async () => {
      const jobPage = { route: 'packages/jobs/detail/index' }
      const profilePage = { route: 'packages/seeker/profile/index' }
      // The job page, then the seeker's profile opened over it (each with its dialog), then closed again.
      shownPage.page = jobPage
      const job = render(<Action onDone={jest.fn()} />)
      shownPage.page = profilePage
      render(<Action onDone={jest.fn()} />).unmount()
      shownPage.page = jobPage
      // Something on the job page calls a privacy API (copying its link): WeChat asks the app's listener.
      const answered = jest.fn()
      act(() => void platformAsks('setClipboardData', answered))
      await waitFor(() => expect(job.container.querySelector('.privacy-dialog')).not.toBeNull())
      const agree = job.container.querySelector('#jqt-privacy-agree') as HTMLElement
      act(() => void agree.dispatchEvent(new CustomEvent('agreeprivacyauthorization', { bubbles: true })))
      expect(answered).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'jqt-privacy-agree' })
      expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'jqt-privacy-agree' }])
    })

    it('copies to the clipboard only after the user agrees, asked on the page that copies', async () => {
      const onDone = jest.fn()
      const { getByText, findByText, container } = render(<Copier onDone={onDone} />)
      fireEvent.click(getByText('复制'))
      await waitFor(() => expect(container.textContent).toContain('在您复制分享链接之前'))
      fireEvent.click(await findByText('不同意'))
      await waitFor(() => expect(onDone).toHaveBeenLastCalledWith(false))
      expect(clipboardWrites).toEqual([])
      fireEvent.click(getByText('复制'))
      const agree = await waitFor(() => container.querySelector('#jqt-privacy-agree') as HTMLElement)
      act(() => void agree.dispatchEvent(new CustomEvent('agreeprivacyauthorization', { bubbles: true })))
      await waitFor(() => expect(onDone).toHaveBeenLastCalledWith(true))
      expect(clipboardWrites).toEqual(['2026年12月5日 太原市春风行动招聘会'])
    })

    it('declines at once for a page shown without a dialog, rather than leave WeChat waiting', () => {
      shownPage.page = { route: 'packages/jobs/detail/index' }
      render(<Action onDone={jest.fn()} />)
      shownPage.page = { route: 'pages/policy/index' }
      const answered = jest.fn()
      platformAsks('setClipboardData', answered)
      expect(answered).toHaveBeenCalledWith({ event: 'disagree' })
    })
  })
})
