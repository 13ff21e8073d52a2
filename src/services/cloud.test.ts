/**
 * What a user reads when the platform, not our function, answers: CloudBase's English
 * `{code, message}` over HTTP or from wx.cloud becomes a Chinese message; our own envelopes pass
 * through unchanged.
 */
import { network, resetTaro } from '../../test/ui/taro'
import { callFunction, CallError } from './cloud'

const failureOf = async (call: Promise<unknown>): Promise<CallError> => {
  const outcome = await call.then(
    () => new Error('the call succeeded'),
    (error: unknown) => error,
  )
  if (!(outcome instanceof CallError)) throw outcome
  return outcome
}
const fairsList = () => callFunction('fairs', 'list')

beforeEach(() => resetTaro())
afterEach(() => {
  process.env.TARO_ENV = 'h5'
})

describe('over HTTP', () => {
  it('a 429 with Retry-After says how long to wait', async () => {
    network.reply = () => ({ statusCode: 429, header: { 'Retry-After': '30' }, data: { code: 'EXCEED_CONCURRENT_REQUEST_LIMIT', message: 'Request limit exceeded' } })
    const error = await failureOf(fairsList())
    expect({ code: error.code, message: error.message, details: error.details }).toEqual({
      code: 'RATE_LIMITED',
      message: '当前访问人数较多，请30秒后重试',
      details: { retryAfterSeconds: 30 },
    })
  })

  it('a 429 with a Retry-After date counts the seconds to it', async () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString()
    network.reply = () => ({ statusCode: 429, header: { 'retry-after': inAMinute }, data: '' })
    const error = await failureOf(fairsList())
    expect(error.message).toMatch(/^当前访问人数较多，请(59|60)秒后重试$/)
  })

  it('a function that ran out of time says so, and that the write may have happened', async () => {
    network.reply = () => ({ statusCode: 502, data: { code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED', message: 'Invoking task timed out after 10 seconds' } })
    const error = await failureOf(fairsList())
    expect([error.code, error.message]).toEqual(['TIMEOUT', '服务处理超时，请稍后重试；提交的操作可能已完成，请刷新查看'])
  })

  it('any other English failure reads as a Chinese one, never the English words', async () => {
    network.reply = () => ({ statusCode: 500, data: { code: 'FUNCTION_INVOCATION_FAILED', message: 'Function execution failed' } })
    const error = await failureOf(fairsList())
    expect([error.code, error.message]).toEqual(['UNAVAILABLE', '服务暂时不可用，请稍后重试'])
  })

  it("our own refusal keeps its code and Chinese message, 429 included", async () => {
    network.reply = () => ({ statusCode: 429, header: { 'Retry-After': '5' }, data: { ok: false, error: { code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' } } })
    const error = await failureOf(fairsList())
    expect([error.code, error.message]).toEqual(['RATE_LIMITED', '操作过于频繁，请稍后再试'])
  })
})

describe("the call index.html started for the opened page", () => {
  const start = (name: string, body: string, answer: Promise<unknown>) => (window.__jqtStartedCall = { name, body, answer })
  const asked: string[] = []
  beforeEach(() => {
    asked.length = 0
    network.answer = ({ url, data }) => {
      asked.push(`${url} ${JSON.stringify(data)}`)
      return { ok: true, data: 'from the server' }
    }
  })
  afterEach(() => delete window.__jqtStartedCall)

  it('answers the same call without asking again, once', async () => {
    start('fairs', '{"action":"list"}', Promise.resolve({ ok: true, data: 'started early' }))
    expect(await fairsList()).toBe('started early')
    expect(asked).toEqual([])
    expect(await fairsList()).toBe('from the server')
    expect(asked).toEqual(['/fn/fairs {"action":"list"}'])
  })

  it('is not taken by another call, which asks the server', async () => {
    start('fairs', '{"action":"list","status":"upcoming"}', Promise.resolve({ ok: true, data: 'started early' }))
    expect(await fairsList()).toBe('from the server')
    start('policy', '{"action":"list"}', Promise.resolve({ ok: true, data: 'started early' }))
    expect(await fairsList()).toBe('from the server')
  })

  it('gives its refusal as the call would', async () => {
    start('fairs', '{"action":"list"}', Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: '参数有误' } }))
    const error = await failureOf(fairsList())
    expect([error.code, error.message]).toEqual(['INVALID_INPUT', '参数有误'])
  })

  it('asks again when the early request failed or the platform answered instead', async () => {
    start('fairs', '{"action":"list"}', Promise.resolve(undefined))
    expect(await fairsList()).toBe('from the server')
    start('fairs', '{"action":"list"}', Promise.resolve({ code: 'FUNCTION_INVOCATION_FAILED', message: 'Function execution failed' }))
    expect(await fairsList()).toBe('from the server')
    expect(asked).toHaveLength(2)
  })

  it('asks again when the early request has not answered within the time any call is given', async () => {
    jest.useFakeTimers()
    try {
      start('fairs', '{"action":"list"}', new Promise(() => undefined))
      const answer = fairsList()
      await jest.advanceTimersByTimeAsync(14_999)
      expect(asked).toEqual([])
      await jest.advanceTimersByTimeAsync(1)
      expect(await answer).toBe('from the server')
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('from wx.cloud', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })

  it('a rejected call naming the concurrency limit asks the user to retry later', async () => {
    network.cloud = () => {
      throw Object.assign(new Error('cloud.callFunction:fail'), { code: 'EXCEED_CONCURRENT_REQUEST_LIMIT', message: 'Request limit exceeded due to sudden surge' })
    }
    const error = await failureOf(fairsList())
    expect([error.code, error.message]).toEqual(['RATE_LIMITED', '当前访问人数较多，请稍后重试'])
  })

  it('a timeout reported as errCode/errMsg is a timeout', async () => {
    network.cloud = () => {
      throw { errCode: -504003, errMsg: 'cloud.callFunction:fail Error: errCode: -504003 functions execute timeout' }
    }
    expect((await failureOf(fairsList())).code).toBe('TIMEOUT')
  })

  it('a result that is not our envelope is a platform failure in Chinese', async () => {
    network.cloud = () => ({ code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED', message: 'Invoking task timed out' })
    expect((await failureOf(fairsList())).message).toBe('服务处理超时，请稍后重试；提交的操作可能已完成，请刷新查看')
  })

  it('a call that never reached the cloud says the connection failed', async () => {
    network.cloud = () => {
      throw { errCode: -1, errMsg: 'cloud.callFunction:fail request:fail' }
    }
    const error = await failureOf(fairsList())
    expect([error.code, error.message]).toEqual(['NETWORK', '云服务连接失败，请稍后重试'])
  })

  it('answers the data of a successful envelope', async () => {
    network.cloud = ({ name, data }) => ({ ok: true, data: { name, data } })
    expect(await fairsList()).toEqual({ name: 'fairs', data: { action: 'list' } })
  })
})
