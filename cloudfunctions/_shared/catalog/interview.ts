/** An interview invitation in words: the seeker's answers, the map link of its place, and how soon a fair reminds. */

/** What a seeker answers to an invitation: they will come, or they ask for another time. */
export const INTERVIEW_ANSWERS = ['confirmed', 'reschedule'] as const
export type InterviewAnswer = (typeof INTERVIEW_ANSWERS)[number]

export const interviewAnswerLabels: Readonly<Record<InterviewAnswer, string>> = {
  confirmed: '已确认参加',
  reschedule: '申请改期',
}

/** How long an interview is taken to last in a calendar entry: the firm gives only its start. */
export const INTERVIEW_CALENDAR_MINUTES = 60

/** The furthest ahead a firm may invite: an invitation months away is a typo. */
export const INTERVIEW_MAX_DAYS_AHEAD = 90

/** A fair the seeker signed up for starting within this many hours is a reminder in 消息. */
export const FAIR_REMINDER_HOURS = 72

/** A search for the place on AMap's web map (its URI API: opens the app on a phone that has it, the web map otherwise). */
export const mapSearchUrl = (place: string) => `https://uri.amap.com/search?keyword=${encodeURIComponent(place)}&src=jinqitong&callnative=1`
