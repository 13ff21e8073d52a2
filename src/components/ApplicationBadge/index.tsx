import { Text } from '@tarojs/components'
import { applicationTones, type ApplicationStatus } from '../../services/applications'
import './index.css'

/** An application's status (已投递 / 企业已查看 / 邀请面试 / 录用 / 不合适 / 已撤回) as a coloured badge. */
export function ApplicationBadge({ status, label, className = '' }: { status: ApplicationStatus; label: string; className?: string }) {
  return <Text className={`app-badge app-badge--${applicationTones[status]} ${className}`}>{label}</Text>
}
