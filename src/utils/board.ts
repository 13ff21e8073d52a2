import dayjs from 'dayjs'
import type { SearchFilters } from '../services/jobs'
import { inShanghai } from './format'

/** 月薪 filter chips: the posting's range reaches at least this much. */
export const PAY_OPTIONS: readonly { value: number; label: string }[] = [
  { value: 3000, label: '3千以上' },
  { value: 5000, label: '5千以上' },
  { value: 8000, label: '8千以上' },
  { value: 10000, label: '1万以上' },
  { value: 15000, label: '1.5万以上' },
]

/** 工作经验 filter chips: the seeker's own years (postings asking for as many or fewer). */
export const EXPERIENCE_OPTIONS: readonly { value: number; label: string }[] = [
  { value: 0, label: '无经验' },
  { value: 1, label: '1年' },
  { value: 2, label: '2年' },
  { value: 3, label: '3–4年' },
  { value: 5, label: '5–9年' },
  { value: 10, label: '10年以上' },
]

/** How many filters besides the keyword are set (the 筛选 button shows it). */
export const activeFilterCount = (f: SearchFilters) =>
  [f.city, f.industry, f.education, f.experienceYears, f.payMin].filter((v) => v !== undefined).length

/** 今天发布 / 昨天发布 / 3天前发布 / 11月2日发布, by Shanghai dates. */
export function publishedAgo(iso: string | null, now: Date = new Date()): string {
  if (!iso) return ''
  const day = (d: dayjs.ConfigType) => inShanghai(d).format('YYYY-MM-DD')
  const days = dayjs(day(now)).diff(dayjs(day(iso)), 'day')
  if (days <= 0) return '今天发布'
  if (days === 1) return '昨天发布'
  if (days < 30) return `${days}天前发布`
  return `${inShanghai(iso).format('M月D日')}发布`
}

/** An ISO time in Shanghai as 11月28日 14:30. */
export const formatDateTime = (iso: string) => inShanghai(iso).format('M月D日 HH:mm')
