import { z } from 'zod'
import { cloudMain } from '../../cloudfunctions/_shared/cloud'
import { action, defineFunction } from '../../cloudfunctions/_shared/router'
import policy from '../../cloudfunctions/policy'

/** A function that tells who the platform says the caller is. */
const whoami = defineFunction('whoami', {
  me: action(z.strictObject({}), (_input, ctx) => ({ openId: ctx.openId, local: ctx.config.local })),
})

describe('the CloudBase entry point', () => {
  const saved = { ...process.env }
  beforeEach(() => {
    // How the platform hands the caller to @cloudbase/node-sdk in a WeChat cloud function.
    process.env.WX_OPENID = 'oWx_platform_caller'
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID'
  })
  afterEach(() => {
    process.env = { ...saved }
  })

  it('takes the caller from the platform context', async () => {
    const result = await cloudMain(whoami)({ action: 'me', userInfo: { openId: 'oWx_platform_caller' } })
    expect(result).toEqual({ ok: true, data: { openId: 'oWx_platform_caller', local: false } })
  })

  it('refuses an openid sent in the data', async () => {
    const result = await cloudMain(whoami)({ action: 'me', openId: 'someone-else' })
    expect(result).toEqual(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT' }) }))
  })

  it('answers HTTP access with a status code and a JSON body', async () => {
    const ok = (await cloudMain(policy)({ httpMethod: 'POST', body: JSON.stringify({ action: 'get', id: 21 }) })) as { statusCode: number; body: string }
    expect(ok.statusCode).toBe(200)
    expect(JSON.parse(ok.body).data.measure.id).toBe(21)

    const bad = (await cloudMain(policy)({ httpMethod: 'POST', body: Buffer.from('{"action":"get","id":0}').toString('base64'), isBase64Encoded: true })) as {
      statusCode: number
      body: string
    }
    expect(bad.statusCode).toBe(400)
    expect(JSON.parse(bad.body).error.code).toBe('INVALID_INPUT')

    const broken = (await cloudMain(policy)({ httpMethod: 'POST', body: '{' })) as { statusCode: number }
    expect(broken.statusCode).toBe(400)
  })
})
