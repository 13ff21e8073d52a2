import { render } from '@testing-library/react'
import { policyService } from '../../../cloudfunctions/_shared/services/policy'
import { AmountTable } from '.'

// The rows exactly as policy.get serves them.
const amountsOf = (id: number) => policyService.get({ id, asOf: '2026-11-28' }, new Date()).measure.amounts
const rows21 = amountsOf(21)
const titles21 = { hiring: '吸纳就业补助', 'difficult-hires': '就业困难人员岗位补贴', 'social-insurance': '社会保险补贴' }

describe('AmountTable', () => {
  it('lists each amount with how it reads and its note', () => {
    const { container, getByText } = render(<AmountTable rows={rows21} />)
    expect(container.querySelectorAll('.amount-table__row:not(.amount-table__row--head)')).toHaveLength(4)
    expect(getByText('新吸纳100人以下')).toBeTruthy()
    expect(getByText('1,000元/人')).toBeTruthy()
    expect(getByText('1,500元/人')).toBeTruthy()
    expect(getByText('300元/人/月')).toBeTruthy()
    expect(getByText('每人最长3年')).toBeTruthy()
    expect(getByText('按规定')).toBeTruthy()
  })

  it('marks money in the brand colour and leaves 按规定 plain', () => {
    const { getByText } = render(<AmountTable rows={rows21} />)
    expect(getByText('1,000元/人').className).toContain('money')
    expect(getByText('按规定').className).not.toContain('money')
  })

  it('groups rows under their provision, without repeating a lone row that names it', () => {
    const { container } = render(<AmountTable rows={rows21} provisionTitles={titles21} />)
    const groups = Array.from(container.querySelectorAll('.amount-table__group')).map((g) => g.textContent)
    // 就业困难人员岗位补贴 and 社会保险补贴 are already the labels of their only rows.
    expect(groups).toEqual(['吸纳就业补助'])
  })

  it('renders nothing for a measure without amounts', () => {
    const { container } = render(<AmountTable rows={amountsOf(1)} />)
    expect(container.innerHTML).toBe('')
  })
})
