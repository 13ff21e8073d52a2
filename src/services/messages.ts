/**
 * account.messages / unreadCount / readMessages: the caller's 消息 — a firm's applications, reviews
 * and policy recommendations, a seeker's application news and fair reminders — and the count the
 * 我的 tab's badge shows.
 */
import Taro from '@tarojs/taro'
import type { Output } from '../../cloudfunctions/api'
import { callFunction, canSignIn, devIdentity } from './cloud'

export type Inbox = Output<'account', 'messages'>
export type InboxMessage = Inbox['items'][number]
export type FairReminder = Inbox['reminders'][number]
export type Unread = Output<'account', 'unreadCount'>

export const MESSAGE_CENTRE = '/packages/messages/index/index'
/** 我的: where 消息 is entered from. */
const ME_TAB_INDEX = 3
/** Asked again within this time, the count already on its way answers (the app's show and 我的's load come together). */
const SHARE_MS = 3000

export const unreadTotal = (u: Pick<Unread, 'unread' | 'reminders'>) => u.unread + u.reminders

/** The 我的 tab's badge: the count, or none. A page without the tab bar refuses (at once or later); nothing is lost then. */
export function showUnreadOnTab(total: number) {
  const set = () => (total > 0 ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: total > 99 ? '99+' : String(total) }) : Taro.removeTabBarBadge({ index: ME_TAB_INDEX }))
  void Promise.resolve().then(set).catch(() => undefined)
}

let recent: { at: number; who: string; answer: Promise<Unread | null> } | null = null

/** How many messages are unread (and fairs about to start) for whoever is signed in; null for nobody. Sets the tab's badge. */
export function fetchUnread(): Promise<Unread | null> {
  const who = devIdentity.get()
  if (recent && recent.who === who && Date.now() - recent.at < SHARE_MS) return recent.answer
  const signedIn = canSignIn() && (process.env.TARO_ENV === 'weapp' || who !== '')
  const answer = signedIn ? callFunction('account', 'unreadCount').catch(() => null) : Promise.resolve(null)
  recent = { at: Date.now(), who, answer }
  void answer.then((u) => showUnreadOnTab(u ? unreadTotal(u) : 0))
  return answer
}

export const messagesApi = {
  list: () => callFunction('account', 'messages'),
  /** Marks the given messages (all when none given) read. */
  read: (ids?: string[]) => {
    recent = null
    return callFunction('account', 'readMessages', ids ? { ids } : {})
  },
}
