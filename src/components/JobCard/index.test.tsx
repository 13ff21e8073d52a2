import { fireEvent, render } from '@testing-library/react'
import type { BoardJob } from '../../services/jobs'
import { JobCard } from '.'

const job: BoardJob = {
  id: 'j1',
  title: '电焊工',
  employerId: 'e1',
  employerName: '大同恒信机械制造有限公司',
  industry: 'industry',
  industryLabel: '工业',
  headcount: 10,
  pay: { min: 5500, max: 8000 },
  location: { city: '大同市', district: '平城区' },
  requirements: { education: 'secondary', educationLabel: '高中/中专/技校及以上', experienceYears: 2, experienceLabel: '2年以上经验' },
  benefits: '五险，免费工作餐',
  state: 'published',
  stateLabel: '招聘中',
  publishedAt: '2026-11-25T02:00:00.000Z',
  validUntil: '2027-01-24T02:00:00.000Z',
}

describe('JobCard', () => {
  it('shows title, pay, place, requirements, the firm and how long ago it was published', () => {
    const { container } = render(<JobCard job={job} now={new Date('2026-11-28T04:00:00Z')} />)
    const text = container.textContent ?? ''
    for (const part of ['电焊工', '¥5,500–8,000/月', '大同市·平城区', '高中/中专/技校及以上', '2年以上经验', '招10人', '五险，免费工作餐', '大同恒信机械制造有限公司 · 工业', '3天前发布']) {
      expect(text).toContain(part)
    }
  })

  it('opens the posting when tapped', () => {
    const onOpen = jest.fn()
    const { getByText } = render(<JobCard job={job} onOpen={onOpen} />)
    fireEvent.click(getByText('电焊工'))
    expect(onOpen).toHaveBeenCalledWith('j1')
  })

  it('says when a posting no longer recruits', () => {
    const { container } = render(<JobCard job={{ ...job, state: 'closed', stateLabel: '已关闭' }} />)
    expect(container.querySelector('.job-card--off')).not.toBeNull()
    expect(container.querySelector('.job-card__date')?.textContent).toBe('已关闭')
  })
})
