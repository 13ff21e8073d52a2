/**
 * Consent before personal data, and the seeker's 消息, end to end in the H5 build: a fresh seeker
 * is asked to agree to the privacy guide before the profile form opens (declining keeps them out),
 * agreeing once is remembered, the guide is readable from 我的; when the firm moves the
 * application, the seeker finds it in 消息 with an unread badge, and a tap opens 我的投递.
 */
import type { Page } from 'playwright-core'
import { actAsIdentity, agreeToPrivacy, openAppPage, screenshot } from './browser'
import { callAs, usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const NAME = '韩晓梅'
const JOB = '软件测试工程师'
const INTERVIEW = '12月1日上午10点，长治路111号3层'

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

  it('the firm\'s moves reach the seeker\'s 消息 with an unread badge; a tap opens 我的投递', async () => {
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
    await call('dev-hr', 'applications', 'setStatus', { id: applicationId, status: 'viewed' })
    await call('dev-hr', 'applications', 'setStatus', { id: applicationId, status: 'interview', note: INTERVIEW })

    await actAs('求职者')
    const inbox = page.locator('.msg-list')
    await inbox.locator('.msg-list__item').first().waitFor()
    await expect(inbox.locator('.msg-list__badge').innerText()).resolves.toBe('2')
    await expect(inbox.locator('.msg-list__item--unread').count()).resolves.toBe(2)
    const newest = inbox.locator('.msg-list__item').first()
    await expect(newest.innerText()).resolves.toContain(INTERVIEW)
    await inbox.scrollIntoViewIfNeeded()
    await screenshot(page, 'seeker-messages')

    await newest.click()
    const focused = page.locator('.app-card--focus')
    await focused.waitFor()
    await expect(focused.getAttribute('data-application')).resolves.toBe(applicationId)
    await expect(focused.locator('.app-badge').innerText()).resolves.toBe('邀请面试')
    await screenshot(page, 'seeker-messages-open')

    await actAs('求职者')
    await expect(inbox.locator('.msg-list__badge').innerText()).resolves.toBe('1')
    await inbox.getByText('全部已读', { exact: true }).click()
    await inbox.locator('.msg-list__badge').waitFor({ state: 'detached' })
    await expect(inbox.locator('.msg-list__item--unread').count()).resolves.toBe(0)
    await inbox.scrollIntoViewIfNeeded()
    await screenshot(page, 'seeker-messages-read')
  })
})
