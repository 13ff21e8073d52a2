import type { Database, Transaction } from '../db/types'

export const MESSAGES = 'messages'

/**
 * What a message tells of. To a firm: a matching run found something new (recommendation), a seeker
 * applied (application-new), the bureau decided on its profile or a posting (review), a seeker
 * answered an interview invitation (interview-answer). To a seeker: the firm moved their
 * application along (application-status, the in-app twin of the WeChat subscription message).
 */
export const MESSAGE_KINDS = ['recommendation', 'application-new', 'review', 'interview-answer', 'application-status'] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

/** A message in a user's 消息 list. */
export interface Message {
  _id: string
  ownerOpenId: string
  kind: MessageKind
  title: string
  body: string
  /** What the message is about: the run and the provision keys found, or the application and its posting, or the posting reviewed. */
  runId?: string
  keys?: string[]
  applicationId?: string
  jobId?: string
  read: boolean
  createdAt: string
}

export const messagesRepository = (db: Database) => {
  const coll = () => db.collection<Message>(MESSAGES)
  return {
    /** Adds the message inside the transaction that makes the change it tells of. */
    async addIn(tx: Transaction, message: Omit<Message, '_id'>): Promise<void> {
      await tx.collection<Message>(MESSAGES).add(message)
    },

    /** Writes a message with its own id: written twice (a retried batch), it is still one message. */
    async put({ _id, ...message }: Message): Promise<void> {
      await coll().doc(_id).set(message)
    },

    /** The newest first. */
    async listFor(ownerOpenId: string, limit: number): Promise<Message[]> {
      const { data } = await coll().where({ ownerOpenId }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit).get()
      return data
    },
    async countUnread(ownerOpenId: string): Promise<number> {
      return (await coll().where({ ownerOpenId, read: false }).count()).total
    },
    /** A seeker's messages about their applications (a firm's recommendations are the firm's). */
    async removeApplicationMessages(ownerOpenId: string): Promise<number> {
      return (await coll().where({ ownerOpenId, kind: 'application-status' }).remove()).deleted
    },

    /** Marks the given messages (or all) of the owner read; returns how many changed. */
    async markRead(ownerOpenId: string, ids?: readonly string[]): Promise<number> {
      const where = ids ? { ownerOpenId, read: false, _id: db.command.in([...ids]) } : { ownerOpenId, read: false }
      return (await coll().where(where).update({ read: true })).updated
    },
  }
}
