import tcb from '@cloudbase/node-sdk'
import { wechatContentSecurity } from './compliance/content-security'
import { configFromEnv } from './context'
import { allowedOriginsFromEnv, answerHttpAccess, isHttpAccess } from './http-access'
import { wechatNotifierFromEnv } from './notify/wechat'
import type { CloudFunction } from './router'
import { cloudBaseStorage } from './storage'

type CloudApp = ReturnType<typeof tcb.init>
type UserInfo = ReturnType<ReturnType<CloudApp['auth']>['getUserInfo']>

/** The SDK is initialised once per container and reused across invocations. */
let app: CloudApp | undefined
const cloudApp = () => (app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }))

/**
 * The caller as the platform names them: the mini-program user's OPENID, or a CloudBase user signed
 * in some other way (custom login); an anonymous CloudBase login is nobody in particular.
 */
const callerOf = (user: UserInfo) => user.openId || (user.isAnonymous ? '' : user.uid) || null

/**
 * The deployed entry point. The caller is whoever the platform says it is, never a field of the
 * request; over HTTP access (the browser build, read only) nobody is signed in.
 */
export function cloudMain(fn: CloudFunction) {
  return async (event: unknown) => {
    const started = Date.now()
    const cloud = cloudApp()
    const httpAccess = isHttpAccess(event)
    const ctx = {
      db: cloud.database(),
      openId: httpAccess ? null : callerOf(cloud.auth().getUserInfo()),
      config: configFromEnv(process.env, false),
      now: () => new Date(),
      elapsedMs: () => Date.now() - started,
      storage: cloudBaseStorage(cloud),
      contentSecurity: wechatContentSecurity(cloud),
      // Subscription messages only when a template id is configured; the in-app 消息 list works either way.
      notifier: wechatNotifierFromEnv(cloud, process.env),
    }
    if (!httpAccess) return fn.dispatch(event, ctx)
    return answerHttpAccess(event, allowedOriginsFromEnv(process.env), (data) => fn.dispatch(data, ctx))
  }
}
