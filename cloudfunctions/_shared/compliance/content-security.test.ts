/** WeChat msgSecCheck v2 behind ContentSecurity: how answers become verdicts (the SDK faked). */
import { MAX_CHECK_CHARS, wechatContentSecurity, type WxOpenApiCaller } from './content-security'

const caller = (...answers: Awaited<ReturnType<WxOpenApiCaller['callWxOpenApi']>>[]) => {
  const callWxOpenApi = jest.fn<ReturnType<WxOpenApiCaller['callWxOpenApi']>, Parameters<WxOpenApiCaller['callWxOpenApi']>>()
  for (const a of answers) callWxOpenApi.mockResolvedValueOnce(a)
  return { callWxOpenApi }
}
const input = { openId: 'oWx_firm', title: '岗位', content: '负责门店运营' }

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined))
afterEach(() => jest.restoreAllMocks())

describe('wechatContentSecurity', () => {
  it('calls msg_sec_check version 2 with the writer\'s openid and passes clean text', async () => {
    const app = caller({ result: { errcode: 0, result: { suggest: 'pass', label: 100 } } })
    await expect(wechatContentSecurity(app).checkText(input)).resolves.toEqual({ suggest: 'pass', hits: [] })
    expect(app.callWxOpenApi).toHaveBeenCalledWith({
      apiName: '/wxa/msg_sec_check',
      requestData: { version: 2, openid: 'oWx_firm', scene: 3, title: '岗位', content: '负责门店运营' },
    })
  })

  it('turns a risky verdict into hits naming the keyword and the label', async () => {
    const app = caller({
      result: JSON.stringify({
        errcode: 0,
        result: { suggest: 'risky', label: 20006 },
        detail: [{ strategy: 'keyword', errcode: 0, suggest: 'risky', label: 20006, keyword: '某违禁词' }, { strategy: 'content_model', errcode: 0, suggest: 'risky', label: 20006, prob: 90 }],
      }),
    })
    const verdict = await wechatContentSecurity(app).checkText(input)
    expect(verdict.suggest).toBe('risky')
    expect(verdict.hits).toEqual([expect.objectContaining({ word: '某违禁词', category: 'wechat', categoryLabel: '微信内容安全：违法犯罪', construction: 'wechat', source: 'wechat' })])
  })

  it('passes a review suggestion on, without hits', async () => {
    const app = caller({ result: { errcode: 0, result: { suggest: 'review', label: 21000 } } })
    await expect(wechatContentSecurity(app).checkText(input)).resolves.toEqual({ suggest: 'review', hits: [] })
  })

  it('reports an error code, a platform error or a thrown call as unavailable, never as a hit', async () => {
    const failing = [
      caller({ result: { errcode: 40003, errmsg: 'invalid openid' } }),
      caller({ code: 'SYS_ERR', message: 'boom' }),
      { callWxOpenApi: jest.fn().mockRejectedValue(new Error('network')) },
    ]
    for (const app of failing) await expect(wechatContentSecurity(app).checkText(input)).resolves.toEqual({ suggest: 'unavailable', hits: [] })
  })

  it('checks long text in pieces of at most 2500 characters', async () => {
    const pass = { result: { errcode: 0, result: { suggest: 'pass', label: 100 } } }
    const app = caller(pass, pass)
    await wechatContentSecurity(app).checkText({ ...input, content: '字'.repeat(MAX_CHECK_CHARS + 1) })
    expect(app.callWxOpenApi).toHaveBeenCalledTimes(2)
  })
})
