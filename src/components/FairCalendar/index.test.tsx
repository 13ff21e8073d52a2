import { fireEvent, render } from '@testing-library/react'
import { FairCalendar, monthGrid } from '.'

describe('monthGrid', () => {
  it('lays a month out in weeks starting on Monday, blanks outside it', () => {
    // 2026-12-01 is a Tuesday; December has 31 days, ending on a Thursday.
    const weeks = monthGrid('2026-12')
    expect(weeks).toHaveLength(5)
    expect(weeks[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'])
    expect(weeks[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null])
    expect(weeks.every((w) => w.length === 7)).toBe(true)
  })

  it('handles a month starting on a Sunday and February of a leap year', () => {
    // 2026-11-01 is a Sunday: six blanks first.
    expect(monthGrid('2026-11')[0]).toEqual([null, null, null, null, null, null, '2026-11-01'])
    expect(monthGrid('2026-11')).toHaveLength(6)
    expect(monthGrid('2028-02').flat().filter(Boolean)).toHaveLength(29)
    // 2027-02-01 is a Monday and February 2027 fills exactly four weeks.
    expect(monthGrid('2027-02')).toHaveLength(4)
  })
})

describe('FairCalendar', () => {
  const setup = (selected?: string) => {
    const onSelect = jest.fn()
    const onMonthChange = jest.fn()
    const view = render(
      <FairCalendar
        month='2026-12'
        marked={[{ date: '2026-12-05', count: 2 }, { date: '2026-12-20', count: 1 }]}
        today='2026-12-03'
        selected={selected}
        onSelect={onSelect}
        onMonthChange={onMonthChange}
      />,
    )
    const day = (date: string) => view.container.querySelector(`[data-date="${date}"]`) as HTMLElement
    return { ...view, onSelect, onMonthChange, day }
  }

  it('marks the days that have fairs and today', () => {
    const { day, getByText } = setup()
    expect(getByText('2026年12月')).toBeTruthy()
    expect(day('2026-12-05').className).toContain('fair-calendar__day--fair')
    expect(day('2026-12-05').getAttribute('data-count')).toBe('2')
    expect(day('2026-12-06').className).not.toContain('fair-calendar__day--fair')
    expect(day('2026-12-03').className).toContain('fair-calendar__day--today')
    expect(day('2026-12-05').querySelector('.fair-calendar__dot')).not.toBeNull()
  })

  it('selects a fair day, clears it on a second tap, and ignores days without fairs', () => {
    const first = setup()
    fireEvent.click(first.day('2026-12-05'))
    expect(first.onSelect).toHaveBeenCalledWith('2026-12-05')
    fireEvent.click(first.day('2026-12-06'))
    expect(first.onSelect).toHaveBeenCalledTimes(1)
    first.unmount()

    const again = setup('2026-12-05')
    expect(again.day('2026-12-05').className).toContain('fair-calendar__day--selected')
    fireEvent.click(again.day('2026-12-05'))
    expect(again.onSelect).toHaveBeenCalledWith(undefined)
  })

  it('moves between months, across years', () => {
    const { container, onMonthChange } = setup()
    fireEvent.click(container.querySelector('[data-nav="next"]') as HTMLElement)
    expect(onMonthChange).toHaveBeenCalledWith('2027-01')
    fireEvent.click(container.querySelector('[data-nav="prev"]') as HTMLElement)
    expect(onMonthChange).toHaveBeenCalledWith('2026-11')
  })
})
