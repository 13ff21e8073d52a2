import { z } from 'zod'
import { cloudMain } from '../../cloudfunctions/_shared/cloud'
import { AppError } from '../../cloudfunctions/_shared/errors'
import { parseAllowedOrigins } from '../../cloudfunctions/_shared/http-access'
import { action, defineFunction } from '../../cloudfunctions/_shared/router'
import policy from '../../cloudfunctions/policy'

/** How many times the actions of `whoami` ran. */
let handled = 0

/** A function that tells who the platform says the caller is, and one that is over its write limit. */
const whoami = defineFunction('whoami', {
  me: action(z.strictObject({}), (_input, ctx) => {
    handled++
    return { openId: ctx.openId, local: ctx.config.local }
  }),
  write: action(z.strictObject({}), () => {
    throw new AppError('RATE_LIMITED', '操作过于频繁，请在约2分钟后再试', { retryAfterSeconds: 90 })
  }),
})

interface HttpAnswer {
  statusCode: number
  headers: Record<string, string>
  body: string
}

const PAGE = 'https://jqt-prod-1a2b.tcloudbaseapp.com'

/** An integration request as CloudBase HTTP access hands it to the function. */
const request = (httpMethod: string, headers: Record<string, string>, body = '') =>
  cloudMain(whoami)({ path: '/fn/whoami', httpMethod, headers, queryStringParameters: {}, requestContext: { envId: 'jqt-prod-1a2b' }, body, isBase64Encoded: false }) as Promise<HttpAnswer>

describe('the CloudBase entry point', () => {
  const saved = { ...process.env }
  beforeEach(() => {
    handled = 0
    // How the platform hands the caller to @cloudbase/node-sdk in a WeChat cloud function.
    process.env.WX_OPENID = 'oWx_platform_caller'
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID'
    process.env.CORS_ORIGINS = `${PAGE}, http://localhost:10086`
    process.env.OPENID_HMAC_SECRET = '0123456789abcdef0123456789abcdef'
  })
  afterEach(() => {
    process.env = { ...saved }
  })

  it('takes the caller from the platform context', async () => {
    const result = await cloudMain(whoami)({ action: 'me', userInfo: { openId: 'oWx_platform_caller' } })
    expect(result).toEqual({ ok: true, data: { openId: 'oWx_platform_caller', local: false } })
  })

  it('will not start without the key of the openid hashes', async () => {
    delete process.env.OPENID_HMAC_SECRET
    await expect(cloudMain(whoami)({ action: 'me' })).rejects.toThrow(/OPENID_HMAC_SECRET is not set/)
    expect(handled).toBe(0)
  })

  it('refuses an openid sent in the data', async () => {
    const result = await cloudMain(whoami)({ action: 'me', openId: 'someone-else' })
    expect(result).toEqual(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT' }) }))
  })

  it('takes a CloudBase user signed in by custom login, never an anonymous CloudBase login', async () => {
    delete process.env.WX_OPENID
    process.env.TCB_CONTEXT_KEYS = 'TCB_UUID,TCB_CUSTOM_USER_ID,TCB_ISANONYMOUS_USER'
    Object.assign(process.env, { TCB_UUID: 'uid-custom-1', TCB_CUSTOM_USER_ID: 'jqt-smoke-1', TCB_ISANONYMOUS_USER: 'false' })
    expect(await cloudMain(whoami)({ action: 'me' })).toEqual({ ok: true, data: { openId: 'uid-custom-1', local: false } })
    Object.assign(process.env, { TCB_UUID: 'uid-anonymous-2', TCB_CUSTOM_USER_ID: '', TCB_ISANONYMOUS_USER: 'true' })
    expect(await cloudMain(whoami)({ action: 'me' })).toEqual({ ok: true, data: { openId: null, local: false } })
  })

  it('answers HTTP access with a status code and a JSON body', async () => {
    const ok = (await cloudMain(policy)({ httpMethod: 'POST', body: JSON.stringify({ action: 'get', id: 21 }) })) as HttpAnswer
    expect(ok.statusCode).toBe(200)
    expect(JSON.parse(ok.body).data.measure.id).toBe(21)

    const bad = (await cloudMain(policy)({ httpMethod: 'POST', body: Buffer.from('{"action":"get","id":0}').toString('base64'), isBase64Encoded: true })) as HttpAnswer
    expect(bad.statusCode).toBe(400)
    expect(JSON.parse(bad.body).error.code).toBe('INVALID_INPUT')

    const broken = (await cloudMain(policy)({ httpMethod: 'POST', body: '{' })) as HttpAnswer
    expect(broken.statusCode).toBe(400)
  })

  describe('over HTTP access (the browser build)', () => {
    it('answers the preflight of a listed page, allowing that page, POST and JSON, never credentials', async () => {
      const answer = await request('OPTIONS', { origin: PAGE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' })
      expect(answer.statusCode).toBe(204)
      expect(answer.headers).toEqual({
        vary: 'Origin',
        'access-control-allow-origin': PAGE,
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      })
      expect(handled).toBe(0)
    })

    it('answers a listed page\'s call with that page allowed to read it', async () => {
      const answer = await request('POST', { Origin: 'http://localhost:10086', 'content-type': 'application/json' }, '{"action":"me"}')
      expect(answer.statusCode).toBe(200)
      expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:10086')
      expect(answer.headers.vary).toBe('Origin')
      expect(answer.headers).not.toHaveProperty('access-control-allow-credentials')
    })

    it('refuses any other page, preflight or call, and runs nothing for it', async () => {
      for (const method of ['OPTIONS', 'POST']) {
        const answer = await request(method, { origin: 'https://evil.example' }, '{"action":"me"}')
        expect(answer.statusCode).toBe(403)
        expect(answer.headers).not.toHaveProperty('access-control-allow-origin')
        expect(JSON.parse(answer.body).error).toEqual({ code: 'FORBIDDEN', message: '不接受来自 https://evil.example 的网页调用' })
      }
      delete process.env.CORS_ORIGINS
      expect((await request('OPTIONS', { origin: PAGE })).statusCode).toBe(403)
      expect(handled).toBe(0)
    })

    it('serves a caller that is not a browser (no Origin) without CORS headers', async () => {
      const answer = await request('POST', {}, '{"action":"me"}')
      expect(answer.statusCode).toBe(200)
      expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
      expect((await request('GET', {})).statusCode).toBe(400)
    })

    it('signs nobody in: the caller is anonymous whatever the context or the request says', async () => {
      process.env.TCB_CONTEXT_KEYS = 'TCB_UUID'
      process.env.TCB_UUID = 'uid-web-user'
      const answer = await request('POST', { origin: PAGE, 'x-dev-openid': 'dev-admin' }, '{"action":"me","userInfo":{"openId":"oForged"}}')
      expect(JSON.parse(answer.body)).toEqual({ ok: true, data: { openId: null, local: false } })
    })

    it('says when to come back after RATE_LIMITED, in Retry-After as the local server does', async () => {
      const answer = await request('POST', { origin: PAGE }, '{"action":"write"}')
      expect(answer.statusCode).toBe(429)
      expect(answer.headers['retry-after']).toBe('90')
      expect(answer.headers['access-control-allow-origin']).toBe(PAGE)
    })
  })
})

describe('CORS_ORIGINS', () => {
  it('lists origins as browsers send them; anything else is invalid', () => {
    expect(parseAllowedOrigins(' https://A.example.com ,http://127.0.0.1:10086,,')).toEqual({ origins: ['https://a.example.com', 'http://127.0.0.1:10086'], invalid: [] })
    expect(parseAllowedOrigins('*, https://a.example.com/app, a.example.com').invalid).toEqual(['*', 'https://a.example.com/app', 'a.example.com'])
    expect(parseAllowedOrigins(undefined)).toEqual({ origins: [], invalid: [] })
  })
})
