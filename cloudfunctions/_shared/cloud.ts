import tcb from '@cloudbase/node-sdk'
import { wechatContentSecurity } from './compliance/content-security'
import { configFromEnv } from './context'
import { wechatNotifierFromEnv } from './notify/wechat'
import type { CloudFunction } from './router'
import { HTTP_STATUS } from './errors'
import { cloudBaseStorage } from './storage'
import type { Envelope } from './envelope'

type CloudApp = ReturnType<typeof tcb.init>

/** The SDK is initialised once per container and reused across invocations. */
let app: CloudApp | undefined
const cloudApp = () => (app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }))

/** An invocation through CloudBase HTTP access carries the request instead of the data. */
interface HttpAccessEvent {
  httpMethod: string
  body?: string
  isBase64Encoded?: boolean
}

const isHttpAccess = (event: unknown): event is HttpAccessEvent =>
  typeof event === 'object' && event !== null && 'httpMethod' in event

function httpResponse(envelope: Envelope) {
  return {
    statusCode: envelope.ok ? 200 : HTTP_STATUS[envelope.error.code],
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(envelope),
  }
}

/**
 * The deployed entry point. The caller is whoever the platform says it is — the mini-program's
 * OPENID, or the CloudBase-authenticated web user — never a field of the request.
 */
export function cloudMain(fn: CloudFunction) {
  return async (event: unknown) => {
    const started = Date.now()
    const cloud = cloudApp()
    const user = cloud.auth().getUserInfo()
    const ctx = {
      db: cloud.database(),
      openId: user.openId || user.uid || null,
      config: configFromEnv(process.env, false),
      now: () => new Date(),
      elapsedMs: () => Date.now() - started,
      storage: cloudBaseStorage(cloud),
      contentSecurity: wechatContentSecurity(cloud),
      // Subscription messages only when a template id is configured; the in-app 消息 list works either way.
      notifier: wechatNotifierFromEnv(cloud, process.env),
    }
    if (!isHttpAccess(event)) return fn.dispatch(event, ctx)
    let data: unknown
    try {
      const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '')
      data = JSON.parse(raw)
    } catch {
      return httpResponse({ ok: false, error: { code: 'INVALID_INPUT', message: '请求体不是合法的JSON' } })
    }
    return httpResponse(await fn.dispatch(data, ctx))
  }
}
