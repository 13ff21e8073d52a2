import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { createHost, MAX_BODY_BYTES } from '../../server/http'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fairInput } from '../helpers/fairs'
import { freshDatabase, testStorage } from '../helpers/context'
import { cloudBaseProfile, functionTimeouts } from '../../server/db/cloudbase-profile'
import { openEmbeddedDatabase } from '../../server/db/embedded'
import { embeddedStorage } from '../../server/storage'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
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

/** A host of its own on a free port, closed after `use`. */
async function withHost(options: Parameters<typeof createHost>[0], use: (origin: string) => Promise<void>) {
  const host = createHost(options)
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  try {
    await use(`http://127.0.0.1:${(host.address() as AddressInfo).port}`)
  } finally {
    await new Promise((resolve) => host.close(resolve))
  }
}

describe('stored files', () => {
  it('serves an export at the link it answered, as a download, until the link expires', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-http-files-'))
    let now = Date.now()
    const storage = embeddedStorage(dir, () => now)
    const config = { adminOpenIds: ['dev-admin'], local: true, rateLimits: DEFAULT_RATE_LIMITS }
    await withHost({ db, config, storage }, async (origin) => {
      const asAdmin = { 'X-Dev-OpenId': 'dev-admin', 'content-type': 'application/json' }
      const call = async (body: object) => (await (await fetch(`${origin}/fn/admin`, { method: 'POST', body: JSON.stringify(body), headers: asAdmin })).json()) as { ok: boolean; data: Record<string, unknown> }
      const saved = await call({ action: 'saveFair', ...fairInput() })
      const fairId = (saved.data.fair as { id: string }).id
      const exported = await call({ action: 'exportFair', fairId, kind: 'bookings' })
      const file = exported.data.file as { url: string; expiresAt: string }
      expect(file.url.startsWith(`${origin}/files/`)).toBe(true)
      const download = await fetch(file.url)
      expect(download.status).toBe(200)
      expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(download.headers.get('content-disposition')).toBe('attachment')
      expect(file.url).toMatch(/\/files\/[0-9a-f]{32}\/[\w-]+\.csv$/)
      // UTF-8 with a BOM, so spreadsheet programs read the Chinese (text() would drop the BOM).
      const bytes = Buffer.from(await download.arrayBuffer())
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
      expect(bytes.subarray(3).toString('utf8').startsWith('展位号,企业名称')).toBe(true)
      // Past its expiry the link answers 410 Gone, and the file is gone too.
      now = Date.parse(file.expiresAt) + 1
      expect((await fetch(file.url)).status).toBe(410)
      expect((await fetch(file.url)).status).toBe(404)
      expect((await fetch(`${origin}/files/..%2F..%2Fjinqitong.db`)).status).toBe(404)
      expect(fs.readdirSync(dir)).toEqual([])
    })
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('under the CloudBase profile', () => {
  it('answers a call stopped at the function’s timeout as CloudBase does: 504 and the platform’s code', async () => {
    const profile = cloudBaseProfile({ functionTimeoutMs: { ...functionTimeouts(), account: 0 } })
    const timed = openEmbeddedDatabase(':memory:', { schema: collections, profile })
    await withHost({ db: timed, config: { adminOpenIds: [], local: true, rateLimits: DEFAULT_RATE_LIMITS }, storage: testStorage }, async (origin) => {
      const response = await fetch(`${origin}/fn/account`, { method: 'POST', body: '{"action":"me"}', headers: { 'X-Dev-OpenId': 'u-1' } })
      expect(response.status).toBe(504)
      expect(await response.json()).toEqual({ code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED', message: expect.stringContaining('account') })
    })
    timed.close()
  })
})
