import { Text } from '@tarojs/components'
import { formatYuan } from '../../utils/format'

interface MoneyProps {
  yuan: number
  /** Prefix "最高" for an amount the notice only caps. */
  upTo?: boolean
  className?: string
}

export function Money({ yuan, upTo = false, className = '' }: MoneyProps) {
  return <Text className={`money ${className}`}>{`${upTo ? '最高' : ''}${formatYuan(yuan)}`}</Text>
}
