import type { Request } from 'playwright-core'
import { pageUrls } from '../helpers/page-urls'
import { auditAccessibility } from './accessibility'
import { openAppPage, openPhone, screenshot } from './browser'
import { startLocalServer } from './server'

let server: Awaited<ReturnType<typeof startLocalServer>>
let phone: Awaited<ReturnType<typeof openPhone>>

beforeAll(async () => {
  server = await startLocalServer()
  phone = await openPhone()
})
afterAll(async () => {
  await phone?.close()
  await server?.stop()
})

describe('the H5 app', () => {
  it('shows four tabs with Chinese labels and opens on the policy guide', async () => {
    const { page } = phone
    await page.goto(server.url)
    const tabBar = page.locator('.taro-tabbar__tabbar')
    for (const label of ['政策', '测算', '招聘', '我的']) {
      await tabBar.getByText(label, { exact: true }).waitFor({ state: 'visible' })
    }
    await page.getByText('健全民营企业职称评审机制').first().waitFor()
    await screenshot(page, 'app-policy')
  })

  it('signs in as a seeded role on 我的 in local mode, then switches between them', async () => {
    const { page } = phone
    await page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click()
    await page.locator('.me-who .sign-in__choice', { hasText: '管理员' }).click()
    const switcher = page.locator('.role-switcher')
    await switcher.waitFor()
    await expect(switcher.locator('.chip--active').innerText()).resolves.toBe('管理员')
    await switcher.getByText('企业 HR', { exact: true }).click()
    await page.getByText('太原晋云软件科技有限公司').first().waitFor()
    await screenshot(page, 'app-me')
  })
})

/** The pages of src/app.config.ts: the tabs, then every subpackage page. */
async function appRoutes(): Promise<string[]> {
  // defineAppConfig is a global Taro's build provides; here it only hands the config back.
  ;(globalThis as { defineAppConfig?: <T>(config: T) => T }).defineAppConfig = (config) => config
  const { default: config } = await import('../../src/app.config')
  return [...(config.pages ?? []), ...(config.subPackages ?? []).flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`))]
}

describe('关怀模式', () => {
  it('is switched on 我的, kept on the device, and enlarges every page until switched off', async () => {
    const { page } = phone
    await openAppPage(page, server.url, 'pages/policy/index')
    const title = page.locator('.taro_page_show .measure-card').first()
    await title.waitFor()
    const normal = (await title.boundingBox())?.height ?? 0
    await openAppPage(page, server.url, 'pages/me/index')
    const display = page.locator('.me-display')
    await display.getByText('关怀模式（大字）', { exact: true }).click()
    await page.locator('.taro_page_show .page.care').waitFor()
    await screenshot(page, 'care-mode-me')
    // A fresh load reads the setting back from the device; another page follows it.
    await openAppPage(page, server.url, 'pages/policy/index')
    await page.locator('.taro_page_show .page.care').waitFor()
    await title.waitFor()
    expect((await title.boundingBox())?.height ?? 0).toBeGreaterThan(normal * 1.2)
    await screenshot(page, 'care-mode-policy')
    await openAppPage(page, server.url, 'pages/me/index')
    await display.getByText('标准', { exact: true }).click()
    await page.locator('.taro_page_show .page:not(.care)').waitFor()
    await expect(page.evaluate(() => localStorage.getItem('jqt:careMode'))).resolves.toBe(JSON.stringify({ data: false }))
  })
})

describe('accessibility of every page', () => {
  it('the audit measures what is drawn: a 30 px button and #9aa0a9 text on white fail, #646a73 passes', async () => {
    const { page } = phone
    await page.setContent('<body style="margin:0;background:#fff"><button style="height:30px;width:80px">好</button><p style="color:#9aa0a9;font-size:14px">日期</p><p style="color:#646a73;font-size:14px">地点</p></body>')
    await expect(auditAccessibility(page)).resolves.toEqual([
      { kind: 'target', text: '好', measured: '80.0×30.0 px' },
      { kind: 'contrast', text: '日期', measured: '2.63:1 (#9aa0a9 on #ffffff, 14.0 px)' },
    ])
  })

  /** Each page's link (as the app builds it), relative to the app's root. */
  const pathsOf = async (routes: string[]) => new Map([...(await pageUrls(server.db, routes))].map(([route, url]) => [route, url.slice(1)]))

  const seekers = (route: string) => route === 'pages/me/index' || !/^(pages|packages\/(employer|admin))\/|fairs\/(book|edit|bookings)\//.test(route)
  /** Who opens each page: its own people, the tab pages as everyone; a seeker's pages again in 关怀模式. */
  const walks: { who: string; care: boolean; visits: (route: string) => boolean }[] = [
    { who: 'visitor', care: false, visits: (route) => route.startsWith('pages/') },
    { who: 'dev-seeker', care: false, visits: seekers },
    { who: 'dev-hr', care: false, visits: (route) => route === 'pages/me/index' || route.startsWith('packages/employer/') || route === 'packages/fairs/book/index' },
    { who: 'dev-admin', care: false, visits: (route) => route === 'pages/me/index' || route.startsWith('packages/admin/') || /fairs\/(edit|bookings)\//.test(route) },
    { who: 'dev-seeker', care: true, visits: (route) => route.startsWith('pages/') || /(policy|jobs|fairs)\/detail\/|seeker\/profile\//.test(route) },
  ]

  it('the walks below open every page of app.config', async () => {
    const routes = await appRoutes()
    expect(routes.length).toBeGreaterThan(20)
    expect(routes.filter((route) => !walks.some(({ visits }) => visits(route)))).toEqual([])
  })

  it.each(walks)('every page as $who (关怀模式 $care) has tap targets of 44×44 px and text of 4.5:1 (3:1 large)', async ({ who, care, visits }) => {
    const { page } = phone
    const routes = (await appRoutes()).filter(visits)
    const paths = await pathsOf(routes)
    await openAppPage(page, server.url, 'pages/policy/index')
    await page.evaluate(
      ({ who, care }) => {
        if (who === 'visitor') localStorage.removeItem('jqt:devOpenId')
        else localStorage.setItem('jqt:devOpenId', JSON.stringify({ data: who }))
        localStorage.setItem('jqt:careMode', JSON.stringify({ data: care }))
      },
      { who, care },
    )
    // Settled: the page drawn, no call to the functions in flight and none for 150 ms, nothing loading.
    let inFlight = 0
    let lastCall = 0
    const track = (change: number) => (request: Request) => {
      if (!request.url().includes('/fn/')) return
      inFlight += change
      lastCall = Date.now()
    }
    const started = track(1)
    const ended = track(-1)
    page.on('request', started)
    page.on('requestfinished', ended)
    page.on('requestfailed', ended)
    const found: string[] = []
    for (const route of routes) {
      await openAppPage(page, server.url, paths.get(route) as string)
      await page.locator(`.taro_page_show .page${care ? '.care' : ':not(.care)'}`).first().waitFor()
      while (inFlight > 0 || Date.now() - lastCall < 150) await page.waitForTimeout(50)
      await page.waitForFunction(() => document.querySelector('.taro_page_show .async-view:not(.async-view--error)') === null)
      for (const { kind, text, measured } of await auditAccessibility(page)) found.push(`${route} · ${kind} · 「${text}」 ${measured}`)
    }
    page.off('request', started)
    page.off('requestfinished', ended)
    page.off('requestfailed', ended)
    expect(found).toEqual([])
  })
})
