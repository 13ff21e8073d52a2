/**
 * Failures the platform answers before our function does, in English: CloudBase's HTTP access and
 * wx.cloud report `{code, message}` (or `{errCode, errMsg}`), a gateway answers 429 or 5xx. The user
 * reads Chinese, so each becomes one of three messages; codes from
 * https://docs.cloudbase.net/error-code/basic and https://developers.weixin.qq.com/minigame/en/dev/wxcloud/reference/errcode.html
 */

/** What the user is told, and the code the app may branch on. */
export interface PlatformFailure {
  code: 'RATE_LIMITED' | 'TIMEOUT' | 'UNAVAILABLE'
  message: string
  details?: { retryAfterSeconds: number }
}

const TOO_BUSY = ['EXCEED_CONCURRENT_REQUEST_LIMIT', 'FUNCTION_EXCEED_RESOURCE_LIMIT', 'EXCEED_RATELIMIT', '-501003', '-501004']
const TOO_SLOW = ['FUNCTIONS_TIME_LIMIT_EXCEEDED', 'FUNCTION_TIME_LIMIT_EXCEEDED', 'SERVER_TIMEOUT', '-501002', '-504003']

/** Seconds from a Retry-After header (seconds or an HTTP date), when it says something usable. */
function retryAfterSeconds(header: string | undefined, now: Date): number | undefined {
  if (!header) return undefined
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : Math.ceil((Date.parse(header) - now.getTime()) / 1000)
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined
}

/** The words a platform failure carries, whichever shape it came in. */
function wordsOf(failure: unknown): string {
  if (typeof failure === 'string') return failure
  if (typeof failure !== 'object' || failure === null) return ''
  const { code, message, errCode, errMsg } = failure as Record<string, unknown>
  return [code, message, errCode, errMsg].filter((part) => typeof part === 'string' || typeof part === 'number').join(' ')
}

/** `failure`: the body or error the platform gave; `status` and `retryAfter` when it came over HTTP. */
export function platformFailure(failure: unknown, http: { status?: number; retryAfter?: string; now?: Date } = {}): PlatformFailure {
  const words = wordsOf(failure)
  const names = (list: string[]) => list.some((code) => words.includes(code))
  if (http.status === 429 || names(TOO_BUSY)) {
    const wait = retryAfterSeconds(http.retryAfter, http.now ?? new Date())
    return wait
      ? { code: 'RATE_LIMITED', message: `当前访问人数较多，请${wait}秒后重试`, details: { retryAfterSeconds: wait } }
      : { code: 'RATE_LIMITED', message: '当前访问人数较多，请稍后重试' }
  }
  if (http.status === 504 || names(TOO_SLOW)) return { code: 'TIMEOUT', message: '服务处理超时，请稍后重试；提交的操作可能已完成，请刷新查看' }
  return { code: 'UNAVAILABLE', message: '服务暂时不可用，请稍后重试' }
}
