import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/AsyncView'
import { BarChart } from '../../../components/BarChart'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { adminApi, type Bucket, type Stats } from '../../../services/admin'
import { formatDateOf } from '../../../utils/jobs'
import './index.css'

const count = (n: number) => `${n}`

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
      <Chart title='每日投递' note='近14天（北京时间），含此后注销账号的求职者的投递' buckets={stats.applications.byDay.slice(-14)} unit='份' />
    </View>
  )
}

export default function StatsPage() {
  const remote = useRemote(() => adminApi.stats(), 'stats')
  useReloadOnShow(remote.reload)
  return (
    <View className='page'>
      <AsyncView remote={remote}>{(stats) => <StatsView stats={stats} />}</AsyncView>
    </View>
  )
}
