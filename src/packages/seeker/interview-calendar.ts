/** 添加到日历 for an interview (src/utils/add-to-calendar.ts): its words, an hour's reminder. */
import { INTERVIEW_CALENDAR_MINUTES } from '../../../cloudfunctions/_shared/catalog/interview'
import type { ApplicationView, InterviewView } from '../../services/applications'
import { addToCalendar } from '../../utils/add-to-calendar'

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

export const addInterviewToCalendar = (a: Pick<ApplicationView, 'id' | 'job'>, i: InterviewView) =>
  addToCalendar({
    ...interviewEvent(a, i),
    uid: `interview-${a.id}-${i.startAt}@jinqitong`,
    url: i.mapUrl,
    remindMinutesBefore: REMIND_MINUTES,
    fileName: `面试-${a.job.title}.ics`,
    copiedWhat: '面试信息',
  })
