import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import type { QueueReport } from '../../../services/admin'
import { formatDateOf, formatPay } from '../../../utils/jobs'
import { useReviewDecision } from './useReviewDecision'
import { cardKey, ChangedNotice, type CardActions } from './card'
import './reports.css'

/** 下架岗位 (needs a reason: the firm reads it) or 不予采纳 for one report. */
function ReportDecision({ report, actions }: { report: QueueReport; actions: CardActions }) {
  const [mode, setMode] = useState<'none' | 'approve' | 'reject'>('none')
  const { reason, setReason, error, busy, decide } = useReviewDecision({
    target: 'report',
    id: report.id,
    // The decision judges the reported posting as shown here.
    revision: report.job?.revision ?? 0,
    needsReason: 'approve',
    missingReason: '请写明下架理由（至少2个字），企业将看到',
    done: { approve: '岗位已下架', reject: '已不予采纳' },
    onDone: actions.onDone,
    onChanged: (message) => actions.onChanged(cardKey('report', report.id), message),
  })
  return (
    <View className='decision'>
      {mode !== 'none' && (
        <Textarea
          className='decision__input'
          value={reason}
          maxlength={200}
          placeholder={mode === 'approve' ? '下架理由，企业可见（如：经核实，面试时向求职者收取服装费）' : '不予采纳的说明（选填）'}
          onInput={(e) => setReason(e.detail.value)}
        />
      )}
      {error && <Text className='decision__error'>{error}</Text>}
      <View className='decision__buttons'>
        {mode === 'none' ? (
          <>
            <Button size='mini' className='decision__btn decision__btn--plain' disabled={busy} onClick={() => setMode('reject')}>
              不予采纳
            </Button>
            <Button size='mini' className='decision__btn btn-primary' disabled={busy} onClick={() => setMode('approve')}>
              核实并下架
            </Button>
          </>
        ) : (
          <>
            <Button size='mini' className='decision__btn decision__btn--plain' disabled={busy} onClick={() => setMode('none')}>
              取消
            </Button>
            <Button size='mini' className={`decision__btn ${mode === 'approve' ? 'decision__btn--reject' : 'btn-primary'}`} disabled={busy} onClick={() => void decide(mode)}>
              {mode === 'approve' ? '确认下架岗位' : '确认不予采纳'}
            </Button>
          </>
        )}
      </View>
    </View>
  )
}

/** The reports tab of the review queue: what was reported, why, and the posting as it is now. */
export function ReportList({ reports, actions }: { reports: QueueReport[]; actions: CardActions }) {
  if (!reports.length) return <Text className='muted queue-empty'>没有待处理的举报</Text>
  return (
    <>
      {reports.map((r) => (
        <View key={r.id} className='card queue-item report-item' data-report={r.id}>
          <ChangedNotice message={actions.notices[cardKey('report', r.id)]} />
          <View className='queue-item__head'>
            <Text className='queue-item__title'>{r.jobTitle}</Text>
            <Text className='report-item__reason'>{r.reasonLabel}</Text>
          </View>
          <View className='queue-row'>
            <Text className='queue-row__label'>招聘单位</Text>
            <Text className='queue-row__value'>{r.employerName}</Text>
          </View>
          {r.job && (
            <View className='queue-row'>
              <Text className='queue-row__label'>岗位</Text>
              <Text className='queue-row__value'>{`${r.job.stateLabel} · ${formatPay(r.job.pay)} · ${r.job.location.city}${r.job.location.district}`}</Text>
            </View>
          )}
          <View className='queue-row'>
            <Text className='queue-row__label'>举报时间</Text>
            <Text className='queue-row__value'>{`${formatDateOf(r.createdAt)}${r.sameJob > 1 ? `（该岗位共 ${r.sameJob} 条举报）` : ''}`}</Text>
          </View>
          {r.note ? <Text className='queue-item__text'>{r.note}</Text> : <Text className='muted report-item__none'>举报人未补充说明</Text>}
          {r.job && (
            <>
              <Text className='queue-item__text-label'>岗位职责</Text>
              <Text className='queue-item__text'>{r.job.duties}</Text>
            </>
          )}
          <ReportDecision report={r} actions={actions} />
        </View>
      ))}
    </>
  )
}
