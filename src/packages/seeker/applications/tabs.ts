import { isOpenStatus, type ApplicationStatus } from '../../../../cloudfunctions/_shared/catalog/seekers'

/** 我的投递's tabs: everything, those still under way, and each way an application ends. */
export const APPLICATION_TABS = [
  { key: 'all', label: '全部', holds: () => true },
  { key: 'open', label: '进行中', holds: isOpenStatus },
  { key: 'offer', label: '录用', holds: (s: ApplicationStatus) => s === 'offer' },
  { key: 'rejected', label: '不合适', holds: (s: ApplicationStatus) => s === 'rejected' },
  { key: 'withdrawn', label: '已撤回', holds: (s: ApplicationStatus) => s === 'withdrawn' },
] as const

export type ApplicationTab = (typeof APPLICATION_TABS)[number]['key']

/** Each tab with how many applications it holds, from applications.mine's counts per status. */
export function tabsWithCounts(counts: Readonly<Record<ApplicationStatus, number>>) {
  const statuses = Object.keys(counts) as ApplicationStatus[]
  return APPLICATION_TABS.map((tab) => ({ key: tab.key, label: tab.label, count: statuses.filter((s) => tab.holds(s)).reduce((n, s) => n + counts[s], 0) }))
}

/** Whether an application in `status` shows under `tab`. */
export const shownIn = (tab: ApplicationTab, status: ApplicationStatus) => APPLICATION_TABS.some((t) => t.key === tab && t.holds(status))
