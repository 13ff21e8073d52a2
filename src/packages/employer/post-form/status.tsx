import { Text, View } from '@tarojs/components'
import { ReviewBadge } from '../../../components/ReviewBadge'
import type { JobView } from '../../../services/employer'

/** Above an existing posting's form: its review state, and why it was turned down. */
export function PostStatus({ job }: { job: JobView }) {
  return (
    <>
      <View className='post-form__status'>
        <Text className='post-form__status-label'>当前状态</Text>
        <ReviewBadge state={job.state} label={job.stateLabel} />
        {job.state === 'published' && <Text className='muted post-form__status-note'>修改后需重新审核，审核通过前不对外展示</Text>}
      </View>
      {job.state === 'rejected' && job.reviewReason && <Text className='post-form__rejected'>{`未通过原因：${job.reviewReason}`}</Text>}
    </>
  )
}
