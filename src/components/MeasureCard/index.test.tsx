import { fireEvent, render } from '@testing-library/react'
import { navigations, resetTaro } from '../../../test/ui/taro'
import type { MeasureSummary } from '../../services/policy'
import { MeasureCard } from '.'

const measure22: MeasureSummary = {
  id: 22,
  part: { no: '三', title: '强化用工扶持，提高民营企业用工吸纳能力' },
  section: { no: '（七）', part: '三', title: '积极开展就业创业扶持' },
  title: '鼓励通过就业见习储备用工',
  summary: '民营企业开发见习岗位，接收符合条件的高校毕业生、中职毕业生和失业青年参加就业见习，可按当地最低工资标准的60%领取见习补贴。',
  audience: 'enterprise',
  tags: ['见习', '补贴', '吸纳就业'],
  hasMoney: true,
  status: 'in-force',
  statusNote: '',
}

beforeEach(resetTaro)

describe('MeasureCard', () => {
  it('shows the number, status, title, summary and tags', () => {
    const { getByText } = render(<MeasureCard measure={measure22} />)
    expect(getByText('第22条')).toBeTruthy()
    expect(getByText('现行有效')).toBeTruthy()
    expect(getByText('鼓励通过就业见习储备用工')).toBeTruthy()
    expect(getByText(/可按当地最低工资标准的60%/)).toBeTruthy()
    expect(getByText('#见习')).toBeTruthy()
    expect(getByText('资金补贴')).toBeTruthy()
  })

  it('opens the detail page in the subpackage when tapped', () => {
    const { getByText } = render(<MeasureCard measure={measure22} />)
    fireEvent.click(getByText('鼓励通过就业见习储备用工'))
    expect(navigations).toEqual(['/packages/policy/detail/index?id=22'])
  })

  it('marks a favourite and hides tags when compact', () => {
    const { getByText, queryByText } = render(<MeasureCard measure={measure22} favourite compact />)
    expect(getByText('★')).toBeTruthy()
    expect(queryByText('#见习')).toBeNull()
  })
})
