import { useCallback, useEffect, useRef, useState } from 'react'
import { CallError } from '../services/cloud'
import { jobsApi, type BoardJob, type BoardSort, type SearchFilters, type SearchPage, type SearchParams } from '../services/jobs'

export interface JobBoardState {
  filters: SearchFilters
  sort: BoardSort
  jobs: BoardJob[]
  /** The first page (or a new search) is loading. */
  loading: boolean
  /** The next page is loading. */
  loadingMore: boolean
  error: CallError | undefined
  /** Every page is loaded. */
  done: boolean
  setFilters: (filters: SearchFilters) => void
  setSort: (sort: BoardSort) => void
  /** Loads the next page, unless one is loading or none is left (for useReachBottom). */
  loadMore: () => void
  /** Loads the first page again, keeping the list until it arrives (pull-to-refresh). */
  refresh: () => Promise<void>
}

interface State {
  jobs: BoardJob[]
  cursor: string | null
  loading: boolean
  loadingMore: boolean
  error?: CallError
}

const asCallError = (e: unknown) => (e instanceof CallError ? e : new CallError('INTERNAL', '出了点问题，请稍后再试'))

/**
 * The board's endless list: a search is the filters and the sort; its pages follow `nextCursor`.
 * A response to an older search (the filters changed meanwhile) is dropped.
 */
export function useJobBoard(search: (params: SearchParams) => Promise<SearchPage> = jobsApi.search, pageSize = 20): JobBoardState {
  const [filters, setFilters] = useState<SearchFilters>({})
  const [sort, setSort] = useState<BoardSort>('newest')
  const [state, setState] = useState<State>({ jobs: [], cursor: null, loading: true, loadingMore: false })
  const current = useRef(state)
  current.current = state
  const searchId = useRef(0)
  const params = useRef<SearchParams>({})
  params.current = { ...filters, sort, pageSize }

  const first = useCallback(async () => {
    const id = ++searchId.current
    setState((s) => ({ ...s, loading: true, loadingMore: false, error: undefined }))
    try {
      const page = await search(params.current)
      if (id === searchId.current) setState({ jobs: page.jobs, cursor: page.nextCursor, loading: false, loadingMore: false })
    } catch (error) {
      if (id === searchId.current) setState((s) => ({ ...s, loading: false, error: asCallError(error) }))
    }
  }, [search])

  const key = JSON.stringify(params.current)
  useEffect(() => {
    void first()
  }, [key, first])

  const loadMore = useCallback(() => {
    const s = current.current
    if (s.loading || s.loadingMore || !s.cursor) return
    const id = searchId.current
    const cursor = s.cursor
    setState((prev) => ({ ...prev, loadingMore: true, error: undefined }))
    current.current = { ...s, loadingMore: true }
    search({ ...params.current, cursor }).then(
      (page) => {
        if (id !== searchId.current) return
        setState((prev) => {
          const seen = new Set(prev.jobs.map((j) => j.id))
          return { ...prev, jobs: [...prev.jobs, ...page.jobs.filter((j) => !seen.has(j.id))], cursor: page.nextCursor, loadingMore: false }
        })
      },
      (error: unknown) => id === searchId.current && setState((prev) => ({ ...prev, loadingMore: false, error: asCallError(error) })),
    )
  }, [search])

  return {
    filters,
    sort,
    jobs: state.jobs,
    loading: state.loading,
    loadingMore: state.loadingMore,
    error: state.error,
    done: !state.loading && state.cursor === null,
    setFilters,
    setSort,
    loadMore,
    refresh: first,
  }
}
