import { Text, View } from '@tarojs/components'
import { formatYuan } from '../../utils/format'
import './index.css'

export interface BarItem {
  key: string
  label: string
  value: number
  /** Text beside the bar; defaults to `format(value)`. */
  display?: string
  /** A lighter bar, e.g. for an amount the notice only caps. */
  muted?: boolean
  /** A short qualifier after the label that never breaks across lines, e.g. （即将开始）. */
  tag?: string
}

interface BarChartProps {
  items: BarItem[]
  format?: (value: number) => string
  /** Shown when there is nothing to draw. */
  emptyText?: string
  className?: string
}

/** Each bar's width in percent of the largest value (the largest fills the track). */
export function barWidths(values: number[]): number[] {
  const max = Math.max(0, ...values)
  return values.map((v) => (max > 0 && v > 0 ? Math.round((v / max) * 1000) / 10 : 0))
}

/** Horizontal bars drawn with Views only: one row per item, label above, value at the end. */
export function BarChart({ items, format = formatYuan, emptyText = '暂无可比较的金额', className = '' }: BarChartProps) {
  if (items.length === 0) return <Text className='bar-chart__empty muted'>{emptyText}</Text>
  const widths = barWidths(items.map((i) => i.value))
  return (
    <View className={`bar-chart ${className}`}>
      {items.map((item, index) => (
        <View key={item.key} className='bar-chart__row'>
          <View className='bar-chart__head'>
            <Text className='bar-chart__label'>
              {item.label}
              {item.tag && <Text className='bar-chart__tag'>{item.tag}</Text>}
            </Text>
            <Text className='bar-chart__value'>{item.display ?? format(item.value)}</Text>
          </View>
          <View className='bar-chart__track'>
            {widths[index] > 0 && <View className={`bar-chart__bar ${item.muted ? 'bar-chart__bar--muted' : ''}`} style={{ width: `${widths[index]}%` }} />}
          </View>
        </View>
      ))}
    </View>
  )
}
