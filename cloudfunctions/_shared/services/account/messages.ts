/**
 * The caller's 消息 (account.messages, unreadCount, readMessages): what happened to a firm's
 * applications, postings and profile and what a matching run found for it; what firms did with a
 * seeker's applications; and reminders of the fairs a seeker signed up for that start soon.
 * Anyone signed in, their own messages only.
 *
 * A fair reminder is worked out when read, from the sign-ups and the clock: nothing has to run at
 * a set time to write it (CloudBase would need a timer trigger), and it goes once the fair starts.
 */
import type { RequestContext } from '../../context'
import { requireCaller } from '../../identity'
import { FAIR_REMINDER_HOURS } from '../../catalog/interview'
import { fairSignupsRepository } from '../../repositories/fair-signups'
import { fairsRepository } from '../../repositories/fairs'
import { messagesRepository, type Message } from '../../repositories/messages'

const HOUR_MS = 3_600_000

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

/** The fairs the caller signed up for that start within FAIR_REMINDER_HOURS, the soonest first. */
async function fairReminders(ctx: RequestContext, openId: string) {
  const signups = await fairSignupsRepository(ctx.db).listByOpenId(openId)
  if (signups.length === 0) return []
  const now = ctx.now().getTime()
  const fairs = await fairsRepository(ctx.db).findByIds(signups.map((s) => s.fairId))
  return fairs
    .filter((f) => {
      const start = Date.parse(f.startAt)
      return start > now && start - now <= FAIR_REMINDER_HOURS * HOUR_MS
    })
    .sort((a, b) => a.startAt.localeCompare(b.startAt) || a._id.localeCompare(b._id))
    .map((f) => ({ fairId: f._id, name: f.name, startAt: f.startAt, mode: f.mode, venue: f.venue }))
}

export const messagesService = {
  /** The caller's 消息, the newest first, how many are unread, and the fairs about to start they signed up for. */
  async messages(ctx: RequestContext) {
    const openId = requireCaller(ctx)
    const repo = messagesRepository(ctx.db)
    const [items, unread, reminders] = await Promise.all([repo.listFor(openId, 50), repo.countUnread(openId), fairReminders(ctx, openId)])
    return { items: items.map(messageView), unread, reminders }
  },

  /** What the tab bar's badge counts: unread messages (a count(), not a read of them) and fair reminders. */
  async unreadCount(ctx: RequestContext) {
    const openId = requireCaller(ctx)
    const [unread, reminders] = await Promise.all([messagesRepository(ctx.db).countUnread(openId), fairReminders(ctx, openId)])
    return { unread, reminders: reminders.length }
  },

  async readMessages(input: { ids?: string[] }, ctx: RequestContext) {
    const openId = requireCaller(ctx)
    return { updated: await messagesRepository(ctx.db).markRead(openId, input.ids) }
  },
}
