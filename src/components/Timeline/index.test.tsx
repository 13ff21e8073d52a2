import { render } from '@testing-library/react'
import { Timeline } from '.'

describe('Timeline', () => {
  it('lists each change with its Shanghai time and note, the last marked as current', () => {
    const { container } = render(
      <Timeline
        items={[
          { status: 'submitted', statusLabel: '已投递', at: '2026-11-28T02:05:00.000Z' },
          { status: 'viewed', statusLabel: '企业已查看', at: '2026-11-28T06:30:00.000Z' },
          { status: 'interview', statusLabel: '邀请面试', at: '2026-11-29T01:00:00.000Z', note: '周一上午10点，长治路111号' },
        ]}
      />,
    )
    const items = Array.from(container.querySelectorAll('.timeline__item'))
    expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['submitted', 'viewed', 'interview'])
    expect(items[0].textContent).toContain('11月28日 10:05')
    expect(items[2].textContent).toContain('11月29日 09:00')
    expect(items[2].textContent).toContain('周一上午10点，长治路111号')
    expect(items[2].className).toContain('timeline__item--current')
    expect(items[0].className).not.toContain('timeline__item--current')
  })
})
