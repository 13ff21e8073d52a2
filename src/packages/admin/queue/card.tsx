import { Text } from '@tarojs/components'
import type { ReviewTarget } from '../../../services/admin'

/** What a card needs to decide: reload the queue when done, or say the content changed and load the new version. */
export interface CardActions {
  onDone: () => void
  onChanged: (key: string, message: string) => void
  /** Why a card is shown again: what the server said when a decision met a newer version. */
  notices: Readonly<Record<string, string>>
}

export const cardKey = (target: ReviewTarget, id: string) => `${target}:${id}`

/** The notice on a card whose content changed while the reviewer read it. */
export function ChangedNotice({ message }: { message: string | undefined }) {
  if (!message) return null
  return <Text className='queue-item__changed'>{`${message}。以下为最新内容。`}</Text>
}
