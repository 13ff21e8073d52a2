/**
 * Consent before personal data, and the seeker's 消息, end to end in the H5 build: a fresh seeker
 * is asked to agree to the privacy guide before the profile form opens (declining keeps them out),
 * agreeing once is remembered, the guide is readable from 我的; when the firm moves the
 * application and invites to an interview, the 我的 tab and the 消息 entry show the unread count,
 * 消息 lists it, a tap opens 我的投递 at the interview card, whose .ics downloads and whose
 * 确认参加 reaches the firm's 消息.
 */
import type { Page } from 'playwright-core'
import { actAsIdentity, agreeToPrivacy, openAppPage, screenshot } from './browser'
import { callAs, usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const NAME = '韩晓梅'
const JOB = '软件测试工程师'
const PLACE = '太原市小店区长治路111号3层'

const open = (path: string) => openAppPage(page, server.url, path)
const actAs = (label: string) => actAsIdentity(page, server.url, label)
const field = (name: string) => page.locator(`[data-field="${name}"]`)


const call = <T>(openId: string, fn: string, action: string, params: Record<string, unknown> = {}) => callAs<T>(server, openId, fn, action, params)

const storedProfile = async () => (await server.db.collection('seekers').where({ _id: 'dev-seeker' }).count()).total

describe('privacy consent and the seeker\'s 消息', () => {
  it('a fresh seeker sees the privacy dialog before the profile form; declining keeps them out of it', async () => {
    await actAs('求职者')
    await page.locator('.seeker-section').getByText('填写', { exact: true }).click()
    const dialog = page.locator('.privacy-dialog')
    await dialog.waitFor()
    await expect(dialog.innerText()).resolves.toContain('在您填写求职资料之前，请仔细阅读《晋企通隐私保护指引》')
    await expect(field('name').count()).resolves.toBe(0)
    await screenshot(page, 'privacy-dialog')

    await dialog.getByText('不同意', { exact: true }).click()
    await page.getByText('需要您同意隐私保护指引', { exact: true }).waitFor()
    await expect(page.locator('.privacy-gate').innerText()).resolves.toContain('暂时无法填写和保存求职资料')
    await expect(field('name').count()).resolves.toBe(0)
    expect(await storedProfile()).toBe(0)
    await screenshot(page, 'privacy-declined')
  })

  it('agreeing opens the form; the profile saves; the consent is remembered', async () => {
    await page.getByText('查看并同意', { exact: true }).click()
    await agreeToPrivacy(page)
    await field('name').locator('input').fill(NAME)
    await field('phone').locator('input').fill('13566778899')
    await field('education').locator('.chip', { hasText: /^大专$/ }).click()
    await field('experienceYears').locator('input').fill('0')
    await page.getByText('保存', { exact: true }).click()
    const section = page.locator('.seeker-section')
    await section.getByText(`${NAME} · 135****8899`).waitFor()
    expect(await storedProfile()).toBe(1)

    // Asked once: the form opens at once next time, even after a reload.
    await actAs('求职者')
    await page.locator('.seeker-section').getByText('修改', { exact: true }).click()
    await field('name').waitFor()
    await expect(page.locator('.privacy-dialog').count()).resolves.toBe(0)
  })

  it('the guide is readable from 我的: what we collect, why, how long, how to export and delete', async () => {
    await actAs('求职者')
    await page.locator('.me-privacy').click()
    const guide = page.locator('.privacy-guide')
    await guide.waitFor()
    const text = await guide.innerText()
    for (const part of ['晋企通隐私保护指引', '姓名、手机号、最高学历、工作年限和自我介绍', '统一社会信用代码', 'openid', '二、为什么收集', '三、保存多久', '导出我的数据', '注销求职账号', '您已于']) {
      expect(text).toContain(part)
    }
    await screenshot(page, 'privacy-guide')
  })

  it('the firm\'s moves reach the seeker\'s 消息 and the tab badge; the interview card adds to the calendar and confirms', async () => {
    // Applying asks nothing more: consent was given on this device.
    await open('pages/jobs/index')
    await page.locator('.job-board .job-card').first().waitFor()
    await page.locator('.job-board__input input').fill(JOB)
    await page.getByText('搜索', { exact: true }).click()
    await page.waitForFunction(() => document.querySelectorAll('.job-board .job-card').length === 1)
    await page.locator('.job-board .job-card', { hasText: JOB }).click()
    await page.locator('.job-detail__apply', { hasText: '投递简历' }).click()
    await page.locator('.job-detail__apply', { hasText: '已投递 · 查看进度' }).waitFor()
    await expect(page.locator('.privacy-dialog').count()).resolves.toBe(0)

    const { data } = await server.db.collection<{ _id: string }>('applications').where({ seekerOpenId: 'dev-seeker' }).get()
    expect(data).toHaveLength(1)
    const applicationId = data[0]._id
    // Tomorrow 14:30 in Shanghai.
    const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10)
    const interview = { date: tomorrow, time: '14:30', place: PLACE, contactName: '王工', contactPhone: '0351-7654321', note: '请携带简历' }
    await call('dev-hr', 'applications', 'setStatus', { id: applicationId, status: 'viewed' })
    await call('dev-hr', 'applications', 'setStatus', { id: applicationId, status: 'interview', interview })

    await actAs('求职者')
    const entry = page.locator('.me-messages')
    await expect(entry.locator('.me-messages__badge').innerText()).resolves.toBe('2')
    await page.locator('.taro-tabbar-badge', { hasText: '2' }).waitFor()
    await entry.click()
    const inbox = page.locator('.msg-list')
    await inbox.locator('.msg-list__item').first().waitFor()
    await expect(inbox.locator('.msg-list__item--unread').count()).resolves.toBe(2)
    const newest = inbox.locator('.msg-list__item').first()
    await expect(newest.innerText()).resolves.toContain(`地点：${PLACE}`)
    await screenshot(page, 'seeker-messages')

    await newest.click()
    const focused = page.locator('.app-card--focus')
    await focused.waitFor()
    await expect(focused.getAttribute('data-application')).resolves.toBe(applicationId)
    const card = focused.locator('.interview-card')
    await expect(card.locator('.interview-card__time').innerText()).resolves.toMatch(/ 14:30$/)
    await expect(card.innerText()).resolves.toContain('王工 0351-7654321')
    await focused.scrollIntoViewIfNeeded()
    await screenshot(page, 'interview-card')

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByText('添加到日历', { exact: true }).click()])
    expect(download.suggestedFilename()).toBe(`面试-${JOB}.ics`)
    const ics = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        stream.on('error', reject)
      }, reject)
    })
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics).toContain(`DTSTART:${tomorrow.replace(/-/g, '')}T063000Z\r\n`)

    await card.getByText('确认参加', { exact: true }).click()
    await card.locator('.interview-card__answer', { hasText: '已确认参加' }).waitFor()
    const firmNews = await server.db.collection<{ kind: string; title: string }>('messages').where({ ownerOpenId: 'dev-hr', kind: 'interview-answer' }).get()
    expect(firmNews.data.map((m) => m.title)).toEqual(['面试答复：已确认参加'])

    await actAs('求职者')
    await expect(entry.locator('.me-messages__badge').innerText()).resolves.toBe('1')
    await entry.click()
    await inbox.getByText('全部已读', { exact: true }).click()
    await inbox.locator('.msg-list__badge').waitFor({ state: 'detached' })
    await expect(inbox.locator('.msg-list__item--unread').count()).resolves.toBe(0)
    await actAs('求职者')
    await entry.waitFor()
    await expect(entry.locator('.me-messages__badge').count()).resolves.toBe(0)
    await expect(page.locator('.taro-tabbar-badge').count()).resolves.toBe(0)
  })
})
