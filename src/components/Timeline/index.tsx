import { Text, View } from '@tarojs/components'
import { applicationTones, type TimelineItem } from '../../services/applications'
import { formatDateTime } from '../../utils/board'
import './index.css'

/** An application's status changes, the first at the top and the current one marked, each with its time and note. */
export function Timeline({ items, className = '' }: { items: readonly TimelineItem[]; className?: string }) {
  return (
    <View className={`timeline ${className}`}>
      {items.map((item, i) => {
        const current = i === items.length - 1
        return (
          <View key={`${item.status}-${item.at}-${i}`} className={`timeline__item timeline__item--${applicationTones[item.status]} ${current ? 'timeline__item--current' : ''}`} data-status={item.status}>
            <View className='timeline__rail'>
              <View className='timeline__dot' />
              {!current && <View className='timeline__line' />}
            </View>
            <View className='timeline__body'>
              <View className='timeline__head'>
                <Text className='timeline__label'>{item.statusLabel}</Text>
                <Text className='timeline__time'>{formatDateTime(item.at)}</Text>
              </View>
              {item.note ? <Text className='timeline__note'>{item.note}</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
