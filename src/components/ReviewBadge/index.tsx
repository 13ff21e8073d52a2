import { Text } from '@tarojs/components'
import type { EmployerStatus, JobState } from '../../services/employer'
import './index.css'

export type ReviewState = EmployerStatus | JobState

const tones: Readonly<Record<ReviewState, 'ok' | 'warn' | 'bad' | 'off'>> = {
  verified: 'ok',
  published: 'ok',
  pending: 'warn',
  rejected: 'bad',
  draft: 'off',
  closed: 'off',
  expired: 'off',
}

/** A profile's or a posting's review state (待审核 / 已认证 / 未通过 / 招聘中 …) as a coloured badge. */
export function ReviewBadge({ state, label, className = '' }: { state: ReviewState; label: string; className?: string }) {
  return <Text className={`review-badge review-badge--${tones[state]} ${className}`}>{label}</Text>
}
