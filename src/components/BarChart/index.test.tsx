import { render } from '@testing-library/react'
import { BarChart, barWidths } from '.'

const widths = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.bar-chart__bar')).map((bar) => (bar as HTMLElement).style.width)

describe('BarChart', () => {
  it('draws bars proportional to the amounts, the largest filling the track', () => {
    const { container, getByText } = render(
      <BarChart
        items={[
          { key: '21/hiring', label: '吸纳就业补助', value: 12000 },
          { key: '21/difficult-hires', label: '就业困难人员岗位补贴', value: 3600 },
          { key: '8/training', label: '政府补贴性培训补贴', value: 1500 },
        ]}
      />,
    )
    expect(widths(container)).toEqual(['100%', '30%', '12.5%'])
    expect(getByText('¥12,000')).toBeTruthy()
    expect(getByText('¥3,600')).toBeTruthy()
    expect(getByText('就业困难人员岗位补贴')).toBeTruthy()
  })

  it('keeps a label’s tag on one line: a status never breaks mid-word', () => {
    const { container } = render(<BarChart items={[{ key: 'f1', label: '2027年山西省春风行动网络招聘会', tag: '（即将开始）', value: 8 }]} format={String} />)
    const tag = container.querySelector('.bar-chart__label .bar-chart__tag')
    expect(tag?.textContent).toBe('（即将开始）')
    expect(container.querySelector('.bar-chart__label')?.textContent).toBe('2027年山西省春风行动网络招聘会（即将开始）')
  })

  it('shows a given display text and marks capped amounts', () => {
    const { container, getByText } = render(
      <BarChart items={[{ key: '20/startup', label: '一次性创业补贴', value: 3000, display: '最高¥3,000', muted: true }]} />,
    )
    expect(getByText('最高¥3,000')).toBeTruthy()
    expect(container.querySelector('.bar-chart__bar--muted')).not.toBeNull()
  })

  it('says so when there is nothing to draw', () => {
    const { getByText, container } = render(<BarChart items={[]} emptyText='没有金额' />)
    expect(getByText('没有金额')).toBeTruthy()
    expect(container.querySelector('.bar-chart__bar')).toBeNull()
  })

  it('draws no bar for a zero, not a sliver of red', () => {
    const { container } = render(<BarChart items={[{ key: 'a', label: '12月1日', value: 3 }, { key: 'b', label: '12月2日', value: 0 }]} format={String} />)
    const rows = container.querySelectorAll('.bar-chart__row')
    expect(rows[0].querySelector('.bar-chart__bar')).not.toBeNull()
    expect(rows[1].querySelector('.bar-chart__bar')).toBeNull()
  })

  it('computes widths without dividing by zero', () => {
    expect(barWidths([0, 0])).toEqual([0, 0])
    expect(barWidths([1, 3])).toEqual([33.3, 100])
  })
})
