import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ApplicationBadge } from '../../../components/ApplicationBadge'
import { AsyncView } from '../../../components/AsyncView'
import { Timeline } from '../../../components/Timeline'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { applicationsApi, type ApplicationView } from '../../../services/applications'
import { CallError } from '../../../services/cloud'
import { jobDetailUrl } from '../../../services/jobs'
import { formatPay } from '../../../utils/jobs'
import { InterviewCard } from '../InterviewCard'
import './index.css'

function ApplicationCard({ a, onChanged, focused = false }: { a: ApplicationView; onChanged: () => void; focused?: boolean }) {
  const [busy, setBusy] = useState(false)
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({ title: '撤回投递', content: `撤回后企业将看不到您的手机号。确定撤回对「${a.job.title}」的投递？` })
    if (!confirm) return
    setBusy(true)
    try {
      await applicationsApi.withdraw(a.id)
      await Taro.showToast({ title: '已撤回', icon: 'success' })
      onChanged()
    } catch (e) {
      await Taro.showToast({ title: e instanceof CallError ? e.message : '撤回失败', icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className={`card app-card ${focused ? 'app-card--focus' : ''}`} data-application={a.id}>
      <View className='app-card__head' onClick={() => void Taro.navigateTo({ url: jobDetailUrl(a.jobId) })}>
        <View className='app-card__job'>
          <Text className='app-card__title'>{a.job.title}</Text>
          <Text className='app-card__firm'>
            {[a.job.employerName, a.job.pay && formatPay(a.job.pay), a.job.location && `${a.job.location.city}${a.job.location.district}`].filter(Boolean).join(' · ')}
          </Text>
        </View>
        <ApplicationBadge status={a.status} label={a.statusLabel} />
      </View>
      {a.job.state !== 'published' && <Text className='app-card__off'>{`岗位${a.job.stateLabel}`}</Text>}
      {a.interview && <InterviewCard a={a} interview={a.interview} onChanged={onChanged} />}
      <Timeline items={a.timeline} className='app-card__timeline' />
      {a.canWithdraw && (
        <View className='app-card__actions'>
          <Button size='mini' className='app-card__btn' disabled={busy} onClick={() => void withdraw()}>
            撤回投递
          </Button>
        </View>
      )}
    </View>
  )
}

export default function MyApplicationsPage() {
  // Opened from a message (消息 or a WeChat subscription message): that application stands out.
  const focus = useRouter().params.id
  const remote = useRemote(() => applicationsApi.mine(), 'my-applications')
  useReloadOnShow(remote.reload)
  return (
    <View className='page'>
      <AsyncView remote={remote} loadingText='正在加载投递记录…' signInPurpose='查看我的投递'>
        {({ applications, counts }) =>
          applications.length === 0 ? (
            <View className='app-empty'>
              <Text className='muted'>还没有投递记录</Text>
              <Button className='btn-primary app-empty__btn' size='mini' onClick={() => void Taro.switchTab({ url: '/pages/jobs/index' })}>
                去看看招聘岗位
              </Button>
            </View>
          ) : (
            <View>
              <Text className='section-title app-summary'>
                {`共 ${applications.length} 条 · 进行中 ${counts.submitted + counts.viewed + counts.interview} · 录用 ${counts.offer}`}
              </Text>
              {applications.map((a) => (
                <ApplicationCard key={a.id} a={a} onChanged={remote.reload} focused={a.id === focus} />
              ))}
            </View>
          )
        }
      </AsyncView>
    </View>
  )
}
