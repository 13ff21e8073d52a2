/** account.messages / readMessages: the caller's 消息 list — a firm's policy recommendations, a seeker's application news. */
import { callFunction } from './cloud'

export type MessageKind = 'recommendation' | 'application-status'

export interface InboxMessage {
  id: string
  kind: MessageKind
  title: string
  body: string
  read: boolean
  /** ISO time */
  createdAt: string
  /** What an application-status message is about; null for other kinds. */
  applicationId?: string | null
  jobId?: string | null
}

export interface Inbox {
  items: InboxMessage[]
  unread: number
}

export const messagesApi = {
  list: () => callFunction<Inbox>('account', 'messages'),
  /** Marks the given messages (all when none given) read. */
  read: (ids?: string[]) => callFunction<{ updated: number }>('account', 'readMessages', ids ? { ids } : {}),
}
