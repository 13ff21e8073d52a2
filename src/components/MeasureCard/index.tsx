import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { detailUrl, type MeasureSummary } from '../../services/policy'
import { StatusBadge } from '../StatusBadge'
import './index.css'

interface MeasureCardProps {
  measure: MeasureSummary
  /** Shows ★ on a measure the user saved. */
  favourite?: boolean
  /** Hides the tags and the money marker, for lists of related measures. */
  compact?: boolean
  /** What a tap does; by default it opens the measure's detail page. */
  onOpen?: (id: number) => void
}

const openDetail = (id: number) => void Taro.navigateTo({ url: detailUrl(id) })

/** One measure in a list: 第N条, its status today, title, a two-line summary and its tags. */
export function MeasureCard({ measure, favourite = false, compact = false, onOpen = openDetail }: MeasureCardProps) {
  return (
    <View className={`measure-card ${compact ? 'measure-card--compact' : ''}`} data-id={measure.id} onClick={() => onOpen(measure.id)}>
      <View className='measure-card__head'>
        <Text className='measure-card__no'>{`第${measure.id}条`}</Text>
        <StatusBadge status={measure.status} />
        {!compact && measure.hasMoney && <Text className='measure-card__money'>资金补贴</Text>}
        {favourite && <Text className='measure-card__star'>★</Text>}
      </View>
      <Text className='measure-card__title'>{measure.title}</Text>
      <View className='measure-card__summary'>{measure.summary}</View>
      {!compact && (
        <View className='measure-card__tags'>
          {measure.tags.map((tag) => (
            <Text key={tag} className='measure-card__tag'>{`#${tag}`}</Text>
          ))}
        </View>
      )}
    </View>
  )
}
