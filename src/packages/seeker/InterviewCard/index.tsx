/**
 * An interview invitation as the seeker reads it: when, where (with the map), whom to ask for, the
 * firm's note; 添加到日历; and 确认参加 or 申请改期 (saying when suits them) until it starts.
 */
import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { applicationsApi, type ApplicationView, type InterviewView } from '../../../services/applications'
import { CallError } from '../../../services/cloud'
import { inShanghai } from '../../../utils/format'
import { addInterviewToCalendar } from '../interview-calendar'
import './index.css'

const WEEKDAYS = '日一二三四五六'
const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/** 12月5日 周六 14:30 */
export const interviewTime = (iso: string) => {
  const t = inShanghai(iso)
  return `${t.format('M月D日')} 周${WEEKDAYS[t.day()]} ${t.format('HH:mm')}`
}

function openMap(url: string) {
  if (process.env.TARO_ENV === 'h5') window.open(url, '_blank', 'noopener')
  else void Taro.setClipboardData({ data: url }).then(() => toast('地图链接已复制，可在浏览器中打开'))
}

export function InterviewCard({ a, interview: i, onChanged }: { a: Pick<ApplicationView, 'id' | 'job'>; interview: InterviewView; onChanged: () => void }) {
  const [asking, setAsking] = useState(false)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const answer = async (kind: 'confirmed' | 'reschedule') => {
    setBusy(true)
    try {
      await applicationsApi.answerInterview(a.id, kind, kind === 'reschedule' ? note.trim() : undefined)
      void Taro.showToast({ title: kind === 'confirmed' ? '已确认，企业会收到通知' : '已申请改期', icon: 'success' })
      setAsking(false)
      onChanged()
    } catch (e) {
      toast(e instanceof CallError ? e.message : '提交失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='interview-card' data-interview={a.id}>
      <Text className='interview-card__title'>面试邀请</Text>
      <View className='interview-card__row'>
        <Text className='interview-card__label'>时间</Text>
        <Text className='interview-card__value interview-card__time'>{interviewTime(i.startAt)}</Text>
      </View>
      <View className='interview-card__row'>
        <Text className='interview-card__label'>地点</Text>
        <Text className='interview-card__value'>{i.place}</Text>
        <Text className='interview-card__link' onClick={() => openMap(i.mapUrl)}>
          地图
        </Text>
      </View>
      <View className='interview-card__row'>
        <Text className='interview-card__label'>联系人</Text>
        <Text className='interview-card__value'>{`${i.contactName} ${i.contactPhone}`}</Text>
        <Text className='interview-card__link' onClick={() => void Taro.makePhoneCall({ phoneNumber: i.contactPhone }).catch(() => undefined)}>
          拨打
        </Text>
      </View>
      {i.note && <Text className='interview-card__note'>{i.note}</Text>}
      {i.answer && <Text className={`interview-card__answer interview-card__answer--${i.answer.answer}`}>{`${i.answer.label}${i.answer.note ? `：${i.answer.note}` : ''}`}</Text>}
      {asking ? (
        <View className='interview-card__ask'>
          <Input className='interview-card__input' value={note} maxlength={200} placeholder='方便的时间，如 周四下午' onInput={(e) => setNote(e.detail.value)} />
          <View className='interview-card__actions'>
            <Button size='mini' className='interview-card__btn' disabled={busy} onClick={() => setAsking(false)}>
              取消
            </Button>
            <Button size='mini' className='interview-card__btn btn-primary' disabled={busy || !note.trim()} onClick={() => void answer('reschedule')}>
              提交改期申请
            </Button>
          </View>
        </View>
      ) : (
        <View className='interview-card__actions'>
          <Button size='mini' className='interview-card__btn' onClick={() => void addInterviewToCalendar(a, i).catch(() => toast('未能添加到日历'))}>
            添加到日历
          </Button>
          {i.upcoming && (
            <>
              <Button size='mini' className='interview-card__btn' disabled={busy} onClick={() => setAsking(true)}>
                申请改期
              </Button>
              {i.answer?.answer !== 'confirmed' && (
                <Button size='mini' className='interview-card__btn btn-primary' disabled={busy} onClick={() => void answer('confirmed')}>
                  确认参加
                </Button>
              )}
            </>
          )}
        </View>
      )}
    </View>
  )
}
