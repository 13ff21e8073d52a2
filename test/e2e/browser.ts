import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

/** Debian's Chromium (or CHROMIUM_PATH); a clear message when it is not installed. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  const found = candidates.find((p) => fs.existsSync(p))
  if (!found) {
    throw new Error('未找到 Chromium，端到端测试无法运行。请先安装：sudo apt-get update && sudo apt-get install -y chromium（或设置 CHROMIUM_PATH）')
  }
  return found
}

/** A phone-sized, touch-enabled page in a fresh profile. */
export async function openPhone(): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  // An uncaught error in the app is the likeliest cause of a timeout: say it where it happened.
  page.on('pageerror', (error) => console.error(`[H5 page error] ${error.stack ?? error.message}`))
  return {
    context,
    page,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/**
 * Saves a screenshot for people to look at: under test-results/screenshots, or into
 * docs/screenshots when JQT_DOCS_SCREENSHOTS=1 (how the README's pictures are refreshed).
 */
/** Saves the page as a PNG, once transitions and toasts have settled. */
export async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(700)
  const root = path.resolve(__dirname, '../..')
  const dir = process.env.JQT_DOCS_SCREENSHOTS === '1' ? path.join(root, 'docs/screenshots') : path.join(root, 'test-results/screenshots')
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`) })
}

/** A fresh load of an app page (a hash change alone would keep earlier pages, hidden, in the stack). */
export async function openAppPage(page: Page, origin: string, path: string) {
  await page.goto('about:blank')
  await page.goto(`${origin}/#/${path}`)
}

/**
 * Opens 我的 and acts as one of the seeded identities (求职者 / 企业 HR / 管理员): signing in when
 * nobody is, through the role switcher otherwise.
 */
export async function actAsIdentity(page: Page, origin: string, label: string) {
  await openAppPage(page, origin, 'pages/me/index')
  const choices = page.locator('.role-switcher, .me-who .sign-in__choices').first()
  await choices.waitFor()
  await choices.locator('.chip, .sign-in__choice').getByText(label, { exact: true }).click()
  await page.locator('.role-switcher .chip--active', { hasText: label }).waitFor()
}

/**
 * Agrees to the privacy guide when the app asks: before the first collection of personal data in a
 * fresh browser (a profile, a firm's registration, an application, a fair sign-up).
 */
export async function agreeToPrivacy(page: Page) {
  const dialog = page.locator('.privacy-dialog')
  await dialog.waitFor()
  await dialog.locator('#jqt-privacy-agree').click()
  await dialog.waitFor({ state: 'detached' })
}
