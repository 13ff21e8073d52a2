/**
 * Seekers and the firms' pipeline, end to end in the H5 build: a seeker fills in a profile, finds a
 * posting by filter on the 招聘 tab, applies twice (one application results), the firm sees the
 * application with the full phone number and invites them to interview, and the seeker follows it
 * on the timeline of 我的投递, withdraws it and sends it again.
 */
import type { Page } from 'playwright-core'
import { CITIES } from '../../cloudfunctions/_shared/catalog/regions'
import { actAsIdentity, agreeToPrivacy, openAppPage, screenshot } from './browser'
import { usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const NAME = '韩晓梅'
const PHONE = '13566778899'
const JOB = '软件测试工程师'
const INTERVIEW_PLACE = '太原市小店区长治路111号3层'

const open = (path: string) => openAppPage(page, server.url, path)

const actAs = (label: string) => actAsIdentity(page, server.url, label)

/** A screenshot once the page transition (a slide in H5) has finished. */

const field = (name: string) => page.locator(`[data-field="${name}"]`)
const boardChip = (filter: string, label: string) => page.locator(`.job-board [data-filter="${filter}"] .chip`, { hasText: new RegExp(`^${label}$`) })
const cardTitles = () => page.locator('.job-board .job-card__title').allInnerTexts()

/** The stored applications of the seeker to the posting. */
async function storedApplications(jobId: string) {
  return (await server.db.collection('applications').where({ jobId, seekerOpenId: 'dev-seeker' }).count()).total
}

describe('seekers and the firms\' pipeline', () => {
  let jobId = ''

  it('a seeker fills in the profile they apply with; the phone shows masked', async () => {
    await actAs('求职者')
    const section = page.locator('.seeker-section')
    await section.getByText('填写', { exact: true }).click()
    await agreeToPrivacy(page)
    await field('name').waitFor()
    await field('name').locator('input').fill(NAME)
    await field('phone').locator('input').fill(PHONE)
    await field('education').locator('.chip', { hasText: /^大专$/ }).click()
    await field('experienceYears').locator('input').fill('0')
    await field('intro').locator('textarea').fill('软件技术专业应届毕业，熟悉测试用例设计和接口测试，持计算机等级证书。')
    await screenshot(page, 'seeker-profile')
    await page.getByText('保存', { exact: true }).click()
    await section.getByText(`${NAME} · 135****8899`).waitFor()
    await expect(section.innerText()).resolves.toContain('大专 · 无工作经验')
  })

  it('finds a posting by filter and keyword on the 招聘 tab, postings first', async () => {
    await open('pages/jobs/index')
    await page.locator('.job-board .job-card').first().waitFor()
    await expect(page.locator('.jobs-tab__segment--on').innerText()).resolves.toBe('岗位')
    await expect(page.locator('.fairs-section').count()).resolves.toBe(0)
    await page.locator('.job-board__toggle').click()
    await boardChip('city', '太原市').click()
    await boardChip('experience', '无经验').click()
    await page.locator('.job-board__toggle', { hasText: '筛选 · 2' }).waitFor()
    await page.locator('.job-board__input input').fill(JOB)
    await page.getByText('搜索', { exact: true }).click()
    await page.waitForFunction(() => document.querySelectorAll('.job-board .job-card').length === 1)
    await expect(cardTitles()).resolves.toEqual([JOB])
    await page.locator('.job-board__filters').scrollIntoViewIfNeeded()
    await screenshot(page, 'seeker-board-filters')
    // Folded away, the filters leave the results in view.
    await page.locator('.job-board__toggle').click()
    await page.locator('.taro_page_show').evaluate((el) => el.scrollTo(0, 0))
    await screenshot(page, 'seeker-board')
  })

  it('applies twice: one application results', async () => {
    await page.locator('.job-board .job-card', { hasText: JOB }).click()
    const apply = page.locator('.job-detail__apply')
    await expect(apply.innerText()).resolves.toBe('投递简历')
    await expect(page.locator('.job-detail__firm').innerText()).resolves.toContain('0351-***0001')
    await page.locator('.safety-tips').waitFor()
    jobId = new URL(page.url().replace('#/', '')).searchParams.get('id') as string
    await screenshot(page, 'seeker-job-detail')

    await page.locator('.job-detail__icon', { hasText: '收藏' }).click()
    await page.locator('.job-detail__icon', { hasText: '已收藏' }).waitFor()

    // Pressed twice in quick succession, then the call repeated as it is.
    await apply.dblclick()
    await page.locator('.job-detail__apply', { hasText: '已投递 · 查看进度' }).waitFor()
    const repeated = await page.evaluate(async (id) => {
      const res = await fetch('/fn/applications', { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': 'dev-seeker' }, body: JSON.stringify({ action: 'apply', jobId: id }) })
      return res.json()
    }, jobId)
    expect(repeated).toMatchObject({ ok: true, data: { alreadyApplied: true, application: { status: 'submitted' } } })
    expect(await storedApplications(jobId)).toBe(1)
    await page.waitForTimeout(1200) // the toast
    await screenshot(page, 'seeker-applied')
  })

  it('the firm sees the application with the full phone number and invites the seeker to interview', async () => {
    await actAs('企业 HR')
    await page.getByText('全部岗位', { exact: true }).click()
    const posting = page.locator('.posting', { hasText: JOB })
    await posting.getByText('查看投递', { exact: true }).click()
    const applicant = page.locator('.applicant', { hasText: NAME })
    await applicant.waitFor()
    await expect(applicant.locator('.applicant__phone').innerText()).resolves.toBe(PHONE)
    await expect(applicant.locator('.app-badge').innerText()).resolves.toBe('已投递')
    await applicant.locator('[data-move="interview"]').click()
    // The form proposes tomorrow 10:00; the firm adds where and whom to ask for.
    await applicant.locator('[data-field="place"] input').fill(INTERVIEW_PLACE)
    await applicant.locator('[data-field="contactName"] input').fill('李娜')
    await applicant.locator('[data-field="contactPhone"] input').fill('0351-7654321')
    await applicant.getByText('发出邀请', { exact: true }).click()
    await page.locator('.applicant', { hasText: NAME }).locator('.app-badge', { hasText: '邀请面试' }).waitFor()
    await expect(page.locator('.applicant', { hasText: NAME }).innerText()).resolves.toContain(INTERVIEW_PLACE)
    await page.waitForTimeout(1200) // the toast
    await screenshot(page, 'employer-pipeline')
  })

  it('the seeker sees the timeline in 我的投递', async () => {
    await actAs('求职者')
    await page.locator('.seeker-section').getByText('我的投递', { exact: true }).click()
    const card = page.locator('.app-card', { hasText: JOB })
    await card.waitFor()
    await expect(page.locator('.app-card').count()).resolves.toBe(1)
    await expect(card.locator('.app-badge').innerText()).resolves.toBe('邀请面试')
    await expect(card.locator('.timeline__label').allInnerTexts()).resolves.toEqual(['已投递', '邀请面试'])
    await expect(card.locator('.timeline__note').innerText()).resolves.toMatch(new RegExp(`^面试时间：\\d+月\\d+日 10:00，地点：${INTERVIEW_PLACE}，联系人：李娜 0351-7654321$`))
    await screenshot(page, 'seeker-applications')

    // Withdrawn, it moves to 已撤回; 重新投递 there sends it again from the posting's page.
    await card.getByText('撤回投递', { exact: true }).click()
    await page.locator('.taro-modal__foot').getByText('确定', { exact: true }).click()
    await page.locator('.app-tabs__tab', { hasText: '已撤回 1' }).click()
    await card.locator('.app-badge', { hasText: '已撤回' }).waitFor()
    await page.locator('.app-tabs__tab', { hasText: '进行中 0' }).click()
    await page.getByText('这里还没有投递', { exact: true }).waitFor()
    await page.locator('.app-tabs__tab', { hasText: '已撤回 1' }).click()
    await card.getByText('重新投递', { exact: true }).click()
    await page.locator('.job-detail__apply', { hasText: '重新投递' }).click()
    await page.locator('.job-detail__apply', { hasText: '已投递 · 查看进度' }).waitFor()
    expect(await storedApplications(jobId)).toBe(1)
    await open('packages/seeker/applications/index')
    await page.locator('.app-tabs__tab', { hasText: '进行中 1' }).waitFor()
    await expect(page.locator('.app-card', { hasText: JOB }).locator('.timeline__label').allInnerTexts()).resolves.toEqual(['已投递', '邀请面试', '已撤回', '已投递'])

    await actAs('求职者')
    await expect(page.locator('.seeker-section').innerText()).resolves.toMatch(/我的投递\s*1 条[\s\S]*我的收藏\s*1 个/)
    await screenshot(page, 'seeker-me')
    await page.locator('.seeker-section').getByText('我的收藏', { exact: true }).click()
    await page.locator('.job-card', { hasText: JOB }).waitFor()
    await screenshot(page, 'seeker-favourites')
  })

  it('the board loads more as the page scrolls to the bottom, and refreshes when pulled down', async () => {
    // The city of the province with the fewest postings recruiting now that still fill three pages.
    const { data } = await server.db.collection<{ location: { city: string } }>('jobs').where({ status: 'published', validUntil: server.db.command.gt(new Date().toISOString()) }).limit(1000).get()
    const liveIn = (c: string) => data.filter((j) => j.location.city === c).length
    const city = CITIES.filter((c) => liveIn(c) > 40).sort((a, b) => liveIn(a) - liveIn(b))[0]
    expect(city).toBeTruthy()
    const live = liveIn(city)
    await actAs('求职者')
    await open('pages/jobs/index')
    await page.locator('.job-board .job-card').first().waitFor()
    await page.locator('.job-board__toggle').click()
    await boardChip('city', city).click()
    const cards = page.locator('.job-board .job-card')
    await page.waitForFunction((c) => Array.from(document.querySelectorAll('.job-board .job-card')).every((e) => e.textContent?.includes(c)), city)
    await expect(cards.count()).resolves.toBe(20)
    // In H5 the page element scrolls, not the window.
    const scroller = page.locator('.taro_page_show')
    const foot = page.locator('.job-board__foot', { hasText: '没有更多岗位了' })
    // Each time the page reaches the bottom, the next page comes, until there is no more. (Reaching
    // the bottom is an edge: the page scrolls up a little before it scrolls down again.)
    while (!(await foot.count())) {
      const shown = await cards.count()
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight - el.clientHeight - 600))
      await page.waitForTimeout(100)
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight))
      await page.waitForFunction((n) => document.querySelectorAll('.job-board .job-card').length > n || document.querySelector('.job-board__foot')?.textContent?.includes('没有更多岗位了'), shown)
    }
    const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-job')))
    expect(ids).toHaveLength(live)
    expect(new Set(ids).size).toBe(live)
    // At the foot of the long list the search and the segments are still at the top, and 顶部 goes back up.
    const top = (selector: string) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top))
    const pageTop = await top('.taro_page_show')
    await expect(top('.job-board__head')).resolves.toBe(pageTop)
    await expect(page.locator('.job-board__input').isVisible()).resolves.toBe(true)
    await page.locator('.job-board__toggle').click()
    await screenshot(page, 'jobs-board')
    await page.locator('.back-to-top').click()
    await page.waitForFunction(() => document.querySelector('.taro_page_show')?.scrollTop === 0)
    await expect(page.locator('.back-to-top').count()).resolves.toBe(0)

    // Pulled down from the top of the page, a posting published meanwhile comes first.
    const { data: own } = await server.db.collection('jobs').where({ ownerOpenId: 'dev-hr', status: 'published' }).limit(1).get()
    const template: Record<string, unknown> = { ...own[0] }
    delete template._id
    const at = new Date().toISOString()
    await server.db.collection('jobs').add({ ...template, title: '刚刚发布的岗位', location: { city, district: '', address: '示例地址' }, publishedAt: at, updatedAt: at })
    await scroller.evaluate((el) => el.scrollTo(0, 0))
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 180, y: 120 }] })
    for (let y = 140; y <= 520; y += 20) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 180, y }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await page.waitForFunction(() => document.querySelector('.job-board .job-card__title')?.textContent === '刚刚发布的岗位')
  })

  it('the bureau takes down a reported posting and counts applications per day', async () => {
    await actAs('管理员')
    await page.getByText('审核队列', { exact: true }).click()
    await page.locator('.queue-tab', { hasText: '举报 1' }).click()
    const report = page.locator('.report-item', { hasText: '门店服务员' })
    await report.waitFor()
    await expect(report.innerText()).resolves.toContain('信息不实')
    await screenshot(page, 'admin-queue-reports')
    await report.getByText('核实并下架', { exact: true }).click()
    await report.locator('textarea').fill('经电话核实，实际每月休息2天，与发布信息不符')
    await report.getByText('确认下架岗位', { exact: true }).click()
    await expect(report.waitFor({ state: 'detached' })).resolves.toBeUndefined()
    const job = (await server.db.collection('jobs').where({ title: '门店服务员' }).get()).data[0]
    expect(job).toMatchObject({ status: 'closed', reviewReason: '经电话核实，实际每月休息2天，与发布信息不符' })

    await open('packages/admin/stats/index')
    const daily = page.locator('.stats-chart', { hasText: '每日投递' })
    await daily.waitFor()
    // Today: the seeker's application (the seeded ones are from earlier days).
    await expect(daily.locator('.stats-day').last().getAttribute('aria-label')).resolves.toMatch(/^\d+月\d+日 [1-9]\d*份$/)
    await expect(daily.locator('.stats-day__count').last().innerText()).resolves.toMatch(/^[1-9]\d*$/)
    await daily.scrollIntoViewIfNeeded()
    await screenshot(page, 'admin-stats-applications')
  })
})
