/**
 * WeChat subscription messages (订阅消息): what the functions tell a user outside the app. The cloud
 * entry supplies an implementation that calls WeChat; the local server has none, and the in-app
 * 消息 list (messages collection), which every notification also writes, is what users see there.
 */
export interface ApplicationStatusNotice {
  /** The seeker's openid. */
  toOpenId: string
  applicationId: string
  jobTitle: string
  employerName: string
  /** The new status and its Chinese label. */
  status: string
  statusLabel: string
  /** The firm's note, e.g. the interview's time and place. */
  note?: string
  at: string
}

export interface Notifier {
  /** Best effort: a failure is logged by the caller, never the reason a status change fails. */
  applicationStatusChanged(notice: ApplicationStatusNotice): Promise<void>
}
