/**
 * 消息: one place for every role's news — a seeker's application progress, interview invitations
 * and the fairs they signed up for that start soon; a firm's new applications, interview answers,
 * review outcomes and policy recommendations. Reading here clears the 我的 tab's badge.
 */
import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { fairDetailUrl } from '../../../services/fairs'
import { messagesApi, showUnreadOnTab, unreadTotal, type FairReminder } from '../../../services/messages'
import { formatDateTime } from '../../../utils/board'
import { MessageList } from '../MessageList'
import './index.css'

function FairReminders({ reminders }: { reminders: FairReminder[] }) {
  return (
    <View className='card fair-reminders'>
      <Text className='card__title'>招聘会提醒</Text>
      {reminders.map((f) => (
        <View key={f.fairId} className='fair-reminder' data-fair={f.fairId} onClick={() => void Taro.navigateTo({ url: fairDetailUrl(f.fairId) })}>
          <Text className='fair-reminder__name'>{f.name}</Text>
          <Text className='fair-reminder__meta'>{`${formatDateTime(f.startAt)} 开始 · ${f.mode === 'online' ? '线上' : f.venue}`}</Text>
          <Text className='fair-reminder__go'>您已报名，查看详情 ›</Text>
        </View>
      ))}
    </View>
  )
}

export default function MessageCentrePage() {
  const remote = useRemote(() => messagesApi.list(), 'message-centre')
  useReloadOnShow(remote.reload)
  const inbox = remote.data
  useEffect(() => {
    if (inbox) showUnreadOnTab(unreadTotal({ unread: inbox.unread, reminders: inbox.reminders.length }))
  }, [inbox])
  const read = (ids?: string[]) => void messagesApi.read(ids).then(remote.reload, remote.reload)
  return (
    <View className='page'>
      <AsyncView remote={remote} loadingText='正在加载消息…' signInPurpose='查看消息'>
        {(data) => (
          <>
            {data.reminders.length > 0 && <FairReminders reminders={data.reminders} />}
            <MessageList inbox={data} onRead={read} collapsedCount={20} emptyText='暂无消息。投递有进展、收到新投递或审核有结果时，会在这里通知您。' />
          </>
        )}
      </AsyncView>
    </View>
  )
}
