import { render } from '@testing-library/react'
import { ReviewBadge } from '.'

describe('ReviewBadge', () => {
  it.each([
    ['verified', '已认证', 'ok'],
    ['published', '招聘中', 'ok'],
    ['pending', '待审核', 'warn'],
    ['rejected', '未通过', 'bad'],
    ['draft', '草稿', 'off'],
    ['expired', '已过期', 'off'],
  ] as const)('shows %s as %s in the %s tone', (state, label, tone) => {
    const { getByText } = render(<ReviewBadge state={state} label={label} />)
    expect(getByText(label).className).toContain(`review-badge--${tone}`)
  })
})
