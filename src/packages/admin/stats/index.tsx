import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/AsyncView'
import { BarChart, barWidths } from '../../../components/BarChart'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { adminApi, type Bucket, type Stats } from '../../../services/admin'
import { formatDateOf } from '../../../utils/jobs'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

const count = (n: number) => `${n}`
/** Enough fairs for a phone screen per chart; admin.stats orders them by relevance. */
const FAIRS_CHARTED = 8

function Chart({ title, note, buckets, unit }: { title: string; note?: string; buckets: Bucket[]; unit: string }) {
  return (
    <View className='card stats-chart' data-chart={title}>
      <Text className='card__title stats-chart__title'>{title}</Text>
      {note && <Text className='muted stats-chart__note'>{note}</Text>}
      <BarChart
        items={buckets.map((b) => ({ key: b.key, label: b.label, value: b.count, display: `${b.count}${unit}` }))}
        format={count}
        emptyText='暂无数据'
      />
    </View>
  )
}

/** Days as columns, the tallest day full height; a day with none has no column at all, only its date. */
function DailyChart({ title, note, days, unit }: { title: string; note: string; days: Bucket[]; unit: string }) {
  const heights = barWidths(days.map((d) => d.count))
  return (
    <View className='card stats-chart' data-chart={title}>
      <Text className='card__title stats-chart__title'>{title}</Text>
      <Text className='muted stats-chart__note'>{note}</Text>
      <View className='stats-days'>
        {days.map((day, i) => (
          <View key={day.key} className='stats-day' aria-label={`${day.label} ${day.count}${unit}`}>
            <Text className='stats-day__count'>{day.count > 0 ? String(day.count) : ''}</Text>
            <View className='stats-day__track'>{heights[i] > 0 && <View className='stats-day__bar' style={{ height: `${heights[i]}%` }} />}</View>
            <Text className='stats-day__label'>{day.key.slice(-2)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

/** The fairs on show in admin.stats: firms, sign-ups and check-ins, applications made from each fair. */
function FairCharts({ fairs }: { fairs: Stats['fairs'] }) {
  const rows = fairs.fairs.slice(0, FAIRS_CHARTED)
  const chart = (title: string, note: string, value: (f: (typeof rows)[number]) => number, display: (f: (typeof rows)[number]) => string) => (
    <View className='card stats-chart' data-chart={title}>
      <Text className='card__title stats-chart__title'>{title}</Text>
      <Text className='muted stats-chart__note'>{note}</Text>
      <BarChart items={rows.map((f) => ({ key: f.id, label: f.name, tag: `（${f.statusLabel}）`, value: value(f), display: display(f) }))} format={count} emptyText='暂无招聘会' />
    </View>
  )
  const note = `进行中、即将开始和最近结束的${rows.length}场`
  return (
    <>
      <Text className='section-title'>{`招聘会 · 共 ${fairs.total} 场，未结束 ${fairs.open} 场`}</Text>
      <Chart title='活动分布' buckets={fairs.byCampaign} unit='场' />
      {chart('参会企业', note, (f) => f.firms, (f) => `${f.firms}家 · ${f.postings}个岗位`)}
      {chart('求职者报名', note, (f) => f.signups, (f) => `${f.signups}人 · 签到${f.checkedIn}人`)}
      {chart('招聘会投递', note, (f) => f.applications, (f) => `${f.applications}份`)}
    </>
  )
}

function Tile({ label, value }: { label: string; value: number }) {
  return (
    <View className='stats-tile'>
      <Text className='stats-tile__value'>{String(value)}</Text>
      <Text className='stats-tile__label'>{label}</Text>
    </View>
  )
}

function StatsView({ stats }: { stats: Stats }) {
  return (
    <View>
      <View className='stats-tiles'>
        <Tile label='注册企业' value={stats.employers.total} />
        <Tile label='已认证企业' value={stats.employers.verified} />
        <Tile label='岗位总数' value={stats.jobs.total} />
        <Tile label='在招岗位' value={stats.jobs.live} />
      </View>
      <Text className='muted stats-asof'>{`统计截至${formatDateOf(stats.asOf)}，已过有效期的岗位计为「已过期」`}</Text>
      <Text className='section-title'>企业</Text>
      <Chart title='认证状态' buckets={stats.employers.byStatus} unit='家' />
      <Chart title='行业分布' note='已认证企业' buckets={stats.employers.byIndustry} unit='家' />
      <Chart title='城市分布' note='已认证企业' buckets={stats.employers.byCity} unit='家' />
      <Text className='section-title'>岗位</Text>
      <Chart title='岗位状态' buckets={stats.jobs.byState} unit='个' />
      <Chart title='行业分布' note='在招岗位（已发布且未过期）' buckets={stats.jobs.byIndustry} unit='个' />
      <Chart title='城市分布' note='在招岗位（已发布且未过期）' buckets={stats.jobs.byCity} unit='个' />
      <Text className='section-title'>{`求职投递 · 累计 ${stats.applications.total} 份`}</Text>
      <DailyChart title='每日投递' note='近14天（北京时间，按日），含此后注销账号的求职者的投递' days={stats.applications.byDay.slice(-14)} unit='份' />
      <FairCharts fairs={stats.fairs} />
    </View>
  )
}

export default function StatsPage() {
  const { pageClass } = useCareMode()
  const remote = useRemote(() => adminApi.stats(), 'stats')
  useReloadOnShow(remote.reload)
  return (
    <View className={pageClass}>
      <AsyncView remote={remote}>{(stats) => <StatsView stats={stats} />}</AsyncView>
    </View>
  )
}
