/**
 * The slice of @tarojs/taro that components use, backed by jsdom: storage in memory,
 * navigation recorded so tests can assert where a tap leads.
 */
const storage = new Map<string, unknown>()
export const navigations: string[] = []

const Taro = {
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  navigateTo: ({ url }: { url: string }) => {
    navigations.push(url)
    return Promise.resolve()
  },
  switchTab: ({ url }: { url: string }) => {
    navigations.push(url)
    return Promise.resolve()
  },
  showToast: () => Promise.resolve(),
}

export const resetTaro = () => {
  storage.clear()
  navigations.length = 0
}
export const useRouter = () => ({ params: {} as Record<string, string> })
export const useDidShow = () => undefined
export const useShareAppMessage = () => undefined
export const useLaunch = () => undefined
export default Taro
