/**
 * The caller's 消息 (account.messages, readMessages): a firm's news of what a matching run found,
 * a seeker's news of their applications. Anyone signed in, their own messages only.
 */
import type { RequestContext } from '../../context'
import { requireCaller } from '../../identity'
import { messagesRepository, type Message } from '../../repositories/messages'

const messageView = (m: Message) => ({
  id: m._id,
  kind: m.kind,
  title: m.title,
  body: m.body,
  read: m.read,
  createdAt: m.createdAt,
  applicationId: m.applicationId ?? null,
  jobId: m.jobId ?? null,
})

export const messagesService = {
  /** The caller's 消息, the newest first, and how many are unread. */
  async messages(ctx: RequestContext) {
    const openId = requireCaller(ctx)
    const repo = messagesRepository(ctx.db)
    const [items, unread] = await Promise.all([repo.listFor(openId, 50), repo.countUnread(openId)])
    return { items: items.map(messageView), unread }
  },

  async readMessages(input: { ids?: string[] }, ctx: RequestContext) {
    const openId = requireCaller(ctx)
    return { updated: await messagesRepository(ctx.db).markRead(openId, input.ids) }
  },
}
