/**
 * The call index.html starts for the page the address opens, before the app's code has arrived
 * (config/first-screen.ts): the page's own first call takes its answer instead of asking again.
 */
export interface StartedCall {
  name: string
  /** The request's JSON body: `{action, ...params}`. */
  body: string
  /** The parsed answer, or nothing when the request failed. */
  answer: Promise<unknown>
}

declare global {
  interface Window {
    __jqtStartedCall?: StartedCall
  }
}

/**
 * The started call's answer when it is this very call (the same function and body), once; then it
 * is gone, and later calls ask the server. Nothing when there is none, it is another call, or no
 * answer came within `patienceMs`.
 */
export async function takeStartedCall(name: string, data: Record<string, unknown>, patienceMs: number): Promise<unknown> {
  const started = typeof window === 'undefined' ? undefined : window.__jqtStartedCall
  if (!started || started.name !== name || started.body !== JSON.stringify(data)) return undefined
  delete window.__jqtStartedCall
  let stopWaiting = () => {}
  const patience = new Promise<undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), patienceMs)
    stopWaiting = () => clearTimeout(timer)
  })
  return Promise.race([started.answer, patience]).finally(stopWaiting)
}
