/**
 * Markup in user-written text stays text, end to end in the H5 build: a posting, a seeker's
 * self-introduction and a report note carrying `<img onerror>` and `<script>` are shown literally
 * on the board, the posting's page, the review queue, the firm's pipeline and the report queue —
 * no element is injected and no script runs.
 *
 * The texts are written through the functions (as the app would send them) and read in the app.
 */
import type { Page } from 'playwright-core'
import { actAsIdentity, openAppPage, screenshot } from './browser'
import { callAs, usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const IMG = '<img src=x onerror="window.__xss=1">'
const SCRIPT = '<script>window.__xss=2</script>'
/** The title takes at most 30 characters: a shorter payload of the same kind. */
const TITLE = '<img src=x onerror=__xss=3>测试'

const open = (path: string) => openAppPage(page, server.url, path)
const actAs = (label: string) => actAsIdentity(page, server.url, label)


const call = <T>(openId: string, fn: string, action: string, params: Record<string, unknown> = {}) => callAs<T>(server, openId, fn, action, params)

/** Nothing ran and nothing was injected: no flag, no alert, no img from the payload, no script carrying it. */
async function expectNoInjection() {
  const found = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    imgs: Array.from(document.querySelectorAll('img')).filter((i) => i.getAttribute('src') === 'x' || i.hasAttribute('onerror')).length,
    scripts: Array.from(document.querySelectorAll('script')).filter((s) => (s.textContent ?? '').includes('__xss')).length,
    handlers: Array.from(document.querySelectorAll('[onerror]')).length,
  }))
  expect(found).toEqual({ flag: undefined, imgs: 0, scripts: 0, handlers: 0 })
  expect(dialogs).toEqual([])
}

const dialogs: string[] = []

describe('markup in user-written text is shown as text', () => {
  let jobId = ''

  beforeAll(() => {
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
  })

  it('a posting carrying markup passes the posting checks and enters review', async () => {
    const { job } = await call<{ job: { id: string; state: string } }>('dev-hr', 'jobs', 'create', {
      title: TITLE,
      headcount: 2,
      duties: `负责网站前端页面开发与维护。${IMG}${SCRIPT}`,
      requirements: { education: 'associate', experienceYears: 1, other: `熟悉HTML：${IMG}` },
      location: { city: '太原市', district: '小店区', address: `长治路111号${SCRIPT}` },
      pay: { min: 5000, max: 8000 },
      benefits: `五险一金${SCRIPT}`,
      validDays: 30,
      submit: true,
    })
    expect(job.state).toBe('pending')
    jobId = job.id
  })

  it('the administrator reviews it in the queue: literal text, nothing injected', async () => {
    await actAs('管理员')
    await page.getByText('审核队列', { exact: true }).click()
    await page.locator('.queue-tab', { hasText: '岗位审核' }).click()
    const card = page.locator('.queue-item', { hasText: '测试' }).filter({ hasText: '负责网站前端页面开发与维护' })
    await card.waitFor()
    const text = await card.innerText()
    expect(text).toContain(TITLE)
    expect(text).toContain(IMG)
    expect(text).toContain(SCRIPT)
    await expectNoInjection()
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, 'xss-admin-queue-job')
    await card.getByText('通过', { exact: true }).click()
    await expect(card.waitFor({ state: 'detached' })).resolves.toBeUndefined()
    await expectNoInjection()
  })

  it('a seeker sees it on the board and on its page, literally', async () => {
    await actAs('求职者')
    await open('pages/jobs/index')
    const card = page.locator('.job-board .job-card', { hasText: TITLE })
    await card.waitFor()
    await expect(card.locator('.job-card__title').innerText()).resolves.toBe(TITLE)
    await expect(card.innerText()).resolves.toContain(`五险一金${SCRIPT}`)
    await expectNoInjection()
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, 'xss-board')

    await card.click()
    await page.locator('.job-detail__title', { hasText: TITLE }).waitFor()
    const body = await page.locator('.job-detail').innerText()
    for (const literal of [`负责网站前端页面开发与维护。${IMG}${SCRIPT}`, `熟悉HTML：${IMG}`, `五险一金${SCRIPT}`, `长治路111号${SCRIPT}`]) expect(body).toContain(literal)
    await expectNoInjection()
    await screenshot(page, 'xss-job-detail')
  })

  it('the firm reads a seeker\'s self-introduction carrying markup in its pipeline, literally', async () => {
    const intro = `熟悉前端开发。${IMG}${SCRIPT}`
    await call('dev-seeker', 'account', 'updateProfile', { name: '韩晓梅', phone: '13566778899', education: 'associate', experienceYears: 1, intro })
    await call('dev-seeker', 'applications', 'apply', { jobId })

    await actAs('企业 HR')
    await open(`packages/employer/pipeline/index?jobId=${encodeURIComponent(jobId)}`)
    const applicant = page.locator('.applicant', { hasText: '韩晓梅' })
    await applicant.waitFor()
    await expect(applicant.locator('.applicant__intro').innerText()).resolves.toBe(intro)
    await expect(page.locator('.pipeline-head__title').innerText()).resolves.toBe(TITLE)
    await expectNoInjection()
    await screenshot(page, 'xss-pipeline')
  })

  it('the administrator reads a report note carrying markup in the report queue, literally', async () => {
    const note = `对方要求先交培训费。${IMG}${SCRIPT}`
    await call('dev-seeker', 'jobs', 'report', { id: jobId, reason: 'fraud', note })

    await actAs('管理员')
    await page.getByText('审核队列', { exact: true }).click()
    await page.locator('.queue-tab', { hasText: '举报' }).click()
    const report = page.locator('.report-item', { hasText: '对方要求先交培训费' })
    await report.waitFor()
    const text = await report.innerText()
    expect(text).toContain(note)
    expect(text).toContain(TITLE)
    await expectNoInjection()
    await report.scrollIntoViewIfNeeded()
    await screenshot(page, 'xss-admin-report')
  })
})
