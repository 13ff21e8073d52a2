/** 邀请面试: the invitation's date and time (pickers), place, contact and a note; the server checks it. */
import { useState } from 'react'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { INTERVIEW_MAX_DAYS_AHEAD } from '../../../../cloudfunctions/_shared/catalog/interview'
import type { InterviewInvitation } from '../../../services/applications'
import { inShanghai } from '../../../utils/format'

export function InviteForm({ busy, onCancel, onSend }: { busy: boolean; onCancel: () => void; onSend: (invitation: InterviewInvitation) => void }) {
  const today = inShanghai()
  const [date, setDate] = useState(today.add(1, 'day').format('YYYY-MM-DD'))
  const [time, setTime] = useState('10:00')
  const [place, setPlace] = useState('')
  const [contactName, setContactName] = useState('')
  const [contactPhone, setContactPhone] = useState('')
  const [note, setNote] = useState('')
  const send = () =>
    onSend({ date, time, place: place.trim(), contactName: contactName.trim(), contactPhone: contactPhone.trim(), ...(note.trim() ? { note: note.trim() } : {}) })
  return (
    <View className='invite-form'>
      <Text className='invite-form__title'>面试安排（求职者会收到面试卡片，可加入日历）</Text>
      <View className='invite-form__when'>
        <Picker mode='date' value={date} start={today.format('YYYY-MM-DD')} end={today.add(INTERVIEW_MAX_DAYS_AHEAD, 'day').format('YYYY-MM-DD')} onChange={(e) => setDate(String(e.detail.value))}>
          <View className='invite-form__pick' data-field='date'>{`日期 ${date}`}</View>
        </Picker>
        <Picker mode='time' value={time} onChange={(e) => setTime(String(e.detail.value))}>
          <View className='invite-form__pick' data-field='time'>{`时间 ${time}`}</View>
        </Picker>
      </View>
      <Input className='invite-form__input' data-field='place' value={place} maxlength={100} placeholder='面试地点（详细地址）' onInput={(e) => setPlace(e.detail.value)} />
      <Input className='invite-form__input' data-field='contactName' value={contactName} maxlength={20} placeholder='联系人' onInput={(e) => setContactName(e.detail.value)} />
      <Input className='invite-form__input' data-field='contactPhone' value={contactPhone} maxlength={13} placeholder='联系电话' onInput={(e) => setContactPhone(e.detail.value)} />
      <Textarea className='invite-form__input invite-form__note' value={note} maxlength={200} placeholder='备注（选填，如携带的材料）' onInput={(e) => setNote(e.detail.value)} />
      <View className='applicant__actions'>
        <Button size='mini' className='applicant__btn applicant__btn--plain' disabled={busy} onClick={onCancel}>
          取消
        </Button>
        <Button size='mini' className='applicant__btn btn-primary' disabled={busy} onClick={send}>
          发出邀请
        </Button>
      </View>
    </View>
  )
}
