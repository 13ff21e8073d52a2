/**
 * 添加到日历 for an interview: in H5 a real .ics file the phone's calendar opens; in WeChat
 * wx.addPhoneCalendar (base library 2.15.0+); where neither is there, the details are copied with a
 * toast that says so.
 */
import Taro from '@tarojs/taro'
import { INTERVIEW_CALENDAR_MINUTES } from '../../../cloudfunctions/_shared/catalog/interview'
import type { ApplicationView, InterviewView } from '../../services/applications'
import { buildIcs } from '../../utils/ics'
import { formatDateTime } from '../../utils/board'

const REMIND_MINUTES = 60

/** The calendar entry's words: what, where, whom to ask for. */
export function interviewEvent(a: Pick<ApplicationView, 'id' | 'job'>, i: InterviewView) {
  const end = new Date(Date.parse(i.startAt) + INTERVIEW_CALENDAR_MINUTES * 60_000).toISOString()
  return {
    title: `面试：${a.job.title}（${a.job.employerName}）`,
    start: i.startAt,
    end,
    location: i.place,
    description: [`联系人：${i.contactName} ${i.contactPhone}`, i.note, `地图：${i.mapUrl}`].filter(Boolean).join('\n'),
  }
}

function downloadIcs(fileName: string, ics: string) {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export async function addInterviewToCalendar(a: Pick<ApplicationView, 'id' | 'job'>, i: InterviewView) {
  const event = interviewEvent(a, i)
  if (process.env.TARO_ENV === 'h5') {
    const ics = buildIcs({ ...event, uid: `interview-${a.id}-${i.startAt}@jinqitong`, stamp: new Date().toISOString(), url: i.mapUrl, remindMinutesBefore: REMIND_MINUTES })
    downloadIcs(`面试-${a.job.title}.ics`, ics)
    return
  }
  if (Taro.canIUse('addPhoneCalendar')) {
    await Taro.addPhoneCalendar({
      title: event.title,
      startTime: Math.floor(Date.parse(event.start) / 1000),
      // WeChat reads the end as a timestamp string.
      endTime: String(Math.floor(Date.parse(event.end) / 1000)),
      location: event.location,
      description: event.description,
      alarm: true,
      alarmOffset: REMIND_MINUTES * 60,
    })
    return
  }
  await Taro.setClipboardData({ data: `${event.title}\n${formatDateTime(event.start)}\n${event.location}\n${event.description}` })
  await Taro.showToast({ title: '当前微信版本不能添加日历，面试信息已复制', icon: 'none' })
}
