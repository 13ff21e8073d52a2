import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { SignIn } from '../../../components/SignIn'
import { usePrivacyGate } from '../../../hooks/usePrivacyGate'
import type { Me } from '../../../services/account'
import { fairBookingsUrl, fairBookUrl, fairEditUrl, fairsApi, type FairDetail, type FairView } from '../../../services/fairs'
import { formatCheckInCode } from '../../../utils/fairs'
import { failed, toast } from './feedback'
import { myPart, type MyPart } from './my-part'

type Of<K extends MyPart['kind']> = Extract<MyPart, { kind: K }>

/** A write from this card: busy while it runs, then a toast and a fresh page, or the error. */
function useAction(reload: () => void) {
  const [busy, setBusy] = useState(false)
  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await work()
      toast(done)
      reload()
    } catch (error) {
      failed(error)
    } finally {
      setBusy(false)
    }
  }
  return { busy, act }
}

/** What the caller can do here, as decided by myPart. */
export function MyPartCard({ data, reload }: { data: FairDetail & { me: Me | null }; reload: () => void }) {
  const { fair, me } = data
  const part = myPart({ fair, me, mine: data.mine })
  switch (part.kind) {
    case 'manage':
      return <ManageCard fair={fair} />
    case 'booking':
      return <BookingCard fair={fair} part={part} reload={reload} />
    case 'book':
      return <BookCard fair={fair} part={part} />
    case 'pass':
      return <PassCard part={part} />
    case 'signup':
      return <SignupCard fair={fair} part={part} me={me} reload={reload} />
  }
}

function ManageCard({ fair }: { fair: FairView }) {
  return (
    <View className='card fair-mine'>
      <Text className='card__title'>招聘会管理</Text>
      <View className='fair-mine__actions'>
        <Button className='fair-mine__btn fair-mine__btn--plain' size='mini' onClick={() => void Taro.navigateTo({ url: fairEditUrl(fair.id) })}>
          编辑招聘会
        </Button>
        <Button className='fair-mine__btn btn-primary' size='mini' onClick={() => void Taro.navigateTo({ url: fairBookingsUrl(fair.id) })}>
          参会企业与报名
        </Button>
      </View>
    </View>
  )
}

function BookingCard({ fair, part, reload }: { fair: FairView; part: Of<'booking'>; reload: () => void }) {
  const { booking, canChange, canCancel } = part
  const { busy, act } = useAction(reload)
  const cancel = async () => {
    const { confirm } = await Taro.showModal({ title: '取消展位', content: `确定取消${booking.boothNo}号展位？取消后展位将释放给其他企业。`, confirmColor: '#c8102e' })
    if (confirm) await act(() => fairsApi.cancel(fair.id), '已取消展位')
  }
  return (
    <View className='card fair-mine fair-mine--booked'>
      <Text className='fair-mine__booth'>{`已预订 ${booking.boothNo} 号展位`}</Text>
      <Text className='muted'>{`带 ${booking.jobIds.length} 个岗位参会${canCancel ? '；招聘会开始前可以取消' : ''}`}</Text>
      {canChange && (
        <View className='fair-mine__actions'>
          <Button className='fair-mine__btn fair-mine__btn--plain' size='mini' disabled={busy} onClick={() => void Taro.navigateTo({ url: fairBookUrl(fair.id) })}>
            调整参会岗位
          </Button>
          {canCancel && (
            <Button className='fair-mine__btn fair-mine__btn--plain' size='mini' disabled={busy} onClick={() => void cancel()}>
              取消展位
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

function BookCard({ fair, part }: { fair: FairView; part: Of<'book'> }) {
  return (
    <View className='card fair-mine'>
      <Text className='card__title'>企业参会</Text>
      {part.refusal ? (
        <Text className='muted'>{part.refusal}</Text>
      ) : (
        <>
          <Text className='muted'>{`还剩 ${part.boothsLeft} 个展位，每家企业限订一个`}</Text>
          <Button className='btn-primary fair-mine__main' onClick={() => void Taro.navigateTo({ url: fairBookUrl(fair.id) })}>
            预订展位
          </Button>
        </>
      )}
    </View>
  )
}

function PassCard({ part }: { part: Of<'pass'> }) {
  const { signup, onsite, open } = part
  // An online fair has no door to check in at: no code, no visit to mark.
  if (!onsite) {
    return (
      <View className='card fair-mine fair-pass'>
        <Text className='fair-pass__label'>已报名</Text>
        <Text className='fair-pass__hint'>招聘会期间可在线投递参会岗位</Text>
        {open && <Text className='fair-pass__hint'>在下方企业处标记「感兴趣」，方便回头查看</Text>}
      </View>
    )
  }
  return (
    <View className='card fair-mine fair-pass'>
      <Text className='fair-pass__label'>我的签到码</Text>
      <Text className='fair-pass__code'>{formatCheckInCode(signup.code)}</Text>
      <Text className='fair-pass__hint'>{signup.checkedInAt ? '已签到，祝求职顺利！' : '到场后向工作人员出示签到码'}</Text>
      {open && <Text className='fair-pass__hint'>在下方企业处标记「感兴趣」，到场后标记「已到访」</Text>}
    </View>
  )
}

function SignupCard({ fair, part, me, reload }: { fair: FairView; part: Of<'signup'>; me: Me | null; reload: () => void }) {
  const { busy, act } = useAction(reload)
  const privacy = usePrivacyGate('报名招聘会')
  const signup = async () => {
    if (await privacy.ensure()) await act(() => fairsApi.signup(fair.id), '报名成功')
    else toast('需同意隐私保护指引后才能报名')
  }
  return (
    <View className='card fair-mine'>
      <Text className='card__title'>求职者报名</Text>
      {part.state === 'ended' ? (
        <Text className='muted'>招聘会已结束</Text>
      ) : part.state === 'sign-in' ? (
        <SignIn purpose={part.onsite ? '报名并获取签到码' : '报名参会'} identities={me?.devIdentities} onSignedIn={reload} />
      ) : (
        <>
          <Text className='muted'>{part.onsite ? '报名后获得签到码，到场出示即可入场' : '报名后可在招聘会期间在线投递参会岗位'}</Text>
          <Button className='btn-primary fair-mine__main' disabled={busy} onClick={() => void signup()}>
            报名参会
          </Button>
          {privacy.dialog}
        </>
      )}
    </View>
  )
}
