import { Text } from '@tarojs/components'
import type { ApplicationStatus } from '../../services/applications'
import './index.css'

const tones: Readonly<Record<ApplicationStatus, 'info' | 'ok' | 'bad' | 'off'>> = {
  submitted: 'info',
  viewed: 'info',
  interview: 'ok',
  offer: 'ok',
  rejected: 'bad',
  withdrawn: 'off',
}

/** An application's status (已投递 / 企业已查看 / 邀请面试 / 录用 / 不合适 / 已撤回) as a coloured badge. */
export function ApplicationBadge({ status, label, className = '' }: { status: ApplicationStatus; label: string; className?: string }) {
  return <Text className={`app-badge app-badge--${tones[status]} ${className}`}>{label}</Text>
}
