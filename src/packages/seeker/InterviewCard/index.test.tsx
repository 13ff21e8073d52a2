import { fireEvent, render, waitFor } from '@testing-library/react'
import { resetTaro } from '../../../../test/ui/taro'
import { applicationsApi, type InterviewView } from '../../../services/applications'
import { InterviewCard } from '.'

const a = { id: 'app-7', job: { id: 'job-3', title: '软件测试工程师', employerName: '太原晋云软件科技有限公司', pay: null, location: null, state: 'closed' as const, stateLabel: '已停止招聘' } }
const invitation: InterviewView = {
  // 14:30 in Shanghai on a Tuesday.
  startAt: '2026-12-01T06:30:00.000Z',
  place: '太原市小店区长治路111号3层',
  mapUrl: 'https://uri.amap.com/search?keyword=x&src=jinqitong&callnative=1',
  contactName: '王工',
  contactPhone: '0351-7654321',
  note: '请携带简历',
  answer: null,
  upcoming: true,
}
const buttons = (container: HTMLElement) => Array.from(container.querySelectorAll('.interview-card__actions taro-button-core')).map((b) => b.textContent)

beforeEach(resetTaro)
afterEach(() => jest.restoreAllMocks())

describe('InterviewCard', () => {
  it('says when in Shanghai with the weekday, where, whom to ask for, and offers the calendar, 申请改期 and 确认参加', () => {
    const { container } = render(<InterviewCard a={a} interview={invitation} onChanged={jest.fn()} />)
    expect(container.querySelector('.interview-card__time')?.textContent).toBe('12月1日 周二 14:30')
    expect(container.textContent).toContain('太原市小店区长治路111号3层地图')
    expect(container.textContent).toContain('王工 0351-7654321拨打')
    expect(buttons(container)).toEqual(['添加到日历', '申请改期', '确认参加'])
  })

  it('asks for another time only with a time that suits, and sends it', async () => {
    const answered = jest.spyOn(applicationsApi, 'answerInterview').mockResolvedValue({ application: {} } as Awaited<ReturnType<typeof applicationsApi.answerInterview>>)
    const onChanged = jest.fn()
    const { container, getByText } = render(<InterviewCard a={a} interview={invitation} onChanged={onChanged} />)
    fireEvent.click(getByText('申请改期'))
    const submit = () => getByText('提交改期申请').closest('taro-button-core') as HTMLElement
    expect(submit().getAttribute('disabled')).not.toBeNull()
    const input = await waitFor(() => {
      const found = container.querySelector('.interview-card__ask input')
      if (!found) throw new Error('the input has not rendered yet')
      return found
    })
    fireEvent.input(input, { target: { value: ' 周四下午 ' } })
    fireEvent.click(submit())
    await waitFor(() => expect(onChanged).toHaveBeenCalled())
    expect(answered).toHaveBeenCalledWith('app-7', 'reschedule', '周四下午')
  })

  it('once confirmed says so and no longer offers 确认参加; once started offers only the calendar', () => {
    const confirmed = { ...invitation, answer: { answer: 'confirmed' as const, label: '已确认参加', note: null, at: '2026-11-28T05:00:00.000Z' } }
    const { container, rerender } = render(<InterviewCard a={a} interview={confirmed} onChanged={jest.fn()} />)
    expect(container.querySelector('.interview-card__answer')?.textContent).toBe('已确认参加')
    expect(buttons(container)).toEqual(['添加到日历', '申请改期'])
    rerender(<InterviewCard a={a} interview={{ ...confirmed, upcoming: false }} onChanged={jest.fn()} />)
    expect(buttons(container)).toEqual(['添加到日历'])
  })
})
