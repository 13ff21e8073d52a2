import { openPhone, screenshot } from './browser'
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
