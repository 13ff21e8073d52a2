/**
 * The 政策 tab against the real policy function (in process): grouping, search, filters,
 * favourites and the empty state.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import { calls, policyFunction } from './policy-function'
import { navigations, resetTaro } from './taro'
import Taro from '@tarojs/taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { CallError, callFunction } from '../../src/services/cloud'
import PolicyPage from '../../src/pages/policy'

const cards = (container: HTMLElement) => Array.from(container.querySelectorAll('.measure-card')).map((c) => Number(c.getAttribute('data-id')))
const searchInput = (container: HTMLElement) =>
  waitFor(() => {
    const input = container.querySelector('.policy-search input')
    if (!input) throw new Error('search input not rendered yet')
    return input
  })

beforeEach(() => {
  resetTaro()
  calls.length = 0
  ;(callFunction as jest.Mock).mockImplementation(policyFunction())
})

describe('政策 tab', () => {
  it('lists the 26 measures under their part and section headings', async () => {
    const { container, getByText } = render(<PolicyPage />)
    await waitFor(() => getByText('共 26 条'))
    expect(cards(container)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
    const parts = Array.from(container.querySelectorAll('.policy-part__title')).map((p) => p.textContent)
    expect(parts).toEqual([
      '一、支持培育引进人才智力，提高民营企业创新力',
      '二、切实维护权益，提高民营企业竞争力',
      '三、强化用工扶持，提高民营企业用工吸纳能力',
    ])
    const sections = Array.from(container.querySelectorAll('.policy-section__title')).map((p) => p.textContent)
    expect(sections).toHaveLength(8)
    expect(sections[0]).toBe('（一）支持人才培养')
    expect(sections[7]).toBe('（八）优化用工服务')
  })

  it('shows each measure’s status as of today', async () => {
    const { container, getByText } = render(<PolicyPage />)
    await waitFor(() => getByText('共 26 条'))
    const badge = (id: number) => container.querySelector(`.measure-card[data-id="${id}"] .status-badge`)?.textContent
    expect(badge(21)).toBe('现行有效')
    expect(badge(11)).toBe('部分到期')
    expect(badge(15)).toBe('已到期')
  })

  it('searches title, text and tags once the user pauses typing', async () => {
    const { container, getByText } = render(<PolicyPage />)
    await waitFor(() => getByText('共 26 条'))
    const input = await searchInput(container)
    fireEvent.input(input, { target: { value: '见' } })
    fireEvent.input(input, { target: { value: '见习' } })
    await waitFor(() => getByText('找到 1 条'))
    expect(cards(container)).toEqual([22])
    // Debounced: one list call for the final text, none for the keystroke in between.
    expect(calls.filter((c) => c.action === 'list').map((c) => c.params.q)).toEqual([undefined, '见习'])
  })

  it('filters by audience and by money', async () => {
    const { container, getByText } = render(<PolicyPage />)
    await waitFor(() => getByText('共 26 条'))
    fireEvent.click(getByText('有资金补贴'))
    await waitFor(() => getByText('找到 8 条'))
    expect(cards(container)).toEqual([8, 9, 10, 11, 15, 20, 21, 22])
    // Who the calculator asks: 9, 10 and 11 individuals, 20 both; 8, 15, 21 and 22 enterprises only.
    fireEvent.click(getByText('个人'))
    await waitFor(() => getByText('找到 4 条'))
    expect(cards(container)).toEqual([9, 10, 11, 20])
    fireEvent.click(getByText('个人'))
    fireEvent.click(getByText('企业'))
    await waitFor(() => getByText('找到 5 条'))
    expect(cards(container)).toEqual([8, 15, 20, 21, 22])
  })

  it('shows only favourites kept on the device', async () => {
    Taro.setStorageSync('jqt:policy:favourites', [21, 23])
    const { container, getByText } = render(<PolicyPage />)
    await waitFor(() => getByText('共 26 条'))
    fireEvent.click(getByText('我的收藏 2'))
    await waitFor(() => expect(cards(container)).toEqual([21, 23]))
    expect(container.querySelectorAll('.measure-card__star')).toHaveLength(2)
  })

  it('says when nothing matches and clears the filters', async () => {
    const { container, getByText } = render(<PolicyPage />)
    await waitFor(() => getByText('共 26 条'))
    fireEvent.input(await searchInput(container), { target: { value: '外卖 见习' } })
    await waitFor(() => getByText('没有找到相关条款'))
    fireEvent.click(getByText('清除筛选'))
    await waitFor(() => getByText('共 26 条'))
  })

  it('opens a measure in the detail subpackage', async () => {
    const { container, getByText } = render(<PolicyPage />)
    await waitFor(() => getByText('共 26 条'))
    fireEvent.click(container.querySelector('.measure-card[data-id="21"]') as Element)
    expect(navigations).toEqual(['/packages/policy/detail/index?id=21'])
  })

  it('shows the error and retries', async () => {
    ;(callFunction as jest.Mock).mockRejectedValueOnce(new CallError('NETWORK', '网络连接失败，请检查网络后重试'))
    const { getByText } = render(<PolicyPage />)
    await waitFor(() => getByText('网络连接失败，请检查网络后重试'))
    fireEvent.click(getByText('重试'))
    await waitFor(() => getByText('共 26 条'))
  })
})
