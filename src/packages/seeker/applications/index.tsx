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
import { useCareMode } from '../../../hooks/useCareMode'
import { shownIn, tabsWithCounts, type ApplicationTab } from './tabs'
import { InterviewCard } from '../InterviewCard'
import './index.css'

function ApplicationCard({ a, onChanged, focused = false }: { a: ApplicationView; onChanged: () => void; focused?: boolean }) {
  const [busy, setBusy] = useState(false)
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({ title: '撤回投递', content: `撤回后企业将看不到您的手机号。确定撤回对「${a.job.title}」的投递？`, confirmColor: '#c8102e' })
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
      {a.status === 'withdrawn' && a.job.state === 'published' && (
        <View className='app-card__actions'>
          {/* The posting's page sends it again, asking what applying asks (privacy, WeChat's updates). */}
          <Button size='mini' className='app-card__btn' onClick={() => void Taro.navigateTo({ url: jobDetailUrl(a.jobId) })}>
            重新投递
          </Button>
        </View>
      )}
    </View>
  )
}

export default function MyApplicationsPage() {
  const { pageClass } = useCareMode()
  // Opened from a message (消息 or a WeChat subscription message): that application stands out.
  const focus = useRouter().params.id
  const remote = useRemote(() => applicationsApi.mine(), 'my-applications')
  const [tab, setTab] = useState<ApplicationTab>('all')
  useReloadOnShow(remote.reload)
  return (
    <View className={pageClass}>
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
              <View className='app-tabs'>
                {tabsWithCounts(counts).map((t) => (
                  <Text key={t.key} className={`app-tabs__tab ${t.key === tab ? 'app-tabs__tab--on' : ''}`} data-tab={t.key} onClick={() => setTab(t.key)}>
                    {`${t.label} ${t.count}`}
                  </Text>
                ))}
              </View>
              {applications.some((a) => shownIn(tab, a.status)) ? (
                applications.filter((a) => shownIn(tab, a.status)).map((a) => <ApplicationCard key={a.id} a={a} onChanged={remote.reload} focused={a.id === focus} />)
              ) : (
                <Text className='muted app-tabs__none'>这里还没有投递</Text>
              )}
            </View>
          )
        }
      </AsyncView>
    </View>
  )
}
