import http, { type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { acceptsGzip, createHost, utf8AtLeast } from '../../server/http'
import { JsonDepthGauge, MAX_BODY_BYTES, MAX_JSON_DEPTH } from '../../server/body'
import { fairInput } from '../helpers/fairs'
import { freshDatabase, testStorage } from '../helpers/context'
import { rawExchange, rawRequest } from '../helpers/raw-http'
import { cloudBaseProfile, functionTimeouts } from '../../server/db/cloudbase-profile'
import { openEmbeddedDatabase } from '../../server/db/embedded'
import { embeddedStorage } from '../../server/storage'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'

const db = freshDatabase()
let server: Server
let base = ''
let port = 0

beforeAll(async () => {
  server = createHost({ db, config: { adminOpenIds: ['dev-admin'], local: true, rateLimits: DEFAULT_RATE_LIMITS }, storage: testStorage })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`
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
    await expectError(await post('/fn/policy', '{"action":"get","id":2.5}'), 400, 'INVALID_INPUT', '条款编号')
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

/** A request with headers fetch would not let through (Host, Origin), answered in full. */
function request(method: string, path: string, headers: Record<string, string>, body = '') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const envelopeOf = (body: Buffer) => JSON.parse(body.toString('utf8')) as { ok: boolean; data?: { openId: string | null; role: string }; error?: { code: string; message: string } }

describe('requests that once stopped the server', () => {
  it.each([
    ['POST /fn/%E0%A4%A HTTP/1.1', 400],
    ['POST /fn/% HTTP/1.1', 400],
    ['GET /%E0%A4%A HTTP/1.1', 400],
    ['POST // HTTP/1.1', 404],
    ['GET * HTTP/1.1', 400],
  ])('answers `%s` with %i and an envelope, and keeps serving', async (requestLine, status) => {
    const answer = await rawExchange(port, { pieces: [rawRequest(requestLine, ['Host: 127.0.0.1', 'Content-Length: 2', 'Connection: close'], '{}')] })
    expect(answer.statuses).toEqual([status])
    expect(answer.text).toMatch(/"ok":false,"error":\{"code":"(INVALID_INPUT|NOT_FOUND)","message":"[^"]*[\u4e00-\u9fff]/)
    await stillServing()
  })

  it('serves a function named in an absolute-form target, as a proxy sends it', async () => {
    const body = '{"action":"get","id":1}'
    const answer = await rawExchange(port, {
      pieces: [rawRequest('POST http://127.0.0.1/fn/policy HTTP/1.1', ['Host: 127.0.0.1', `Content-Length: ${body.length}`, 'Connection: close'], body)],
    })
    expect(answer.statuses).toEqual([200])
  })
})

describe('request limits, checked before parsing', () => {
  const nested = (depth: number) => `{"action":"list","x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels, and lets ${MAX_JSON_DEPTH} through to the action's validation`, async () => {
    await expectError(await post('/fn/policy', nested(MAX_JSON_DEPTH + 1)), 400, 'INVALID_INPUT', `嵌套超过${MAX_JSON_DEPTH}层`)
    await expectError(await post('/fn/policy', nested(MAX_JSON_DEPTH)), 400, 'INVALID_INPUT', '未知的键')
  })

  it('refuses a 1 MB body nested half a million levels deep by its depth, and keeps serving', async () => {
    const depth = (MAX_BODY_BYTES - 40) / 2
    await expectError(await post('/fn/policy', nested(depth)), 400, 'INVALID_INPUT', '嵌套')
    await stillServing()
  })

  it('refuses a declared Content-Length over 1 MB', async () => {
    const answer = await rawExchange(port, {
      pieces: [rawRequest('POST /fn/policy HTTP/1.1', ['Host: 127.0.0.1', `Content-Length: ${MAX_BODY_BYTES + 1}`], '{"action":"list"}')],
    })
    expect(answer.statuses).toEqual([400])
    expect(answer.text).toContain('1MB')
  })

  it('counts the depth of brackets outside strings only, across chunk boundaries', () => {
    const depthOf = (...chunks: string[]) => {
      const gauge = new JsonDepthGauge()
      for (const chunk of chunks) gauge.feed(Buffer.from(chunk))
      return gauge.deepest
    }
    expect(depthOf('{"a":[1,{"b":[]}]}')).toBe(4)
    expect(depthOf('{"a":"[[[[{{{{"}')).toBe(1)
    expect(depthOf('{"a":"\\"[[[["}')).toBe(1)
    expect(depthOf('{"a":"\\\\",', '"b":[[]]}')).toBe(3)
    expect(depthOf('{"a":"\\', '"[[[["}')).toBe(1)
    expect(depthOf('["山西', '省[[["]')).toBe(1)
  })
})

describe('X-Dev-OpenId and other origins', () => {
  const me = (headers: Record<string, string>) => request('POST', '/fn/account', { 'content-type': 'application/json', ...headers }, '{"action":"me"}')

  it('grants another origin no CORS for X-Dev-OpenId', async () => {
    const preflight = await request('OPTIONS', '/fn/account', {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,x-dev-openid',
    })
    expect(preflight.status).toBe(204)
    expect(String(preflight.headers['access-control-allow-headers'])).not.toMatch(/x-dev-openid/i)
  })

  it('refuses X-Dev-OpenId from another origin with 403', async () => {
    const answer = await me({ origin: 'https://evil.example', 'x-dev-openid': 'dev-admin' })
    expect(answer.status).toBe(403)
    expect(envelopeOf(answer.body).error).toEqual(expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining('X-Dev-OpenId') }))
  })

  it('refuses it from a page on a domain pointed at this machine (DNS rebinding)', async () => {
    const answer = await me({ host: `rebind.example:${port}`, origin: `http://rebind.example:${port}`, 'x-dev-openid': 'dev-admin' })
    expect(answer.status).toBe(403)
  })

  it('takes it from the H5 app this server serves, under either local name', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const answer = await me({ host, origin: `http://${host}`, 'x-dev-openid': 'dev-admin' })
      expect(envelopeOf(answer.body).data).toEqual(expect.objectContaining({ openId: 'dev-admin', role: 'admin' }))
    }
  })

  it('takes it from tools, which send no Origin', async () => {
    const answer = await me({ 'x-dev-openid': 'dev-admin' })
    expect(envelopeOf(answer.body).data).toEqual(expect.objectContaining({ openId: 'dev-admin', role: 'admin' }))
  })

  it('still answers another origin anonymously', async () => {
    const answer = await me({ origin: 'https://evil.example' })
    expect(answer.headers['access-control-allow-origin']).toBe('*')
    expect(envelopeOf(answer.body).data).toEqual(expect.objectContaining({ openId: null, role: 'anonymous' }))
  })
})

describe('compressed answers', () => {
  const list = (acceptEncoding: string) => request('POST', '/fn/policy', { 'content-type': 'application/json', 'accept-encoding': acceptEncoding }, '{"action":"list"}')
  const measures = (json: Buffer) => (JSON.parse(json.toString('utf8')) as { data: { measures: unknown[] } }).data.measures

  it('sends gzipped JSON to a client that accepts it, plain JSON otherwise', async () => {
    const gzip = await list('gzip, deflate, br')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.headers.vary).toMatch(/accept-encoding/i)
    expect(measures(zlib.gunzipSync(gzip.body))).toHaveLength(26)
    const plain = await list('br;q=1, gzip;q=0')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(measures(plain.body)).toHaveLength(26)
  })

  it('reads q-values: q=0 refuses gzip', () => {
    expect(acceptsGzip('br;q=0, GZIP;q=0.5')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('gzip;q=0.0, br')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
    expect(acceptsGzip('x-gzip-not')).toBe(false)
  })

  it('compresses from 1,024 bytes of UTF-8, however many characters they are', () => {
    // ASCII is a byte a character, Chinese three, an emoji four for two UTF-16 code units.
    for (const [unit, bytesEach] of [['a', 1], ['政', 3], ['😀', 4]] as const) {
      const under = unit.repeat(Math.ceil(1024 / bytesEach) - 1)
      const over = unit.repeat(Math.ceil(1024 / bytesEach))
      expect([Buffer.byteLength(under) < 1024, Buffer.byteLength(over) >= 1024]).toEqual([true, true])
      expect([utf8AtLeast(under, 1024), utf8AtLeast(over, 1024)]).toEqual([false, true])
    }
    // Mixed: 1,023 and 1,024 bytes.
    expect(utf8AtLeast('政'.repeat(340) + 'aaa', 1024)).toBe(false)
    expect(utf8AtLeast('政'.repeat(341) + 'a', 1024)).toBe(true)
    expect(utf8AtLeast('a'.repeat(1021) + '政', 1024)).toBe(true)
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
