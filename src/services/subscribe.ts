/**
 * WeChat subscription messages (订阅消息) on the client: before applying, the seeker is asked once
 * whether WeChat may tell them when the firm moves the application along. The functions send the
 * message (cloudfunctions/_shared/notify/wechat.ts); each "allow" lets one message through.
 */
import Taro from '@tarojs/taro'

type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'skipped' | 'failed'

/** The template id injected at build time (JQT_SUBSCRIBE_TEMPLATE_APPLICATION_STATUS); empty when none. */
const applicationStatusTemplate = (): string => (typeof SUBSCRIBE_TEMPLATE_APPLICATION_STATUS === 'string' ? SUBSCRIBE_TEMPLATE_APPLICATION_STATUS : '')

/**
 * Asks for one application-status message. WeChat shows the prompt only from a tap: call this
 * synchronously inside the tap handler, before anything is awaited. Never rejects — applying goes
 * on whatever the answer (declined, banned, unsupported); H5 and builds without a template skip it.
 */
export function askForApplicationUpdates(): Promise<SubscribeAnswer> {
  const templateId = applicationStatusTemplate()
  if (process.env.TARO_ENV !== 'weapp' || !templateId || typeof Taro.requestSubscribeMessage !== 'function') return Promise.resolve('skipped')
  return new Promise<SubscribeAnswer>((resolve) => {
    try {
      // `entityIds` is Alipay's; WeChat takes `tmplIds` alone.
      void Taro.requestSubscribeMessage({
        tmplIds: [templateId],
        success: (result) => {
          const answer = result[templateId]
          resolve(answer === 'accept' || answer === 'reject' || answer === 'ban' ? answer : 'failed')
        },
        fail: (error) => {
          console.warn('[requestSubscribeMessage]', error.errCode, error.errMsg)
          resolve('failed')
        },
      } as Taro.requestSubscribeMessage.Option).catch(() => resolve('failed'))
    } catch (error) {
      console.warn('[requestSubscribeMessage]', error)
      resolve('failed')
    }
  })
}
