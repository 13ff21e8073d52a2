import { render } from '@testing-library/react'
import { StatusBadge, statusLabels } from '.'

describe('StatusBadge', () => {
  it.each([
    ['in-force', '现行有效', 'ok'],
    ['partly-expired', '部分到期', 'warn'],
    ['expired', '已到期', 'off'],
    ['not-yet-issued', '尚未施行', 'off'],
  ] as const)('shows %s as %s in the %s tone', (status, label, tone) => {
    const { container } = render(<StatusBadge status={status} />)
    const badge = container.querySelector('.status-badge') as HTMLElement
    expect(badge.textContent).toBe(label)
    expect(badge.className).toContain(`status-badge--${tone}`)
    expect(statusLabels[status]).toBe(label)
  })

  it('takes a label of its own, keeping the tone of the status', () => {
    const { container } = render(<StatusBadge status='expired' label='2021年12月31日到期' />)
    const badge = container.querySelector('.status-badge') as HTMLElement
    expect(badge.textContent).toBe('2021年12月31日到期')
    expect(badge.className).toContain('status-badge--off')
  })
})
