import { useState, type ReactNode } from 'react'
import { Button, Input, ScrollView, Text, View } from '@tarojs/components'
import { JobCard } from '../JobCard'
import { canRetry } from '../AsyncView'
import { useRemote } from '../../hooks/useRemote'
import type { JobBoardState } from '../../hooks/useJobBoard'
import { catalogOnce } from '../../utils/catalog'
import type { BoardSort, SearchFilters } from '../../services/jobs'
import { SEEKER_EDUCATIONS } from '../../services/seeker'
import { activeFilterCount, EXPERIENCE_OPTIONS, PAY_OPTIONS } from '../../utils/board'
import './index.css'

const SORTS: readonly { value: BoardSort; label: string }[] = [
  { value: 'newest', label: '最新发布' },
  { value: 'pay', label: '薪资最高' },
]

interface Option<V> {
  value: V
  label: string
}

/** One filter: a label and chips, the first meaning 不限. */
function FilterRow<V extends string | number>({ label, name, options, value, onChange, all = '不限', scroll = false }: {
  label: string
  name: string
  options: readonly Option<V>[]
  value: V | undefined
  onChange: (value: V | undefined) => void
  all?: string
  scroll?: boolean
}) {
  const chips = (
    <View className={`board-filter__chips ${scroll ? 'board-filter__chips--scroll' : ''}`}>
      <View className={`chip ${value === undefined ? 'chip--active' : ''}`} onClick={() => onChange(undefined)}>
        {all}
      </View>
      {options.map((o) => (
        <View key={String(o.value)} className={`chip ${o.value === value ? 'chip--active' : ''}`} onClick={() => onChange(o.value === value ? undefined : o.value)}>
          {o.label}
        </View>
      ))}
    </View>
  )
  return (
    <View className='board-filter' data-filter={name}>
      <Text className='board-filter__label'>{label}</Text>
      {scroll ? (
        <ScrollView scrollX className='board-filter__scroll' enhanced showScrollbar={false}>
          {chips}
        </ScrollView>
      ) : (
        chips
      )}
    </View>
  )
}

/**
 * The postings part of the 招聘 tab: keyword search, sort, filters (city and district, pay,
 * industry, the seeker's education and experience) in a head with the page's `top` (which the
 * page keeps in view), then the endless list. The page feeds it useReachBottom and
 * pull-to-refresh through `board`.
 */
export function JobBoard({ board, top }: { board: JobBoardState; top?: ReactNode }) {
  const catalog = useRemote(catalogOnce, 'catalog')
  const [q, setQ] = useState(board.filters.q ?? '')
  const [open, setOpen] = useState(false)
  const { filters } = board
  const set = (patch: Partial<SearchFilters>) => board.setFilters({ ...filters, ...patch })
  const cities = catalog.data?.regions ?? []
  const districts = cities.find((r) => r.city === filters.city)?.districts ?? []
  const count = activeFilterCount(filters)
  const searchText = () => set({ q: q.trim() || undefined })

  return (
    <View className='job-board'>
      <View className='job-board__head'>
        {top}
        <View className='job-board__search'>
          <Input
            className='job-board__input'
            value={q}
            placeholder='搜索岗位名称或企业名称'
            confirmType='search'
            maxlength={30}
            onInput={(e) => setQ(e.detail.value)}
            onConfirm={searchText}
          />
          <Button className='job-board__search-btn btn-primary' size='mini' onClick={searchText}>
            搜索
          </Button>
        </View>
        <View className='job-board__bar'>
          {SORTS.map((s) => (
            <View key={s.value} className={`job-board__sort ${board.sort === s.value ? 'job-board__sort--active' : ''}`} data-sort={s.value} onClick={() => board.setSort(s.value)}>
              {s.label}
            </View>
          ))}
          <View className={`job-board__toggle ${count ? 'job-board__toggle--active' : ''}`} onClick={() => setOpen(!open)}>
            {count ? `筛选 · ${count}` : '筛选'}
            <Text className='job-board__caret'>{open ? '▲' : '▼'}</Text>
          </View>
        </View>
        {open && (
          <View className='job-board__filters'>
            <FilterRow label='城市' name='city' scroll all='全省' options={cities.map((r) => ({ value: r.city, label: r.city }))} value={filters.city} onChange={(city) => set({ city, district: undefined })} />
            {filters.city && <FilterRow label='区县' name='district' scroll options={districts.map((d) => ({ value: d, label: d }))} value={filters.district} onChange={(district) => set({ district })} />}
            <FilterRow label='月薪' name='pay' options={PAY_OPTIONS} value={filters.payMin} onChange={(payMin) => set({ payMin })} />
            <FilterRow label='行业' name='industry' scroll options={catalog.data?.industries ?? []} value={filters.industry} onChange={(industry) => set({ industry })} />
            <FilterRow label='我的学历' name='education' options={SEEKER_EDUCATIONS} value={filters.education} onChange={(education) => set({ education })} />
            <FilterRow label='工作经验' name='experience' options={EXPERIENCE_OPTIONS} value={filters.experienceYears} onChange={(experienceYears) => set({ experienceYears })} />
            <View className='job-board__filter-foot'>
              <Text className='muted'>学历、经验按您的情况筛选要求不高于它的岗位</Text>
              <Text
                className='job-board__clear'
                onClick={() => {
                  setQ('')
                  board.setFilters({})
                }}
              >
                清空
              </Text>
            </View>
          </View>
        )}
      </View>
      <Text className='job-board__sub'>经人社部门审核发布 · 求职不收费</Text>
      <JobList board={board} onClear={() => board.setFilters({})} />
    </View>
  )
}

function JobList({ board, onClear }: { board: JobBoardState; onClear: () => void }) {
  if (board.loading && board.jobs.length === 0) return <Text className='job-board__state'>正在加载岗位…</Text>
  if (board.error && board.jobs.length === 0) {
    return (
      <View className='job-board__state'>
        <Text className='job-board__error'>{board.error.message}</Text>
        {canRetry(board.error.code) && (
          <Button size='mini' className='job-board__retry' onClick={() => void board.refresh()}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (board.jobs.length === 0) {
    return (
      <View className='job-board__state job-board__empty'>
        <Text>没有符合条件的岗位，换个条件试试</Text>
        <Text className='link job-board__clear' onClick={onClear}>
          清空筛选
        </Text>
      </View>
    )
  }
  return (
    <View className={`job-board__list ${board.loading ? 'job-board__list--stale' : ''}`}>
      {board.jobs.map((job) => (
        <JobCard key={job.id} job={job} />
      ))}
      <View className='job-board__foot'>
        {board.loadingMore ? (
          <Text>正在加载更多…</Text>
        ) : board.error && canRetry(board.error.code) ? (
          <Text className='link job-board__more' onClick={board.loadMore}>{`${board.error.message}，点此重试`}</Text>
        ) : board.error ? (
          <Text className='job-board__error'>{board.error.message}</Text>
        ) : board.done ? (
          <Text>没有更多岗位了</Text>
        ) : (
          <Text className='link job-board__more' onClick={board.loadMore}>
            上拉或点此加载更多
          </Text>
        )}
      </View>
    </View>
  )
}
