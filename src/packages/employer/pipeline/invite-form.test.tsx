import { fireEvent, render, waitFor } from '@testing-library/react'
import { resetTaro } from '../../../../test/ui/taro'
import { inShanghai } from '../../../utils/format'
import { InviteForm } from './invite-form'

beforeEach(resetTaro)

/** The native input inside the field's taro-input-core, once rendered. */
const field = (container: HTMLElement, name: string) =>
  waitFor(() => {
    const input = container.querySelector(`[data-field="${name}"] input`)
    if (!input) throw new Error(`${name} has not rendered its input yet`)
    return input
  })

describe('InviteForm', () => {
  it('starts at tomorrow 10:00 in Shanghai and sends the invitation as typed, trimmed, without an empty note', async () => {
    const onSend = jest.fn()
    const { container, getByText } = render(<InviteForm busy={false} onCancel={jest.fn()} onSend={onSend} />)
    const tomorrow = inShanghai().add(1, 'day').format('YYYY-MM-DD')
    expect(container.querySelector('[data-field="date"]')?.textContent).toBe(`日期 ${tomorrow}`)
    expect(container.querySelector('[data-field="time"]')?.textContent).toBe('时间 10:00')
    fireEvent.input(await field(container, 'place'), { target: { value: ' 太原市小店区长治路111号3层 ' } })
    fireEvent.input(await field(container, 'contactName'), { target: { value: '王工' } })
    fireEvent.input(await field(container, 'contactPhone'), { target: { value: '03517654321' } })
    fireEvent.click(getByText('发出邀请'))
    expect(onSend).toHaveBeenCalledWith({ date: tomorrow, time: '10:00', place: '太原市小店区长治路111号3层', contactName: '王工', contactPhone: '03517654321' })
  })
})
