/**
 * The H5 build as `npm start` serves it (sirv): the precompressed copies `npm run build:h5` writes,
 * ETag/304 and caching, on a small build of its own so no H5 build is needed.
 */
import fs from 'node:fs'
import http, { type IncomingHttpHeaders, type Server } from 'node:http'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { createHost } from '../../server/http'
import { IMMUTABLE } from '../../server/static'
import { precompress } from '../../scripts/precompress'
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'
import { freshDatabase, testStorage } from '../helpers/context'

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-static-'))
const build = path.join(parent, 'h5')
/** A file beside the build, which no request may reach. */
const SECRET = 'not-for-the-web-8c1f'
const INDEX = '<!doctype html><html lang="zh-CN"><head><title>晋企通</title><script defer src="/js/app.0123abcd.js"></script></head><body><div id="app"></div></body></html>'
const APP_JS = Array.from({ length: 400 }, (_, i) => `export const measure${i} = { id: ${i}, title: '第${i}条措施' };`).join('\n')
const MARKER_PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')

function write(relative: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(build, relative)), { recursive: true })
  fs.writeFileSync(path.join(build, relative), content)
}

const db = freshDatabase()
let server: Server
let port = 0

beforeAll(async () => {
  fs.writeFileSync(path.join(parent, 'secret.txt'), SECRET)
  write('index.html', INDEX)
  write('js/app.0123abcd.js', APP_JS)
  write('assets/fairs/marker.png', MARKER_PNG)
  write('js/large.0123abcd.js', Buffer.alloc(8 * 1024 * 1024, 'x'))
  precompress(build)
  server = createHost({ db, config: { adminOpenIds: [], local: true, rateLimits: DEFAULT_RATE_LIMITS }, storage: testStorage, staticDir: build })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  db.close()
  fs.rmSync(parent, { recursive: true, force: true })
})

function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the build step writing compressed copies', () => {
  it('writes .br and .gz copies of text assets that decompress to the asset, and none of images', () => {
    const js = path.join(build, 'js/app.0123abcd.js')
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${js}.br`)).toString()).toBe(APP_JS)
    expect(zlib.gunzipSync(fs.readFileSync(`${js}.gz`)).toString()).toBe(APP_JS)
    expect(fs.readFileSync(`${js}.br`).length).toBeLessThan(APP_JS.length / 4)
    expect(fs.existsSync(path.join(build, 'assets/fairs/marker.png.br'))).toBe(false)
  })

  it('removes copies whose asset is gone, and rewrites the others', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-precompress-'))
    try {
      fs.writeFileSync(path.join(dir, 'old.11111111.js.br'), 'stale')
      fs.writeFileSync(path.join(dir, 'app.22222222.js'), APP_JS)
      fs.writeFileSync(path.join(dir, 'app.22222222.js.gz'), 'stale')
      const summary = precompress(dir)
      expect(fs.readdirSync(dir).sort()).toEqual(['app.22222222.js', 'app.22222222.js.br', 'app.22222222.js.gz'])
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'app.22222222.js.gz'))).toString()).toBe(APP_JS)
      expect(summary).toEqual(expect.objectContaining({ assets: 1, bytes: Buffer.byteLength(APP_JS) }))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('static files of the H5 build', () => {
  it('sends a JS asset brotli-encoded, gzip-encoded or as it is, as the browser accepts', async () => {
    const br = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/^text\/javascript/)
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(APP_JS)
    const gzip = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(APP_JS)
    const plain = await get('/js/app.0123abcd.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(APP_JS)
    expect(br.headers.vary).toMatch(/accept-encoding/i)
  })

  it('answers a conditional GET with the ETag by 304, and a changed one in full', async () => {
    const first = await get('/js/app.0123abcd.js', { 'accept-encoding': 'br' })
    expect(first.headers.etag).toBeTruthy()
    const again = await get('/js/app.0123abcd.js', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    const changed = await get('/js/app.0123abcd.js', { 'accept-encoding': 'br', 'if-none-match': 'W/"1-1"' })
    expect(changed.status).toBe(200)
  })

  it('caches hashed assets for good and makes the browser revalidate index.html', async () => {
    expect((await get('/js/app.0123abcd.js')).headers['cache-control']).toBe(IMMUTABLE)
    const index = await get('/', { 'accept-encoding': 'br' })
    expect(index.headers['cache-control']).toBe('no-cache')
    expect(index.headers['content-type']).toMatch(/^text\/html/)
    expect((await get('/assets/fairs/marker.png')).headers['cache-control']).toBe('no-cache')
  })

  it('answers index.html for app paths and 404 for a missing file', async () => {
    const route = await get('/pages/policy/index')
    expect(route.status).toBe(200)
    expect(route.body.toString()).toBe(INDEX)
    const missing = await get('/js/app.ffffffff.js')
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.body.toString())).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有这个文件' } })
  })

  it('never serves a file outside the build', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/js/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/js/%2e%2e/%2e%2e/secret.txt']) {
      const answer = await get(attempt)
      expect(answer.body.toString()).not.toContain(SECRET)
    }
  })

  it('ignores Range, even an inverted one, and answers with the whole file', async () => {
    const answer = await get('/js/app.0123abcd.js', { range: 'bytes=50-10' })
    expect(answer.status).toBe(200)
    expect(answer.body.toString()).toBe(APP_JS)
  })

  it('closes the file of a download the browser gives up on', async () => {
    const openFiles = () => fs.readdirSync('/proc/self/fd').length
    const abandon = () =>
      new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /js/large.0123abcd.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'))
        socket.once('data', () => {
          socket.destroy()
          resolve()
        })
      })
    await abandon()
    const before = openFiles()
    for (let i = 0; i < 20; i++) await abandon()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(openFiles()).toBeLessThan(before + 5)
  })

  it('takes GET and HEAD only', async () => {
    expect((await get('/', {}, 'HEAD')).status).toBe(200)
    const post = await get('/', {}, 'DELETE')
    expect(post.status).toBe(400)
    expect(JSON.parse(post.body.toString()).error.code).toBe('INVALID_INPUT')
  })
})
