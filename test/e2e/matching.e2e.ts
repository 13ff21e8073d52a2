/**
 * 政策找企业, end to end in the H5 build: the administrator runs a matching over the
 * seeded firms and sees the HR firm listed under 第21条; the firm then sees it under 为您推荐 with a
 * message, corrects its facts, and the recommendation disappears.
 */
import type { Page } from 'playwright-core'
import { actAsIdentity, openAppPage, screenshot } from './browser'
import { callAs, usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const FIRM = '太原晋云软件科技有限公司'

const open = (path: string) => openAppPage(page, server.url, path)

const actAs = (label: string) => actAsIdentity(page, server.url, label)


describe('政策找企业', () => {
  it('the administrator runs a matching and sees the firms that qualify', async () => {
    await actAs('管理员')
    await page.getByText('政策找企业', { exact: true }).click()
    await page.getByText('开始比对', { exact: true }).click()
    await page.locator('.progress__label', { hasText: '比对完成' }).waitFor()
    const hiring = page.locator('.match-prov[data-key="21/hiring"]')
    await hiring.waitFor()
    const firm = hiring.locator('.match-firm', { hasText: FIRM })
    await firm.waitFor()
    expect(await firm.locator('.match-firm__amount').textContent()).toBe('¥8,000')
    // Per city, what the run found there: the seeded province's firms qualify in many cities.
    const { cities } = await callAs<{ cities: { city: string; firms: number; eligible: number; amount: number }[] }>(server, 'dev-admin', 'admin', 'matching', {})
    const taiyuan = cities.find((c) => c.city === '太原市') as { firms: number; eligible: number; amount: number }
    expect(taiyuan.amount).toBeGreaterThanOrEqual(8000)
    expect(await page.locator('.match-city', { hasText: '太原市' }).textContent()).toContain(`${taiyuan.firms}家 · ${taiyuan.eligible}项 · ¥${taiyuan.amount.toLocaleString('en-US')}`)
    expect(await page.locator('.match-city').count()).toBeGreaterThan(5)
    await screenshot(page, 'matching-admin')
  })

  it('the firm sees the recommendation and the message, and it goes when its facts change', async () => {
    await actAs('企业 HR')
    const rec = page.locator('.rec[data-key="21/hiring"]')
    await rec.waitFor()
    expect(await rec.locator('.rec__amount').textContent()).toBe('¥8,000')
    await screenshot(page, 'matching-firm')
    await page.locator('.me-messages').click()
    await page.locator('.msg-list__item--unread', { hasText: '为您推荐' }).waitFor()
    await actAs('企业 HR')

    await rec.getByText('情况有变化？更正条件').click()
    const hires = page.locator('[data-fact="newHires"] input')
    await hires.waitFor()
    await hires.fill('0')
    await page.getByText('更正并保存', { exact: true }).click()
    await page.locator('[data-fact="newHires"] .fact__stated', { hasText: '填报于' }).waitFor()
    await screenshot(page, 'matching-facts')

    await open('pages/me/index')
    await page.locator('.firm-recs', { hasText: '暂无推荐' }).waitFor()
    expect(await page.locator('.rec').count()).toBe(0)
  })

  it('a seeker cannot open the matching', async () => {
    await actAs('求职者')
    await open('packages/admin/matching/index')
    await page.getByText('开始比对', { exact: true }).click()
    await page.locator('.match-run__error', { hasText: '仅人社部门管理员' }).waitFor()
  })
})
