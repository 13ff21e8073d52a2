/** Asking for the application-status subscription message before applying (weapp only, never blocking). */
import Taro from '@tarojs/taro'
import { askForApplicationUpdates } from './subscribe'

const wx = Taro as unknown as Record<string, unknown>
const flags = globalThis as Record<string, unknown>
const env = process.env.TARO_ENV

afterEach(() => {
  process.env.TARO_ENV = env
  flags.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS = ''
  delete wx.requestSubscribeMessage
})

const platform = (answer: (option: Taro.requestSubscribeMessage.Option) => void) => {
  const request = jest.fn((option: Taro.requestSubscribeMessage.Option) => {
    answer(option)
    return Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' })
  })
  wx.requestSubscribeMessage = request
  return request
}

describe('askForApplicationUpdates', () => {
  it('asks nothing in H5, or in a weapp build without a template id', async () => {
    const request = platform(() => undefined)
    flags.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS = 'TPL'
    await expect(askForApplicationUpdates()).resolves.toBe('skipped')
    process.env.TARO_ENV = 'weapp'
    flags.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS = ''
    await expect(askForApplicationUpdates()).resolves.toBe('skipped')
    expect(request).not.toHaveBeenCalled()
  })

  it('asks for the template in the weapp build and reports the answer', async () => {
    process.env.TARO_ENV = 'weapp'
    flags.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS = 'TPL-application-status'
    const request = platform((o) => o.success?.({ errMsg: 'requestSubscribeMessage:ok', 'TPL-application-status': 'accept' }))
    await expect(askForApplicationUpdates()).resolves.toBe('accept')
    expect(request).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['TPL-application-status'] }))
    expect(request.mock.calls[0][0]).not.toHaveProperty('entityIds')

    platform((o) => o.success?.({ errMsg: 'requestSubscribeMessage:ok', 'TPL-application-status': 'reject' }))
    await expect(askForApplicationUpdates()).resolves.toBe('reject')
  })

  it('never rejects: a failed or throwing request resolves as failed, so applying goes on', async () => {
    process.env.TARO_ENV = 'weapp'
    flags.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS = 'TPL'
    jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    platform((o) => o.fail?.({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail the main switch is switched off' }))
    await expect(askForApplicationUpdates()).resolves.toBe('failed')
    wx.requestSubscribeMessage = () => Promise.reject(new Error('can only be invoked by user TAP gesture'))
    await expect(askForApplicationUpdates()).resolves.toBe('failed')
    wx.requestSubscribeMessage = () => {
      throw new Error('not supported')
    }
    await expect(askForApplicationUpdates()).resolves.toBe('failed')
  })
})
