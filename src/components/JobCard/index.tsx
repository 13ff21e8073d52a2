import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { jobDetailUrl, type BoardJob } from '../../services/jobs'
import { publishedAgo } from '../../utils/board'
import { formatPay } from '../../utils/jobs'
import './index.css'

interface JobCardProps {
  job: BoardJob
  /** Extra line at the foot, e.g. 已收藏 or the posting's state. */
  note?: string
  now?: Date
  onOpen?: (id: string) => void
}

const openDetail = (id: string) => void Taro.navigateTo({ url: jobDetailUrl(id) })

/** One posting in a list: title and pay, where, what it asks, the firm, when it was published. */
export function JobCard({ job, note, now, onOpen = openDetail }: JobCardProps) {
  const live = job.state === 'published'
  return (
    <View className={`job-card ${live ? '' : 'job-card--off'}`} data-job={job.id} onClick={() => onOpen(job.id)}>
      <View className='job-card__head'>
        <Text className='job-card__title'>{job.title}</Text>
        <Text className='job-card__pay'>{formatPay(job.pay)}</Text>
      </View>
      <View className='job-card__tags'>
        <Text className='job-card__tag'>{`${job.location.city}·${job.location.district}`}</Text>
        <Text className='job-card__tag'>{job.requirements.educationLabel}</Text>
        <Text className='job-card__tag'>{job.requirements.experienceLabel}</Text>
        <Text className='job-card__tag'>{`招${job.headcount}人`}</Text>
      </View>
      {job.benefits ? <Text className='job-card__benefits'>{job.benefits}</Text> : null}
      <View className='job-card__foot'>
        <Text className='job-card__firm'>{`${job.employerName} · ${job.industryLabel}`}</Text>
        <Text className={`job-card__date ${live ? '' : 'job-card__date--off'}`}>{note ?? (live ? publishedAgo(job.publishedAt, now) : job.stateLabel)}</Text>
      </View>
    </View>
  )
}
