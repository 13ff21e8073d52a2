import { render } from '@testing-library/react'
import { ApplicationBadge } from '.'

describe('ApplicationBadge', () => {
  it.each([
    ['submitted', '已投递', 'info'],
    ['interview', '邀请面试', 'ok'],
    ['offer', '录用', 'ok'],
    ['rejected', '不合适', 'bad'],
    ['withdrawn', '已撤回', 'off'],
  ] as const)('shows %s in its tone', (status, label, tone) => {
    const { getByText } = render(<ApplicationBadge status={status} label={label} />)
    expect(getByText(label).className).toContain(`app-badge--${tone}`)
  })
})
