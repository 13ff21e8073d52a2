import { useCallback, useEffect, useRef, useState } from 'react'
import { CallError } from '../../services/cloud'

export interface Evaluation<Q, R> {
  /** The latest response for the latest request (kept while a newer one runs). */
  data: R | undefined
  /** The request `data` answers. */
  request: Q | undefined
  loading: boolean
  error: CallError | undefined
  retry: () => void
}

/**
 * Calls `call` (policy.evaluate, policy.quiz) for `request` once it has been stable for `delay` ms;
 * a response to an older request is dropped. `null` evaluates nothing.
 */
export function useEvaluation<Q, R>(request: Q | null, call: (request: Q) => Promise<R>, delay = 300): Evaluation<Q, R> {
  const key = request ? JSON.stringify(request) : ''
  const [nonce, setNonce] = useState(0)
  const [state, setState] = useState<{ data?: R; request?: Q; loading: boolean; error?: CallError }>({
    loading: key !== '',
  })
  const latest = useRef(0)
  // The caller may pass a new function each render; the request alone decides when to call.
  const caller = useRef(call)
  caller.current = call

  useEffect(() => {
    const ticket = ++latest.current
    if (key === '') {
      setState({ loading: false })
      return undefined
    }
    setState((s) => ({ data: s.data, request: s.request, loading: true }))
    const timer = setTimeout(() => {
      const sent = JSON.parse(key) as Q
      caller.current(sent).then(
        (data) => ticket === latest.current && setState({ data, request: sent, loading: false }),
        (error: unknown) =>
          ticket === latest.current &&
          setState((s) => ({
            data: s.data,
            request: s.request,
            loading: false,
            error: error instanceof CallError ? error : new CallError('INTERNAL', '测算出了点问题，请稍后再试'),
          })),
      )
    }, delay)
    return () => clearTimeout(timer)
  }, [key, delay, nonce])

  const retry = useCallback(() => setNonce((n) => n + 1), [])
  return { data: state.data, request: state.request, loading: state.loading, error: state.error, retry }
}
