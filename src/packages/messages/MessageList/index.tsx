import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MY_APPLICATIONS, pipelineUrl } from '../../../services/applications'
import type { Inbox, InboxMessage } from '../../../services/messages'
import { formatDateTime } from '../../../utils/board'
import './index.css'

export interface MessageListProps {
  inbox: Pick<Inbox, 'items' | 'unread'>
  /** Marks the given messages read, or all of them when called without ids. */
  onRead: (ids?: string[]) => void
  /** Shown when there are no messages. */
  emptyText?: string
  /** How many messages show before 查看更多 (default 5). */
  collapsedCount?: number
}

const POSTINGS = '/packages/employer/postings/index'

/**
 * Where tapping a message leads, and what the link says: a seeker's application news opens 我的投递
 * at that application; a firm's news of an application or an interview answer, that posting's
 * applicants; a posting's review, the firm's postings. A recommendation or a profile's review is
 * all there is to it.
 */
export function messageLink(m: InboxMessage): { url: string; label: string } | null {
  switch (m.kind) {
    case 'application-status':
      return { url: m.applicationId ? `${MY_APPLICATIONS}?id=${encodeURIComponent(m.applicationId)}` : MY_APPLICATIONS, label: '查看投递' }
    case 'application-new':
    case 'interview-answer':
      return m.jobId ? { url: pipelineUrl(m.jobId), label: '查看应聘者' } : null
    case 'review':
      return m.jobId ? { url: POSTINGS, label: '查看我的岗位' } : null
    case 'recommendation':
      return null
  }
}

const badgeText = (n: number) => (n > 99 ? '99+' : String(n))

/** 消息: the newest first, unread ones marked and counted; tapping one reads it and opens what it is about. */
export function MessageList({ inbox, onRead, emptyText = '暂无消息', collapsedCount = 5 }: MessageListProps) {
  const [expanded, setExpanded] = useState(false)
  const shown = expanded ? inbox.items : inbox.items.slice(0, collapsedCount)
  const open = (m: InboxMessage) => {
    if (!m.read) onRead([m.id])
    const link = messageLink(m)
    if (link) void Taro.navigateTo({ url: link.url })
  }
  return (
    <View className='card msg-list'>
      <View className='msg-list__head'>
        <Text className='card__title msg-list__title'>消息</Text>
        {inbox.unread > 0 && <Text className='msg-list__badge'>{badgeText(inbox.unread)}</Text>}
        <View className='msg-list__spacer' />
        {inbox.unread > 0 && (
          <Text className='link me-link msg-list__all' onClick={() => onRead()}>
            全部已读
          </Text>
        )}
      </View>
      {inbox.items.length === 0 && <Text className='muted msg-list__empty'>{emptyText}</Text>}
      {shown.map((m) => {
        const link = messageLink(m)
        return (
          <View key={m.id} className={`msg-list__item ${m.read ? '' : 'msg-list__item--unread'}`} data-message={m.id} data-kind={m.kind} onClick={() => open(m)}>
            <View className='msg-list__row'>
              {!m.read && <View className='msg-list__dot' />}
              <Text className='msg-list__item-title'>{m.title}</Text>
              <Text className='msg-list__time'>{formatDateTime(m.createdAt)}</Text>
            </View>
            <Text className='msg-list__body'>{m.body}</Text>
            {link && <Text className='msg-list__go'>{`${link.label} ›`}</Text>}
          </View>
        )
      })}
      {shown.length < inbox.items.length && (
        <Text className='link msg-list__more' onClick={() => setExpanded(true)}>
          {`查看更多（共${inbox.items.length}条）`}
        </Text>
      )}
    </View>
  )
}
