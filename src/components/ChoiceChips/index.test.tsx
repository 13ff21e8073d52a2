import { fireEvent, render } from '@testing-library/react'
import { ChoiceChips } from '.'

describe('ChoiceChips', () => {
  it('marks the chosen option and reports a tap', () => {
    const onChange = jest.fn()
    const { getByText } = render(
      <ChoiceChips options={[{ value: 'none', label: '学历不限' }, { value: 'bachelor', label: '本科及以上' }]} value='none' onChange={onChange} />,
    )
    expect(getByText('学历不限').className).toContain('chip--active')
    expect(getByText('本科及以上').className).not.toContain('chip--active')
    fireEvent.click(getByText('本科及以上'))
    expect(onChange).toHaveBeenCalledWith('bachelor')
  })

  it('works with numbers', () => {
    const onChange = jest.fn()
    const { getByText } = render(<ChoiceChips options={[{ value: 0, label: '经验不限' }, { value: 3, label: '3年以上' }]} value={undefined} onChange={onChange} />)
    fireEvent.click(getByText('3年以上'))
    expect(onChange).toHaveBeenCalledWith(3)
  })
})
