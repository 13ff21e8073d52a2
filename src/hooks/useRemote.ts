import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { CallError } from '../services/cloud'

export interface Remote<T> {
  data: T | undefined
  loading: boolean
  error: CallError | undefined
  reload: () => void
}

/**
 * Loads `load()` when `key` changes and exposes loading and error states for the view.
 * A response that arrives after a newer request started is dropped.
 */
export function useRemote<T>(load: () => Promise<T>, key: string): Remote<T> {
  const [state, setState] = useState<{ data?: T; loading: boolean; error?: CallError }>({ loading: true })
  const latest = useRef(0)
  const loader = useRef(load)
  loader.current = load

  const run = useCallback(() => {
    const ticket = ++latest.current
    setState((s) => ({ data: s.data, loading: true }))
    loader.current().then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error: unknown) =>
        ticket === latest.current &&
        setState((s) => ({
          data: s.data,
          loading: false,
          error: error instanceof CallError ? error : new CallError('INTERNAL', '出了点问题，请稍后再试'),
        })),
    )
  }, [])

  useEffect(run, [key, run])
  return { data: state.data, loading: state.loading, error: state.error, reload: run }
}

/**
 * Runs `reloads` when the page shows again after it was hidden (back from a sub-page, another tab):
 * not on its first show, which the load on mount already serves.
 */
export function useReloadOnShow(...reloads: (() => void)[]) {
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current) return
    hidden.current = false
    for (const reload of reloads) reload()
  })
}
