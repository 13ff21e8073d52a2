/**
 * The result page against the real policy function (in process). Expected amounts are worked out by
 * hand from the notice, never taken from the engine.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { policyFunction } from './policy-function'
import { clipboardWrites, navigations, resetTaro, routerParams, shareHandlers } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import QuizResultPage from '../../src/packages/quiz/result'
import { resultUrl } from '../../src/pages/quiz/logic'
import { parseResultState } from '../../src/packages/quiz/result-state'
import type { EvaluateRequest } from '../../src/services/policy'

const WAIT = { timeout: 4000 }

/** A small private software firm (40 staff, ¥3,000,000 revenue) as of 2026-11-28. */
const firm: EvaluateRequest = {
  audience: ['enterprise'],
  asOf: '2026-11-28',
  facts: {
    ownership: 'private',
    industry: 'software-it',
    employees: 40,
    revenue: 3_000_000,
    trainedStaff: 5,
    apprentices: 0,
    newHires: 12,
    difficultHires: 2,
    difficultHireMonths: 6,
    interns: 0,
    firstTimeFounder: false,
  },
}
// By hand from the notice: 8: 5 × ¥300 = ¥1,500; 21: 12 × ¥1,000 = ¥12,000 (fewer than 100 hires);
// 21: ¥300 × 2 people × 6 months = ¥3,600; 21 social insurance: 按规定 (no fixed amount).
const EXPECTED_TOTAL = 1_500 + 12_000 + 3_600

async function open(request: EvaluateRequest) {
  routerParams.state = resultUrl(request).split('?state=')[1]
  const view = render(<QuizResultPage />)
  await waitFor(() => view.getByText(request.audience.includes('enterprise') ? '企业预计可得' : '个人预计可得'), WAIT)
  return view
}

beforeEach(() => {
  resetTaro()
  ;(callFunction as jest.Mock).mockReset().mockImplementation(policyFunction())
})

describe('quiz result page', () => {
  it('puts the total first, as what the firm may expect, not what it is sure to get', async () => {
    const { container, queryByText } = await open(firm)
    expect(container.querySelector('.result-total__amount')?.textContent).toBe('¥17,100')
    expect(EXPECTED_TOTAL).toBe(17_100)
    expect(queryByText('确定可得')).toBeNull()
    expect(container.querySelector('.result-total__meta')?.textContent).toBe('按您填写的情况测算；各项所列待核实的条件，以人社部门审核为准')
    // No capped amounts here, so no 最高; an enterprise's quiz, so no personal total either.
    expect(container.querySelector('.result-total__max')).toBeNull()
    expect(Array.from(container.querySelectorAll('.result-total__line')).map((l) => l.getAttribute('data-recipient'))).toEqual(['enterprise'])
  })

  it('lists beside each amount the conditions the bureau still has to verify', async () => {
    const { container } = await open(firm)
    const verify = (key: string) => Array.from(container.querySelectorAll(`[data-provision="${key}"] .result-verify__item`)).map((i) => i.textContent)
    expect(verify('21/hiring')).toEqual(['· 新吸纳人员已稳定就业6个月以上'])
    expect(verify('21/difficult-hires')).toEqual(['· 所招用人员经认定为就业困难人员', '· 与其签订1年以上劳动合同'])
    expect(verify('21/social-insurance')).toEqual(['· 与所招用人员签订1年以上劳动合同', '· 为其足额缴纳社会保险费'])
    // Nothing left to verify for the training subsidy beyond what the firm stated.
    expect(container.querySelector('[data-provision="8/training"] .result-verify')).toBeNull()
  })

  it('keeps the enterprise’s, the person’s and a contest project’s money apart, in the headline and the share title', async () => {
    const both: EvaluateRequest = {
      audience: ['enterprise', 'individual'],
      asOf: '2026-11-28',
      facts: { ownership: 'private', sizeClass: 'small', newHires: 12, employerOwnership: 'private', skillTitle: 'sanjin-expert-contest', worldSkills: 'gold' },
    }
    const { container } = await open(both)
    const lines = Array.from(container.querySelectorAll('.result-total__line')).map((l) => [
      l.querySelector('.result-total__label')?.textContent,
      l.querySelector('.result-total__amount')?.textContent,
    ])
    // 12 × ¥1,000 for the firm; ¥2,000 for the 三晋技术能手; the ¥500,000 gold-medal award is the project's.
    expect(lines).toEqual([
      ['企业预计可得', '¥12,000'],
      ['个人预计可得', '¥2,000'],
      ['获奖项目（团队）预计可得', '¥500,000'],
    ])
    expect(container.querySelector('[data-provision="10/worldskills"] .result-item__recipient')?.textContent).toBe('获奖项目（团队）所得')
    expect(shareHandlers.appMessage?.()).toEqual({ title: '企业预计可得约¥12,000，个人预计可得约¥2,000的民营企业扶持政策', path: '/pages/quiz/index' })
  })

  it('draws one bar per eligible amount, proportional to it', async () => {
    const { container } = await open(firm)
    const rows = Array.from(container.querySelectorAll('.bar-chart__row')).map((row) => ({
      label: row.querySelector('.bar-chart__label')?.textContent,
      value: row.querySelector('.bar-chart__value')?.textContent,
      width: (row.querySelector('.bar-chart__bar') as HTMLElement).style.width,
    }))
    expect(rows).toEqual([
      { label: '第8条 政府补贴性培训补贴', value: '¥1,500', width: '12.5%' },
      { label: '第21条 吸纳就业补助', value: '¥12,000', width: '100%' },
      { label: '第21条 就业困难人员岗位补贴', value: '¥3,600', width: '30%' },
    ])
    expect(container.querySelector('.result-note')?.textContent).toContain('社会保险补贴 按规定给予')
  })

  it('explains each eligible result with its working, reasons, citation and a link', async () => {
    const { container, getAllByText } = await open(firm)
    const hiring = container.querySelector('[data-provision="21/hiring"]') as HTMLElement
    expect(hiring.querySelector('.result-item__amount')?.textContent).toBe('¥12,000')
    expect(hiring.querySelector('.result-item__working')?.textContent).toBe('1,000元 × 12人 = 12,000元')
    expect(hiring.textContent).toContain('✓ 新吸纳不足100人，按每人1,000元补助')
    expect(hiring.textContent).toContain('依据：第21条（三、强化用工扶持，提高民营企业用工吸纳能力；（七）积极开展就业创业扶持）')
    fireEvent.click(hiring.querySelector('.result-link') as Element)
    expect(navigations).toEqual(['/packages/policy/detail/index?id=21'])
    // Three payable provisions of measure 21, each under the measure's title.
    expect(getAllByText('第21条 提升用工吸纳能力', { selector: '.result-item__measure' })).toHaveLength(3)
  })

  it('lists what to prepare and how measure 23 relaxes it', async () => {
    const { getByText, queryByText } = await open(firm)
    expect(getByText('劳动合同或工资支付凭证（工资发放明细、银行工资流水）')).toBeTruthy()
    expect(getByText('社保缴费证明')).toBeTruthy()
    expect(getByText('第23条放宽了材料要求')).toBeTruthy()
    // What the rules say measure 23 relaxes for hiring subsidies (the firm founds nothing: no start-up line).
    expect(getByText('· 申领吸纳就业补贴不限制所吸纳劳动者的户籍')).toBeTruthy()
    expect(queryByText('· 申请一次性创业补贴无需提供创业培训合格证书')).toBeNull()
    fireEvent.click(getByText('依据：第23条 推进就业扶持政策便利享受 ›'))
    expect(navigations).toEqual(['/packages/policy/detail/index?id=23'])
  })

  it('lists expired provisions with their end date, and collapses the ineligible', async () => {
    const { getByText, queryByText } = await open(firm)
    // Everything this firm needs to answer is answered.
    expect(queryByText(/^还需补充/)).toBeNull()
    // 15 ended on 2021-12-31. Of 18 only its five-year plan ended (2025-12-31): it goes on, and says so.
    expect(getByText('已到期（1）')).toBeTruthy()
    expect(getByText('2021年12月31日到期')).toBeTruthy()
    expect(queryByText('2025年12月31日到期')).toBeNull()
    // 8/apprenticeship (no apprentices), 20 (not a first-time founder), 22 (no interns).
    expect(getByText('不符合条件（3）')).toBeTruthy()
    expect(queryByText('✗ 不是首次创办企业')).toBeNull()
    fireEvent.click(getByText('展开 ▼'))
    expect(getByText('✗ 不是首次创办企业')).toBeTruthy()
    expect(getByText('✗ 尚未安排就业见习人员')).toBeTruthy()
  })

  it('lists the measures without money that concern the firm, five first, with links', async () => {
    const { container, getByText } = await open(firm)
    const titles = () => Array.from(container.querySelectorAll('.result-row__title')).map((t) => t.textContent)
    expect(titles()).toContain('第2条 畅通民营企业职称评审申报渠道')
    expect(titles()).not.toContain('第26条 积极提供人事代理服务')
    fireEvent.click(getByText(/^查看全部 \d+ 条 ▼$/))
    expect(titles()).toContain('第26条 积极提供人事代理服务')
    expect(titles()).toContain('第23条 推进就业扶持政策便利享受')
    fireEvent.click(getByText('第26条 积极提供人事代理服务'))
    expect(navigations).toEqual(['/packages/policy/detail/index?id=26'])
  })

  it('names the facts a needs-info result is missing', async () => {
    const { getByText } = await open({ ...firm, facts: { ...firm.facts, interns: 3 } })
    expect(getByText('还需：每人见习月数、当地月最低工资标准')).toBeTruthy()
    fireEvent.click(getByText('回到测算页补充'))
    expect(navigations).toEqual(['/pages/quiz/index'])
    expect(Taro.getStorageSync('jqt:quiz:draft')).toEqual({ audience: ['enterprise'], facts: { ...firm.facts, interns: 3 } })
  })

  it('shows 最高 when the notice only caps an amount (measure 20), as the founder’s, not the firm’s', async () => {
    const founder = { ...firm, facts: { ...firm.facts, firstTimeFounder: true, operatingMonths: 18 } }
    const { container } = await open(founder)
    const line = (who: string) => container.querySelector(`.result-total__line[data-recipient="${who}"]`)
    expect(line('enterprise')?.querySelector('.result-total__amount')?.textContent).toBe('¥17,100')
    expect(line('enterprise')?.querySelector('.result-total__max')).toBeNull()
    // The one-off start-up subsidy of at most ¥3,000 goes to the founder.
    expect(line('individual')?.querySelector('.result-total__amount')?.textContent).toBe('¥0')
    expect(line('individual')?.querySelector('.result-total__max')?.textContent).toBe('最高 ¥3,000（含按上限计的项目）')
    expect(container.querySelector('.bar-chart__bar--muted')).not.toBeNull()
  })

  it('answers what-if: 30 new hires instead of 12, and refuses more hires than staff', async () => {
    const { container, getByText } = await open(firm)
    fireEvent.click(getByText('新吸纳人数', { selector: '.what-if__facts .chip' }))
    const input = await waitFor(() => {
      const el = container.querySelector('.what-if__field input') as HTMLInputElement | null
      if (!el) throw new Error('no what-if input yet')
      return el
    }, WAIT)
    expect(input.value).toBe('12')
    fireEvent.input(input, { target: { value: '30' } })
    // 30 × ¥1,000 = ¥30,000 instead of ¥12,000.
    await waitFor(() => expect(container.querySelector('.what-if__amount')?.textContent).toBe('¥35,100'), WAIT)
    expect(getByText('比现在多 ¥18,000')).toBeTruthy()
    // 100 new hires still employed cannot be among 40 employees: the function says which two answers disagree.
    fireEvent.input(input, { target: { value: '100' } })
    await waitFor(() => getByText('「新吸纳人数」100人多于「从业人员数」40人：这些人员都是企业的从业人员，请核对这两项'), WAIT)
  })

  it('saves the result on the device under a name and shares the total', async () => {
    const { getByText, container } = await open(firm)
    fireEvent.click(getByText('保存结果'))
    const input = await waitFor(() => {
      const found = container.querySelector('.result-name input')
      if (!found) throw new Error('the name field has not rendered yet')
      return found as HTMLInputElement
    }, WAIT)
    expect(input.value).toBe('企业测算 · 按2026年11月28日政策')
    fireEvent.input(input, { target: { value: '今年招12人' } })
    fireEvent.click(getByText('保存'))
    expect(getByText('已保存')).toBeTruthy()
    const saved = Taro.getStorageSync('jqt:quiz:saved') as { name: string; request: EvaluateRequest; total: { amount: number } }[]
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({ name: '今年招12人', request: firm })
    expect(saved[0].total.amount).toBe(17_100)
    expect(shareHandlers.appMessage?.()).toEqual({ title: '企业预计可得约¥17,100的民营企业扶持政策', path: '/pages/quiz/index' })
  })

  it('in the browser, copies a link that reopens this result', async () => {
    const { getByText } = await open(firm)
    fireEvent.click(getByText('复制分享链接'))
    await waitFor(() => expect(clipboardWrites).toHaveLength(1), WAIT)
    const link = new URL(clipboardWrites[0])
    expect(link.hash.startsWith('#/packages/quiz/result/index?state=')).toBe(true)
    expect(parseResultState(link.hash.split('?state=')[1])).toEqual(firm)
  })

  it('says so when opened without a quiz', async () => {
    const { getByText } = render(<QuizResultPage />)
    await waitFor(() => getByText('没有可显示的测算，请先在“测算”页回答问题'), WAIT)
  })
})
