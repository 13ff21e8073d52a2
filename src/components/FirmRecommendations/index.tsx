/**
 * 我的 (enterprise): 为您推荐 — what the bureau's latest matching found the firm qualifies for, the
 * newest first (政策找企业). The messages that tell of it are in 消息.
 */
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useReloadOnShow, useRemote } from '../../hooks/useRemote'
import { firmFactsApi, type Recommendation } from '../../services/matching'
import { formatYuan } from '../../utils/format'
import { formatDateOf } from '../../utils/jobs'
import './index.css'

const FACTS = '/packages/employer/facts/index'

const load = async () => ({ recs: await firmFactsApi.recommendations() })

const amountText = (r: Recommendation) =>
  r.amount !== null ? formatYuan(r.amount) : r.amountMax !== null ? `最高${formatYuan(r.amountMax)}` : '按规定'

function RecommendationItem({ r }: { r: Recommendation }) {
  return (
    <View className='rec' data-key={r.key}>
      <View className='rec__head'>
        <Text className='rec__title'>{`第${r.measure}条 ${r.title}`}</Text>
        <Text className='rec__amount'>{amountText(r)}</Text>
      </View>
      {r.working && <Text className='rec__working'>{r.working}</Text>}
      <Text className='rec__meta'>{`${formatDateOf(r.foundAt)}比对发现 · 按${r.asOf}的政策`}</Text>
      <Text className='link me-link rec__dispute' onClick={() => void Taro.navigateTo({ url: `${FACTS}?dispute=${r.measure}/${r.provision}` })}>
        情况有变化？更正条件
      </Text>
    </View>
  )
}

export function FirmRecommendations() {
  const remote = useRemote(load, 'firm-recommendations')
  useReloadOnShow(remote.reload)
  const data = remote.data
  return (
    <View className='card firm-recs'>
      <View className='firm-recs__head'>
        <Text className='card__title'>为您推荐</Text>
        <Text className='link me-link' onClick={() => void Taro.navigateTo({ url: FACTS })}>
          企业条件
        </Text>
      </View>
      {!data && <Text className='muted'>{remote.error ? remote.error.message : '加载中…'}</Text>}
      {data && !data.recs.verified && <Text className='muted'>企业认证通过后，人社部门比对数据时会为您推荐可享受的政策。</Text>}
      {data && data.recs.verified && data.recs.items.length === 0 && (
        <Text className='muted'>暂无推荐。完善企业条件后，人社部门比对数据时会主动告诉您可享受的政策（免申即享）。</Text>
      )}
      {data && data.recs.items.length > 0 && (
        <>
          <Text className='muted firm-recs__total'>{`可享受${data.recs.items.length}项，合计${formatYuan(data.recs.total.amount)}`}</Text>
          {data.recs.items.map((r) => (
            <RecommendationItem key={r.id} r={r} />
          ))}
        </>
      )}
      {data && (
        <Button className='firm-recs__facts' size='mini' onClick={() => void Taro.navigateTo({ url: FACTS })}>
          完善企业条件
        </Button>
      )}
    </View>
  )
}
