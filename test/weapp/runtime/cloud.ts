import { wechatContentSecurity, type WxOpenApiCaller } from '../../../cloudfunctions/_shared/compliance/content-security'
import type { Database } from '../../../cloudfunctions/_shared/db/types'
import { DEV_ADMIN_OPENIDS } from '../../../cloudfunctions/_shared/dev-identities'
import { DEFAULT_RATE_LIMITS } from '../../../cloudfunctions/_shared/rate-limit'
import { cloudFunctions } from '../../../server/functions'
import { seedIfEmpty } from '../../../server/seed'
import { callFunction, freshDatabase, TEST_ORIGIN, testStorage } from '../../helpers/context'

/** The environment's database seeded as `npm start` seeds it: firms, postings, fairs, seekers. */
export async function seededDatabase(now = new Date()): Promise<Database> {
  const db = freshDatabase()
  await seedIfEmpty(db, now)
  return db
}

/** The JSON a call carries over the wire, both ways. */
const overTheWire = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)))

/**
 * WeChat's open API as the cloud entry reaches it (`callWxOpenApi`): msgSecCheck finds nothing in
 * the clean texts these tests write (WeChat's own model is not available offline).
 */
const wechatOpenApi: WxOpenApiCaller = {
  callWxOpenApi: async () => ({ result: { errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 }, detail: [] } }),
}

/**
 * `wx.cloud.callFunction` as CloudBase runs it: the named function, in process, on the given
 * database, with the caller the platform vouches for (the OPENID of whoever holds the phone), the
 * settings of a deployment and WeChat's content check through the cloud entry's adapter.
 * `local: true` gives the functions the local server's settings instead (they then offer the
 * seeded identities), to prove the WeChat build ignores them.
 */
export function cloudFor(db: Database, openId: string | null, { local = false } = {}) {
  const config = { adminOpenIds: DEV_ADMIN_OPENIDS, local, rateLimits: DEFAULT_RATE_LIMITS }
  const contentSecurity = wechatContentSecurity(wechatOpenApi)
  return async (name: string, data: unknown): Promise<unknown> => {
    const fn = Object.hasOwn(cloudFunctions, name) ? cloudFunctions[name] : undefined
    // CloudBase's answer for a function the environment does not have.
    if (!fn) throw new Error(`-501000 FunctionName parameter could not be found: ${name}`)
    // The platform adds the caller to the event; the router drops it before validation.
    const event = { ...overTheWire(data as Record<string, unknown>), userInfo: { appId: 'wx-test-appid', openId } }
    const answer = await callFunction(fn, event, { db, openId, config, now: () => new Date(), contentSecurity, storage: testStorage.at(TEST_ORIGIN) })
    // What the platform refuses (a timeout, an answer over 1 MB) fails the call itself, as wx.cloud does.
    if ('platform' in answer) throw new Error(`${answer.error.code} ${answer.error.message}`)
    return answer
  }
}
