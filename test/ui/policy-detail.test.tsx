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
    expect(headings).toEqual(['通俗解读', '补贴标准', '办事指南', '原文', '相关条款'])
    expect(getByText('提升用工吸纳能力')).toBeTruthy()
    expect(getByText('1,000元/人')).toBeTruthy()
    expect(getByText('1,500元/人')).toBeTruthy()
    expect(getByText('300元/人/月')).toBeTruthy()
    expect(getByText(/^21\.提升用工吸纳能力。对民营小微企业新吸纳城乡各类劳动者/)).toBeTruthy()
    expect(getByText(/出处：.*第21条（三、强化用工扶持，提高民营企业用工吸纳能力；（七）积极开展就业创业扶持）/)).toBeTruthy()
  })

  it('gives a service guide from the notice: conditions, documents per provision, the office it names, the hotline', async () => {
    const { container, getByText } = await open(21)
    const guide = container.querySelector('.detail-guide') as HTMLElement
    expect(guide.textContent).toContain('对民营小微企业新吸纳城乡各类劳动者且稳定就业半年以上的')
    expect(guide.textContent).toContain('吸纳就业补助')
    expect(guide.textContent).toContain('就业困难人员认定证明')
    expect(getByText('各市、县（市、区）人社局')).toBeTruthy()
    expect(getByText('本条未写明受理部门，《通知》要求由其落实')).toBeTruthy()
    expect(getByText('《通知》未规定，以当地人社部门告知为准')).toBeTruthy()
    expect(getByText('人力资源社会保障服务热线 12333')).toBeTruthy()
    // No phone number but 12333 anywhere in the guide.
    expect(guide.textContent?.match(/\d{5,}/g)).toEqual(['12333'])
  })

  it('names the office and the time limit where the notice does', async () => {
    const { getByText, unmount } = await open(13)
    expect(getByText('随到随办')).toBeTruthy()
    unmount()
    const other = await open(26)
    expect(other.getByText('县级以上(含县级)公共就业和人才服务机构')).toBeTruthy()
    expect(other.queryByText('本条未写明受理部门，《通知》要求由其落实')).toBeNull()
  })

  it('on an ended measure, offers the quiz as a plain button and says the period its amounts applied to', async () => {
    const { container, getByText, queryByText } = await open(15)
    expect(queryByText('测算我能拿多少')).toBeNull()
    expect(getByText('按当时标准测算').className).not.toContain('btn-primary')
    expect(getByText('2021年11月1日至2021年12月31日施行的标准（已到期）')).toBeTruthy()
    expect(container.textContent).not.toMatch(/按\d{4}年\d+月\d+日施行的标准/)
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
    Taro.setStorageSync('jqt:quiz:draft', { audience: [], facts: { ownership: 'private' } })
    fireEvent.click(getByText('测算我能拿多少'))
    expect(navigations).toEqual(['/pages/quiz/index'])
    // The quiz opens on this measure, with the answers already given.
    expect(Taro.getStorageSync('jqt:quiz:draft')).toMatchObject({ audience: ['enterprise'], facts: { ownership: 'private' }, focus: 21 })
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
