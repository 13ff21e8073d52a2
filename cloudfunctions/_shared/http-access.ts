/**
 * CloudBase HTTP access (HTTP 访问服务), which serves the browser build: the request arrives as an
 * "integration request" event and the function answers with an "integration response"
 * (https://docs.cloudbase.net/service/access-cloud-function). Browsers on the origins listed in
 * CORS_ORIGINS may call; any other page is refused. The browser build has no sign-in, so callers
 * here are anonymous and read only (README: H5 against the cloud).
 */
import { HTTP_STATUS } from './errors'
import type { Envelope } from './envelope'

export interface HttpAccessEvent {
  httpMethod: string
  headers?: Record<string, string | undefined>
  body?: string
  /** The documentation describes it as 'true or false'; its example sends a boolean. */
  isBase64Encoded?: boolean | string
}

export interface HttpAccessResponse {
  statusCode: number
  headers: Record<string, string>
  body: string
}

export const isHttpAccess = (event: unknown): event is HttpAccessEvent =>
  typeof event === 'object' && event !== null && typeof (event as { httpMethod?: unknown }).httpMethod === 'string'

/** The headers of every JSON answer, from the cloud and from the local server alike. */
export function envelopeHeaders(envelope: Envelope): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
  // RATE_LIMITED says when to come back, in the body (Chinese) and for HTTP clients.
  const retryAfter = envelope.ok ? undefined : envelope.error.details?.retryAfterSeconds
  if (typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter)
  return headers
}

/** An origin as browsers send it: scheme, host and port only. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i

/**
 * CORS_ORIGINS: the origins the browser build is served from, comma-separated, each exactly as the
 * browser sends it (e.g. `https://jqt-prod-1a2b.tcloudbaseapp.com`). `*` and anything with a path
 * are not origins and are listed as invalid (deploying refuses them; the functions ignore them).
 */
export function parseAllowedOrigins(value: string | undefined) {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  return {
    origins: entries.filter((entry) => ORIGIN.test(entry)).map((entry) => entry.toLowerCase()),
    invalid: entries.filter((entry) => !ORIGIN.test(entry)),
  }
}

export const allowedOriginsFromEnv = (env: NodeJS.ProcessEnv) => parseAllowedOrigins(env.CORS_ORIGINS).origins

/** How long a browser may reuse a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600

const header = (event: HttpAccessEvent, name: string) =>
  Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1]

const json = (envelope: Envelope, extra: Record<string, string> = {}): HttpAccessResponse => ({
  statusCode: envelope.ok ? 200 : HTTP_STATUS[envelope.error.code],
  headers: { ...envelopeHeaders(envelope), ...extra },
  body: JSON.stringify(envelope),
})

/**
 * Answers one HTTP access request: a CORS preflight from an allowed page, or a POST whose JSON body
 * is handed to `dispatch`. No credentials are ever allowed: nothing here reads cookies.
 */
export async function answerHttpAccess(
  event: HttpAccessEvent,
  allowedOrigins: readonly string[],
  dispatch: (data: unknown) => Promise<Envelope>,
): Promise<HttpAccessResponse> {
  const origin = header(event, 'origin')
  // Answers differ by Origin: caches must keep them apart.
  const cors: Record<string, string> = { vary: 'Origin' }
  if (origin !== undefined) {
    if (!allowedOrigins.includes(origin.toLowerCase())) {
      return json({ ok: false, error: { code: 'FORBIDDEN', message: `不接受来自 ${origin} 的网页调用` } }, cors)
    }
    cors['access-control-allow-origin'] = origin
  }
  const method = event.httpMethod.toUpperCase()
  if (method === 'OPTIONS') {
    if (origin === undefined) return json({ ok: false, error: { code: 'INVALID_INPUT', message: '跨域预检请求须带 Origin' } }, cors)
    return {
      statusCode: 204,
      headers: {
        ...cors,
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      },
      body: '',
    }
  }
  if (method !== 'POST') return json({ ok: false, error: { code: 'INVALID_INPUT', message: '请使用POST方法调用云函数' } }, cors)
  let data: unknown
  try {
    const base64 = event.isBase64Encoded === true || event.isBase64Encoded === 'true'
    data = JSON.parse(base64 ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? ''))
  } catch {
    return json({ ok: false, error: { code: 'INVALID_INPUT', message: '请求体不是合法的JSON' } }, cors)
  }
  return json(await dispatch(data), cors)
}
