import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { FairCalendar } from '../../../components/FairCalendar'
import { FairCard } from '../../../components/FairCard'
import { useRemote } from '../../../hooks/useRemote'
import { fairsApi, type CalendarFilter } from '../../../services/fairs'
import { CAMPAIGNS, campaignLabels, MODES, modeLabels } from '../../../../cloudfunctions/_shared/catalog/fairs'
import { CITIES } from '../../../../cloudfunctions/_shared/catalog/regions'
import { todayInShanghai } from '../../../../cloudfunctions/_shared/catalog/time'
import './index.css'

const dateCn = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`

/** A query value as written: Taro hands it over still percent-encoded (a city's name is). */
function decoded(value: string | undefined): string | undefined {
  try {
    return value === undefined ? undefined : decodeURIComponent(value)
  } catch {
    return undefined
  }
}

/** The 招聘会 segment's filters from the page's query; anything else in it is ignored. */
function filterOf(params: Partial<Record<string, string>>): CalendarFilter {
  const campaign = CAMPAIGNS.find((c) => c === params.campaign)
  const city = CITIES.find((c) => c === decoded(params.city))
  const mode = MODES.find((m) => m === params.mode)
  return { ...(campaign ? { campaign } : {}), ...(city ? { city } : {}), ...(mode ? { mode } : {}) }
}

/** A month of fair days (measure 25) with the 招聘 tab's filters: marked days, and a tapped day's fairs. */
export default function FairCalendarPage() {
  const filter = filterOf(useRouter().params)
  const today = todayInShanghai()
  const [month, setMonth] = useState(today.slice(0, 7))
  const [day, setDay] = useState<string | undefined>()
  const remote = useRemote(() => fairsApi.list({ ...filter, month, limit: 100 }), `${JSON.stringify(filter)}|${month}`)
  const shown = [filter.campaign && campaignLabels[filter.campaign], filter.city, filter.mode && modeLabels[filter.mode]].filter(Boolean).join(' · ')
  const dayFairs = day && remote.data ? remote.data.fairs.filter((f) => f.days.includes(day)) : null

  return (
    <View className='page fair-calendar-page'>
      <Text className='muted fair-calendar-page__filter'>{shown ? `筛选：${shown}` : '全省的招聘会'}</Text>
      <FairCalendar
        month={month}
        marked={remote.data?.month === month ? (remote.data.days ?? []) : []}
        today={today}
        selected={day}
        onSelect={setDay}
        onMonthChange={(m) => {
          setMonth(m)
          setDay(undefined)
        }}
      />
      <AsyncView remote={remote} loadingText='正在加载招聘会…'>
        {() =>
          dayFairs && day ? (
            <View>
              <Text className='section-title'>{`${dateCn(day)}的招聘会（${dayFairs.length}场）`}</Text>
              {dayFairs.map((fair) => (
                <FairCard key={fair.id} fair={fair} />
              ))}
            </View>
          ) : (
            <Text className='muted fair-calendar-page__tip'>标红的日期有招聘会，点一下查看当天的场次</Text>
          )
        }
      </AsyncView>
    </View>
  )
}
