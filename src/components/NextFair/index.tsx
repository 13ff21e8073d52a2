import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRemote } from '../../hooks/useRemote'
import { fairDetailUrl, fairsApi, type FairView } from '../../services/fairs'
import { fairPlace, fairTimeRange } from '../../utils/fairs'
import './index.css'

/** Whether quiz answers say the firm plans to hire: new hires, hires with difficulties, or interns. */
export function plansToHire(facts: { newHires?: unknown; difficultHires?: unknown; interns?: unknown }): boolean {
  return [facts.newHires, facts.difficultHires, facts.interns].some((n) => typeof n === 'number' && n > 0)
}

/** The fair to point a hiring firm to: the first not ended that still has booths (under way first, then the soonest). */
export const pickNextFair = (fairs: readonly FairView[]) => fairs.find((f) => f.status !== 'ended' && f.boothsLeft > 0) ?? null

/**
 * 「带岗位参加招聘会」: the next job fair (measure 25) for a firm that plans to hire, e.g. under the
 * quiz result. Renders nothing while loading, on error, or when no fair is coming.
 */
export function NextFair({ className = '' }: { className?: string }) {
  const remote = useRemote(async () => pickNextFair((await fairsApi.list({ when: 'open', limit: 20 })).fairs), 'next-fair')
  const fair = remote.data
  if (!fair) return null
  return (
    <View className={`next-fair ${className}`} data-fair={fair.id} onClick={() => void Taro.navigateTo({ url: fairDetailUrl(fair.id) })}>
      <Text className='next-fair__kicker'>{`招聘会 · 第25条 · ${fair.campaignLabel}`}</Text>
      <Text className='next-fair__name'>{fair.name}</Text>
      <Text className='next-fair__line'>{`${fairTimeRange(fair)} · ${fairPlace(fair)}`}</Text>
      <Text className='next-fair__cta'>{`有招聘计划？带岗位免费参会，还剩${fair.boothsLeft}个展位 ›`}</Text>
    </View>
  )
}
