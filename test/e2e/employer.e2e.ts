/**
 * Firms and the bureau, end to end in the H5 build: a firm registers (a wrong credit code is caught),
 * the administrator approves it, the firm posts, a discriminatory posting is stopped with the words
 * and the reasons shown, the corrected posting is approved and published.
 */
import type { Page } from 'playwright-core'
import { actAsIdentity, agreeToPrivacy, openAppPage, screenshot } from './browser'
import { usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const FIRM = '太原晋阳仓储物流有限公司'
const open = (path: string) => openAppPage(page, server.url, path)

const actAs = (label: string) => actAsIdentity(page, server.url, label)

const field = (name: string) => page.locator(`[data-field="${name}"]`)
const fill = (name: string, value: string, tag: 'input' | 'textarea' = 'input') => field(name).locator(tag).first().fill(value)
const choose = (name: string, label: string) => field(name).locator('.chip', { hasText: new RegExp(`^${label}$`) }).click()

describe('firms and the bureau', () => {
  it('a firm registers; a wrong credit code is caught by its check character', async () => {
    await actAs('求职者')
    await page.getByText('注册企业', { exact: true }).click()
    await agreeToPrivacy(page)
    await field('name').waitFor()

    await fill('name', FIRM)
    await fill('creditCode', '91140100MA0L2Q8N3X') // the right check character is 1
    await choose('industry', '仓储业')
    await fill('employees', '26')
    await fill('revenue', '800')
    await fill('totalAssets', '1500')
    await choose('city', '太原市')
    await choose('district', '晋源区')
    await fill('address', '晋祠路二段88号')
    await fill('contactName', '韩梅')
    await fill('contactPhone', '0351-6012345')
    await page.getByText('提交认证', { exact: true }).click()

    const codeError = field('creditCode').locator('.form-field__error')
    await codeError.waitFor()
    await expect(codeError.innerText()).resolves.toContain('校验位不正确')
    await page.getByText('提交未通过：统一社会信用代码校验位不正确', { exact: false }).waitFor()
    await field('creditCode').scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollBy(0, -120))
    await screenshot(page, 'employer-register-check')

    await fill('creditCode', '91140100MA0L2Q8N31')
    await expect(codeError.count()).resolves.toBe(0)
    await page.getByText('提交认证', { exact: true }).click()

    // Back on 我的: the profile waits for review; drafts only until then.
    await page.locator('.me-firm', { hasText: FIRM }).waitFor()
    await expect(page.locator('.me-firm .review-badge').innerText()).resolves.toBe('待审核')
    await page.getByText('企业认证通过前，岗位只能保存为草稿').waitFor()
    await screenshot(page, 'employer-me-pending')
  })

  it('the administrator approves the firm from the queue', async () => {
    await actAs('管理员')
    await page.getByText('审核队列', { exact: true }).click()
    const card = page.locator('.queue-item', { hasText: FIRM })
    await card.waitFor()
    await expect(card.innerText()).resolves.toContain('91140100MA0L2Q8N31')
    await screenshot(page, 'admin-queue-employers')
    await card.getByText('通过', { exact: true }).click()
    await expect(card.waitFor({ state: 'detached' })).resolves.toBeUndefined()
  })

  it('the firm posts; a discriminatory posting is stopped with the words and the reasons', async () => {
    await actAs('求职者')
    await expect(page.locator('.me-firm .review-badge').innerText()).resolves.toBe('已认证')
    await page.getByText('发布岗位', { exact: true }).click()
    await field('title').waitFor()

    await fill('title', '仓库管理员（限男性）')
    await fill('headcount', '2')
    await fill('duties', '负责仓库货物的出入库登记、盘点与库位管理，仅限本地户口。', 'textarea')
    await choose('education', '高中/中专/技校及以上')
    await choose('experienceYears', '1年以上经验')
    // The firm's address is filled in for it.
    await expect(field('address').locator('input').inputValue()).resolves.toBe('晋祠路二段88号')
    await fill('pay', '4500')
    await field('pay').locator('input').nth(1).fill('6000')

    // Measure 21, from the rules engine: a small private firm, 2 hires × 1,000元.
    const hint = page.locator('.hiring-hint')
    await hint.getByText('招满2人可申领').waitFor()
    await expect(hint.innerText()).resolves.toContain('¥2,000')

    await page.getByText('提交审核', { exact: true }).click()
    const blocked = page.locator('.compliance--blocked')
    await blocked.waitFor()
    const text = await blocked.innerText()
    for (const expected of ['「限男性」', '性别歧视', '原句：仓库管理员（限男性）', '问题所在：限定条件', '「仅限本地户口」', '户籍限制', '《就业促进法》第三条', '第二十七条', '第三十一条']) {
      expect(text).toContain(expected)
    }
    await page.getByText('提交未通过内容检查，岗位未保存。请按下方说明修改后再提交：').waitFor()
    await blocked.scrollIntoViewIfNeeded()
    await screenshot(page, 'employer-post-blocked')

    await fill('title', '仓库管理员')
    await fill('duties', '负责仓库货物的出入库登记、盘点与库位管理，男女不限，户籍不限。', 'textarea')
    await expect(blocked.count()).resolves.toBe(0)
    await page.getByText('提交审核', { exact: true }).click()

    // Straight to 我的岗位, waiting for review.
    const posting = page.locator('.posting', { hasText: '仓库管理员' })
    await posting.waitFor()
    await expect(posting.locator('.review-badge').innerText()).resolves.toBe('待审核')
    await expect(posting.innerText()).resolves.toContain('第21条补助：招满可申领¥2,000')
  })

  it('the administrator approves the corrected posting and it is published', async () => {
    await actAs('管理员')
    await page.getByText('审核队列', { exact: true }).click()
    await page.locator('.queue-tab', { hasText: '岗位审核' }).click()
    const card = page.locator('.queue-item', { hasText: '仓库管理员' })
    await card.waitFor()
    await expect(card.innerText()).resolves.toContain(FIRM)
    await screenshot(page, 'admin-queue-jobs')
    await card.getByText('通过', { exact: true }).click()
    await expect(card.waitFor({ state: 'detached' })).resolves.toBeUndefined()

    await actAs('求职者')
    await expect(page.locator('.me-state--published .me-state__count').innerText()).resolves.toBe('1')
    await screenshot(page, 'employer-me-verified')
    await page.locator('.me-state--published').click()
    const posting = page.locator('.posting', { hasText: '仓库管理员' })
    await posting.waitFor()
    await expect(posting.locator('.review-badge').innerText()).resolves.toBe('招聘中')
    await expect(posting.innerText()).resolves.toMatch(/有效期至\d{4}年\d{1,2}月\d{1,2}日/)
    await screenshot(page, 'employer-postings')
  })

  it('the administrator must give a reason to reject a posting', async () => {
    await actAs('管理员')
    await page.getByText('审核队列', { exact: true }).click()
    await page.locator('.queue-tab', { hasText: '岗位审核' }).click()
    const card = page.locator('.queue-item', { hasText: '数控机床操作工' })
    await card.getByText('驳回', { exact: true }).click()
    await card.getByText('确认驳回', { exact: true }).click()
    await card.getByText('请写明驳回理由').waitFor()
    await card.locator('textarea').fill('请注明倒班安排与每月休息天数')
    await card.getByText('确认驳回', { exact: true }).click()
    await expect(card.waitFor({ state: 'detached' })).resolves.toBeUndefined()
  })

  it('the audit log shows each decision above: who, when, before and after, and the reason', async () => {
    await actAs('管理员')
    await page.getByText('审计日志', { exact: true }).click()
    const rejection = page.locator('.audit-entry', { hasText: '数控机床操作工' })
    await rejection.waitFor()
    await expect(rejection.locator('.audit-entry__action').innerText()).resolves.toBe('审核岗位')
    await expect(rejection.locator('.audit-entry__actor').innerText()).resolves.toBe('管理员 · dev-admin')
    await expect(rejection.locator('.audit-change').first().innerText()).resolves.toMatch(/^状态\s*待审核\s*→\s*未通过$/)
    await expect(rejection.locator('.audit-entry__note').innerText()).resolves.toBe('说明：请注明倒班安排与每月休息天数')
    // The firm verified at the start is there too, under 企业认证.
    await page.locator('.choice-chips > *', { hasText: '企业认证' }).click()
    // The list shows the filter's entries once the posting's review has gone (the old list stays while it loads).
    await rejection.waitFor({ state: 'detached' })
    await page.locator('.audit-entry', { hasText: FIRM }).waitFor()
    await expect(page.locator('.audit-entry', { hasText: FIRM }).locator('.audit-change').innerText()).resolves.toMatch(/^状态\s*待审核\s*→\s*已认证$/)
    await page.locator('.choice-chips > *', { hasText: '全部' }).click()
    await rejection.waitFor()
    await screenshot(page, 'admin-audit')
  })

  it('shows the bureau its numbers as bar charts', async () => {
    await open('packages/admin/stats/index')
    const byCity = page.locator('.stats-chart', { hasText: '城市分布' }).last()
    await byCity.waitFor()
    // The province's capital has the most postings recruiting now: the seeded ones and the one published above.
    const { total } = await server.db.collection('jobs').where({ status: 'published', validUntil: server.db.command.gt(new Date().toISOString()), 'location.city': '太原市' }).count()
    await expect(byCity.locator('.bar-chart__row').first().innerText()).resolves.toContain('太原市')
    await expect(byCity.locator('.bar-chart__row').first().innerText()).resolves.toContain(`${total}个`)
    // The fairs' figures as charts, each fair's status on one line at 375 px however long its name.
    const signups = page.locator('.stats-chart', { hasText: '求职者报名' })
    const tags = signups.locator('.bar-chart__tag')
    await expect(tags.count()).resolves.toBeGreaterThan(1)
    const lineCounts = await tags.evaluateAll((els) => els.map((el) => new Set(Array.from(el.getClientRects(), (r) => Math.round(r.top))).size))
    expect(lineCounts.every((n) => n === 1)).toBe(true)
    await screenshot(page, 'admin-stats')
  })

  it('shows 企业 HR its profile and postings grouped by state', async () => {
    await actAs('企业 HR')
    await page.locator('.me-firm', { hasText: '太原晋云软件科技有限公司' }).waitFor()
    await screenshot(page, 'employer-me')
    await page.getByText('全部岗位', { exact: true }).click()
    await page.locator('.postings__section--draft').waitFor()
    await expect(page.locator('.postings__section--published .posting').count()).resolves.toBe(2)
    await screenshot(page, 'employer-postings-all')
  })
})
