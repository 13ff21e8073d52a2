/**
 * The eligibility quiz in real headless Chromium on a phone-sized screen, answered as a small
 * private software firm. Expected amounts are worked out by hand from the notice's text:
 *
 * - 第8条: 5 staff completed government-subsidised training × 300元 = 1,500元
 * - 第21条: 12 new hires (fewer than 100) × 1000元 = 12,000元
 * - 第21条: 2 hires with employment difficulties × 300元 a month × 6 months = 3,600元
 * - 第21条: their social-insurance subsidy is 按规定 (no amount in the notice)
 * - 第22条: 3 interns × 6 months × 60% of the local minimum wage 1,880元 (1,128元) = 20,304元
 *
 * Total the firm may expect: 1,500 + 12,000 + 3,600 + 20,304 = 37,404元. With 30 new hires instead:
 * 30,000元, so the total becomes 55,404元 (18,000元 more).
 *
 * A second session answers as a micro firm that hired recent graduates (measure 21's social-insurance
 * subsidy, asked only when no hire with employment difficulties already qualifies it).
 */
import type { Page } from 'playwright-core'
import { screenshot } from './browser'
import { usePhoneSession, type LocalServer } from './server'
import { SOFTWARE_FIRM_FACTS, SOFTWARE_FIRM_SCREENS } from '../helpers/quiz-firm'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const FIRM = SOFTWARE_FIRM_FACTS
const SCREENS = SOFTWARE_FIRM_SCREENS

const quiz = () => page.locator('.quiz-page')
const summaryTotalIs = (text: string) =>
  page.waitForFunction((t) => document.querySelector('.quiz-page .quiz-summary__total')?.textContent === t, text, { timeout: 10000 })

async function answer(fact: string) {
  const question = quiz().locator(`[data-fact="${fact}"]`)
  const a = FIRM[fact]
  if (!a) throw new Error(`the quiz asked about ${fact}, which a small software firm should not be asked`)
  if ('chip' in a) await question.getByText(a.chip, { exact: true }).click()
  else await question.locator('input').fill(a.type)
}

describe('eligibility quiz (H5)', () => {
  it('asks only what matters, validates numbers, and totals what the notice gives', async () => {
    await page.goto(`${server.url}/#/pages/quiz/index`)
    await quiz().getByText('我是企业', { exact: true }).click()
    await quiz().locator('[data-fact="ownership"]').waitFor()
    // Individuals' questions are not asked of an enterprise.
    expect(await quiz().locator('[data-fact="employerOwnership"]').count()).toBe(0)

    // New hires are asked once the firm says it hired; a fraction is refused with a Chinese message under the field.
    await quiz().locator('[data-screen="hired"]').getByText('是', { exact: true }).click()
    const newHires = quiz().locator('[data-fact="newHires"]')
    await newHires.locator('input').fill('1.5')
    await newHires.getByText('请输入整数，不能有小数', { exact: true }).waitFor()

    const asked: string[] = ['screen:hired']
    // Answer whatever the quiz still needs until it needs nothing more.
    for (let round = 0; round < 60; round++) {
      if (round === 5) {
        // The top of the quiz: who, the date, progress and the first questions.
        await quiz().evaluate((el) => el.closest('.taro_page')?.scrollTo(0, 0))
        await page.waitForTimeout(100)
        await screenshot(page, 'quiz')
      }
      const screen = await quiz().locator('[data-screen]:has(.question__needed)').first().getAttribute('data-screen', { timeout: 300 }).catch(() => null)
      if (screen) {
        asked.push(`screen:${screen}`)
        await quiz().locator(`[data-screen="${screen}"]`).getByText(SCREENS[screen], { exact: true }).click()
        await page.waitForTimeout(450)
        continue
      }
      const needed = await quiz()
        .locator('[data-fact]:has(.question__needed)')
        .evaluateAll((qs) => qs.map((q) => q.getAttribute('data-fact') as string))
      const next = needed.find((f) => !asked.includes(f))
      if (!next) {
        if (await quiz().getByText(/可以查看结果了$/).count()) break
        await page.waitForTimeout(200)
        continue
      }
      asked.push(next)
      await answer(next)
      // Let the debounced evaluation run before looking again.
      await page.waitForTimeout(450)
    }
    await quiz().getByText(/^已回答 \d+ 题，可以查看结果了$/).waitFor({ timeout: 5000 }).catch(async () => {
      throw new Error(`the quiz did not finish after ${asked.join(', ')}: ${await quiz().locator('.progress__label').textContent()}`)
    })
    expect(await newHires.locator('.question__error').count()).toBe(0)
    // Software firms are sized by staff and revenue only (never total assets), and 40 staff already
    // make the firm small or micro (小微 either way: micro only below 10 staff or 500,000元 revenue),
    // so revenue is not needed either.
    expect(asked).not.toContain('totalAssets')
    expect(asked).not.toContain('revenue')
    expect(asked).toEqual(expect.arrayContaining(['ownership', 'industry', 'employees', 'newHires', 'interns', 'localMinimumWage']))
    // Screening first; 否 to recent graduates means the question is never asked.
    expect(asked.slice(0, 4)).toEqual(['screen:hired', 'screen:graduates', 'screen:interns', 'screen:training'])
    expect(asked).not.toContain('graduateHires')

    await summaryTotalIs('¥37,404')
    expect(await quiz().locator('.quiz-summary__label').allTextContents()).toEqual(['企业预计可得'])
    // Four amounts plus the social-insurance subsidy 按规定.
    await quiz().getByText('5 项符合', { exact: true }).waitFor()
  })

  it('shows the result page: the total first, bars, cards and the documents', async () => {
    await quiz().getByText('查看测算结果', { exact: true }).click()
    const result = page.locator('.result-page')
    await result.locator('.result-total__amount').waitFor()
    // Let the page finish sliding in.
    await result.evaluate(
      (el) =>
        new Promise<void>((resolve) => {
          const check = () => (el.getBoundingClientRect().left === 0 ? resolve() : requestAnimationFrame(check))
          check()
        }),
    )
    expect(await result.locator('.result-total__amount').textContent()).toBe('¥37,404')
    expect(await result.locator('.result-total__label').textContent()).toBe('企业预计可得')
    expect(await result.locator('.result-total__max').count()).toBe(0)
    const bars = await result.locator('.bar-chart__row').evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('.bar-chart__label')?.textContent, r.querySelector('.bar-chart__value')?.textContent]),
    )
    expect(bars).toEqual([
      ['第8条 政府补贴性培训补贴', '¥1,500'],
      ['第21条 吸纳就业补助', '¥12,000'],
      ['第21条 就业困难人员岗位补贴', '¥3,600'],
      ['第22条 就业见习补贴', '¥20,304'],
    ])
    const internship = result.locator('[data-provision="22/internship"]')
    expect(await internship.locator('.result-item__working').textContent()).toBe('60% × 1,880元 × 3人 × 6个月 = 20,304元')
    await result.getByText('第23条放宽了材料要求', { exact: true }).waitFor()
    await result.getByText('社保缴费证明', { exact: true }).waitFor()
    await result.getByText('已到期（1）', { exact: true }).waitFor()
    // The conditions the bureau still verifies, beside the amounts.
    await result.locator('[data-provision="21/social-insurance"]').getByText('· 为其足额缴纳社会保险费', { exact: true }).waitFor()
    await screenshot(page, 'quiz-result')
  })

  it('answers what-if with the difference, and saves the result on the device', async () => {
    const result = page.locator('.result-page')
    await result.locator('.what-if__facts').getByText('新吸纳人数', { exact: true }).click()
    await result.locator('.what-if__field input').fill('30')
    await page.waitForFunction(() => document.querySelector('.result-page .what-if__amount')?.textContent === '¥55,404', null, { timeout: 10000 })
    await result.getByText('比现在多 ¥18,000', { exact: true }).waitFor()

    await result.getByText('保存结果', { exact: true }).click()
    await result.locator('.result-name input').fill('软件公司 今年')
    await result.getByText('保存', { exact: true }).click()
    await result.getByText('已保存', { exact: true }).waitFor()
    // Outside WeChat the result travels as a link that reopens it.
    await result.getByText('复制分享链接', { exact: true }).click()
    // Taro's H5 clipboard keeps what it copied under taro_clipboard, as its storage writes it.
    const shared = await page.waitForFunction(() => {
      const stored = localStorage.getItem('taro_clipboard')
      return stored ? (JSON.parse(stored) as { data: string }).data : false
    }).then((handle) => handle.jsonValue() as Promise<string>)
    expect(shared).toContain('#/packages/quiz/result/index?state=')
    await result.getByText('我保存的测算', { exact: true }).click()
    const saved = page.locator('.saved-page')
    await saved.locator('.saved-item__total').first().waitFor()
    expect(await saved.locator('.saved-item__total').allTextContents()).toEqual(['¥37,404'])
    expect(await saved.locator('.saved-item__name').allTextContents()).toEqual(['软件公司 今年'])

    // The shared link opens the same result on a device that has never seen it.
    await page.evaluate(() => localStorage.clear())
    await page.goto('about:blank')
    await page.goto(shared)
    await page.locator('.result-page .result-total__amount').waitFor()
    expect(await page.locator('.result-page .result-total__amount').textContent()).toBe('¥37,404')
    await screenshot(page, 'quiz-shared')
  })

  it('asks a micro firm that says it hired recent graduates how many', async () => {
    await page.evaluate(() => localStorage.clear())
    await page.goto(`${server.url}/#/pages/quiz/index`)
    await quiz().getByText('我是企业', { exact: true }).click()
    await quiz().locator('[data-fact="ownership"]').getByText('民营企业', { exact: true }).click()
    await quiz().locator('[data-fact="industry"]').getByText('其他未列明行业', { exact: true }).click()
    await quiz().locator('[data-fact="employees"] input').fill('8')
    await quiz().locator('[data-screen="graduates"]').getByText('是', { exact: true }).click()
    const graduates = quiz().locator('[data-fact="graduateHires"]')
    await graduates.getByText('新招用高校毕业生人数', { exact: true }).waitFor()
    await graduates.getByText('新招用的毕业年度和毕业2年内高校毕业生中，签订1年以上劳动合同并足额缴纳社会保险费的人数，没有填0。', { exact: true }).waitFor()
    await graduates.locator('input').fill('2')
    // The social-insurance subsidy is now payable (按规定): one provision eligible.
    await quiz().getByText(/^1 项符合/).waitFor()
  })
})
