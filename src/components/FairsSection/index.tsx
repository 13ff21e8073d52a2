import { useMemo, useState } from 'react'
import { Button, ScrollView, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncView } from '../AsyncView'
import { FairCalendar } from '../FairCalendar'
import { FairCard } from '../FairCard'
import { useReloadOnShow, useRemote } from '../../hooks/useRemote'
import { accountApi, type Role } from '../../services/account'
import { catalogOnce } from '../../utils/catalog'
import { CAMPAIGN_OPTIONS, fairEditUrl, fairsApi, MODE_OPTIONS, MY_FAIRS, type FairView, type ListFilter } from '../../services/fairs'
import { todayInShanghai } from '../../../cloudfunctions/_shared/catalog/time'
import './index.css'

/** How many fairs under way and upcoming show before 查看全部, and past ones before 查看更多. */
const OPEN_SHOWN = 5
const PAST_SHOWN = 3

type Filter = Pick<ListFilter, 'campaign' | 'city' | 'mode'>

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

const dateCn = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`

/** Who is looking, for the entries at the top (my fairs, or the bureau's editor); anonymous when it cannot tell. */
const loadRole = () => accountApi.me().then((me) => me.role, (): Role => 'anonymous')

/**
 * The fairs part of the 招聘 tab (measure 25): campaign, city and online/on-site filters, a month
 * calendar marking fair days (tap one for its fairs), fairs under way and upcoming first, then past
 * ones. The postings list goes below it on the tab.
 */
export function FairsSection() {
  const [filter, setFilter] = useState<Filter>({})
  const today = todayInShanghai()
  const [month, setMonth] = useState(today.slice(0, 7))
  const [day, setDay] = useState<string | undefined>()
  const key = JSON.stringify(filter)

  const list = useRemote(() => fairsApi.list({ ...filter, limit: 100 }), key)
  const calendar = useRemote(() => fairsApi.list({ ...filter, month, limit: 100 }), `${key}|${month}`)
  const role = useRemote(loadRole, 'role')
  const cities = useRemote(() => catalogOnce().then((c) => c.regions.map((r) => ({ value: r.city, label: r.city }))), 'cities')
  useReloadOnShow(list.reload, calendar.reload, role.reload)

  const change = (next: Filter) => {
    setFilter(next)
    setDay(undefined)
  }
  const dayFairs = useMemo(() => (day && calendar.data ? calendar.data.fairs.filter((f) => f.days.includes(day)) : null), [day, calendar.data])

  return (
    <View className='fairs-section'>
      <View className='fairs-hero'>
        <View className='fairs-hero__text'>
          <Text className='fairs-hero__title'>招聘会</Text>
          <Text className='fairs-hero__sub'>第25条 · 省市县三级联动，线上线下结合</Text>
        </View>
        {role.data === 'admin' && (
          <Button className='fairs-hero__btn' size='mini' onClick={() => void Taro.navigateTo({ url: fairEditUrl() })}>
            新建招聘会
          </Button>
        )}
        {(role.data === 'seeker' || role.data === 'employer') && (
          <Button className='fairs-hero__btn' size='mini' onClick={() => void Taro.navigateTo({ url: MY_FAIRS })}>
            {role.data === 'employer' ? '我的展位' : '我的报名'}
          </Button>
        )}
      </View>

      <View className='fairs-filters'>
        <View className='fairs-filters__row'>
          <Chips name='campaign' options={CAMPAIGN_OPTIONS} value={filter.campaign} onChange={(campaign) => change({ ...filter, campaign })} />
        </View>
        <View className='fairs-filters__row'>
          <Chips name='mode' options={MODE_OPTIONS} value={filter.mode} onChange={(mode) => change({ ...filter, mode })} all='线上和现场' />
        </View>
        <ScrollView scrollX className='fairs-filters__scroll' enhanced showScrollbar={false}>
          <View className='fairs-filters__cities'>
            <Chips name='city' options={cities.data ?? []} value={filter.city} onChange={(city) => change({ ...filter, city })} all='全省' />
          </View>
        </ScrollView>
      </View>

      <AsyncView remote={list} loadingText='正在加载招聘会…'>
        {(data) => <OpenFairs fairs={data.fairs.filter((f) => f.status !== 'ended')} />}
      </AsyncView>

      <Text className='section-title fairs-section__title'>招聘会日历</Text>
      <FairCalendar
        className='fairs-section__calendar'
        month={month}
        marked={calendar.data?.month === month ? (calendar.data.days ?? []) : []}
        today={today}
        selected={day}
        onSelect={setDay}
        onMonthChange={(m) => {
          setMonth(m)
          setDay(undefined)
        }}
      />
      {dayFairs ? (
        <View className='fairs-section__list fairs-section__day'>
          <View className='fairs-section__heading'>
            <Text className='section-title fairs-section__title'>{`${dateCn(day as string)}的招聘会（${dayFairs.length}场）`}</Text>
            <Text className='link fairs-section__clear' onClick={() => setDay(undefined)}>
              收起
            </Text>
          </View>
          {dayFairs.map((fair) => (
            <FairCard key={fair.id} fair={fair} />
          ))}
        </View>
      ) : (
        <Text className='fairs-section__tip muted'>标红的日期有招聘会，点一下查看当天的场次</Text>
      )}

      {list.data && <PastFairs fairs={list.data.fairs.filter((f) => f.status === 'ended')} />}
    </View>
  )
}

function OpenFairs({ fairs }: { fairs: FairView[] }) {
  const [all, setAll] = useState(false)
  return (
    <View className='fairs-section__list'>
      <Text className='section-title fairs-section__title'>{`正在进行和即将举办（${fairs.length}场）`}</Text>
      {fairs.length === 0 && <Text className='fairs-section__empty muted'>暂无符合条件的招聘会，换个筛选条件看看</Text>}
      {(all ? fairs : fairs.slice(0, OPEN_SHOWN)).map((fair) => (
        <FairCard key={fair.id} fair={fair} />
      ))}
      {!all && fairs.length > OPEN_SHOWN && (
        <Text className='link fairs-section__more' onClick={() => setAll(true)}>
          {`查看全部${fairs.length}场 ›`}
        </Text>
      )}
    </View>
  )
}

function PastFairs({ fairs }: { fairs: FairView[] }) {
  const [all, setAll] = useState(false)
  if (fairs.length === 0) return null
  return (
    <View className='fairs-section__list'>
      <Text className='section-title fairs-section__title'>{`往期招聘会（${fairs.length}场）`}</Text>
      {(all ? fairs : fairs.slice(0, PAST_SHOWN)).map((fair) => (
        <FairCard key={fair.id} fair={fair} />
      ))}
      {!all && fairs.length > PAST_SHOWN && (
        <Text className='link fairs-section__more' onClick={() => setAll(true)}>
          {`查看更多往期（${fairs.length - PAST_SHOWN}场）`}
        </Text>
      )}
    </View>
  )
}
