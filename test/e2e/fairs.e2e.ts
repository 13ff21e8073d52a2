/**
 * Job fairs end to end in the H5 build: the 招聘 tab's 招聘会 segment lists fairs with filters and a calendar; a firm
 * books a booth bringing one of its postings; a seeker finds that posting through the fair, signs up
 * and gets a check-in code; the administrator sees both, exports them and creates a fair.
 */
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { actAsIdentity, agreeToPrivacy, openAppPage, screenshot } from './browser'
import { usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

/** The seeded on-site fair in 太原 tomorrow, where dev-hr has no booth yet (server/seed-fairs.ts). */
const FAIR_SUFFIX = '太原市民营企业综合招聘会'
const FIRM = '太原晋云软件科技有限公司'
const POSTING = '软件测试工程师'
const OTHER_POSTING = '前端开发工程师'

let fairName = ''
let boothNo = ''
let checkInCode = ''

async function call<T>(fn: string, body: Record<string, unknown>, openId?: string): Promise<T> {
  const res = await fetch(`${server.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openId ? { 'X-Dev-OpenId': openId } : {}) },
    body: JSON.stringify(body),
  })
  const envelope = (await res.json()) as { ok: boolean; data: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(envelope.error?.message)
  return envelope.data
}

const open = (path: string) => openAppPage(page, server.url, path)

const actAs = (label: string) => actAsIdentity(page, server.url, label)

const card = (name: string) => page.locator('.fair-card', { hasText: name })
const field = (name: string) => page.locator(`[data-field="${name}"]`)

/** The 招聘 tab on its 招聘会 segment. */
async function openFairs() {
  await open('pages/jobs/index')
  await page.locator('[data-segment="fairs"]').click()
}

describe('job fairs', () => {
  beforeAll(async () => {
    const { fairs } = await call<{ fairs: { name: string }[] }>('fairs', { action: 'list', when: 'open', limit: 100 })
    fairName = fairs.find((f) => f.name.endsWith(FAIR_SUFFIX))?.name ?? ''
    expect(fairName).not.toBe('')
  })

  it('the 招聘 tab’s 招聘会 segment puts fairs under way first and filters; its calendar marks fair days', async () => {
    await actAs('求职者')
    await openFairs()
    await page.locator('.fair-card').first().waitFor()
    await expect(page.locator('.fair-card .fair-status').first().innerText()).resolves.toBe('进行中')
    await screenshot(page, 'jobs-fairs')

    // On site in 太原 only.
    await page.locator('[data-filter="mode"]', { hasText: /^现场$/ }).click()
    await page.locator('[data-filter="city"]', { hasText: /^太原市$/ }).click()
    await card(fairName).waitFor()
    for (const text of await page.locator('.fair-card .fair-card__level').allInnerTexts()) expect(text).toContain('现场')
    await expect(page.locator('.fair-card', { hasText: '线上' }).count()).resolves.toBe(0)

    // The calendar keeps the filters; tapping a marked day lists that day's fairs.
    await page.getByText('招聘会日历 ›', { exact: true }).click()
    await page.getByText('筛选：太原市 · 现场', { exact: true }).waitFor()
    const marked = page.locator('.fair-calendar__day--fair').first()
    const date = (await marked.getAttribute('data-date')) as string
    await marked.click()
    await page.getByText(`${Number(date.slice(5, 7))}月${Number(date.slice(8))}日的招聘会`, { exact: false }).waitFor()
    await screenshot(page, 'fairs-tab-filtered')
  })

  it('a firm books a booth at the fair, bringing one of its postings', async () => {
    await actAs('企业 HR')
    await openFairs()
    await card(fairName).click()
    await page.locator('.fair-head__name', { hasText: fairName }).waitFor()
    await page.getByText('预订展位', { exact: true }).click()

    const picked = page.locator('.fair-book__job--on')
    await picked.first().waitFor()
    // Every recruiting posting is picked at first; it brings only one.
    await page.locator('.fair-book__job', { hasText: OTHER_POSTING }).click()
    await expect(picked.count()).resolves.toBe(1)
    await expect(picked.innerText()).resolves.toContain(POSTING)
    await screenshot(page, 'fairs-book')
    await page.getByText('确认预订展位', { exact: true }).click()

    const booth = page.locator('.fair-mine__booth')
    await booth.waitFor()
    boothNo = ((await booth.innerText()).match(/(\d+) 号展位/) ?? [])[1] ?? ''
    expect(boothNo).not.toBe('')
    const firm = page.locator('.fair-firm', { hasText: FIRM })
    await expect(firm.locator('.fair-firm__booth').innerText()).resolves.toBe(`${boothNo}号`)
    await screenshot(page, 'fairs-booked')
  })

  it('the fair form, opened by a firm, says only the bureau edits fairs instead of offering a form it cannot save', async () => {
    await open('packages/fairs/edit/index')
    await page.locator('.fair-edit__refusal', { hasText: '仅限人社部门管理员' }).waitFor()
    await expect(page.locator('.fair-edit__save').count()).resolves.toBe(0)
  })

  it('a seeker finds the firm’s posting through the fair and signs up for a check-in code', async () => {
    await actAs('求职者')
    await openFairs()
    await card(fairName).click()
    const firm = page.locator('.fair-firm', { hasText: FIRM })
    await firm.waitFor()
    await expect(firm.locator('.fair-firm__booth').innerText()).resolves.toBe(`${boothNo}号`)
    await expect(firm.locator('.fair-job__title').allInnerTexts()).resolves.toEqual([POSTING])

    // The posting opens in place: its duties and benefits, and the way to apply from the fair.
    await firm.locator('.fair-job', { hasText: POSTING }).click()
    await firm.getByText('编写测试用例并执行功能、接口测试', { exact: false }).waitFor()
    await expect(firm.innerText()).resolves.toContain('五险一金，带薪年假')
    await firm.locator('.fair-job__apply').scrollIntoViewIfNeeded()
    await screenshot(page, 'fairs-seeker-apply')

    await page.getByText('报名参会', { exact: true }).click()
    await agreeToPrivacy(page)
    const code = page.locator('.fair-pass__code')
    await code.waitFor()
    checkInCode = (await code.innerText()).replace(/\s/g, '')
    expect(checkInCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)

    await firm.locator('[data-mark="interested"]').click()
    await firm.locator('.fair-mark--on', { hasText: '感兴趣' }).waitFor()

    // 添加到日历 gives the phone's calendar a file, not text to paste.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('添加到日历', { exact: true }).click()])
    expect(download.suggestedFilename()).toBe(`招聘会-${fairName}.ics`)
    const ics = fs.readFileSync(await download.path(), 'utf8')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics).toContain(`SUMMARY:【招聘会】${fairName}`)
    expect(ics).toContain('TRIGGER:-PT1440M')
    await page.locator('.fair-head').scrollIntoViewIfNeeded()
    await screenshot(page, 'fairs-seeker-detail')
    await firm.scrollIntoViewIfNeeded()
    await screenshot(page, 'fairs-seeker-firm')

    // The seeker's sign-ups list the code too.
    await open('packages/fairs/mine/index')
    await expect(card(fairName).innerText()).resolves.toContain(`签到码 ${checkInCode.slice(0, 4)} ${checkInCode.slice(4)}`)

    // Applying from the fair's page (a profile first, the seeker has none yet): the application records the fair.
    await card(fairName).click()
    await page.locator('.fair-firm', { hasText: FIRM }).locator('.fair-job', { hasText: POSTING }).click()
    await page.getByText('去投递 ›', { exact: true }).click()
    await page.locator('.job-detail__apply', { hasText: '填写资料并投递' }).click()
    await field('name').locator('input').fill('冯晓雨')
    await field('phone').locator('input').fill('15400001234')
    await field('education').locator('.chip', { hasText: /^本科$/ }).click()
    await field('experienceYears').locator('input').fill('1')
    await page.getByText('保存并投递', { exact: true }).click()
    await page.locator('.taro_page_show .job-detail__apply', { hasText: '已投递' }).waitFor()
    const { data: applied } = await server.db.collection('applications').where({ seekerOpenId: 'dev-seeker', jobTitle: POSTING }).get()
    const { fairs } = await call<{ fairs: { id: string; name: string }[] }>('fairs', { action: 'list', when: 'open', limit: 100 })
    expect(applied.map((a) => a.fairId)).toEqual([fairs.find((f) => f.name === fairName)?.id])
  })

  it('the administrator sees the booking and the sign-up, and exports them', async () => {
    await actAs('管理员')
    await openFairs()
    await card(fairName).click()
    await page.getByText('参会企业与报名', { exact: true }).click()
    const booking = page.locator('.fair-admin__booking', { hasText: FIRM })
    await booking.waitFor()
    await expect(booking.innerText()).resolves.toContain(`${POSTING}（2人）`)
    await expect(booking.locator('.fair-admin__booth').innerText()).resolves.toBe(`${boothNo}号`)
    // The seeker's application from the fair counts in its 投递 figure.
    await expect(page.locator('.fair-admin__figure', { hasText: '投递' }).locator('.fair-admin__figure-value').innerText()).resolves.toBe('1')

    // The fair is tomorrow: check-in opens on the day.
    await page.locator('.fair-checkin__input input').fill(checkInCode)
    await page.getByText('签到', { exact: true }).click()
    await expect(page.locator('.fair-checkin__result').innerText()).resolves.toBe('招聘会当天才能签到')

    const download = page.waitForEvent('download')
    await page.getByText('导出CSV', { exact: true }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/参会企业\.csv$/)
    // The file came from storage through its link, not in the answer: the booking is in it.
    const csv = fs.readFileSync(await file.path(), 'utf8')
    expect(csv).toContain('展位号,企业名称')
    expect(csv).toContain(FIRM)
    await expect(page.locator('.fair-admin__csv').innerText()).resolves.toContain('已下载')

    await page.locator('.fair-admin__tab', { hasText: '报名求职者' }).click()
    await page.locator(`.fair-admin__signup[data-code="${checkInCode}"]`).waitFor()
    await screenshot(page, 'fairs-admin-bookings')
  })

  it('the administrator creates a fair, which seekers then see', async () => {
    await actAs('管理员')
    await openFairs()
    await page.getByText('新建招聘会 ›', { exact: true }).click()
    await field('name').waitFor()
    await field('name').locator('input').fill('金秋招聘月·阳泉市民营企业专场')
    await field('campaign').locator('.chip', { hasText: '金秋招聘月' }).click()
    await field('city').locator('.chip', { hasText: '阳泉市' }).click()
    await field('district').locator('.chip', { hasText: /^城区$/ }).click()
    // Dates and times are picked, not typed; the browser has no map or upload, and says so.
    await expect(field('startDate').innerText()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await expect(field('startTime').innerText()).resolves.toBe('09:00')
    await expect(field('endTime').innerText()).resolves.toBe('16:00')
    await expect(field('startAt').locator('.form-input').count()).resolves.toBe(0)
    await expect(field('latitude').locator('.form-field__hint').innerText()).resolves.toContain('网页版没有地图服务')
    await expect(field('hallMapUrl').locator('.form-field__hint').innerText()).resolves.toContain('网页版不能上传图片')
    await field('venue').locator('input').fill('阳泉市人力资源市场')
    await field('address').locator('input').fill('阳泉市城区桃北西街1号')
    await field('organiser').locator('input').fill('阳泉市人力资源和社会保障局')
    await field('contactName').locator('input').fill('周强')
    await field('contactPhone').locator('input').fill('0353-2020007')
    await field('boothCount').locator('input').fill('0')
    await page.getByText('发布招聘会', { exact: true }).click()
    await expect(field('boothCount').locator('.form-field__error').innerText()).resolves.toContain('展位数不能小于1')
    await screenshot(page, 'fairs-edit')
    await field('boothCount').locator('input').fill('40')
    await page.getByText('发布招聘会', { exact: true }).click()

    await page.locator('.fair-head__name', { hasText: '金秋招聘月·阳泉市民营企业专场' }).waitFor()
    await actAs('求职者')
    await openFairs()
    await card('金秋招聘月·阳泉市民营企业专场').waitFor()
  })
})
