import { fireEvent, render } from '@testing-library/react'
import { navigations, resetTaro } from '../../../../test/ui/taro'
import type { InboxMessage } from '../../../services/messages'
import { MessageList, messageLink, type MessageListProps } from '.'

const inbox: MessageListProps['inbox'] = {
  unread: 1,
  items: [
    {
      id: 'm2',
      kind: 'application-status',
      title: '「软件测试工程师」：邀请面试',
      body: '太原晋云软件科技有限公司邀请您面试：12月1日上午10点',
      read: false,
      createdAt: '2026-11-28T02:05:00.000Z',
      applicationId: 'app-7',
      jobId: 'job-3',
    },
    { id: 'm1', kind: 'application-status', title: '「仓库管理员」：企业已查看', body: '企业已查看您的简历', read: true, createdAt: '2026-11-27T01:00:00.000Z', applicationId: 'app-5', jobId: 'job-1' },
  ],
}

beforeEach(resetTaro)

describe('MessageList', () => {
  it('lists the messages with the unread count, newest first, unread ones marked', () => {
    const { container } = render(<MessageList inbox={inbox} onRead={jest.fn()} />)
    expect(container.querySelector('.msg-list__badge')?.textContent).toBe('1')
    const items = container.querySelectorAll('.msg-list__item')
    expect(Array.from(items).map((i) => i.getAttribute('data-message'))).toEqual(['m2', 'm1'])
    expect(items[0].className).toContain('msg-list__item--unread')
    expect(items[1].className).not.toContain('msg-list__item--unread')
    // Shanghai time: 02:05 UTC is 10:05.
    expect(items[0].textContent).toContain('11月28日 10:05')
    expect(items[0].textContent).toContain('查看投递')
  })

  it('tapping an unread application message reads it and opens 我的投递 at that application', () => {
    const onRead = jest.fn()
    const { getByText } = render(<MessageList inbox={inbox} onRead={onRead} />)
    fireEvent.click(getByText('「软件测试工程师」：邀请面试'))
    expect(onRead).toHaveBeenCalledWith(['m2'])
    expect(navigations).toEqual(['/packages/seeker/applications/index?id=app-7'])
  })

  it('tapping a read message only opens it', () => {
    const onRead = jest.fn()
    const { getByText } = render(<MessageList inbox={inbox} onRead={onRead} />)
    fireEvent.click(getByText('「仓库管理员」：企业已查看'))
    expect(onRead).not.toHaveBeenCalled()
    expect(navigations).toEqual(['/packages/seeker/applications/index?id=app-5'])
  })

  it('全部已读 reads them all; without unread messages there is no badge and no link', () => {
    const onRead = jest.fn()
    const { getByText, container, rerender } = render(<MessageList inbox={inbox} onRead={onRead} />)
    fireEvent.click(getByText('全部已读'))
    expect(onRead).toHaveBeenCalledWith()
    rerender(<MessageList inbox={{ unread: 0, items: inbox.items.map((m) => ({ ...m, read: true })) }} onRead={onRead} />)
    expect(container.querySelector('.msg-list__badge')).toBeNull()
    expect(container.textContent).not.toContain('全部已读')
  })

  it('shows 99+ for many unread, and the empty text', () => {
    const { container, rerender } = render(<MessageList inbox={{ unread: 120, items: [] }} onRead={jest.fn()} />)
    expect(container.querySelector('.msg-list__badge')?.textContent).toBe('99+')
    rerender(<MessageList inbox={{ unread: 0, items: [] }} onRead={jest.fn()} emptyText='企业处理您的投递后会在这里通知您' />)
    expect(container.textContent).toContain('企业处理您的投递后会在这里通知您')
  })

  it('a recommendation leads nowhere; an application message without its id opens the whole list', () => {
    expect(messageLink({ ...inbox.items[0], kind: 'recommendation', applicationId: null })).toBeNull()
    expect(messageLink({ ...inbox.items[0], applicationId: null })?.url).toBe('/packages/seeker/applications/index')
  })

  it("a firm's news of an application or an interview answer opens that posting's applicants; a posting's review, its postings", () => {
    const firmNews = (kind: InboxMessage['kind'], jobId: string | null): InboxMessage => ({ ...inbox.items[0], kind, jobId })
    expect(messageLink(firmNews('application-new', 'job 3'))).toEqual({ url: '/packages/employer/pipeline/index?jobId=job%203', label: '查看应聘者' })
    expect(messageLink(firmNews('interview-answer', 'job-3'))?.url).toBe('/packages/employer/pipeline/index?jobId=job-3')
    expect(messageLink(firmNews('review', 'job-3'))).toEqual({ url: '/packages/employer/postings/index', label: '查看我的岗位' })
    // A profile's review names no posting.
    expect(messageLink(firmNews('review', null))).toBeNull()
  })
})

describe('MessageList, many messages', () => {
  it('shows the newest few until 查看更多', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ ...inbox.items[1], id: `m${i}` }))
    const { container, getByText } = render(<MessageList inbox={{ unread: 0, items }} onRead={jest.fn()} collapsedCount={3} />)
    expect(container.querySelectorAll('.msg-list__item')).toHaveLength(3)
    fireEvent.click(getByText('查看更多（共8条）'))
    expect(container.querySelectorAll('.msg-list__item')).toHaveLength(8)
  })
})
