/**
 * The slice of @tarojs/taro that components use, backed by jsdom: storage in memory (stored as
 * JSON, as the platform does), navigation, titles and share handlers recorded so tests can assert
 * where a tap leads and what a page would share.
 */
const storage = new Map<string, string>()
export const navigations: string[] = []
export const navigationTitles: string[] = []
/** Every toast shown, its title. */
export const toasts: string[] = []
/** The page's current query, as `useRouter().params` returns it. */
export const routerParams: Record<string, string> = {}
/** The latest handlers pages registered with useShareAppMessage / useShareTimeline. */
export const shareHandlers: { appMessage?: () => unknown; timeline?: () => unknown } = {}
/** What was written to the clipboard, in order. */
export const clipboardWrites: string[] = []
/** The page Taro says is shown (`getCurrentInstance().page`): tests set it as pages come and go. */
export const shownPage: { page: unknown } = { page: null }
/** Every modal shown (title and content), and whether the next ones are confirmed (yes unless a test says no). */
export const modals: { title: string; content: string }[] = []
export const modalAnswer = { confirm: true }
type RequestOptions = { url: string; data: unknown; header: Record<string, string> }
/**
 * The network, for tests of src/services/cloud.ts; none by default. `answer`: the body of a 200;
 * `reply`: a whole HTTP response; `cloud`: what `Taro.cloud.callFunction` resolves to or throws.
 */
export const network: {
  answer?: (options: RequestOptions) => unknown
  reply?: (options: RequestOptions) => { statusCode: number; header?: Record<string, string>; data: unknown }
  cloud?: (options: { name: string; data: unknown }) => unknown
} = {}
/** The latest handlers pages registered with useReachBottom / usePullDownRefresh / usePageScroll, and how often a refresh was stopped. */
export const pageHandlers: { reachBottom?: () => unknown; pullDownRefresh?: () => unknown; pageScroll?: (payload: { scrollTop: number }) => unknown; refreshStops: number } = {
  refreshStops: 0,
}
/** Every Taro.pageScrollTo, its target. */
export const pageScrolls: number[] = []

const Taro = {
  getStorageSync: (key: string): unknown => {
    const stored = storage.get(key)
    return stored === undefined ? '' : JSON.parse(stored)
  },
  setStorageSync: (key: string, value: unknown) => void storage.set(key, JSON.stringify(value)),
  removeStorageSync: (key: string) => void storage.delete(key),
  navigateTo: ({ url }: { url: string }) => {
    navigations.push(url)
    return Promise.resolve()
  },
  switchTab: ({ url }: { url: string }) => {
    navigations.push(url)
    return Promise.resolve()
  },
  setNavigationBarTitle: ({ title }: { title: string }) => {
    navigationTitles.push(title)
    return Promise.resolve()
  },
  showToast: ({ title }: { title: string }) => {
    toasts.push(title)
    return Promise.resolve()
  },
  showModal: ({ title, content }: { title: string; content: string }) => {
    modals.push({ title, content })
    return Promise.resolve({ confirm: modalAnswer.confirm, cancel: !modalAnswer.confirm })
  },
  getCurrentInstance: () => ({ page: shownPage.page }),
  setClipboardData: ({ data }: { data: string }) => {
    clipboardWrites.push(data)
    return Promise.resolve()
  },
  request: async (options: RequestOptions) => {
    if (network.reply) return { header: {}, ...network.reply(options) }
    if (!network.answer) throw new Error('no network in this test')
    return { statusCode: 200, header: {}, data: network.answer(options) }
  },
  cloud: {
    callFunction: async (options: { name: string; data: unknown }) => {
      if (!network.cloud) throw new Error('no cloud in this test')
      return { result: network.cloud(options) }
    },
  },
  pageScrollTo: ({ scrollTop }: { scrollTop: number }) => {
    pageScrolls.push(scrollTop)
    return Promise.resolve()
  },
  stopPullDownRefresh: () => {
    pageHandlers.refreshStops++
    return Promise.resolve()
  },
}

export const resetTaro = () => {
  storage.clear()
  navigations.length = 0
  navigationTitles.length = 0
  toasts.length = 0
  for (const key of Object.keys(routerParams)) delete routerParams[key]
  delete shareHandlers.appMessage
  delete shareHandlers.timeline
  delete pageHandlers.reachBottom
  delete pageHandlers.pullDownRefresh
  delete pageHandlers.pageScroll
  pageScrolls.length = 0
  delete network.answer
  delete network.reply
  delete network.cloud
  shownPage.page = null
  clipboardWrites.length = 0
  pageHandlers.refreshStops = 0
  modals.length = 0
  modalAnswer.confirm = true
}
export const useRouter = () => ({ params: { ...routerParams } })
export const useDidShow = () => undefined
export const useDidHide = () => undefined
export const useShareAppMessage = (handler: () => unknown) => void (shareHandlers.appMessage = handler)
export const useShareTimeline = (handler: () => unknown) => void (shareHandlers.timeline = handler)
export const useLaunch = () => undefined
export const useReachBottom = (handler: () => unknown) => void (pageHandlers.reachBottom = handler)
export const usePullDownRefresh = (handler: () => unknown) => void (pageHandlers.pullDownRefresh = handler)
export const usePageScroll = (handler: (payload: { scrollTop: number }) => unknown) => void (pageHandlers.pageScroll = handler)
export default Taro
