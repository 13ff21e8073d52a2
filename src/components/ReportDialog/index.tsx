import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { REPORT_REASONS as REASONS, reportReasonLabels } from '../../../cloudfunctions/_shared/catalog/seekers'
import type { ReportReason } from '../../services/jobs'
import './index.css'

/** What each reason means, for the seeker choosing one. */
const REPORT_HINTS: Readonly<Record<ReportReason, string>> = {
  fraud: '以招聘为名收取押金、培训费、服装费，或岗位并不存在',
  discrimination: '限定性别、民族、户籍、婚育状况等',
  'wrong-info': '薪资、地点、工作内容与实际不符',
}

const REPORT_REASONS = REASONS.map((value) => ({ value, label: reportReasonLabels[value], hint: REPORT_HINTS[value] }))

interface ReportDialogProps {
  jobTitle: string
  /** Sends the report; a thrown error's message is shown in the dialog. */
  onSubmit: (reason: ReportReason, note: string) => Promise<void>
  onClose: () => void
}

/** 举报岗位: why (fraud or fees, discrimination, wrong information) and what happened, to the bureau. */
export function ReportDialog({ jobTitle, onSubmit, onClose }: ReportDialogProps) {
  const [reason, setReason] = useState<ReportReason | undefined>()
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (!reason) {
      setError('请选择举报原因')
      return
    }
    setBusy(true)
    try {
      await onSubmit(reason, note.trim())
    } catch (e) {
      setError(e instanceof Error ? e.message : '提交失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='report-dialog'>
      <View className='report-dialog__mask' onClick={onClose} />
      <View className='report-dialog__panel'>
        <Text className='report-dialog__title'>举报岗位</Text>
        <Text className='report-dialog__sub'>{`「${jobTitle}」将提交人社部门核实，举报人信息不会告知企业。`}</Text>
        {REPORT_REASONS.map((r) => (
          <View
            key={r.value}
            className={`report-dialog__reason ${reason === r.value ? 'report-dialog__reason--active' : ''}`}
            data-reason={r.value}
            onClick={() => {
              setReason(r.value)
              setError('')
            }}
          >
            <Text className='report-dialog__reason-label'>{r.label}</Text>
            <Text className='report-dialog__reason-hint'>{r.hint}</Text>
          </View>
        ))}
        <Textarea
          className='report-dialog__note'
          value={note}
          maxlength={200}
          placeholder='补充说明（选填）：如对方要求交纳的费用、时间地点'
          onInput={(e) => setNote(e.detail.value)}
        />
        {error ? <Text className='report-dialog__error'>{error}</Text> : null}
        <View className='report-dialog__buttons'>
          <Button className='report-dialog__btn report-dialog__btn--plain' disabled={busy} onClick={onClose}>
            取消
          </Button>
          <Button className='report-dialog__btn btn-primary' disabled={busy} loading={busy} onClick={() => void submit()}>
            提交举报
          </Button>
        </View>
      </View>
    </View>
  )
}
