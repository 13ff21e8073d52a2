/** WeChat subscription messages behind Notifier: the request built, the truncation, the errors (the SDK faked). */
import { z } from 'zod'
import { cloudMain } from '../cloud'
import type { ApplicationStatusNotice } from './notifier'
import {
  APPLICATIONS_PAGE,
  applicationStatusRequest,
  fitValue,
  parseKeys,
  sendSubscribeMessage,
  SUBSCRIBE_SEND_API,
  truncate,
  wechatNotifier,
  wechatNotifierFromEnv,
  type WxOpenApiTransport,
} from './wechat'
import { action, defineFunction } from '../router'

type Call = WxOpenApiTransport['callWxOpenApi']

/** A transport typed as the SDK's callWxOpenApi, answering with the given results in turn. */
const transport = (...answers: Awaited<ReturnType<Call>>[]) => {
  const callWxOpenApi = jest.fn<ReturnType<Call>, Parameters<Call>>()
  for (const a of answers) callWxOpenApi.mockResolvedValueOnce(a)
  const app: WxOpenApiTransport = { callWxOpenApi }
  return { app, callWxOpenApi }
}

const notice: ApplicationStatusNotice = {
  toOpenId: 'oWx_seeker',
  applicationId: 'app-1',
  jobTitle: '软件测试工程师',
  employerName: '山西晋云数智科技有限公司',
  status: 'interview',
  statusLabel: '邀请面试',
  note: '12月1日上午10点，太原市小店区长治路111号3层',
  at: '2026-11-28T07:05:00.000Z',
}
const options = { templateId: 'TPL-application-status' }

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined)
  jest.spyOn(console, 'info').mockImplementation(() => undefined)
})
afterEach(() => jest.restoreAllMocks())

describe('the subscribeMessage.send request', () => {
  it('goes to the seeker, with the template, the 我的投递 page and the data in the template\'s keywords', () => {
    expect(applicationStatusRequest(notice, options)).toEqual({
      touser: 'oWx_seeker',
      template_id: 'TPL-application-status',
      page: `${APPLICATIONS_PAGE}?id=app-1`,
      data: {
        thing1: { value: '软件测试工程师' },
        thing2: { value: '山西晋云数智科技有限公司' },
        phrase3: { value: '邀请面试' },
        time4: { value: '2026年11月28日 15:05' },
        thing5: { value: '12月1日上午10点，太原市小店区长治…' },
      },
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    })
  })

  it('fits every value to its keyword type: thing ≤ 20, phrase ≤ 5 Chinese characters, time in Shanghai', () => {
    const long = '高级软件测试与质量保障工程师（自动化测试方向，可远程办公）'
    expect(Array.from(fitValue('thing1', long))).toHaveLength(20)
    expect(fitValue('thing1', long)).toBe('高级软件测试与质量保障工程师（自动化测…')
    expect(fitValue('thing7', '短')).toBe('短')
    expect(fitValue('phrase3', '企业已查看')).toBe('企业已查看')
    expect(fitValue('phrase3', '已查看 (viewed)')).toBe('已查看')
    expect(fitValue('phrase3', '企业已经查看简历')).toBe('企业已经…')
    expect(fitValue('name2', '欧阳娜娜娜娜娜娜娜娜娜娜')).toHaveLength(10)
    expect(fitValue('character_string9', 'x'.repeat(40))).toHaveLength(32)
    // Midnight UTC is 8 o'clock in Shanghai; the date rolls over at 16:00 UTC.
    expect(fitValue('time4', '2026-11-28T00:00:00Z')).toBe('2026年11月28日 08:00')
    expect(fitValue('time4', '2026-11-28T16:30:00Z')).toBe('2026年11月29日 00:30')
    expect(fitValue('date6', '2026-11-28T16:30:00Z')).toBe('2026年11月29日 00:30')
    // WeChat refuses empty values.
    expect(fitValue('thing1', '   ')).toBe('—')
    expect(fitValue('phrase3', 'ok')).toBe('—')
  })

  it('counts characters, not UTF-16 units, and folds whitespace', () => {
    expect(truncate('😀'.repeat(25), 20)).toBe(`${'😀'.repeat(19)}…`)
    expect(truncate('面试\n地点：  长治路', 20)).toBe('面试 地点： 长治路')
  })

  it('says something useful when the firm left no note, per status', () => {
    const data = (status: string, statusLabel: string) => applicationStatusRequest({ ...notice, status, statusLabel, note: undefined }, options).data
    expect(data('offer', '录用').thing5.value).toBe('恭喜！企业决定录用您')
    expect(data('rejected', '不合适').phrase3.value).toBe('不合适')
    expect(data('viewed', '企业已查看').thing5.value).toBe('企业已查看您的简历')
    expect(data('withdrawn', '已撤回').thing5.value).toBe('您已撤回这份投递')
  })

  it('follows another template\'s keywords and leaves out the parts it has no keyword for', () => {
    const keys = parseKeys('job=thing11, status=phrase2, time=time9, bogus=thing3, firm=not a key')
    expect(keys).toEqual({ job: 'thing11', status: 'phrase2', time: 'time9' })
    const request = applicationStatusRequest(notice, { ...options, keys, miniprogramState: 'trial' })
    expect(Object.keys(request.data).sort()).toEqual(['phrase2', 'thing11', 'time9'])
    expect(request.miniprogram_state).toBe('trial')
    expect(parseKeys('  ')).toBeUndefined()
  })
})

describe('sending', () => {
  it('calls the open API through the SDK with the request', async () => {
    const { app, callWxOpenApi } = transport({ result: { errcode: 0, errmsg: 'ok' } })
    await wechatNotifier(app, options).applicationStatusChanged(notice)
    expect(callWxOpenApi).toHaveBeenCalledTimes(1)
    expect(callWxOpenApi).toHaveBeenCalledWith({ apiName: SUBSCRIBE_SEND_API, requestData: applicationStatusRequest(notice, options) })
    expect(SUBSCRIBE_SEND_API).toBe('/cgi-bin/message/subscribe/send')
    expect(console.error).not.toHaveBeenCalled()
  })

  it('takes 43101 (not subscribed) as normal: logged as info, not as an error', async () => {
    const { app } = transport({ result: JSON.stringify({ errcode: 43101, errmsg: 'user refuse to accept the msg' }) })
    await expect(sendSubscribeMessage(app, applicationStatusRequest(notice, options))).resolves.toBe('not-subscribed')
    expect(console.info).toHaveBeenCalled()
    expect(console.error).not.toHaveBeenCalled()
  })

  it('logs any other failure and never throws: an error code, a platform error, a rejected call', async () => {
    const request = applicationStatusRequest(notice, options)
    const failing: WxOpenApiTransport[] = [
      transport({ result: { errcode: 40037, errmsg: 'invalid template_id' } }).app,
      transport({ result: { errcode: 47003, errmsg: 'argument invalid! data.thing1.value invalid' } }).app,
      transport({ code: 'PERMISSION_DENIED', message: 'no permission' } as Awaited<ReturnType<Call>>).app,
      transport({}).app,
      { callWxOpenApi: jest.fn<ReturnType<Call>, Parameters<Call>>().mockRejectedValue(new Error('network')) },
    ]
    for (const app of failing) await expect(sendSubscribeMessage(app, request)).resolves.toBe('failed')
    expect(console.error).toHaveBeenCalledTimes(failing.length)
    await expect(wechatNotifier(failing[4], options).applicationStatusChanged(notice)).resolves.toBeUndefined()
  })
})

describe('the cloud entry', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })
  const probe = defineFunction('probe', {
    notifier: action(z.strictObject({}), (_input, ctx) => ({ notifier: Boolean(ctx.notifier) })),
  })

  it('builds a notifier only when the template id is set', async () => {
    const { app } = transport()
    expect(wechatNotifierFromEnv(app, {})).toBeUndefined()
    expect(wechatNotifierFromEnv(app, { SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: '  ' })).toBeUndefined()
    expect(wechatNotifierFromEnv(app, { SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: 'TPL' })).toBeDefined()

    process.env.OPENID_HMAC_SECRET = '0123456789abcdef0123456789abcdef'
    delete process.env.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS
    await expect(cloudMain(probe)({ action: 'notifier' })).resolves.toEqual({ ok: true, data: { notifier: false } })
    process.env.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS = 'TPL-application-status'
    await expect(cloudMain(probe)({ action: 'notifier' })).resolves.toEqual({ ok: true, data: { notifier: true } })
  })
})
