import { useState } from 'react'
import Taro from '@tarojs/taro'
import { adminApi, type ReviewTarget } from '../../../services/admin'
import { CallError } from '../../../services/cloud'

interface ReviewDecisionOptions {
  target: ReviewTarget
  id: string
  /** The version of the profile or posting (a report's posting) the card shows: the decision applies to it only. */
  revision: number
  /** The decision whose reason the firm reads, so one must be written. */
  needsReason: 'approve' | 'reject'
  /** Said when that reason is missing. */
  missingReason: string
  /** The toast after each decision. */
  done: Record<'approve' | 'reject', string>
  onDone: () => void
  /** The firm changed what the card shows since it was loaded: `message` says so, and the queue loads the new version. */
  onChanged: (message: string) => void
}

/** The state and the call behind a review decision: the reason, its check, the call, its error. */
export function useReviewDecision({ target, id, revision, needsReason, missingReason, done, onDone, onChanged }: ReviewDecisionOptions) {
  const [reason, setReasonText] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const setReason = (text: string) => {
    setReasonText(text)
    setError('')
  }
  const decide = async (decision: 'approve' | 'reject') => {
    if (decision === needsReason && reason.trim().length < 2) {
      setError(missingReason)
      return
    }
    setBusy(true)
    try {
      await adminApi.review(target, id, revision, decision, reason.trim() || undefined)
      await Taro.showToast({ title: done[decision], icon: 'success' })
      onDone()
    } catch (e) {
      if (e instanceof CallError && e.code === 'CONFLICT' && e.details?.reason === 'changed') onChanged(e.message)
      else setError(e instanceof CallError ? e.message : '操作失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  return { reason, setReason, error, busy, decide }
}
