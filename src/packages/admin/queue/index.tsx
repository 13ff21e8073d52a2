import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { AsyncView } from '../../../components/AsyncView'
import { HiringHint } from '../../../components/HiringHint'
import { ReviewBadge } from '../../../components/ReviewBadge'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { adminApi, type CodeClaim, type Queue, type QueueEmployer, type QueueJob, type ReviewTarget } from '../../../services/admin'
import { formatDateOf, formatPay, formatWan } from '../../../utils/jobs'
import { ReportList } from './reports'
import { cardKey, ChangedNotice, type CardActions } from './card'
import { useReviewDecision } from './useReviewDecision'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

const WECHAT_NOTES: Record<string, string> = {
  pass: '微信内容安全检测：通过',
  review: '微信内容安全检测：建议人工复核',
  unavailable: '微信内容安全检测：未能完成，请人工复核',
  skipped: '本地合规检查通过（本地环境未调用微信内容安全检测）',
}

/** 通过 / 驳回 with a reason: the reason box opens on 驳回 and is required. */
function Decision({ target, id, revision, actions }: { target: ReviewTarget; id: string; revision: number; actions: CardActions }) {
  const [rejecting, setRejecting] = useState(false)
  const { reason, setReason, error, busy, decide } = useReviewDecision({
    target,
    id,
    revision,
    needsReason: 'reject',
    missingReason: '请写明驳回理由（至少2个字），企业将据此修改',
    done: { approve: '已通过', reject: '已驳回' },
    onDone: actions.onDone,
    onChanged: (message) => actions.onChanged(cardKey(target, id), message),
  })
  return (
    <View className='decision'>
      {rejecting && (
        <View className='decision__reason'>
          <Textarea
            className='decision__input'
            value={reason}
            maxlength={200}
            placeholder='驳回理由，企业可见（如：岗位职责描述不清，请补充具体工作内容）'
            onInput={(e) => setReason(e.detail.value)}
          />
        </View>
      )}
      {error && <Text className='decision__error'>{error}</Text>}
      <View className='decision__buttons'>
        {rejecting ? (
          <>
            <Button
              size='mini'
              className='decision__btn decision__btn--plain'
              disabled={busy}
              onClick={() => {
                // A reason typed and then cancelled is not sent with an approval.
                setRejecting(false)
                setReason('')
              }}
            >
              取消
            </Button>
            <Button size='mini' className='decision__btn decision__btn--reject' disabled={busy} onClick={() => void decide('reject')}>
              确认驳回
            </Button>
          </>
        ) : (
          <>
            <Button size='mini' className='decision__btn decision__btn--plain' disabled={busy} onClick={() => setRejecting(true)}>
              驳回
            </Button>
            <Button size='mini' className='decision__btn btn-primary' disabled={busy} onClick={() => void decide('approve')}>
              通过
            </Button>
          </>
        )}
      </View>
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='queue-row'>
      <Text className='queue-row__label'>{label}</Text>
      <Text className='queue-row__value'>{value}</Text>
    </View>
  )
}

/** Other profiles with the same credit code: the bureau verifies the one the code belongs to. */
function CodeClaims({ claims }: { claims: CodeClaim[] }) {
  if (!claims.length) return null
  const verified = claims.find((c) => c.status === 'verified')
  return (
    <View className='queue-claims'>
      <Text className='queue-claims__title'>{`该信用代码另有 ${claims.length} 家企业申请或已认证`}</Text>
      {claims.map((c) => (
        <Text key={c.id} className='queue-claims__item'>{`${c.name}（${c.statusLabel}，${formatDateOf(c.submittedAt)}提交）`}</Text>
      ))}
      <Text className='queue-claims__advice'>
        {verified
          ? `已有企业「${verified.name}」以该代码通过认证，本申请不能通过，请核实后驳回。`
          : '请核实哪一家是该代码的持有企业：通过其中一家后，其余申请不能再通过。'}
      </Text>
    </View>
  )
}

function EmployerItem({ employer, actions }: { employer: QueueEmployer; actions: CardActions }) {
  return (
    <View className='card queue-item' data-employer={employer.id}>
      <ChangedNotice message={actions.notices[cardKey('employer', employer.id)]} />
      <View className='queue-item__head'>
        <Text className='queue-item__title'>{employer.name}</Text>
        <ReviewBadge state={employer.status} label={employer.statusLabel} />
      </View>
      <Row label='信用代码' value={employer.creditCode} />
      <CodeClaims claims={employer.codeClaims} />
      <Row label='企业性质' value={employer.ownershipLabel} />
      <Row label='行业' value={employer.industryLabel} />
      <Row label='规模' value={`${employer.employees}人 · 营收${formatWan(employer.revenue ?? 0)} · 资产${formatWan(employer.totalAssets ?? 0)}`} />
      <Row label='地址' value={`${employer.city}${employer.district}${employer.address}`} />
      <Row label='联系人' value={`${employer.contactName} ${employer.contactPhone}`} />
      <Row label='提交时间' value={formatDateOf(employer.submittedAt)} />
      {employer.reviewReason && <Row label='上次意见' value={employer.reviewReason} />}
      <Decision target='employer' id={employer.id} revision={employer.revision} actions={actions} />
    </View>
  )
}

function JobItem({ job, actions }: { job: QueueJob; actions: CardActions }) {
  return (
    <View className='card queue-item' data-job={job.id}>
      <ChangedNotice message={actions.notices[cardKey('job', job.id)]} />
      <View className='queue-item__head'>
        <Text className='queue-item__title'>{job.title}</Text>
        <ReviewBadge state={job.state} label={job.stateLabel} />
      </View>
      <Row label='招聘单位' value={`${job.employerName}${job.employer ? `（${job.employer.statusLabel}）` : ''}`} />
      <Row label='人数/月薪' value={`${job.headcount}人 · ${formatPay(job.pay)}`} />
      <Row label='要求' value={`${job.requirements.educationLabel} · ${job.requirements.experienceLabel}`} />
      <Row label='地点' value={`${job.location.city}${job.location.district}${job.location.address}`} />
      <Row label='有效期' value={`${job.validDays}天`} />
      <Text className='queue-item__text-label'>岗位职责</Text>
      <Text className='queue-item__text'>{job.duties}</Text>
      {job.requirements.other && (
        <>
          <Text className='queue-item__text-label'>其他要求</Text>
          <Text className='queue-item__text'>{job.requirements.other}</Text>
        </>
      )}
      {job.benefits && <Row label='福利' value={job.benefits} />}
      {job.compliance && (
        <Text className={`queue-item__check queue-item__check--${job.compliance.wechat}`}>{WECHAT_NOTES[job.compliance.wechat]}</Text>
      )}
      <HiringHint hint={job.measure21} compact />
      <Decision target='job' id={job.id} revision={job.revision} actions={actions} />
    </View>
  )
}

function QueueView({ queue, actions }: { queue: Queue; actions: CardActions }) {
  const [tab, setTab] = useState<ReviewTarget>(queue.counts.employers === 0 && queue.counts.jobs > 0 ? 'job' : 'employer')
  return (
    <View>
      <View className='queue-tabs'>
        <View className={`queue-tab ${tab === 'employer' ? 'queue-tab--active' : ''}`} onClick={() => setTab('employer')}>
          {`企业认证 ${queue.counts.employers}`}
        </View>
        <View className={`queue-tab ${tab === 'job' ? 'queue-tab--active' : ''}`} onClick={() => setTab('job')}>
          {`岗位审核 ${queue.counts.jobs}`}
        </View>
        <View className={`queue-tab ${tab === 'report' ? 'queue-tab--active' : ''}`} onClick={() => setTab('report')}>
          {`举报 ${queue.counts.reports}`}
        </View>
      </View>
      {tab === 'employer' &&
        (queue.employers.length ? (
          queue.employers.map((e) => <EmployerItem key={e.id} employer={e} actions={actions} />)
        ) : (
          <Text className='muted queue-empty'>没有待审核的企业</Text>
        ))}
      {tab === 'job' &&
        (queue.jobs.length ? queue.jobs.map((j) => <JobItem key={j.id} job={j} actions={actions} />) : <Text className='muted queue-empty'>没有待审核的岗位</Text>)}
      {tab === 'report' && <ReportList reports={queue.reports} actions={actions} />}
    </View>
  )
}

export default function QueuePage() {
  const { pageClass } = useCareMode()
  const remote = useRemote(() => adminApi.queue(), 'queue')
  useReloadOnShow(remote.reload)
  const [notices, setNotices] = useState<Record<string, string>>({})
  const actions: CardActions = {
    onDone: remote.reload,
    onChanged: (key, message) => {
      setNotices((shown) => ({ ...shown, [key]: message }))
      remote.reload()
    },
    notices,
  }
  return (
    <View className={pageClass}>
      <AsyncView remote={remote}>{(queue) => <QueueView queue={queue} actions={actions} />}</AsyncView>
    </View>
  )
}
