import { render } from '@testing-library/react'
import { FormField } from '.'

describe('FormField', () => {
  it('labels its input, marks it required and shows a counter', () => {
    const { getByText, container } = render(
      <FormField label='岗位名称' name='title' required counter='4/30' hint='如：Java开发工程师'>
        <input />
      </FormField>,
    )
    expect(getByText('岗位名称')).toBeTruthy()
    expect(getByText('*')).toBeTruthy()
    expect(getByText('4/30')).toBeTruthy()
    expect(getByText('如：Java开发工程师')).toBeTruthy()
    expect(container.querySelector('[data-field="title"] input')).not.toBeNull()
  })

  it('shows an error instead of the hint, and marks the row', () => {
    const { getByText, queryByText, container } = render(
      <FormField label='招聘人数' name='headcount' error='请输入1–999的整数' hint='招满人数'>
        <input />
      </FormField>,
    )
    expect(getByText('请输入1–999的整数')).toBeTruthy()
    expect(queryByText('招满人数')).toBeNull()
    expect(container.querySelector('.form-field--error')).not.toBeNull()
  })
})
