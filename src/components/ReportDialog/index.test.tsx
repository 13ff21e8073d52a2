import { fireEvent, render, waitFor } from '@testing-library/react'
import { ReportDialog } from '.'

describe('ReportDialog', () => {
  it('asks for a reason before sending, then sends it with the note', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined)
    const { getByText, container } = render(<ReportDialog jobTitle='门店服务员' onSubmit={onSubmit} onClose={jest.fn()} />)
    expect(container.textContent).toContain('「门店服务员」将提交人社部门核实')
    fireEvent.click(getByText('提交举报'))
    await waitFor(() => getByText('请选择举报原因'))
    expect(onSubmit).not.toHaveBeenCalled()
    fireEvent.click(getByText('虚假招聘或收取费用'))
    expect(container.querySelector('[data-reason="fraud"]')?.className).toContain('report-dialog__reason--active')
    fireEvent.click(getByText('提交举报'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('fraud', ''))
  })

  it('shows why sending failed', async () => {
    const onSubmit = jest.fn().mockRejectedValue(new Error('岗位已停止招聘，无需举报'))
    const { getByText } = render(<ReportDialog jobTitle='x' onSubmit={onSubmit} onClose={jest.fn()} />)
    fireEvent.click(getByText('信息不实'))
    fireEvent.click(getByText('提交举报'))
    await waitFor(() => getByText('岗位已停止招聘，无需举报'))
  })

  it('closes on 取消', () => {
    const onClose = jest.fn()
    const { getByText } = render(<ReportDialog jobTitle='x' onSubmit={jest.fn()} onClose={onClose} />)
    fireEvent.click(getByText('取消'))
    expect(onClose).toHaveBeenCalled()
  })
})
