import { shownIn, tabsWithCounts } from './tabs'

describe('我的投递: tabs by status', () => {
  it('counts each tab from the counts per status: 进行中 is submitted, viewed and invited to interview', () => {
    const counts = { submitted: 2, viewed: 1, interview: 1, offer: 1, rejected: 3, withdrawn: 1 }
    expect(tabsWithCounts(counts)).toEqual([
      { key: 'all', label: '全部', count: 9 },
      { key: 'open', label: '进行中', count: 4 },
      { key: 'offer', label: '录用', count: 1 },
      { key: 'rejected', label: '不合适', count: 3 },
      { key: 'withdrawn', label: '已撤回', count: 1 },
    ])
  })

  it('shows each application under 全部 and its own tab only', () => {
    expect(shownIn('all', 'withdrawn')).toBe(true)
    expect(shownIn('open', 'interview')).toBe(true)
    expect(shownIn('open', 'offer')).toBe(false)
    expect(shownIn('withdrawn', 'withdrawn')).toBe(true)
    expect(shownIn('rejected', 'submitted')).toBe(false)
  })
})
