/** The detail page of a measure against the real policy function (in process). */
import { fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { policyFunction } from './policy-function'
import { navigationTitles, navigations, resetTaro, routerParams, shareHandlers } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import PolicyDetailPage from '../../src/packages/policy/detail'

beforeEach(() => {
  resetTaro()
  ;(callFunction as jest.Mock).mockReset().mockImplementation(policyFunction())
})

const open = async (id: number) => {
  routerParams.id = String(id)
  const view = render(<PolicyDetailPage />)
  await waitFor(() => view.getByText('原文'))
  return view
}

describe('policy detail page', () => {
  it('puts the plain reading first, then the amounts, the original text and the citation', async () => {
    const { container, getByText } = await open(21)
    const headings = Array.from(container.querySelectorAll('.detail-heading')).map((h) => h.textContent)
    expect(headings).toEqual(['通俗解读', '补贴标准', '原文', '相关条款'])
    expect(getByText('提升用工吸纳能力')).toBeTruthy()
    expect(getByText('1,000元/人')).toBeTruthy()
    expect(getByText('1,500元/人')).toBeTruthy()
    expect(getByText('300元/人/月')).toBeTruthy()
    expect(getByText(/^21\.提升用工吸纳能力。对民营小微企业新吸纳城乡各类劳动者/)).toBeTruthy()
    expect(getByText(/出处：.*第21条（三、强化用工扶持，提高民营企业用工吸纳能力；（七）积极开展就业创业扶持）/)).toBeTruthy()
  })

  it('titles the page 第N条 and shares 第N条 标题 with the page path', async () => {
    await open(21)
    expect(navigationTitles).toEqual(['第21条'])
    expect(shareHandlers.appMessage?.()).toEqual({ title: '第21条 提升用工吸纳能力', path: '/packages/policy/detail/index?id=21' })
    expect(shareHandlers.timeline?.()).toEqual({ title: '第21条 提升用工吸纳能力', query: 'id=21' })
  })

  it('shows deadlines with their dates and whether they have passed', async () => {
    const { container, getByText } = await open(15)
    expect(getByText('执行期限')).toBeTruthy()
    expect(getByText('已于2021年12月31日到期')).toBeTruthy()
    expect(container.querySelector('.detail-head .status-badge')?.textContent).toBe('已到期')
  })

  it('keeps a favourite on the device and toggles it', async () => {
    const { getByText } = await open(22)
    fireEvent.click(getByText('☆ 收藏'))
    expect(getByText('★ 已收藏')).toBeTruthy()
    expect(Taro.getStorageSync('jqt:policy:favourites')).toEqual([22])
    fireEvent.click(getByText('★ 已收藏'))
    expect(Taro.getStorageSync('jqt:policy:favourites')).toEqual([])
  })

  it('sends money measures to the quiz tab, and not the others', async () => {
    const { getByText, unmount } = await open(21)
    fireEvent.click(getByText('测算我能拿多少'))
    expect(navigations).toEqual(['/pages/quiz/index'])
    unmount()
    const other = await open(23)
    expect(other.queryByText('测算我能拿多少')).toBeNull()
  })

  it('links related measures to their own detail pages', async () => {
    const { container } = await open(21)
    const related = Array.from(container.querySelectorAll('.measure-card')).map((c) => c.getAttribute('data-id'))
    expect(related).toEqual(['23', '20', '22'])
    fireEvent.click(container.querySelector('.measure-card[data-id="23"]') as Element)
    expect(navigations).toEqual(['/packages/policy/detail/index?id=23'])
  })

  it('says so for a measure that does not exist', async () => {
    routerParams.id = '27'
    const { getByText } = render(<PolicyDetailPage />)
    await waitFor(() => getByText('没有找到这一条，《通知》共26条'))
    expect(callFunction).not.toHaveBeenCalled()
  })
})
