import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import fs from 'node:fs'
import type { AppConfig } from '../cloudfunctions/_shared/context'
import { HTTP_STATUS, type ErrorCode } from '../cloudfunctions/_shared/errors'
import type { Envelope } from '../cloudfunctions/_shared/envelope'
import type { EmbeddedDatabase } from './db/embedded'
import { cloudFunctions } from './functions'
import { invoke, PLATFORM_STATUS } from './invoke'
import { serveStatic } from './static'
import { FILES_ROUTE, type EmbeddedStorage } from './storage'

export const MAX_BODY_BYTES = 1024 * 1024

interface HostOptions {
  /** The embedded database; its CloudBase profile, if any, governs every call. */
  db: EmbeddedDatabase
  config: AppConfig
  /** Where exports go, served at /files/<id>. */
  storage: EmbeddedStorage
  /** Folder of the H5 build to serve next to the functions; none for the API-only server. */
  staticDir?: string
}

function send(res: ServerResponse, status: number, body: Envelope) {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
  // RATE_LIMITED says when to come back, in the body (Chinese) and for HTTP clients.
  const retryAfter = body.ok ? undefined : body.error.details?.retryAfterSeconds
  if (typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter)
  res.writeHead(status, headers)
  res.end(JSON.stringify(body))
}

const fail = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
  send(res, status, { ok: false, error: { code, message } })

/** Reads the body up to the limit; null when it is larger (the rest is drained, not stored). */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** Where the caller reached this server: links to stored files point there. */
const originOf = (req: IncomingMessage) => `http://${req.headers.host ?? 'localhost'}`

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type, x-dev-openid',
}

/** A stored file until its link expires (410 after, as the file is gone). */
function sendFile(storage: EmbeddedStorage, id: string, res: ServerResponse) {
  const opened = storage.open(id)
  if (opened.status === 'expired') return fail(res, 410, 'NOT_FOUND', '下载链接已过期，请重新导出')
  if (opened.status === 'missing') return fail(res, 404, 'NOT_FOUND', '没有这个文件')
  // A download, named by the link (its last segment) or by the page that asked (<a download>).
  res.writeHead(200, { 'content-type': opened.contentType, 'content-disposition': 'attachment', 'cache-control': 'no-store' })
  fs.createReadStream(opened.file).pipe(res)
}

/**
 * The local host: hands `/fn/<name>` bodies to the same function routers the cloud runs,
 * with the caller taken from X-Dev-OpenId (local mode only), the embedded database and storage.
 */
export function createHost({ db, config, storage, staticDir }: HostOptions) {
  async function callFunction(req: IncomingMessage, res: ServerResponse, name: string) {
    const fn = Object.hasOwn(cloudFunctions, name) ? cloudFunctions[name] : undefined
    if (!fn) return fail(res, 404, 'NOT_FOUND', `没有名为「${name}」的云函数，可用：${Object.keys(cloudFunctions).join('、')}`)
    if (req.method !== 'POST') return fail(res, 400, 'INVALID_INPUT', '请使用POST方法调用云函数')
    const body = await readBody(req)
    if (body === null) return fail(res, 400, 'INVALID_INPUT', '请求体超过1MB上限')
    let event: unknown
    try {
      event = JSON.parse(body.toString('utf8'))
    } catch {
      return fail(res, 400, 'INVALID_INPUT', '请求体不是合法的JSON')
    }
    const header = req.headers['x-dev-openid']
    const openId = config.local && typeof header === 'string' && header.trim() ? header.trim() : null
    const { answer, body: sent } = await invoke(fn, event, { db, openId, config, now: () => new Date(), storage: storage.at(originOf(req)) }, db.profile)
    if ('platform' in answer) {
      res.writeHead(PLATFORM_STATUS[answer.error.code], { 'content-type': 'application/json; charset=utf-8' })
      return void res.end(sent)
    }
    send(res, answer.ok ? 200 : HTTP_STATUS[answer.error.code], answer)
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/fn\/([^/]+)\/?$/.exec(url.pathname)
    if (match) {
      for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value)
      if (req.method === 'OPTIONS') return void res.writeHead(204).end()
      callFunction(req, res, decodeURIComponent(match[1])).catch((error: unknown) => {
        console.error(error)
        if (!res.headersSent) fail(res, 500, 'INTERNAL', '服务暂时不可用，请稍后再试')
      })
      return
    }
    if (url.pathname.startsWith(FILES_ROUTE) && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendFile(storage, url.pathname.slice(FILES_ROUTE.length).split('/')[0], res)
    }
    if (staticDir) return serveStatic(staticDir, url.pathname, res)
    fail(res, 404, 'NOT_FOUND', '只提供 POST /fn/<云函数名>')
  })
}
