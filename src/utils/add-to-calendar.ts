/**
 * 添加到日历: in H5 a real .ics file the phone's calendar opens; in WeChat wx.addPhoneCalendar
 * (base library 2.15.0+); where neither is there, the details are copied with a toast that says so.
 */
import Taro from '@tarojs/taro'
import { buildIcs, type CalendarEvent } from './ics'
import { formatDateTime } from './board'

/** One event for the calendar: the .ics fields but the file's stamp, and the file's name in H5. */
export interface CalendarEntry extends Omit<CalendarEvent, 'stamp' | 'remindMinutesBefore'> {
  fileName: string
  remindMinutesBefore: number
  /** What the toast says was copied when the calendar cannot be written, e.g. 面试信息. */
  copiedWhat: string
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

export async function addToCalendar({ fileName, copiedWhat, ...event }: CalendarEntry) {
  if (process.env.TARO_ENV === 'h5') {
    downloadIcs(fileName, buildIcs({ ...event, stamp: new Date().toISOString() }))
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
      alarmOffset: event.remindMinutesBefore * 60,
    })
    return
  }
  await Taro.setClipboardData({ data: `${event.title}\n${formatDateTime(event.start)}\n${event.location}\n${event.description}` })
  await Taro.showToast({ title: `当前微信版本不能添加日历，${copiedWhat}已复制`, icon: 'none' })
}
