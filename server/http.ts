import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import fs from 'node:fs'
import { pipeline } from 'node:stream'
import zlib from 'node:zlib'
import type { AppConfig } from '../cloudfunctions/_shared/context'
import { HTTP_STATUS, type ErrorCode } from '../cloudfunctions/_shared/errors'
import type { Envelope } from '../cloudfunctions/_shared/envelope'
import { envelopeHeaders } from '../cloudfunctions/_shared/http-access'
import { readJsonBody } from './body'
import type { EmbeddedDatabase } from './db/embedded'
import { cloudFunctions } from './functions'
import { invoke, PLATFORM_STATUS, type Invoked } from './invoke'
import type { CloudFunction } from '../cloudfunctions/_shared/router'
import { FUNCTION_CORS_HEADERS, mayUseDevIdentity } from './origin'
import { staticFiles } from './static'
import { FILES_ROUTE, type EmbeddedStorage } from './storage'

interface HostOptions {
  /** The embedded database; its CloudBase profile, if any, governs every call. */
  db: EmbeddedDatabase
  config: AppConfig
  /** Where exports go, served at /files/<id>. */
  storage: EmbeddedStorage
  /** Folder of the H5 build to serve next to the functions; none for the API-only server. */
  staticDir?: string
  /** Runs a call: by default here (runHere); a read worker of server/cluster.ts hands writes on. */
  run?: FunctionRunner
}

/** Runs one call of a function: the caller (from the platform), and the origin links to stored files point at. */
export type FunctionRunner = (fn: CloudFunction, event: unknown, openId: string | null, origin: string) => Promise<Pick<Invoked, 'returned' | 'body'>>

/** Runs calls in this process, on its database and storage. */
export const runHere =
  ({ db, config, storage }: Pick<HostOptions, 'db' | 'config' | 'storage'>): FunctionRunner =>
  (fn, event, openId, origin) =>
    invoke(fn, event, { db, openId, config, now: () => new Date(), storage: storage.at(origin) }, db.profile)

/** Answers under this size go uncompressed: compressing them gains less than a packet. */
const COMPRESS_FROM_BYTES = 1024

/**
 * Whether Accept-Encoding allows gzip (a q of 0 refuses it). Answers are gzipped rather than
 * brotli-compressed: for the policy list's 17 KB gzip gives 5.3 KB in 0.1 ms, brotli 5.5 KB at
 * quality 4 and 4.7 KB at 5 in 0.7 and 1.4 ms.
 */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((entry) => {
    const [name, ...params] = entry.split(';').map((part) => part.trim().toLowerCase())
    const q = params.find((param) => param.startsWith('q='))
    return name === 'gzip' && (!q || Number(q.slice(2)) > 0)
  })
}

/**
 * Whether text takes at least `bytes` bytes as UTF-8, counting them only when its length leaves it
 * open: a UTF-16 code unit takes 1 to 3 bytes, and counting the 12 KB of an eligibility answer
 * costs 5 µs.
 */
export function utf8AtLeast(text: string, bytes: number): boolean {
  if (text.length >= bytes) return true
  return text.length * 3 >= bytes && Buffer.byteLength(text) >= bytes
}

/** Sends an envelope; `json` is its JSON when the caller has it already. */
function send(res: ServerResponse, status: number, body: Envelope, json = JSON.stringify(body)) {
  const headers: Record<string, string> = { ...envelopeHeaders(body), vary: 'accept-encoding' }
  let payload: string | Buffer = json
  if (utf8AtLeast(json, COMPRESS_FROM_BYTES) && acceptsGzip(res.req.headers['accept-encoding'])) {
    headers['content-encoding'] = 'gzip'
    payload = zlib.gzipSync(json)
  }
  res.writeHead(status, headers)
  res.end(payload)
}

const fail = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
  send(res, status, { ok: false, error: { code, message } })

/**
 * One route of the local host: a path pattern whose groups are the route's parameters, handed
 * over percent-decoded, and what answers it (the handler checks the method).
 */
export interface Route {
  path: RegExp
  handle: (req: IncomingMessage, res: ServerResponse, params: string[]) => void | Promise<void>
}

/**
 * The path of a request target, undecoded: from origin-form (`/fn/policy?x=1`, what browsers
 * send) or absolute-form (`http://host/fn/policy`, what proxies send). Null for anything else
 * (`*`, authority-form) and for a path whose percent-encoding does not decode.
 */
function targetPath(target: string): string | null {
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target)
  const rest = absolute ? target.slice(absolute[0].length) : target
  const path = absolute && !rest.startsWith('/') ? '/' : rest.split(/[?#]/, 1)[0]
  if (!path.startsWith('/')) return null
  try {
    decodeURIComponent(path)
    return path
  } catch {
    return null
  }
}

/** Where the caller reached this server: links to stored files point there. */
const originOf = (req: IncomingMessage) => `http://${req.headers.host ?? 'localhost'}`

/** A stored file until its link expires (410 after, as the file is gone). */
function sendFile(storage: EmbeddedStorage, id: string, res: ServerResponse) {
  const opened = storage.open(id)
  if (opened.status === 'expired') return fail(res, 410, 'NOT_FOUND', '下载链接已过期，请重新导出')
  if (opened.status === 'missing') return fail(res, 404, 'NOT_FOUND', '没有这个文件')
  // A download, named by the link (its last segment) or by the page that asked (<a download>).
  res.writeHead(200, { 'content-type': opened.contentType, 'content-disposition': 'attachment', 'cache-control': 'no-store' })
  // pipeline closes the file when the client goes away mid-download.
  pipeline(fs.createReadStream(opened.file), res, () => undefined)
}

/**
 * The local host: hands `/fn/<name>` bodies to the same function routers the cloud runs,
 * with the caller taken from X-Dev-OpenId (local mode only), the embedded database and storage,
 * and serves the H5 build when it has one.
 */
export function createHost({ db, config, storage, staticDir, run = runHere({ db, config, storage }) }: HostOptions) {
  async function callFunction(req: IncomingMessage, res: ServerResponse, name: string) {
    for (const [header, value] of Object.entries(FUNCTION_CORS_HEADERS)) res.setHeader(header, value)
    if (req.method === 'OPTIONS') return void res.writeHead(204).end()
    const fn = Object.hasOwn(cloudFunctions, name) ? cloudFunctions[name] : undefined
    if (!fn) return fail(res, 404, 'NOT_FOUND', `没有名为「${name}」的云函数，可用：${Object.keys(cloudFunctions).join('、')}`)
    if (req.method !== 'POST') return fail(res, 400, 'INVALID_INPUT', '请使用POST方法调用云函数')
    const header = req.headers['x-dev-openid']
    if (header !== undefined && !mayUseDevIdentity(req)) {
      return fail(res, 403, 'FORBIDDEN', '本地身份（X-Dev-OpenId）只接受本服务自己的页面和没有Origin的工具请求，其他网站的页面不能使用')
    }
    const body = await readJsonBody(req)
    if (body === null) return // the client went away
    if (!body.ok) return fail(res, 400, 'INVALID_INPUT', body.message)
    const openId = config.local && typeof header === 'string' && header.trim() ? header.trim() : null
    const { returned, body: sent } = await run(fn, body.value, openId, originOf(req))
    if ('platform' in returned) {
      res.writeHead(PLATFORM_STATUS[returned.error.code], { 'content-type': 'application/json; charset=utf-8' })
      return void res.end(sent)
    }
    send(res, returned.ok ? 200 : HTTP_STATUS[returned.error.code], returned, sent)
  }

  const routes: Route[] = [
    { path: /^\/fn\/([^/]+)\/?$/, handle: (req, res, [name]) => callFunction(req, res, name) },
    {
      path: new RegExp(`^${FILES_ROUTE}([^/]+)(?:/[^/]*)?$`),
      handle: (req, res, [id]) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 400, 'INVALID_INPUT', '文件只支持GET和HEAD请求')
        sendFile(storage, id, res)
      },
    },
  ]

  const app = staticDir ? staticFiles(staticDir) : null
  function serveApp(req: IncomingMessage, res: ServerResponse) {
    const notFound = () => fail(res, 404, 'NOT_FOUND', app ? '没有这个文件' : '只提供 POST /fn/<云函数名>')
    if (!app) return notFound()
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 400, 'INVALID_INPUT', '页面和静态文件只支持GET和HEAD请求')
    app(req, res, notFound)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = targetPath(req.url ?? '')
    if (path === null) return fail(res, 400, 'INVALID_INPUT', '请求地址不合法：应以“/”开头，百分号编码须能解码')
    // Every handler (and sirv) reads the origin-form.
    if (!req.url?.startsWith('/')) req.url = path
    for (const route of routes) {
      const match = route.path.exec(path)
      if (match) return route.handle(req, res, match.slice(1).map((param) => decodeURIComponent(param)))
    }
    serveApp(req, res)
  }

  // The one entry: whatever a request does, the listener never throws.
  return http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) fail(res, 500, 'INTERNAL', '服务暂时不可用，请稍后再试')
      else res.destroy()
    })
  })
}
