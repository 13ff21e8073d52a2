import { useCallback, useEffect, useRef, useState } from 'react'
import { CallError } from '../../services/cloud'
import { policyApi, type EvaluateRequest, type EvaluateResponse } from '../../services/policy'

export interface Evaluation {
  /** The latest response for the latest request (kept while a newer one runs). */
  data: EvaluateResponse | undefined
  /** The request `data` answers. */
  request: EvaluateRequest | undefined
  loading: boolean
  error: CallError | undefined
  retry: () => void
}

/**
 * Calls `policy.evaluate` for `request` once it has been stable for `delay` ms; a response to an
 * older request is dropped. `null` evaluates nothing.
 */
export function useEvaluation(request: EvaluateRequest | null, delay = 300): Evaluation {
  const key = request ? JSON.stringify(request) : ''
  const [nonce, setNonce] = useState(0)
  const [state, setState] = useState<{ data?: EvaluateResponse; request?: EvaluateRequest; loading: boolean; error?: CallError }>({
    loading: key !== '',
  })
  const latest = useRef(0)

  useEffect(() => {
    const ticket = ++latest.current
    if (key === '') {
      setState({ loading: false })
      return undefined
    }
    setState((s) => ({ data: s.data, request: s.request, loading: true }))
    const timer = setTimeout(() => {
      const sent = JSON.parse(key) as EvaluateRequest
      policyApi.evaluate(sent).then(
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
