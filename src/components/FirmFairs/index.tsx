import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRemote } from '../../hooks/useRemote'
import { fairDetailUrl, fairsApi } from '../../services/fairs'
import { fairTimeRange } from '../../utils/fairs'
import './index.css'

interface FirmFairsProps {
  employerId: string
  className?: string
}

/**
 * The fairs (not yet ended) a firm attends, with its booth: for a posting's page, so a seeker can meet
 * the firm in person or online. Renders nothing when the firm attends none.
 */
export function FirmFairs({ employerId, className = '' }: FirmFairsProps) {
  const remote = useRemote(() => fairsApi.forEmployer(employerId), employerId)
  const fairs = remote.data?.fairs ?? []
  if (fairs.length === 0) return null
  return (
    <View className={`firm-fairs ${className}`}>
      <Text className='firm-fairs__title'>该企业参加的招聘会</Text>
      {fairs.map(({ fair, boothNo }) => (
        <View key={fair.id} className='firm-fairs__item' data-fair={fair.id} onClick={() => void Taro.navigateTo({ url: fairDetailUrl(fair.id) })}>
          <View className='firm-fairs__text'>
            <Text className='firm-fairs__name'>{fair.name}</Text>
            <Text className='firm-fairs__line'>{`${fair.statusLabel} · ${fairTimeRange(fair)}`}</Text>
          </View>
          <Text className='firm-fairs__booth'>{`${boothNo}号展位`}</Text>
        </View>
      ))}
    </View>
  )
}
