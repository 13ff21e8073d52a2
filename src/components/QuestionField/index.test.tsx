import { fireEvent, render, waitFor } from '@testing-library/react'
import { policyService } from '../../../cloudfunctions/_shared/services/policy'
import type { FactName, Question } from '../../services/policy'
import { QuestionField, parseAnswer, parseWholeNumber } from '.'

// The catalogue exactly as policy.questions serves it.
const catalogue = policyService.questions(new Date('2026-11-28T04:00:00Z')).facts
const question = (name: FactName) => catalogue.find((q) => q.name === name) as Question

/** The native input inside taro-input-core, once the web component has rendered it. */
const inputOf = (container: HTMLElement) =>
  waitFor(() => {
    const input = container.querySelector('input')
    if (!input) throw new Error('taro-input-core has not rendered its input yet')
    return input
  })
const typeInto = async (container: HTMLElement, text: string) =>
  fireEvent.input(await inputOf(container), { target: { value: text } })

describe('parseWholeNumber', () => {
  it.each([
    ['12', 12],
    [' 40 ', 40],
    ['0', 0],
    ['3,000,000', 3000000],
    ['', undefined],
  ])('accepts %j', (text, value) => expect(parseWholeNumber(text)).toEqual({ ok: true, value }))

  it.each([
    ['-1', '不能为负数，请输入0或正整数'],
    ['1.5', '请输入整数，不能有小数'],
    ['abc', '请输入数字'],
    ['1e3', '请输入数字'],
    ['99999999999999999999', '数值过大，请检查'],
  ])('rejects %j', (text, error) => expect(parseWholeNumber(text)).toEqual({ ok: false, error }))
})

describe('QuestionField', () => {
  it('shows the label, the one-line hint and the unit of a count', () => {
    const { getByText } = render(<QuestionField question={question('newHires')} value={undefined} onChange={() => undefined} needed />)
    expect(getByText('新吸纳人数')).toBeTruthy()
    expect(getByText('新招用且已稳定就业满6个月的人数，没有填0。')).toBeTruthy()
    expect(getByText('人')).toBeTruthy()
    expect(getByText('待填')).toBeTruthy()
  })

  it('passes on a whole number as typed', async () => {
    const onChange = jest.fn()
    const { container } = render(<QuestionField question={question('newHires')} value={undefined} onChange={onChange} />)
    await typeInto(container, '12')
    expect(onChange).toHaveBeenLastCalledWith(12)
  })

  it.each([
    ['-1', '不能为负数，请输入0或正整数'],
    ['1.5', '请输入整数，不能有小数'],
  ])('shows a Chinese error under the field for %s and does not pass it on', async (text, message) => {
    const onChange = jest.fn()
    const { container, getByText } = render(<QuestionField question={question('employees')} value={undefined} onChange={onChange} />)
    await typeInto(container, text)
    expect(getByText(message)).toBeTruthy()
    expect(onChange).not.toHaveBeenCalled()
    await typeInto(container, '40')
    expect(container.querySelector('.question__error')).toBeNull()
    expect(onChange).toHaveBeenLastCalledWith(40)
  })

  it('clears the answer when the field is emptied', async () => {
    const onChange = jest.fn()
    const { container } = render(<QuestionField question={question('employees')} value={40} onChange={onChange} />)
    expect((await inputOf(container)).value).toBe('40')
    await typeInto(container, '')
    expect(onChange).toHaveBeenLastCalledWith(undefined)
  })

  it('asks revenue in 万元 and answers whole yuan', async () => {
    const onChange = jest.fn()
    const { container, getByText } = render(<QuestionField question={question('revenue')} value={12_000_000} onChange={onChange} />)
    expect(getByText('万元')).toBeTruthy()
    expect((await inputOf(container)).value).toBe('1200')
    await typeInto(container, '300.5')
    expect(onChange).toHaveBeenLastCalledWith(3_005_000)
    expect(parseAnswer('1.23456', question('revenue'))).toEqual({ ok: false, error: '请输入万元数，最多4位小数' })
    expect(parseAnswer('12', question('employees'))).toEqual({ ok: true, value: 12 })
  })

  it('offers enum options as chips and toggles the chosen one off again', () => {
    const onChange = jest.fn()
    const { getByText, rerender } = render(<QuestionField question={question('ownership')} value={undefined} onChange={onChange} />)
    fireEvent.click(getByText('民营企业'))
    expect(onChange).toHaveBeenLastCalledWith('private')
    rerender(<QuestionField question={question('ownership')} value='private' onChange={onChange} />)
    expect(getByText('民营企业').className).toContain('chip--active')
    fireEvent.click(getByText('民营企业'))
    expect(onChange).toHaveBeenLastCalledWith(undefined)
  })

  it('asks yes/no questions with 是 and 否', () => {
    const onChange = jest.fn()
    const { getByText } = render(<QuestionField question={question('firstTimeFounder')} value={undefined} onChange={onChange} />)
    fireEvent.click(getByText('否'))
    expect(onChange).toHaveBeenLastCalledWith(false)
    fireEvent.click(getByText('是'))
    expect(onChange).toHaveBeenLastCalledWith(true)
  })

  it('sends null for “没有” on which-one questions', () => {
    const onChange = jest.fn()
    const { getByText } = render(<QuestionField question={question('certificateLevel')} value={undefined} onChange={onChange} />)
    fireEvent.click(getByText('没有'))
    expect(onChange).toHaveBeenLastCalledWith(null)
  })
})
