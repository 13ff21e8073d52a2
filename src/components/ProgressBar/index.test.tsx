import { render } from '@testing-library/react'
import { ProgressBar, progressPercent } from '.'

const fill = (container: HTMLElement) => (container.querySelector('.progress__fill') as HTMLElement).style.width

describe('ProgressBar', () => {
  it('fills the share of answered questions', () => {
    const { container, getByText } = render(<ProgressBar value={3} max={12} />)
    expect(fill(container)).toBe('25%')
    expect(getByText('25%')).toBeTruthy()
    expect(getByText('已回答 3 / 12')).toBeTruthy()
  })

  it('is empty with nothing to answer and full when all is answered', () => {
    expect(fill(render(<ProgressBar value={0} max={0} />).container)).toBe('0%')
    expect(fill(render(<ProgressBar value={5} max={5} label='全部完成' />).container)).toBe('100%')
  })

  it('rounds and clamps', () => {
    expect(progressPercent(1, 3)).toBe(33)
    expect(progressPercent(2, 3)).toBe(67)
    expect(progressPercent(7, 5)).toBe(100)
    expect(progressPercent(-1, 5)).toBe(0)
  })
})
