/** account.messages / readMessages: the caller's 消息 list — a firm's policy recommendations, a seeker's application news. */
import type { Output } from '../../cloudfunctions/api'
import { callFunction } from './cloud'

export type Inbox = Output<'account', 'messages'>
export type InboxMessage = Inbox['items'][number]

export const messagesApi = {
  list: () => callFunction('account', 'messages'),
  /** Marks the given messages (all when none given) read. */
  read: (ids?: string[]) => callFunction('account', 'readMessages', ids ? { ids } : {}),
}
