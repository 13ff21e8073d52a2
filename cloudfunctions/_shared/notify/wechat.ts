/**
 * WeChat subscription messages (订阅消息, `subscribeMessage.send`) behind the Notifier interface.
 * The cloud entry builds it from the CloudBase app when `SUBSCRIBE_TEMPLATE_APPLICATION_STATUS`
 * holds a template id; the seeker grants a one-time subscription in the mini-program before
 * applying (`wx.requestSubscribeMessage`), and each grant lets one message through.
 *
 * Sending is best effort: every failure is caught and logged here. Error 43101 (the user did not
 * subscribe, or used the grant up) is the normal case for most status changes and is logged as info.
 * The in-app 消息 list carries every notice anyway.
 */
import type tcb from '@cloudbase/node-sdk'
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { ApplicationStatusNotice, Notifier } from './notifier'

dayjs.extend(utc)
dayjs.extend(timezone)

type CloudApp = ReturnType<typeof tcb.init>

/** The slice of the CloudBase app used here: the SDK's own `callWxOpenApi`, so a fake has to match it. */
export type WxOpenApiTransport = Pick<CloudApp, 'callWxOpenApi'>

/** The open API path (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html). */
export const SUBSCRIBE_SEND_API = '/cgi-bin/message/subscribe/send'

/** Where the message leads: the seeker's 我的投递. */
export const APPLICATIONS_PAGE = 'packages/seeker/applications/index'

/** The user did not subscribe (or declined, or the one-time grant is used up): expected, not an error. */
export const NOT_SUBSCRIBED = 43101

/** What the application-status template shows, each part mapped to one of the template's keywords. */
export type NoticePart = 'job' | 'firm' | 'status' | 'time' | 'note'

/**
 * The keywords of the template chosen in the mini-program admin (订阅消息 → 我的模板), e.g. 「求职进度通知」:
 * 岗位名称 {{thing1}}, 企业名称 {{thing2}}, 投递状态 {{phrase3}}, 更新时间 {{time4}}, 温馨提示 {{thing5}}.
 * Another template's keywords are set with SUBSCRIBE_TEMPLATE_APPLICATION_STATUS_KEYS
 * (`job=thing1,firm=thing2,status=phrase3,time=time4,note=thing5`; a part left out is not sent).
 */
export const DEFAULT_KEYS: Readonly<Partial<Record<NoticePart, string>>> = {
  job: 'thing1',
  firm: 'thing2',
  status: 'phrase3',
  time: 'time4',
  note: 'thing5',
}

export type MiniprogramState = 'developer' | 'trial' | 'formal'

export interface SubscribeOptions {
  templateId: string
  keys?: Readonly<Partial<Record<NoticePart, string>>>
  /** Which version of the mini-program the message opens (default `formal`). */
  miniprogramState?: MiniprogramState
}

/** The request body of subscribeMessage.send. */
export interface SubscribeMessageRequest {
  touser: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
  miniprogram_state: MiniprogramState
  lang: 'zh_CN'
}

/** Per-keyword limits: thing ≤ 20 characters, phrase ≤ 5 Chinese characters, name ≤ 10, and so on. */
const MAX_CHARS: Readonly<Record<string, number>> = {
  thing: 20,
  phrase: 5,
  short_thing: 5,
  name: 10,
  character_string: 32,
  letter: 32,
  number: 32,
  phone_number: 17,
  car_number: 8,
  symbol: 5,
}

/** A keyword's type: `thing1` → `thing`, `character_string7` → `character_string`. */
export const keywordType = (key: string) => key.replace(/\d+$/, '')

/** Cuts text to `max` characters (code points), ending in … when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/** WeChat's `time` format, in Shanghai: 2026年11月28日 15:01. */
export const formatTime = (at: string) => dayjs(at).tz('Asia/Shanghai').format('YYYY年M月D日 HH:mm')

/** A value as the keyword's type accepts it. WeChat refuses an empty value, so none is ever empty. */
export function fitValue(key: string, value: string): string {
  const type = keywordType(key)
  if (type === 'time' || type === 'date') return formatTime(value)
  // phrase: Chinese characters only (a status label such as 邀请面试).
  const text = type === 'phrase' ? Array.from(value).filter((c) => /\p{Script=Han}/u.test(c)).join('') : value
  const fitted = truncate(text, MAX_CHARS[type] ?? 20)
  return fitted || '—'
}

/** What the message says below the status when the firm left no note. */
const HINTS: Readonly<Record<string, string>> = {
  viewed: '企业已查看您的简历',
  interview: '企业邀请您面试，请留意电话',
  offer: '恭喜！企业决定录用您',
  rejected: '感谢投递，看看其他岗位吧',
  withdrawn: '您已撤回这份投递',
}

/** The subscribeMessage.send request for an application's new status. */
export function applicationStatusRequest(notice: ApplicationStatusNotice, options: SubscribeOptions): SubscribeMessageRequest {
  const raw: Record<NoticePart, string> = {
    job: notice.jobTitle,
    firm: notice.employerName,
    status: notice.statusLabel,
    time: notice.at,
    note: notice.note?.trim() || HINTS[notice.status] || '点击查看投递进度',
  }
  const data: Record<string, { value: string }> = {}
  for (const [part, key] of Object.entries(options.keys ?? DEFAULT_KEYS) as [NoticePart, string | undefined][]) {
    if (key) data[key] = { value: fitValue(key, raw[part]) }
  }
  return {
    touser: notice.toOpenId,
    template_id: options.templateId,
    page: `${APPLICATIONS_PAGE}?id=${encodeURIComponent(notice.applicationId)}`,
    data,
    miniprogram_state: options.miniprogramState ?? 'formal',
    lang: 'zh_CN',
  }
}

interface SendResponse {
  errcode?: number
  errmsg?: string
}

/** The outcome of one send, for logs and tests. */
export type SendOutcome = 'sent' | 'not-subscribed' | 'failed'

/** Sends one request; never throws. */
export async function sendSubscribeMessage(app: WxOpenApiTransport, request: SubscribeMessageRequest): Promise<SendOutcome> {
  try {
    const { result, code, message } = (await app.callWxOpenApi({ apiName: SUBSCRIBE_SEND_API, requestData: request })) as {
      result?: unknown
      code?: string
      message?: string
    }
    const response = (typeof result === 'string' ? JSON.parse(result) : result) as SendResponse | undefined
    if (code || !response) {
      console.error('[subscribeMessage.send]', code ?? 'no response', message ?? '')
      return 'failed'
    }
    const errcode = response.errcode ?? 0
    if (errcode === 0) return 'sent'
    if (errcode === NOT_SUBSCRIBED) {
      console.info('[subscribeMessage.send] not subscribed', request.touser)
      return 'not-subscribed'
    }
    console.error('[subscribeMessage.send]', errcode, response.errmsg)
    return 'failed'
  } catch (error) {
    console.error('[subscribeMessage.send]', error)
    return 'failed'
  }
}

/** The Notifier that sends WeChat subscription messages (needs `subscribeMessage.send` in the function's config.json). */
export function wechatNotifier(app: WxOpenApiTransport, options: SubscribeOptions): Notifier {
  return {
    async applicationStatusChanged(notice) {
      await sendSubscribeMessage(app, applicationStatusRequest(notice, options))
    },
  }
}

/** `job=thing1,firm=thing2` → { job: 'thing1', firm: 'thing2' }; unknown parts are ignored. */
export function parseKeys(spec: string | undefined): Partial<Record<NoticePart, string>> | undefined {
  if (!spec?.trim()) return undefined
  const parts: NoticePart[] = ['job', 'firm', 'status', 'time', 'note']
  const keys: Partial<Record<NoticePart, string>> = {}
  for (const pair of spec.split(',')) {
    const [part, key] = pair.split('=').map((s) => s.trim())
    if (parts.includes(part as NoticePart) && key && /^[a-z_]+\d+$/.test(key)) keys[part as NoticePart] = key
  }
  return keys
}

const STATES: readonly MiniprogramState[] = ['developer', 'trial', 'formal']

/**
 * The notifier the environment asks for, or none when SUBSCRIBE_TEMPLATE_APPLICATION_STATUS is
 * unset. SUBSCRIBE_TEMPLATE_APPLICATION_STATUS_KEYS maps the template's keywords;
 * SUBSCRIBE_MINIPROGRAM_STATE (developer / trial / formal) picks the version the message opens.
 */
export function wechatNotifierFromEnv(app: WxOpenApiTransport, env: NodeJS.ProcessEnv): Notifier | undefined {
  const templateId = env.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS?.trim()
  if (!templateId) return undefined
  const state = env.SUBSCRIBE_MINIPROGRAM_STATE?.trim() as MiniprogramState | undefined
  return wechatNotifier(app, {
    templateId,
    keys: parseKeys(env.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS_KEYS),
    miniprogramState: state && STATES.includes(state) ? state : 'formal',
  })
}
