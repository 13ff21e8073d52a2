/**
 * The fairs part of the 招聘 tab against the real functions (in process) on a freshly seeded embedded
 * database: fairs under way first from one fairs.list, filters sent to it, the calendar page's fair days.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { freshDatabase } from '../helpers/context'
import { seedIfEmpty } from '../../server/seed'
import { navigations, resetTaro, routerParams } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import JobsPage from '../../src/pages/jobs'
import FairCalendarPage from '../../src/packages/fairs/calendar'
import { functionCalls as calls, inProcess } from './app-functions'
import { todayInShanghai } from '../../cloudfunctions/_shared/catalog/time'

let db: EmbeddedDatabase

beforeAll(async () => {
  db = freshDatabase()
  await seedIfEmpty(db, new Date())
})
afterAll(() => db.close())

beforeEach(() => {
  resetTaro()
  calls.length = 0
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => 'dev-seeker'))
})

const cards = (container: HTMLElement) => Array.from(container.querySelectorAll('.fair-card'))
const chip = (container: HTMLElement, filter: string, label: string) =>
  Array.from(container.querySelectorAll(`[data-filter="${filter}"]`)).find((c) => c.textContent === label) as HTMLElement
const statuses = (container: HTMLElement) => cards(container).map((c) => c.querySelector('.fair-status')?.textContent)

/** The 招聘 tab on its 招聘会 segment. */
function renderFairs() {
  const rendered = render(<JobsPage />)
  fireEvent.click(rendered.container.querySelector('[data-segment="fairs"]') as Element)
  return rendered
}

describe('招聘 tab: fairs', () => {
  it('lists fairs under way first, then upcoming, with the seeker’s entry to their sign-ups, from one fairs.list', async () => {
    const { container, getByText } = renderFairs()
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect(calls.filter((c) => c.name === 'fairs' && c.action === 'list')).toHaveLength(1)
    expect(container.querySelector('.jobs-tab__segment--on')?.textContent).toBe('招聘会')
    expect(statuses(container)[0]).toBe('进行中')
    expect(getByText(/^正在进行和即将举办（\d+场）$/)).toBeTruthy()
    await waitFor(() => getByText('我的报名 ›'))
    fireEvent.click(getByText('我的报名 ›'))
    expect(navigations).toEqual(['/packages/fairs/mine/index'])
  })

  it('sends the campaign, mode and city filters to fairs.list', async () => {
    const { container } = renderFairs()
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    fireEvent.click(chip(container, 'mode', '线上'))
    await waitFor(() => expect(calls.some((c) => c.action === 'list' && c.params.mode === 'online' && !c.params.month)).toBe(true))
    await waitFor(() => expect(container.querySelectorAll('.fair-card__level')[0]?.textContent).toContain('线上'))
    for (const level of Array.from(container.querySelectorAll('.fair-card__level'))) expect(level.textContent).toContain('线上')
    fireEvent.click(chip(container, 'campaign', '春风行动'))
    await waitFor(() => expect(calls.some((c) => c.params.campaign === 'spring-breeze' && c.params.mode === 'online')).toBe(true))
    await waitFor(() => expect(chip(container, 'city', '太原市')).toBeTruthy())
    fireEvent.click(chip(container, 'city', '太原市'))
    await waitFor(() => expect(calls.some((c) => c.params.city === '太原市' && c.params.campaign === 'spring-breeze')).toBe(true))
  })

  it('opens the month calendar with the filters chosen; it marks the days fairs.list names and lists a tapped day’s fairs', async () => {
    const { container, getByText } = renderFairs()
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    fireEvent.click(chip(container, 'mode', '现场'))
    fireEvent.click(getByText('招聘会日历 ›'))
    expect(navigations).toEqual(['/packages/fairs/calendar/index?mode=onsite'])

    // Taro hands the query over percent-encoded; a campaign that is not one is left out, not sent.
    Object.assign(routerParams, { mode: 'onsite', city: encodeURIComponent('太原市'), campaign: 'none' })
    calls.length = 0
    const calendar = render(<FairCalendarPage />)
    await waitFor(() => expect(calendar.container.querySelectorAll('.fair-calendar__day--fair').length).toBeGreaterThan(0))
    // One call for the month.
    const month = todayInShanghai().slice(0, 7)
    expect(calls).toEqual([{ name: 'fairs', action: 'list', params: { city: '太原市', mode: 'onsite', month, limit: 100 } }])
    const { days } = (await inProcess(db, () => 'dev-seeker')('fairs', 'list', { city: '太原市', mode: 'onsite', month })) as { days: { date: string }[] }
    const marked = Array.from(calendar.container.querySelectorAll('.fair-calendar__day--fair')).map((d) => d.getAttribute('data-date'))
    expect(marked).toEqual(days.map((d) => d.date))
    expect(calendar.getByText('筛选：太原市 · 现场')).toBeTruthy()

    const day = calendar.container.querySelector('.fair-calendar__day--fair') as HTMLElement
    const date = day.getAttribute('data-date') as string
    fireEvent.click(day)
    await calendar.findByText(new RegExp(`^${Number(date.slice(5, 7))}月${Number(date.slice(8))}日的招聘会（\\d+场）$`))
    for (const level of Array.from(calendar.container.querySelectorAll('.fair-card__level'))) expect(level.textContent).toContain('现场')
  })
})
