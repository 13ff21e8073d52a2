import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { HiringHint } from '../../../components/HiringHint'
import { ReviewBadge } from '../../../components/ReviewBadge'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { employerApi, type JobState, type JobView, type MyJobs } from '../../../services/employer'
import { JOB_STATES, jobStateLabels } from '../../../../cloudfunctions/_shared/catalog/firms'
import { pipelineUrl } from '../../../services/applications'
import { formatDateOf, formatPay } from '../../../utils/jobs'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

/** Sections in the order a firm acts on them: what needs fixing first. */
const SECTION_ORDER: readonly JobState[] = ['rejected', 'draft', 'pending', 'published', 'expired', 'closed']

const editUrl = (id: string) => `/packages/employer/post-form/index?id=${id}`

function dates(job: JobView): string {
  if (job.state === 'published' && job.validUntil) return `有效期至${formatDateOf(job.validUntil)}`
  if (job.state === 'expired' && job.validUntil) return `已于${formatDateOf(job.validUntil)}到期`
  if (job.state === 'pending' && job.submittedAt) return `${formatDateOf(job.submittedAt)}提交审核`
  if (job.state === 'closed' && job.closedAt) return `${formatDateOf(job.closedAt)}关闭`
  return `${formatDateOf(job.updatedAt)}更新 · 有效期${job.validDays}天`
}

function PostingCard({ job, canSubmit, onChanged }: { job: JobView; canSubmit: boolean; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)
  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await work()
      await Taro.showToast({ title: done, icon: 'success' })
      onChanged()
    } catch (error) {
      // A stopped submission is explained in full on the form.
      if (error instanceof CallError && error.code === 'INVALID_INPUT') Taro.navigateTo({ url: editUrl(job.id) })
      else await Taro.showToast({ title: error instanceof CallError ? error.message : '操作失败', icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const close = async () => {
    const { confirm } = await Taro.showModal({ title: '关闭岗位', content: `关闭后「${job.title}」将不再展示，且不能重新打开。确定关闭？`, confirmColor: '#c8102e' })
    if (confirm) await act(() => employerApi.close(job.id), '已关闭')
  }
  const editable = job.state !== 'closed' && job.state !== 'expired'
  return (
    <View className='card posting' data-job={job.id}>
      <View className='posting__head'>
        <Text className='posting__title'>{job.title}</Text>
        <ReviewBadge state={job.state} label={job.stateLabel} />
      </View>
      <Text className='posting__line'>{`${job.headcount}人 · ${formatPay(job.pay)} · ${job.location.city}${job.location.district}`}</Text>
      <Text className='posting__line'>{`${job.requirements.educationLabel} · ${job.requirements.experienceLabel}`}</Text>
      <Text className='posting__date'>{dates(job)}</Text>
      {job.reviewReason && (job.state === 'rejected' || job.state === 'draft') && (
        <Text className='posting__reason'>{`${job.state === 'rejected' ? '未通过原因' : '上次审核意见'}：${job.reviewReason}`}</Text>
      )}
      {job.reviewReason && job.state === 'closed' && <Text className='posting__reason'>{`人社部门意见：${job.reviewReason}`}</Text>}
      <HiringHint hint={job.measure21} compact />
      <View className='posting__actions'>
        {job.publishedAt && (
          <Button size='mini' className='posting__btn btn-primary' onClick={() => void Taro.navigateTo({ url: pipelineUrl(job.id) })}>
            查看投递
          </Button>
        )}
        {editable && (
          <Button size='mini' className='posting__btn posting__btn--plain' disabled={busy} onClick={() => void Taro.navigateTo({ url: editUrl(job.id) })}>
            编辑
          </Button>
        )}
        {(job.state === 'draft' || job.state === 'rejected') && canSubmit && (
          <Button size='mini' className='posting__btn btn-primary' disabled={busy} onClick={() => void act(() => employerApi.update(job.id, { submit: true }), '已提交审核')}>
            提交审核
          </Button>
        )}
        {job.state !== 'closed' && (
          <Button size='mini' className='posting__btn posting__btn--plain' disabled={busy} onClick={() => void close()}>
            关闭
          </Button>
        )}
      </View>
    </View>
  )
}

function Postings({ data, filter, onFilter, reload }: { data: MyJobs; filter: JobState | null; onFilter: (s: JobState | null) => void; reload: () => void }) {
  const total = JOB_STATES.reduce((n, s) => n + data.counts[s], 0)
  const sections = SECTION_ORDER.filter((s) => (filter ? s === filter : true))
    .map((state) => ({ state, jobs: data.jobs.filter((j) => j.state === state) }))
    .filter((s) => s.jobs.length > 0)
  return (
    <View>
      <View className='postings__filters'>
        <View className={`chip ${filter === null ? 'chip--active' : ''}`} onClick={() => onFilter(null)}>
          {`全部 ${total}`}
        </View>
        {JOB_STATES.map((state) => (
          <View key={state} className={`chip ${filter === state ? 'chip--active' : ''}`} onClick={() => onFilter(state)}>
            {`${jobStateLabels[state]} ${data.counts[state]}`}
          </View>
        ))}
      </View>
      {!data.canSubmit && <Text className='postings__note'>{`企业资料${data.employer.statusLabel}：认证通过前，岗位只能保存为草稿`}</Text>}
      {sections.length === 0 && <Text className='muted postings__empty'>{filter ? `没有${jobStateLabels[filter]}的岗位` : '还没有岗位，点击下方按钮发布第一个岗位'}</Text>}
      {sections.map(({ state, jobs }) => (
        <View key={state} className={`postings__section postings__section--${state}`}>
          <Text className='section-title'>{`${jobStateLabels[state]} · ${data.counts[state]}`}</Text>
          {jobs.map((job) => (
            <PostingCard key={job.id} job={job} canSubmit={data.canSubmit} onChanged={reload} />
          ))}
        </View>
      ))}
      <Button className='btn-primary postings__new' onClick={() => void Taro.navigateTo({ url: '/packages/employer/post-form/index' })}>
        发布新岗位
      </Button>
    </View>
  )
}

export default function PostingsPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const initial = JOB_STATES.includes(params.state as JobState) ? (params.state as JobState) : null
  const [filter, setFilter] = useState<JobState | null>(initial)
  const remote = useRemote(() => employerApi.mine(), 'postings')
  useReloadOnShow(remote.reload)
  return (
    <View className={pageClass}>
      <AsyncView remote={remote}>{(data) => <Postings data={data} filter={filter} onFilter={setFilter} reload={remote.reload} />}</AsyncView>
    </View>
  )
}
