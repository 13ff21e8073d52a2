import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { FairsSection } from '../../components/FairsSection'
import { JobBoard } from '../../components/JobBoard'
import { useJobBoard } from '../../hooks/useJobBoard'
import { useCareMode } from '../../hooks/useCareMode'

/** 招聘: job fairs first (measure 25), then the postings, an endless list with pull-to-refresh. */
export default function JobsPage() {
  const { pageClass } = useCareMode()
  const board = useJobBoard()
  useReachBottom(board.loadMore)
  usePullDownRefresh(() => {
    void board.refresh().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <View className={pageClass}>
      <FairsSection />
      <JobBoard board={board} />
    </View>
  )
}
