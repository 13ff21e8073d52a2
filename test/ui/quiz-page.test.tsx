/**
 * The 测算 tab against the real policy function (in process): which questions it asks, validation,
 * the running total, the date, and the hand-over to the result page.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { evaluate } from '../../cloudfunctions/_shared/rules/engine'
import { FACT_NAMES } from '../../cloudfunctions/_shared/rules/facts'
import { SCREENS } from '../../cloudfunctions/_shared/rules/questions'
import { calls, policyFunction } from './policy-function'
import { navigations, resetTaro } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import QuizPage from '../../src/pages/quiz'
import { parseResultState } from '../../src/packages/quiz/result-state'
import { todayInShanghai } from '../../cloudfunctions/_shared/catalog/time'

const WAIT = { timeout: 4000 }
const shown = (container: HTMLElement) => Array.from(container.querySelectorAll('[data-fact]')).map((q) => q.getAttribute('data-fact'))
const evaluations = () => calls.filter((c) => c.action === 'quiz').map((c) => c.params)

async function inputFor(container: HTMLElement, fact: string) {
  return waitFor(() => {
    const input = container.querySelector(`[data-fact="${fact}"] input`)
    if (!input) throw new Error(`no input for ${fact} yet`)
    return input
  }, WAIT)
}
const choose = (container: HTMLElement, fact: string, label: string) => {
  const chip = Array.from(container.querySelectorAll(`[data-fact="${fact}"] .chip`)).find((c) => c.textContent === label)
  if (!chip) throw new Error(`no option ${label} for ${fact}`)
  fireEvent.click(chip)
}
/** Answers a screening question 是 or 否. */
async function screen(container: HTMLElement, name: string, label: '是' | '否') {
  const chip = await waitFor(() => {
    const found = Array.from(container.querySelectorAll(`[data-screen="${name}"] .chip`)).find((c) => c.textContent === label)
    if (!found) throw new Error(`no screen ${name} yet`)
    return found
  }, WAIT)
  fireEvent.click(chip)
}
const screens = (container: HTMLElement) => Array.from(container.querySelectorAll('[data-screen]')).map((q) => q.getAttribute('data-screen'))
const waitForQuestion = (container: HTMLElement, fact: string) =>
  waitFor(() => expect(container.querySelector(`[data-fact="${fact}"]`)).not.toBeNull(), WAIT)

beforeEach(() => {
  resetTaro()
  calls.length = 0
  ;(callFunction as jest.Mock).mockReset().mockImplementation(policyFunction())
})

describe('测算 tab', () => {
  it('asks nothing until the user says who they are', async () => {
    const { getByText, container } = render(<QuizPage />)
    expect(getByText('先选择“我是企业”或“我是个人”，创业者可以两项都选。')).toBeTruthy()
    await act(() => new Promise((r) => setTimeout(r, 400)))
    expect(shown(container)).toEqual([])
    expect(evaluations()).toEqual([])
  })

  it('asks the screening questions first, then what some result still needs and no screen holds back', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await waitForQuestion(container, 'ownership')
    expect(evaluations()[0]).toEqual({ facts: {}, audience: ['enterprise'], asOf: todayInShanghai(), screens: {} })
    // What the engine itself says is missing for an enterprise that has said nothing yet, less what the screens hold back.
    const engine = evaluate({ facts: {}, audience: ['enterprise'], asOf: todayInShanghai() })
    const missing = new Set(engine.results.flatMap((r) => r.missing ?? []))
    const held = new Set(SCREENS.filter((s) => s.audience === 'enterprise').flatMap((s) => s.opens))
    expect(shown(container)).toEqual(FACT_NAMES.filter((f) => missing.has(f) && !held.has(f)))
    expect(screens(container)).toEqual(['hired', 'graduates', 'interns', 'training'])
    expect(getByText('近期招用了应届毕业生吗？')).toBeTruthy()
    expect(getByText(`已回答 0 题，还有 ${screens(container).length + shown(container).length} 题`)).toBeTruthy()
    // Individuals' questions and the size details are not asked yet.
    expect(shown(container)).not.toContain('employerOwnership')
    expect(shown(container)).not.toContain('revenue')
    expect(getByText('民营企业指非国有、非外商投资的企业，政策中的企业补贴只面向民营企业。')).toBeTruthy()
  })

  it('stops asking when the answers rule everything out, keeping the answer to change', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await waitForQuestion(container, 'ownership')
    choose(container, 'ownership', '国有企业')
    await waitFor(() => expect(shown(container)).toEqual(['ownership']), WAIT)
    expect(getByText('已回答 1 题，可以查看结果了')).toBeTruthy()
    expect((container.querySelector('.progress__fill') as HTMLElement).style.width).toBe('100%')
  })

  it('asks the size questions once the firm is private, and shows the running total', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await waitForQuestion(container, 'ownership')
    choose(container, 'ownership', '民营企业')
    await waitForQuestion(container, 'industry')
    choose(container, 'industry', '软件和信息技术服务业')
    await waitForQuestion(container, 'employees')
    fireEvent.input(await inputFor(container, 'employees'), { target: { value: '40' } })
    await waitForQuestion(container, 'revenue')
    // Revenue is asked in 万元: 300万元 is ¥3,000,000.
    fireEvent.input(await inputFor(container, 'revenue'), { target: { value: '300' } })
    await screen(container, 'hired', '是')
    fireEvent.input(await inputFor(container, 'newHires'), { target: { value: '12' } })
    // 40 staff and ¥3,000,000 revenue make a small software firm: 12 new hires × ¥1,000.
    await waitFor(() => expect(container.querySelector('.quiz-summary__total')?.textContent).toBe('¥12,000'), WAIT)
    expect(evaluations().at(-1)?.facts).toMatchObject({ revenue: 3_000_000 })
    // Total assets are not needed for software firms, so never asked.
    expect(shown(container)).not.toContain('totalAssets')
  })

  it('shows a Chinese error for -1 or 1.5 and never sends them', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await screen(container, 'training', '是')
    const input = await inputFor(container, 'trainedStaff')
    fireEvent.input(input, { target: { value: '-1' } })
    expect(getByText('不能为负数，请输入0或正整数')).toBeTruthy()
    fireEvent.input(input, { target: { value: '1.5' } })
    expect(getByText('请输入整数，不能有小数')).toBeTruthy()
    await act(() => new Promise((r) => setTimeout(r, 500)))
    expect(evaluations().every((p) => !('trainedStaff' in (p.facts as object)))).toBe(true)
    fireEvent.input(input, { target: { value: '5' } })
    await waitFor(() => expect(evaluations().some((p) => (p.facts as { trainedStaff?: number }).trainedStaff === 5)).toBe(true), WAIT)
  })

  it('asks about recent graduates once the firm says it hired some (measure 21’s social-insurance subsidy)', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await waitForQuestion(container, 'ownership')
    choose(container, 'ownership', '民营企业')
    await waitForQuestion(container, 'industry')
    choose(container, 'industry', '其他未列明行业')
    fireEvent.input(await inputFor(container, 'employees'), { target: { value: '8' } })
    await screen(container, 'graduates', '是')
    await waitForQuestion(container, 'graduateHires')
    const question = container.querySelector('[data-fact="graduateHires"]') as HTMLElement
    expect(question.textContent).toContain('新招用高校毕业生人数')
    expect(question.textContent).toContain('新招用的毕业年度和毕业2年内高校毕业生中，签订1年以上劳动合同并足额缴纳社会保险费的人数，没有填0。')
    fireEvent.input(await inputFor(container, 'graduateHires'), { target: { value: '2' } })
    await waitFor(() => expect((evaluations().at(-1)?.facts as { graduateHires?: number }).graduateHires).toBe(2), WAIT)
  })

  it('refuses a number above the fact’s maximum, in Chinese, and never sends it', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await screen(container, 'training', '是')
    const input = await inputFor(container, 'trainedStaff')
    fireEvent.input(input, { target: { value: '1000001' } })
    expect(getByText('不能超过1,000,000人，请核对')).toBeTruthy()
    await act(() => new Promise((r) => setTimeout(r, 500)))
    expect(evaluations().every((p) => !('trainedStaff' in (p.facts as object)))).toBe(true)
  })

  it('evaluates once per pause in typing', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await screen(container, 'training', '是')
    const input = await inputFor(container, 'trainedStaff')
    const before = evaluations().length
    for (const text of ['1', '12', '120']) fireEvent.input(input, { target: { value: text } })
    await waitFor(() => expect(evaluations().length).toBe(before + 1), WAIT)
    expect((evaluations().at(-1)?.facts as { trainedStaff?: number }).trainedStaff).toBe(120)
  })

  it('lets a founder be both, and asks the individual screening questions too', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是个人'))
    fireEvent.click(getByText('我是企业'))
    await waitFor(() => expect(evaluations().at(-1)?.audience).toEqual(['enterprise', 'individual']), WAIT)
    await waitFor(() => expect(screens(container)).toContain('contest'), WAIT)
    expect(shown(container)).toContain('ownership')
  })

  it('asks an individual no enterprise question until they say they founded one', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是个人'))
    await waitFor(() => expect(screens(container)).toEqual(['founder', 'contest']), WAIT)
    expect(shown(container)).toEqual([])
    await screen(container, 'founder', '是')
    await waitForQuestion(container, 'ownership')
    expect(getByText('企业是哪类企业？')).toBeTruthy()
  })

  it('re-evaluates as of another date: the stabilisation refund (measure 15) asks its questions in 2021', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await waitForQuestion(container, 'ownership')
    choose(container, 'ownership', '民营企业')
    await waitForQuestion(container, 'industry')
    expect(shown(container)).not.toContain('insuredStaff')
    const picker = container.querySelector('taro-picker-core') as Element
    fireEvent(picker, new CustomEvent('change', { detail: { value: '2021-12-01' } }))
    await waitForQuestion(container, 'insuredStaff')
    expect(evaluations().at(-1)?.asOf).toBe('2021-12-01')
    expect(getByText('恢复为今天')).toBeTruthy()
  })

  it('keeps the answers on the device and opens the result page with them', async () => {
    const { getByText, container } = render(<QuizPage />)
    fireEvent.click(getByText('我是企业'))
    await waitForQuestion(container, 'ownership')
    choose(container, 'ownership', '民营企业')
    await waitFor(() => getByText('查看测算结果'), WAIT)
    expect(Taro.getStorageSync('jqt:quiz:draft')).toEqual({ audience: ['enterprise'], facts: { ownership: 'private' }, screens: {} })
    fireEvent.click(getByText('查看测算结果'))
    expect(navigations).toHaveLength(1)
    const [path, query] = navigations[0].split('?state=')
    expect(path).toBe('/packages/quiz/result/index')
    expect(parseResultState(query)).toEqual({ facts: { ownership: 'private' }, audience: ['enterprise'], asOf: todayInShanghai() })
  })
})
