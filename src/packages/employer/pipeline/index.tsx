import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ApplicationBadge } from '../../../components/ApplicationBadge'
import { AsyncView } from '../../../components/AsyncView'
import { ReviewBadge } from '../../../components/ReviewBadge'
import { Timeline } from '../../../components/Timeline'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { applicationsApi, firmActionLabels, type ApplicationStatus, type ApplicationView, type FirmStatus, type InterviewInvitation, type Pipeline } from '../../../services/applications'
import { APPLICATION_STATUSES, applicationStatusLabels } from '../../../../cloudfunctions/_shared/catalog/seekers'
import { CallError } from '../../../services/cloud'
import { formatDateTime } from '../../../utils/board'
import { formatPay } from '../../../utils/jobs'
import { useCareMode } from '../../../hooks/useCareMode'
import { InviteForm } from './invite-form'
import './index.css'

const toast = (title: string, icon: 'success' | 'none' = 'none') => void Taro.showToast({ title, icon })
const DONE: Readonly<Record<FirmStatus, string>> = { viewed: '已标记为已查看', interview: '已发出面试邀请', offer: '已录用', rejected: '已标记为不合适' }

/** One applicant: who, how to reach them (in full: they applied to this firm), what they wrote, and the next moves. */
function Applicant({ a, onChanged }: { a: ApplicationView; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)
  const [inviting, setInviting] = useState(false)
  const move = async (status: FirmStatus, invitation?: InterviewInvitation) => {
    if (status === 'rejected' || status === 'offer') {
      const { confirm } = await Taro.showModal({
        title: applicationStatusLabels[status],
        content: status === 'offer' ? `确定录用${a.seeker.name}？求职者会在投递记录中看到。` : `确定将${a.seeker.name}标记为不合适？此操作不可撤销。`,
        confirmColor: '#c8102e',
      })
      if (!confirm) return
    }
    setBusy(true)
    try {
      await (invitation ? applicationsApi.invite(a.id, invitation) : applicationsApi.setStatus(a.id, status))
      toast(DONE[status], 'success')
      setInviting(false)
      onChanged()
    } catch (e) {
      toast(e instanceof CallError ? e.message : '操作失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  const actions = a.nextStatuses ?? []
  return (
    <View className='card applicant' data-application={a.id}>
      <View className='applicant__head'>
        <Text className='applicant__name'>{a.seeker.name}</Text>
        <ApplicationBadge status={a.status} label={a.statusLabel} />
      </View>
      <Text className='applicant__line'>{`${a.seeker.educationLabel} · ${a.seeker.experienceLabel} · ${formatDateTime(a.createdAt)}投递`}</Text>
      <View className='applicant__phone-row'>
        <Text className='applicant__phone'>{a.seeker.phone}</Text>
        {a.status !== 'withdrawn' && (
          <Text className='link applicant__call' onClick={() => void Taro.makePhoneCall({ phoneNumber: a.seeker.phone }).catch(() => undefined)}>
            拨打
          </Text>
        )}
      </View>
      {a.seeker.intro ? <Text className='applicant__intro'>{a.seeker.intro}</Text> : null}
      {a.interview && (
        <View className='applicant__interview' data-interview={a.id}>
          <Text>{`面试：${formatDateTime(a.interview.startAt)} · ${a.interview.place}`}</Text>
          <Text className={`applicant__answer applicant__answer--${a.interview.answer?.answer ?? 'none'}`}>
            {a.interview.answer ? `${a.interview.answer.label}${a.interview.answer.note ? `：${a.interview.answer.note}` : ''}` : '等待求职者确认'}
          </Text>
        </View>
      )}
      <Timeline items={a.timeline} className='applicant__timeline' />
      {inviting ? (
        <InviteForm busy={busy} onCancel={() => setInviting(false)} onSend={(invitation) => void move('interview', invitation)} />
      ) : (
        actions.length > 0 && (
          <View className='applicant__actions'>
            {actions.map((status) => (
              <Button
                key={status}
                size='mini'
                className={`applicant__btn ${status === 'interview' || status === 'offer' ? 'btn-primary' : 'applicant__btn--plain'}`}
                data-move={status}
                disabled={busy}
                onClick={() => (status === 'interview' ? setInviting(true) : void move(status))}
              >
                {firmActionLabels[status]}
              </Button>
            ))}
          </View>
        )
      )}
    </View>
  )
}

function PipelineView({ data, filter, onFilter, reload }: { data: Pipeline; filter: ApplicationStatus | null; onFilter: (s: ApplicationStatus | null) => void; reload: () => void }) {
  const shown = filter ? data.applications.filter((a) => a.status === filter) : data.applications
  return (
    <View>
      <View className='card pipeline-head'>
        <View className='pipeline-head__row'>
          <Text className='pipeline-head__title'>{data.job.title}</Text>
          <ReviewBadge state={data.job.state} label={data.job.stateLabel} />
        </View>
        <Text className='pipeline-head__line'>{`招${data.job.headcount}人 · ${formatPay(data.job.pay)}`}</Text>
        <Text className='pipeline-head__line'>{`累计收到 ${data.received} 份投递（含已注销账号的求职者）`}</Text>
      </View>
      <View className='pipeline-filters'>
        <View className={`chip ${filter === null ? 'chip--active' : ''}`} onClick={() => onFilter(null)}>
          {`全部 ${data.applications.length}`}
        </View>
        {APPLICATION_STATUSES.map((s) => (
          <View key={s} className={`chip ${filter === s ? 'chip--active' : ''}`} data-status={s} onClick={() => onFilter(s)}>
            {`${applicationStatusLabels[s]} ${data.counts[s]}`}
          </View>
        ))}
      </View>
      {shown.length === 0 ? (
        <Text className='muted pipeline-empty'>{filter ? `没有「${applicationStatusLabels[filter]}」的投递` : '还没有求职者投递这个岗位'}</Text>
      ) : (
        shown.map((a) => <Applicant key={a.id} a={a} onChanged={reload} />)
      )}
    </View>
  )
}

export default function PipelinePage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const jobId = params.jobId ?? ''
  const [filter, setFilter] = useState<ApplicationStatus | null>(null)
  const remote = useRemote(() => applicationsApi.forJob(jobId), `pipeline-${jobId}`)
  useReloadOnShow(remote.reload)
  return (
    <View className={pageClass}>
      <AsyncView remote={remote} loadingText='正在加载投递…'>
        {(data) => <PipelineView data={data} filter={filter} onFilter={setFilter} reload={remote.reload} />}
      </AsyncView>
    </View>
  )
}
