import { FAIRS, type Fair } from '../../cloudfunctions/_shared/repositories/fairs'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { resultUrl } from '../../src/pages/quiz/logic'
import { auditAccessibility, type Violation } from './accessibility'
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
    await expect(page.locator('.chip--active').innerText()).resolves.toBe('管理员')
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

describe('accessibility of every page', () => {
  it('every page, as the people who use it, has tap targets of 44×44 px and text of 4.5:1 (3:1 large)', async () => {
    const { page } = phone
    const { data: own } = await server.db.collection<Job>(JOBS).where({ ownerOpenId: 'dev-hr', status: 'published' }).limit(1).get()
    const { data: fairs } = await server.db.collection<Fair>(FAIRS).limit(1).get()
    const query: Record<string, string> = {
      'packages/policy/detail/index': 'id=8',
      'packages/jobs/detail/index': `id=${own[0]._id}`,
      'packages/employer/pipeline/index': `jobId=${own[0]._id}`,
      'packages/fairs/detail/index': `id=${fairs[0]._id}`,
      'packages/fairs/book/index': `id=${fairs[0]._id}`,
      'packages/fairs/bookings/index': `id=${fairs[0]._id}`,
      'packages/fairs/edit/index': `id=${fairs[0]._id}`,
    }
    /** Who opens each page: its own people; the tab pages as everyone. */
    const asWhom = (route: string): (string | null)[] => {
      if (route.startsWith('pages/')) return route === 'pages/me/index' ? [null, 'dev-seeker', 'dev-hr', 'dev-admin'] : [null]
      if (route.startsWith('packages/employer/') || route === 'packages/fairs/book/index') return ['dev-hr']
      if (route.startsWith('packages/admin/') || route === 'packages/fairs/edit/index' || route === 'packages/fairs/bookings/index') return ['dev-admin']
      return ['dev-seeker']
    }
    const routes = await appRoutes()
    expect(routes.length).toBeGreaterThan(20)
    const found: (Violation & { where: string })[] = []
    for (const route of routes) {
      for (const openId of asWhom(route)) {
        await openAppPage(page, server.url, 'pages/policy/index')
        await page.evaluate((id) => (id ? localStorage.setItem('jqt:devOpenId', JSON.stringify({ data: id })) : localStorage.removeItem('jqt:devOpenId')), openId)
        const path = route === 'packages/quiz/result/index' ? resultUrl({ audience: ['enterprise'], facts: { ownership: 'private', employees: 48 } }).slice(1) : `${route}${query[route] ? `?${query[route]}` : ''}`
        await openAppPage(page, server.url, path)
        await page.waitForLoadState('networkidle')
        await page.waitForFunction(() => document.querySelector('.taro_page_show .async-view:not(.async-view--error)') === null)
        for (const violation of await auditAccessibility(page)) found.push({ ...violation, where: `${route} as ${openId ?? 'visitor'}` })
      }
    }
    const report = found.map((v) => `${v.where} · ${v.kind} · 「${v.text}」 ${v.measured}`)
    expect(report).toEqual([])
  })
})
