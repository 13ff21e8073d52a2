import { Text } from '@tarojs/components'
import type { MeasureStatus } from '../../services/policy'
import './index.css'

export const statusLabels: Readonly<Record<MeasureStatus, string>> = {
  'in-force': '现行有效',
  'partly-expired': '部分到期',
  expired: '已到期',
  'not-yet-issued': '尚未施行',
}

const tone: Readonly<Record<MeasureStatus, string>> = {
  'in-force': 'ok',
  'partly-expired': 'warn',
  expired: 'off',
  'not-yet-issued': 'off',
}

interface StatusBadgeProps {
  status: MeasureStatus
  /** Overrides the label, e.g. for a deadline: 执行至2025年12月31日. */
  label?: string
  className?: string
}

/** 现行有效 / 部分到期 / 已到期 as a small coloured badge. */
export function StatusBadge({ status, label = statusLabels[status], className = '' }: StatusBadgeProps) {
  return <Text className={`status-badge status-badge--${tone[status]} ${className}`}>{label}</Text>
}
