import { render } from '@testing-library/react'
import type { HiringHint as Hint } from '../../services/employer'
import { HiringHint } from '.'

const eligible: Hint = {
  status: 'eligible',
  amount: 3000,
  working: '1,000元 × 3人 = 3,000元',
  reasons: ['企业为民营企业', '新吸纳不足100人，按每人1,000元补助'],
  citation: '第21条 …',
  newHires: 3,
  condition: '按招满3人计算；新吸纳人员须稳定就业6个月以上方可申领',
}

describe('HiringHint', () => {
  it('shows the amount, the working, the reasons and the condition when the firm is eligible', () => {
    const { getByText } = render(<HiringHint hint={eligible} />)
    expect(getByText('招满3人可申领')).toBeTruthy()
    expect(getByText('¥3,000')).toBeTruthy()
    expect(getByText('1,000元 × 3人 = 3,000元')).toBeTruthy()
    expect(getByText('· 新吸纳不足100人，按每人1,000元补助')).toBeTruthy()
    expect(getByText(/稳定就业6个月以上/)).toBeTruthy()
  })

  it('says why not when the firm is not eligible', () => {
    const { getByText, queryByText } = render(
      <HiringHint hint={{ ...eligible, status: 'ineligible', amount: undefined, working: undefined, reasons: ['企业规模为中型企业，本项只适用于小微企业'] }} />,
    )
    expect(getByText('本岗位暂不符合申领条件')).toBeTruthy()
    expect(getByText('· 企业规模为中型企业，本项只适用于小微企业')).toBeTruthy()
    expect(queryByText(/稳定就业/)).toBeNull()
  })

  it('has a one-line form for lists and a placeholder without a hint', () => {
    expect(render(<HiringHint hint={eligible} compact />).getByText('第21条补助：招满可申领¥3,000')).toBeTruthy()
    expect(render(<HiringHint hint={null} placeholder='先填人数' />).getByText('先填人数')).toBeTruthy()
  })
})
