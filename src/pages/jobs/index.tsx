import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { BackToTop } from '../../components/BackToTop'
import { FairsSection } from '../../components/FairsSection'
import { JobBoard } from '../../components/JobBoard'
import { useJobBoard } from '../../hooks/useJobBoard'
import { useCareMode } from '../../hooks/useCareMode'
import './index.css'

type Segment = 'jobs' | 'fairs'

const SEGMENTS: readonly { value: Segment; label: string }[] = [
  { value: 'jobs', label: '岗位' },
  { value: 'fairs', label: '招聘会' },
]

/**
 * 招聘: the postings (an endless list with pull-to-refresh) and the job fairs (measure 25) as two
 * segments, postings first. The segments and the board's search stay at the top while the list
 * scrolls; the fairs keep their filters and month once opened.
 */
export default function JobsPage() {
  const { pageClass } = useCareMode()
  const board = useJobBoard()
  const [segment, setSegment] = useState<Segment>('jobs')
  const [fairsOpened, setFairsOpened] = useState(false)
  const onJobs = segment === 'jobs'
  useReachBottom(() => onJobs && board.loadMore())
  usePullDownRefresh(() => {
    void (onJobs ? board.refresh() : Promise.resolve()).finally(() => Taro.stopPullDownRefresh())
  })
  const tabs = (
    <View className='jobs-tab__segments'>
      {SEGMENTS.map((s) => (
        <Text
          key={s.value}
          className={`jobs-tab__segment ${s.value === segment ? 'jobs-tab__segment--on' : ''}`}
          data-segment={s.value}
          onClick={() => {
            setSegment(s.value)
            setFairsOpened(fairsOpened || s.value === 'fairs')
          }}
        >
          {s.label}
        </Text>
      ))}
    </View>
  )
  return (
    <View className={`${pageClass} jobs-tab`}>
      {onJobs ? <JobBoard board={board} top={tabs} /> : <View className='jobs-tab__sticky'>{tabs}</View>}
      {fairsOpened && (
        <View className={onJobs ? 'jobs-tab__hidden' : ''}>
          <FairsSection />
        </View>
      )}
      <BackToTop />
    </View>
  )
}
