/**
 * WeChat's text security check (`security.msgSecCheck`, version 2) behind a small interface. The
 * cloud entry builds it from the CloudBase app; the local server has none and the word list alone
 * decides. A failed call never blocks a posting (the bureau reviews every posting anyway): it is
 * reported as `unavailable` and shown to the reviewer.
 */
import type { ComplianceHit } from './posting-check'

export interface ContentVerdict {
  /** pass: nothing found; review: WeChat suggests a person looks; risky: blocked; unavailable: not checked. */
  suggest: 'pass' | 'review' | 'risky' | 'unavailable'
  /** Hits to show the firm (risky only). */
  hits: ComplianceHit[]
}

export interface ContentSecurity {
  /** Checks text written by `openId` (who must have used the mini-program in the last two hours). */
  checkText(input: { openId: string; title: string; content: string }): Promise<ContentVerdict>
}

/** The slice of the CloudBase app used here (`tcb.init(...)`, see @cloudbase/node-sdk's `callWxOpenApi`). */
export interface WxOpenApiCaller {
  callWxOpenApi(options: { apiName: string; requestData: unknown }): Promise<{ result?: unknown; code?: string; message?: string }>
}

/** msgSecCheck's labels (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html). */
export const WECHAT_LABELS: Readonly<Record<number, string>> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他违规',
}

/** The API takes at most 2500 characters per call. */
export const MAX_CHECK_CHARS = 2500

interface MsgSecCheckResponse {
  errcode?: number
  errmsg?: string
  result?: { suggest?: string; label?: number }
  detail?: { strategy?: string; errcode?: number; suggest?: string; label?: number; keyword?: string }[]
}

const chunks = (text: string) => {
  const out: string[] = []
  for (let i = 0; i < text.length; i += MAX_CHECK_CHARS) out.push(text.slice(i, i + MAX_CHECK_CHARS))
  return out.length ? out : ['']
}

function hitsOf(response: MsgSecCheckResponse): ComplianceHit[] {
  const label = WECHAT_LABELS[response.result?.label ?? 21000] ?? '其他违规'
  const keywords = (response.detail ?? []).filter((d) => d.suggest === 'risky' && d.keyword).map((d) => d.keyword as string)
  const words = keywords.length ? [...new Set(keywords)] : ['（由微信内容安全识别）']
  return words.map((word) => ({
    field: 'content',
    fieldLabel: '岗位信息',
    word,
    category: 'wechat',
    categoryLabel: `微信内容安全：${label}`,
    kind: 'sensitive',
    reason: `微信内容安全接口（msgSecCheck）判定该内容属于「${label}」类违规内容。《网络招聘服务管理规定》要求网络招聘信息合法、真实，请删除或修改后再提交。`,
    construction: 'wechat',
    constructionLabel: '微信内容安全识别',
    source: 'wechat',
  }))
}

/** msgSecCheck v2 through the CloudBase app (needs `security.msgSecCheck` in the function's config.json). */
export function wechatContentSecurity(app: WxOpenApiCaller): ContentSecurity {
  return {
    async checkText({ openId, title, content }) {
      let suggest: ContentVerdict['suggest'] = 'pass'
      const hits: ComplianceHit[] = []
      try {
        for (const part of chunks(content)) {
          const { result, code, message } = await app.callWxOpenApi({
            apiName: '/wxa/msg_sec_check',
            requestData: { version: 2, openid: openId, scene: 3, title, content: part },
          })
          const response = (typeof result === 'string' ? JSON.parse(result) : result) as MsgSecCheckResponse | undefined
          if (code || !response || (response.errcode ?? 0) !== 0) {
            console.error('[msgSecCheck]', code ?? response?.errcode, message ?? response?.errmsg)
            return { suggest: 'unavailable', hits: [] }
          }
          const s = response.result?.suggest
          if (s === 'risky') {
            suggest = 'risky'
            hits.push(...hitsOf(response))
          } else if (s === 'review' && suggest === 'pass') suggest = 'review'
        }
      } catch (error) {
        console.error('[msgSecCheck]', error)
        return { suggest: 'unavailable', hits: [] }
      }
      return { suggest, hits }
    },
  }
}
