import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { createHost, MAX_BODY_BYTES } from '../../server/http'
import { freshDatabase, testStorage } from '../helpers/context'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'

const db = freshDatabase()
let server: Server
let base = ''

beforeAll(async () => {
  server = createHost({ db, config: { adminOpenIds: ['dev-admin'], local: true, rateLimits: DEFAULT_RATE_LIMITS }, storage: testStorage })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  db.close()
})

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })

async function expectError(response: Response, status: number, code: string, message: string) {
  expect(response.status).toBe(status)
  const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } }
  expect(body.ok).toBe(false)
  expect(body.error.code).toBe(code)
  expect(body.error.message).toContain(message)
}

const stillServing = async () => {
  const response = await post('/fn/policy', JSON.stringify({ action: 'get', id: 1 }))
  expect(response.status).toBe(200)
}

describe('the local function server', () => {
  it('answers policy.list with the 26 measures in the envelope', async () => {
    const response = await post('/fn/policy', '{"action":"list"}')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { ok: boolean; data: { measures: unknown[] } }
    expect(body.ok).toBe(true)
    expect(body.data.measures).toHaveLength(26)
  })

  it('rejects malformed JSON with 400 and keeps serving', async () => {
    await expectError(await post('/fn/policy', '{"action": "list"'), 400, 'INVALID_INPUT', 'JSON')
    await stillServing()
  })

  it('answers an unknown function with 404', async () => {
    await expectError(await post('/fn/payroll', '{"action":"list"}'), 404, 'NOT_FOUND', 'payroll')
  })

  it('names the known actions when the action is unknown', async () => {
    await expectError(await post('/fn/policy', '{"action":"delete"}'), 400, 'INVALID_INPUT', 'list、get、evaluate')
  })

  it('requires an action', async () => {
    await expectError(await post('/fn/policy', '{}'), 400, 'INVALID_INPUT', 'action')
    await expectError(await post('/fn/policy', '[1,2]'), 400, 'INVALID_INPUT', 'JSON对象')
  })

  it('refuses a body over 1 MB and keeps serving', async () => {
    const big = JSON.stringify({ action: 'list', q: 'x'.repeat(MAX_BODY_BYTES) })
    await expectError(await post('/fn/policy', big), 400, 'INVALID_INPUT', '1MB')
    await stillServing()
  })

  it('maps error codes to HTTP statuses', async () => {
    await expectError(await post('/fn/policy', '{"action":"get","id":2.5}'), 400, 'INVALID_INPUT', 'id')
  })

  it('only accepts POST', async () => {
    const response = await fetch(`${base}/fn/policy`)
    await expectError(response, 400, 'INVALID_INPUT', 'POST')
  })

  it('takes the caller from X-Dev-OpenId in local mode', async () => {
    const response = await post('/fn/account', '{"action":"me"}', { 'X-Dev-OpenId': 'dev-admin' })
    const body = (await response.json()) as { data: { openId: string; role: string } }
    expect(body.data).toEqual(expect.objectContaining({ openId: 'dev-admin', role: 'admin' }))
  })

  it('never takes the caller from the request body', async () => {
    const response = await post('/fn/account', '{"action":"me","openId":"dev-admin"}')
    await expectError(response, 400, 'INVALID_INPUT', 'openId')
  })
})

describe('outside local mode', () => {
  it('ignores X-Dev-OpenId', async () => {
    const cloudLike = createHost({ db, config: { adminOpenIds: ['dev-admin'], local: false, rateLimits: DEFAULT_RATE_LIMITS }, storage: testStorage })
    await new Promise<void>((resolve) => cloudLike.listen(0, '127.0.0.1', resolve))
    const port = (cloudLike.address() as AddressInfo).port
    const response = await fetch(`http://127.0.0.1:${port}/fn/account`, {
      method: 'POST',
      body: '{"action":"me"}',
      headers: { 'X-Dev-OpenId': 'dev-admin' },
    })
    const body = (await response.json()) as { data: { openId: string | null; role: string } }
    expect(body.data).toEqual(expect.objectContaining({ openId: null, role: 'anonymous' }))
    await new Promise((resolve) => cloudLike.close(resolve))
  })
})
