import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import './index.css'

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日']

/**
 * The weeks of a month (YYYY-MM), Monday first: each a row of 7 dates (YYYY-MM-DD), null outside
 * the month.
 */
export function monthGrid(month: string): (string | null)[][] {
  const first = dayjs(`${month}-01`)
  const days = first.daysInMonth()
  const lead = (first.day() + 6) % 7 // Monday = 0
  const cells: (string | null)[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => first.add(i, 'day').format('YYYY-MM-DD')),
  ]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

interface FairCalendarProps {
  /** YYYY-MM */
  month: string
  /** Days with fairs and how many. */
  marked: readonly { date: string; count: number }[]
  /** YYYY-MM-DD, in Shanghai. */
  today: string
  selected?: string
  onSelect: (date: string | undefined) => void
  onMonthChange: (month: string) => void
  className?: string
}

/** A month of fair days: a dot (and a count) under each day with fairs; tap a day to see its fairs, again to clear. */
export function FairCalendar({ month, marked, today, selected, onSelect, onMonthChange, className = '' }: FairCalendarProps) {
  const counts = new Map(marked.map((m) => [m.date, m.count]))
  const shift = (delta: number) => onMonthChange(dayjs(`${month}-01`).add(delta, 'month').format('YYYY-MM'))
  return (
    <View className={`fair-calendar ${className}`}>
      <View className='fair-calendar__nav'>
        <Text className='link fair-calendar__arrow' data-nav='prev' onClick={() => shift(-1)}>
          ‹
        </Text>
        <Text className='fair-calendar__month'>{dayjs(`${month}-01`).format('YYYY年M月')}</Text>
        <Text className='link fair-calendar__arrow' data-nav='next' onClick={() => shift(1)}>
          ›
        </Text>
      </View>
      <View className='fair-calendar__row fair-calendar__row--head'>
        {WEEK_HEAD.map((d) => (
          <Text key={d} className='fair-calendar__cell fair-calendar__weekday'>
            {d}
          </Text>
        ))}
      </View>
      {monthGrid(month).map((week, w) => (
        <View key={w} className='fair-calendar__row'>
          {week.map((date, i) => {
            if (!date) return <View key={`blank-${i}`} className='fair-calendar__cell' />
            const count = counts.get(date) ?? 0
            const classes = [
              'fair-calendar__cell',
              'fair-calendar__day',
              count ? 'fair-calendar__day--fair' : '',
              date === today ? 'fair-calendar__day--today' : '',
              date === selected ? 'fair-calendar__day--selected' : '',
            ]
            return (
              <View
                key={date}
                className={classes.filter(Boolean).join(' ')}
                data-date={date}
                data-count={count}
                onClick={() => count && onSelect(date === selected ? undefined : date)}
              >
                <Text className='fair-calendar__num'>{String(Number(date.slice(8)))}</Text>
                {count > 0 && <View className='fair-calendar__dot' />}
              </View>
            )
          })}
        </View>
      ))}
    </View>
  )
}
