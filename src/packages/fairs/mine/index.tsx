import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/AsyncView'
import { FairCard } from '../../../components/FairCard'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { fairsApi, type MyFairs } from '../../../services/fairs'
import { formatCheckInCode } from '../../../utils/fairs'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

function MineView({ mine }: { mine: MyFairs }) {
  if (mine.role === 'employer') {
    return (
      <>
        <Text className='section-title'>{`我的展位（${mine.bookings.length}）`}</Text>
        {mine.bookings.length === 0 && <Text className='card fair-mine-empty muted'>还没有预订展位。在「招聘」页选择招聘会即可预订。</Text>}
        {mine.bookings.map(({ fair, booking }) => (
          <FairCard key={fair.id} fair={fair} note={`${booking.boothNo}号展位 · ${booking.jobIds.length}个岗位`} />
        ))}
      </>
    )
  }
  return (
    <>
      <Text className='section-title'>{`我的报名（${mine.signups.length}）`}</Text>
      {mine.signups.length === 0 && <Text className='card fair-mine-empty muted'>还没有报名招聘会。在「招聘」页选择招聘会即可报名。</Text>}
      {mine.signups.map(({ fair, signup }) => (
        <FairCard
          key={fair.id}
          fair={fair}
          note={fair.mode !== 'onsite' ? '已报名 · 线上参会' : signup.checkedInAt ? '已签到' : `签到码 ${formatCheckInCode(signup.code)}`}
        />
      ))}
    </>
  )
}

/** The caller's booths (a firm) or sign-ups with check-in codes (a seeker). */
export default function MyFairsPage() {
  const { pageClass } = useCareMode()
  const remote = useRemote(() => fairsApi.mine(), 'mine')
  useReloadOnShow(remote.reload)
  return (
    <View className={pageClass}>
      <AsyncView remote={remote} signInPurpose='查看我的招聘会'>{(mine) => <MineView mine={mine} />}</AsyncView>
    </View>
  )
}
