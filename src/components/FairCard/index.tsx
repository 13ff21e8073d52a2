import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { fairDetailUrl, type FairStatus, type FairView } from '../../services/fairs'
import { fairPlace, fairTimeRange, statusTone } from '../../utils/fairs'
import './index.css'

/** 进行中 / 今日开幕 / 即将开始 / 已结束 as a coloured badge. */
export function FairStatusBadge({ status, label }: { status: FairStatus; label: string }) {
  return <Text className={`fair-status fair-status--${statusTone[status]}`}>{label}</Text>
}

interface FairCardProps {
  fair: FairView
  /** Extra line under the card, e.g. 我的展位 12号. */
  note?: string
  onOpen?: (id: string) => void
}

const openDetail = (id: string) => void Taro.navigateTo({ url: fairDetailUrl(id) })

/** One fair in a list: status, campaign, name, when, where, booths. */
export function FairCard({ fair, note, onOpen = openDetail }: FairCardProps) {
  return (
    <View className={`fair-card fair-card--${fair.status}`} data-fair={fair.id} onClick={() => onOpen(fair.id)}>
      <View className='fair-card__head'>
        <FairStatusBadge status={fair.status} label={fair.statusLabel} />
        <Text className='fair-card__campaign'>{fair.campaignLabel}</Text>
        <Text className='fair-card__level'>{`${fair.levelLabel} · ${fair.modeLabel}`}</Text>
      </View>
      <Text className='fair-card__name'>{fair.name}</Text>
      <Text className='fair-card__line'>{fairTimeRange(fair)}</Text>
      <Text className='fair-card__line'>{`${fairPlace(fair)}${fair.mode === 'onsite' ? ` · ${fair.regionLabel}` : ''}`}</Text>
      <View className='fair-card__foot'>
        <Text className='fair-card__booths'>{fair.status === 'ended' ? `参会企业 ${fair.boothsBooked} 家` : `参会企业 ${fair.boothsBooked} 家 · 剩余展位 ${fair.boothsLeft}/${fair.boothCount}`}</Text>
        {note && <Text className='fair-card__note'>{note}</Text>}
      </View>
    </View>
  )
}
