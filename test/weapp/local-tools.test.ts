/**
 * The WeChat build never offers what only the local server's H5 app has: the role switcher over
 * the seeded identities, and hints pointing at it. In WeChat the caller is who the platform says.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Database } from '../../cloudfunctions/_shared/db/types'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { seededDatabase } from './runtime/cloud'
import { WEAPP_BUILD } from './runtime/mini-program'
import { launchAs, LOCAL_ONLY_TEXT, ROLES, type RoleName } from './world'

let db: Database
beforeAll(async () => {
  db = await seededDatabase()
})

const scripts = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? scripts(full) : entry.name.endsWith('.js') ? [full] : []
  })

/** A minified script's text with its \uXXXX escapes read as the characters they are. */
const unescaped = (file: string) => fs.readFileSync(file, 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

test('no script of the WeChat build carries a local-only text', () => {
  const carrying = scripts(WEAPP_BUILD).filter((file) => LOCAL_ONLY_TEXT.test(unescaped(file)))
  expect(carrying.map((file) => path.relative(WEAPP_BUILD, file))).toEqual([])
})

test.each(Object.keys(ROLES) as RoleName[])('我的 offers no role switcher as %s, even when the functions offer the seeded identities', async (role) => {
  const app = await launchAs(role, '/pages/me/index', db, { local: true })
  try {
    await app.waitForLoaded()
    expect(app.text()).toContain('隐私保护指引')
    expect(app.text()).not.toMatch(LOCAL_ONLY_TEXT)
    expect(app.errors).toEqual([])
  } finally {
    app.close()
  }
})

test('a caller the platform names no one is asked to sign in, with no local hint', async () => {
  const { data } = await db.collection<Job>(JOBS).where({ status: 'published' }).limit(1).get()
  const app = await launchAs('anonymous', `/packages/jobs/detail/index?id=${data[0]._id}`, db)
  try {
    await app.waitForLoaded()
    await app.tap('登录后投递', { exact: true })
    await app.waitForText('登录后投递简历')
    expect(app.text()).not.toMatch(LOCAL_ONLY_TEXT)
    expect(app.text()).not.toContain('新用户')
    expect(app.wxState.toasts).toEqual([])
  } finally {
    app.close()
  }
})
