/**
 * The policy guide in real headless Chromium on a phone-sized screen: the list, search, the money
 * filter, a measure's detail page with its service guide, and an ended measure. Screenshots: guide,
 * policy-detail, policy-service-guide, policy-expired (see `screenshot`).
 */
import type { Page } from 'playwright-core'
import { screenshot } from './browser'
import { usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

/** The guide tab (hidden tab pages stay in the DOM: everything is scoped to it). */
const guide = () => page.locator('.policy-page')
const cardIds = () => guide().locator('.measure-card').evaluateAll((cards) => cards.map((c) => Number(c.getAttribute('data-id'))))
const countIs = (text: string) => guide().locator('.policy-count', { hasText: new RegExp(`^${text}`) }).waitFor()

describe('policy guide (H5)', () => {
  it('lists the 26 measures under their parts and sections', async () => {
    await page.goto(`${server.url}/#/pages/policy/index`)
    await countIs('共 26 条')
    expect(await cardIds()).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
    expect(await guide().locator('.policy-part__title').count()).toBe(3)
    expect(await guide().locator('.policy-section__title').count()).toBe(8)
    await expectStatus(15, '已到期')
    await expectStatus(21, '现行有效')
    await screenshot(page, 'guide')
  })

  it('finds measure 22 when searching 见习', async () => {
    const search = guide().locator('.policy-search input')
    await search.fill('见习')
    await countIs('找到 1 条')
    expect(await cardIds()).toEqual([22])
    await search.fill('')
    await countIs('共 26 条')
  })

  it('leaves the 8 money measures under 有资金补贴', async () => {
    await guide().getByText('有资金补贴', { exact: true }).click()
    await countIs('找到 8 条')
    expect(await cardIds()).toEqual([8, 9, 10, 11, 15, 20, 21, 22])
  })

  it('opens measure 21 with its amounts table and original text', async () => {
    await guide().locator('.measure-card[data-id="21"]').click()
    const detail = page.locator('.detail-page')
    await detail.getByText('原文', { exact: true }).waitFor()
    await settled(detail)
    expect(page.url()).toContain('/packages/policy/detail/index?id=21')
    const table = detail.locator('.amount-table')
    for (const text of ['新吸纳100人以下', '1,000元/人', '新吸纳100人（含）以上', '1,500元/人', '300元/人/月', '按规定']) {
      await table.getByText(text, { exact: true }).waitFor()
    }
    const original = await detail.locator('.detail-text').textContent()
    expect(original).toMatch(/^21\.提升用工吸纳能力。对民营小微企业新吸纳城乡各类劳动者且稳定就业半年以上的/)
    expect(original).toContain('新吸纳100人（含）以上的，按每人1500元给予补助')
    await detail.getByText(/^出处：.*第21条/).waitFor()
    expect(await page.title()).toBe('第21条')

    await screenshot(page, 'policy-detail')

    await detail.getByText('☆ 收藏', { exact: true }).click()
    await detail.getByText('★ 已收藏', { exact: true }).waitFor()
    // Back on the guide, the favourite is there under 我的收藏.
    await page.goBack()
    await guide().getByText('有资金补贴', { exact: true }).click()
    await countIs('共 26 条')
    await guide().getByText('我的收藏 1', { exact: true }).click()
    await guide().locator('.measure-card').first().waitFor()
    expect(await cardIds()).toEqual([21])
  })

  it('gives measure 21 a service guide, and the ended measure 15 its period and a plain quiz button', async () => {
    await page.goto('about:blank')
    await page.goto(`${server.url}/#/packages/policy/detail/index?id=21`)
    const detail = page.locator('.detail-page')
    const serviceGuide = detail.locator('.detail-guide')
    await serviceGuide.getByText('人力资源社会保障服务热线 12333', { exact: true }).waitFor()
    await serviceGuide.evaluate((el) => el.scrollIntoView())
    await screenshot(page, 'policy-service-guide')

    await page.goto('about:blank')
    await page.goto(`${server.url}/#/packages/policy/detail/index?id=15`)
    await detail.getByText('2021年11月1日至2021年12月31日施行的标准（已到期）', { exact: true }).waitFor()
    expect(await detail.locator('.btn-primary').count()).toBe(0)
    await detail.getByText('按当时标准测算', { exact: true }).waitFor()
    await screenshot(page, 'policy-expired')
  })
})

/** Waits for the page's slide-in transition to finish. */
async function settled(locator: ReturnType<Page['locator']>) {
  await locator.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const check = () => (el.getBoundingClientRect().left === 0 ? resolve() : requestAnimationFrame(check))
        check()
      }),
  )
  await page.waitForTimeout(100)
}

async function expectStatus(id: number, label: string) {
  expect(await guide().locator(`.measure-card[data-id="${id}"] .status-badge`).textContent()).toBe(label)
}
