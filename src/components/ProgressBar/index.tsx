import { Text, View } from '@tarojs/components'
import './index.css'

interface ProgressBarProps {
  /** Steps done. */
  value: number
  /** Steps in all; 0 shows an empty bar. */
  max: number
  /** Text above the bar; defaults to 已回答 value / max. */
  label?: string
  className?: string
}

/** The share of `value` in `max` as a filled bar, clamped to 0–100%. */
export function progressPercent(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0
  return Math.min(100, Math.round((value / max) * 100))
}

export function ProgressBar({ value, max, label, className = '' }: ProgressBarProps) {
  const percent = progressPercent(value, max)
  return (
    <View className={`progress ${className}`}>
      <View className='progress__head'>
        <Text className='progress__label'>{label ?? `已回答 ${value} / ${max}`}</Text>
        <Text className='progress__percent'>{`${percent}%`}</Text>
      </View>
      <View className='progress__track'>
        <View className='progress__fill' style={{ width: `${percent}%` }} />
      </View>
    </View>
  )
}
