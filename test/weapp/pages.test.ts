/**
 * Every page of the built WeChat app (dist/weapp, main package and subpackages) opened in WeChat's
 * component framework as each kind of caller, on the seeded data: it renders, logs no error, shows
 * no local-only tool, and keeps each setData within WeChat's guidance.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Database } from '../../cloudfunctions/_shared/db/types'
import { seededDatabase } from './runtime/cloud'
import { allRoutes, SETDATA_LIMIT_BYTES, WEAPP_BUILD } from './runtime/mini-program'
import { pageUrls } from '../helpers/page-urls'
import { launchAs, LOCAL_ONLY_TEXT, ROLES, type RoleName } from './world'

/**
 * The most one setData may carry here: a quarter of WeChat's hard limit (SETDATA_LIMIT_BYTES,
 * 1024 kB, Page.prototype.setData in
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html), the ≲256 KB WeChat's
 * developer community gives as the advice for one call
 * (https://developers.weixin.qq.com/community/develop/doc/000a6e96988810cd686fe17515c800), since
 * the time to copy and pass the data grows with its size
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/performance/tips/runtime_setData.html).
 */
const SETDATA_BUDGET_BYTES = 256 * 1024

const routes = allRoutes()
const roles = Object.keys(ROLES) as RoleName[]
const largest = new Map<string, { bytes: number; role: RoleName }>()
let db: Database
let urls: Map<string, string>

beforeAll(async () => {
  db = await seededDatabase()
  urls = await pageUrls(db, routes)
})

afterAll(() => {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  const rows = routes.map((route) => {
    const top = largest.get(route)
    return `${route.padEnd(36)} ${(top ? kb(top.bytes) : '-').padStart(9)}  ${top?.role ?? ''}`
  })
  console.log(`Largest setData per page (budget ${kb(SETDATA_BUDGET_BYTES)}, WeChat's limit ${kb(SETDATA_LIMIT_BYTES)}):\n${rows.join('\n')}`)
})

test('the pages opened below are the built app.json: the four tabs and every subpackage page', () => {
  expect(routes.slice(0, 4)).toEqual(['pages/policy/index', 'pages/quiz/index', 'pages/jobs/index', 'pages/me/index'])
  expect(routes.filter((route) => route.startsWith('packages/')).length).toBeGreaterThan(0)
  const missing = routes.filter((route) => !['js', 'wxml', 'json'].every((ext) => fs.existsSync(path.join(WEAPP_BUILD, `${route}.${ext}`))))
  expect(missing).toEqual([])
})

describe.each(roles)('as %s', (role) => {
  test.each(routes)('%s opens without an error or a local-only tool', async (route) => {
    const app = await launchAs(role, urls.get(route) as string, db)
    try {
      await app.waitForLoaded()
      const text = app.text()
      expect(text.length).toBeGreaterThan(0)
      expect(text).not.toMatch(/云服务连接失败|服务暂时不可用|服务处理超时/)
      expect(text).not.toMatch(LOCAL_ONLY_TEXT)
      expect(app.errors).toEqual([])
      expect(app.wxState.refusals).toEqual([])
      const bytes = app.largestSetData.get(route) ?? 0
      expect(bytes).toBeGreaterThan(0)
      expect(bytes).toBeLessThanOrEqual(SETDATA_BUDGET_BYTES)
      if (bytes > (largest.get(route)?.bytes ?? 0)) largest.set(route, { bytes, role })
    } finally {
      app.close()
    }
  })
})
