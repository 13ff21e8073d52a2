import { useState } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncView } from '../AsyncView'
import { FairCard } from '../FairCard'
import { useReloadOnShow, useRemote } from '../../hooks/useRemote'
import { accountApi, type Role } from '../../services/account'
import { catalogOnce } from '../../utils/catalog'
import { CAMPAIGN_OPTIONS, fairCalendarUrl, fairEditUrl, fairsApi, MODE_OPTIONS, MY_FAIRS, type CalendarFilter, type FairView } from '../../services/fairs'
import './index.css'

/** How many fairs under way and upcoming show before 查看全部, and past ones. */
const OPEN_SHOWN = 5
const PAST_SHOWN = 3

function Chips<V extends string>({ options, value, onChange, all = '全部', name }: { options: readonly { value: V; label: string }[]; value: V | undefined; onChange: (v: V | undefined) => void; all?: string; name: string }) {
  return (
    <>
      <View className={`chip ${value === undefined ? 'chip--active' : ''}`} data-filter={name} onClick={() => onChange(undefined)}>
        {all}
      </View>
      {options.map((o) => (
        <View key={o.value} className={`chip ${o.value === value ? 'chip--active' : ''}`} data-filter={name} onClick={() => onChange(o.value === value ? undefined : o.value)}>
          {o.label}
        </View>
      ))}
    </>
  )
}

/** Who is looking, for the entries at the top (my fairs, or the bureau's editor); anonymous when it cannot tell. */
const loadRole = () => accountApi.me().then((me) => me.role, (): Role => 'anonymous')

/**
 * The 招聘会 segment of the 招聘 tab (measure 25): campaign, city and online/on-site filters, fairs
 * under way and upcoming first, then past ones, and the way to a month calendar of fair days.
 */
export function FairsSection() {
  const [filter, setFilter] = useState<CalendarFilter>({})
  const list = useRemote(() => fairsApi.list({ ...filter, limit: 100 }), JSON.stringify(filter))
  const role = useRemote(loadRole, 'role')
  const cities = useRemote(() => catalogOnce().then((c) => c.regions.map((r) => ({ value: r.city, label: r.city }))), 'cities')
  useReloadOnShow(list.reload, role.reload)

  return (
    <View className='fairs-section'>
      <View className='fairs-section__entries'>
        <Text className='link fairs-section__entry' onClick={() => void Taro.navigateTo({ url: fairCalendarUrl(filter) })}>
          招聘会日历 ›
        </Text>
        {role.data === 'admin' && (
          <Text className='link fairs-section__entry' onClick={() => void Taro.navigateTo({ url: fairEditUrl() })}>
            新建招聘会 ›
          </Text>
        )}
        {(role.data === 'seeker' || role.data === 'employer') && (
          <Text className='link fairs-section__entry' onClick={() => void Taro.navigateTo({ url: MY_FAIRS })}>
            {role.data === 'employer' ? '我的展位 ›' : '我的报名 ›'}
          </Text>
        )}
      </View>

      <View className='fairs-filters'>
        <View className='fairs-filters__row'>
          <Chips name='campaign' options={CAMPAIGN_OPTIONS} value={filter.campaign} onChange={(campaign) => setFilter({ ...filter, campaign })} />
        </View>
        <View className='fairs-filters__row'>
          <Chips name='mode' options={MODE_OPTIONS} value={filter.mode} onChange={(mode) => setFilter({ ...filter, mode })} all='线上和现场' />
        </View>
        <ScrollView scrollX className='fairs-filters__scroll' enhanced showScrollbar={false}>
          <View className='fairs-filters__cities'>
            <Chips name='city' options={cities.data ?? []} value={filter.city} onChange={(city) => setFilter({ ...filter, city })} all='全省' />
          </View>
        </ScrollView>
      </View>

      <AsyncView remote={list} loadingText='正在加载招聘会…'>
        {(data) => (
          <>
            <FairList title='正在进行和即将举办' fairs={data.fairs.filter((f) => f.status !== 'ended')} shown={OPEN_SHOWN} />
            <FairList title='往期招聘会' fairs={data.fairs.filter((f) => f.status === 'ended')} shown={PAST_SHOWN} hideWhenEmpty />
          </>
        )}
      </AsyncView>
    </View>
  )
}

/** Fairs under a title with their count, the first `shown` of them until 查看全部. */
function FairList({ title, fairs, shown, hideWhenEmpty = false }: { title: string; fairs: FairView[]; shown: number; hideWhenEmpty?: boolean }) {
  const [all, setAll] = useState(false)
  if (fairs.length === 0 && hideWhenEmpty) return null
  return (
    <View className='fairs-section__list'>
      <Text className='section-title fairs-section__title'>{`${title}（${fairs.length}场）`}</Text>
      {fairs.length === 0 && <Text className='fairs-section__empty muted'>暂无符合条件的招聘会，换个筛选条件看看</Text>}
      {(all ? fairs : fairs.slice(0, shown)).map((fair) => (
        <FairCard key={fair.id} fair={fair} />
      ))}
      {!all && fairs.length > shown && (
        <Text className='link fairs-section__more' onClick={() => setAll(true)}>
          {`查看全部${fairs.length}场 ›`}
        </Text>
      )}
    </View>
  )
}
