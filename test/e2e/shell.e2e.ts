/**
 * The app around the pages in H5: a header with the page's title, back on a page reached from
 * another, home on a page opened straight from a link; signing in where something needs it (「新用户」
 * or a seeded identity, then back to what the person was doing); 重试 only where trying again can
 * help; and each page asking the functions once on load.
 */
import type { Page, Request } from 'playwright-core'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { openAppPage, screenshot } from './browser'
import { usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const JOB = '软件测试工程师'
const open = (path: string) => openAppPage(page, server.url, path)
const bar = () => page.locator('#taro-navigation-bar')
const jobId = async (title: string) => (await server.db.collection<Job>(JOBS).where({ title }).limit(1).get()).data[0]._id
/** Acts as `openId` (the local identity the app keeps on the device), or as nobody. */
async function actAs(openId: string | null) {
  if (!page.url().startsWith(server.url)) await open('pages/policy/index')
  await page.evaluate((id) => (id ? localStorage.setItem('jqt:devOpenId', JSON.stringify({ data: id })) : localStorage.removeItem('jqt:devOpenId')), openId)
}
const signOut = () => actAs(null)

/**
 * The calls the app makes to the functions while `work` runs and a second after, with their count:
 * by `fn.action`, or by the whole request (the same question asked twice).
 */
async function callsDuring(work: () => Promise<void>, by: 'action' | 'request' = 'action'): Promise<Record<string, number>> {
  const calls: Record<string, number> = {}
  const count = (request: Request) => {
    const name = /\/fn\/([^/?]+)/.exec(request.url())?.[1]
    if (!name || request.method() !== 'POST') return
    const body = request.postData() ?? '{}'
    const key = by === 'request' ? `${name} ${body}` : `${name}.${(JSON.parse(body) as { action?: string }).action}`
    calls[key] = (calls[key] ?? 0) + 1
  }
  page.on('request', count)
  try {
    await work()
    await page.waitForTimeout(1000)
  } finally {
    page.off('request', count)
  }
  return calls
}

describe('the H5 app shell', () => {
  it('a posting opened from a shared link has its title and a way home; home opens 政策', async () => {
    await open(`packages/jobs/detail/index?id=${await jobId(JOB)}`)
    await page.locator('.job-detail__title', { hasText: JOB }).waitFor()
    await expect(bar().locator('.taro-navigation-bar-title').innerText()).resolves.toBe('岗位详情')
    const home = bar().locator('.taro-navigation-bar-home')
    await expect(home.isVisible()).resolves.toBe(true)
    await expect(bar().locator('.taro-navigation-bar-back').isVisible()).resolves.toBe(false)
    const box = (await home.boundingBox()) as { width: number; height: number }
    expect(box.width).toBeGreaterThanOrEqual(44)
    expect(box.height).toBeGreaterThanOrEqual(44)
    await screenshot(page, 'shell-shared-link')
    await home.click()
    await page.waitForURL(/#\/pages\/policy\/index/)
    await page.locator('.taro-tabbar__tabbar').waitFor()
  })

  it('a posting reached from 招聘 has back, which returns to the board', async () => {
    await open('pages/jobs/index')
    await page.locator('.job-board .job-card').first().click()
    await page.locator('.job-detail__title').waitFor()
    const back = bar().locator('.taro-navigation-bar-back')
    await expect(back.isVisible()).resolves.toBe(true)
    await expect(bar().locator('.taro-navigation-bar-home').isVisible()).resolves.toBe(false)
    await back.click()
    await page.waitForURL(/#\/pages\/jobs\/index/)
    await page.waitForFunction(() => document.querySelector('.taro_page_show .job-board .job-card') !== null)
  })

  it('tab pages carry their title and neither back nor home', async () => {
    await open('pages/me/index')
    await page.locator('.me-who').waitFor()
    await expect(bar().isVisible()).resolves.toBe(true)
    await expect(bar().locator('.taro-navigation-bar-home').isVisible()).resolves.toBe(false)
    await expect(bar().locator('.taro-navigation-bar-back').isVisible()).resolves.toBe(false)
  })
})

describe('signing in', () => {
  it('登录后投递 offers 新用户 beside the seeded identities, and 新用户 carries on with the posting, with no toast', async () => {
    await open(`packages/jobs/detail/index?id=${await jobId(JOB)}`)
    await signOut()
    await open(`packages/jobs/detail/index?id=${await jobId(JOB)}`)
    await page.locator('.job-detail__apply', { hasText: '登录后投递' }).click()
    const sheet = page.locator('.job-detail__sign-in')
    await expect(sheet.locator('.sign-in__choice').allInnerTexts()).resolves.toEqual(['新用户', '求职者', '企业 HR', '管理员'])
    await expect(sheet.innerText()).resolves.toContain('登录后投递简历')
    await screenshot(page, 'shell-sign-in')
    await sheet.getByText('新用户', { exact: true }).click()
    await sheet.waitFor({ state: 'detached' })
    // Still on the posting, now as someone new: a seeker without a profile yet.
    await page.locator('.job-detail__apply', { hasText: '填写资料并投递' }).waitFor()
    expect(page.url()).toContain('packages/jobs/detail/index')
    await expect(page.evaluate(() => localStorage.getItem('jqt:devOpenId'))).resolves.toMatch(/dev-new-/)
    await expect(page.locator('.taro__toast').isVisible()).resolves.toBe(false)
  })

  it('a page that needs someone offers sign-in instead of 重试, and shows itself once signed in', async () => {
    await signOut()
    await open('packages/seeker/applications/index')
    const signIn = page.locator('.sign-in')
    await signIn.waitFor()
    await expect(signIn.innerText()).resolves.toContain('登录后查看我的投递')
    await expect(page.getByText('重试', { exact: true }).count()).resolves.toBe(0)
    await screenshot(page, 'shell-needs-sign-in')
    await signIn.getByText('求职者', { exact: true }).click()
    await signIn.waitFor({ state: 'detached' })
    expect(page.url()).toContain('packages/seeker/applications/index')
    await expect(page.locator('.page').innerText()).resolves.not.toContain('请先登录')
  })

  it('我的 without an identity offers the same choices, and no role switcher beside them', async () => {
    await signOut()
    await open('pages/me/index')
    await page.locator('.me-who .sign-in__choice', { hasText: '新用户' }).waitFor()
    await expect(page.locator('.role-switcher').count()).resolves.toBe(0)
    await page.locator('.me-who .sign-in__choice', { hasText: '企业 HR' }).click()
    await page.locator('.role-switcher .chip--active', { hasText: '企业 HR' }).waitFor()
    await expect(page.locator('.role-switcher .chip').first().innerText()).resolves.toBe('新用户')
  })
})

describe('errors and loads', () => {
  it('an unknown posting says so without 重试, and the header still leads home', async () => {
    await open('packages/jobs/detail/index?id=no-such-posting')
    await page.locator('.async-view--error').waitFor()
    await expect(page.getByText('重试', { exact: true }).count()).resolves.toBe(0)
    await expect(bar().locator('.taro-navigation-bar-home').isVisible()).resolves.toBe(true)
  })

  it('我的 and 招聘 ask each function once on load', async () => {
    await actAs('dev-seeker')
    const me = await callsDuring(async () => {
      await open('pages/me/index')
      await page.locator('.me-who').waitFor()
    })
    // The unread count serves both the 消息 entry and the tab's badge (the app's show asks too, in the same moment).
    expect(me).toEqual({ 'account.me': 1, 'account.profile': 1, 'account.unreadCount': 1 })
    const jobs = await callsDuring(async () => {
      await open('pages/jobs/index')
      await page.locator('.job-board .job-card').first().waitFor()
    }, 'request')
    // The postings and the account; the fairs wait until their segment is opened.
    const requests = Object.keys(jobs)
    expect(requests.filter((r) => r.startsWith('jobs ') && r.includes('"action":"search"'))).toHaveLength(1)
    expect(requests.filter((r) => r.startsWith('fairs '))).toEqual([])
    expect(Object.entries(jobs).filter(([, n]) => n > 1)).toEqual([])
  })
})
