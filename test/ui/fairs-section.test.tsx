/**
 * The fairs part of the 招聘 tab against the real functions (in process) on a freshly seeded embedded
 * database: fairs under way first, filters sent to fairs.list, the calendar's fair days.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { freshDatabase } from '../helpers/context'
import { seedIfEmpty } from '../../server/seed'
import { navigations, resetTaro } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import JobsPage from '../../src/pages/jobs'
import { functionCalls as calls, inProcess } from './app-functions'

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

describe('招聘 tab: fairs', () => {
  it('lists fairs under way first, then upcoming, with the seeker’s entry to their sign-ups', async () => {
    const { container, getByText } = render(<JobsPage />)
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect(statuses(container)[0]).toBe('进行中')
    expect(getByText(/^正在进行和即将举办（\d+场）$/)).toBeTruthy()
    await waitFor(() => getByText('我的报名'))
    fireEvent.click(getByText('我的报名'))
    expect(navigations).toEqual(['/packages/fairs/mine/index'])
  })

  it('sends the campaign, mode and city filters to fairs.list', async () => {
    const { container } = render(<JobsPage />)
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

  it('marks the month’s fair days and lists a day’s fairs when tapped', async () => {
    const { container, getByText } = render(<JobsPage />)
    await waitFor(() => expect(container.querySelectorAll('.fair-calendar__day--fair').length).toBeGreaterThan(0))
    const day = container.querySelector('.fair-calendar__day--fair') as HTMLElement
    const date = day.getAttribute('data-date') as string
    fireEvent.click(day)
    const heading = `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日的招聘会`
    await waitFor(() => getByText(new RegExp(`^${heading}`)))
    fireEvent.click(getByText('收起'))
    await waitFor(() => expect(container.textContent).not.toContain(heading))
  })
})
