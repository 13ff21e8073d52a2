import { render } from '@testing-library/react'
import { SafetyTips, SAFETY_TIPS } from '.'

describe('SafetyTips', () => {
  it('tells seekers never to pay to be hired, with the law, and where to turn', () => {
    const { container } = render(<SafetyTips />)
    const text = container.textContent ?? ''
    expect(text).toContain('求职安全提示')
    expect(text).toContain('求职不交钱')
    expect(text).toContain('《劳动合同法》第九条')
    expect(text).toContain('12333')
    expect(container.querySelectorAll('.safety-tips__item')).toHaveLength(SAFETY_TIPS.length)
  })
})
