/**
 * The postings part of the 招聘 tab against the real functions (in process) on the seeded province:
 * the first segment, newest first, filters and sort sent to jobs.search, endless scrolling by cursor,
 * pull-to-refresh, loading and empty states. What each list should hold is read from the stored
 * postings.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { freshDatabase } from '../helpers/context'
import { CITIES } from '../../cloudfunctions/_shared/catalog/regions'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { seedIfEmpty } from '../../server/seed'
import { functionCalls, inProcess } from './app-functions'
import { navigations, pageHandlers, pageScrolls, resetTaro } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import JobsPage from '../../src/pages/jobs'

let db: EmbeddedDatabase

beforeEach(async () => {
  resetTaro()
  functionCalls.length = 0
  db = freshDatabase()
  await seedIfEmpty(db, new Date())
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => 'dev-seeker'))
})
afterEach(() => db.close())

const cards = (container: HTMLElement) => Array.from(container.querySelectorAll('.job-card'))
const titles = (container: HTMLElement) => cards(container).map((c) => c.querySelector('.job-card__title')?.textContent)
const searches = () => functionCalls.filter((c) => c.name === 'jobs' && c.action === 'search').map((c) => c.params)
const chip = (container: HTMLElement, filter: string, label: string) =>
  Array.from(container.querySelectorAll(`[data-filter="${filter}"] .chip`)).find((c) => c.textContent === label) as HTMLElement

/**
 * What the board should show of the seeded province, read straight from the stored postings: those
 * recruiting now that `pass`, newest first (or the best paid), ties by id, a page of 20.
 */
async function expected(pass: (job: Job) => boolean = () => true, sort: 'newest' | 'pay' = 'newest', page = 20) {
  const nowIso = new Date().toISOString()
  const { data } = await db.collection<Job>(JOBS).where({ status: 'published' }).limit(1000).get()
  const key = (j: Job) => (sort === 'pay' ? String(j.pay.max).padStart(9, '0') : (j.publishedAt as string))
  return data
    .filter((j) => (j.validUntil as string) > nowIso && pass(j))
    .sort((a, b) => key(b).localeCompare(key(a)) || b._id.localeCompare(a._id))
    .slice(0, page)
    .map((j) => j.title)
}

/** `count` more published postings of the seeded 太原 firm, published over the last hours. */
async function morePostings(count: number) {
  const { data } = await db.collection<Job>(JOBS).where({ ownerOpenId: 'dev-hr', status: 'published' }).limit(1).get()
  const template: Partial<Job> = { ...data[0] }
  delete template._id
  const now = Date.now()
  for (let i = 0; i < count; i++) {
    const at = new Date(now - (i + 1) * 60_000).toISOString()
    await db.collection(JOBS).add({ ...template, title: `补充岗位${i + 1}`, publishedAt: at, updatedAt: at })
  }
}

describe('招聘 tab: postings', () => {
  it('lists the postings recruiting now first, newest first, a page at a time, with a loading state first and a way back to the top', async () => {
    const { container, getByText, queryByText } = render(<JobsPage />)
    expect(getByText('正在加载岗位…')).toBeTruthy()
    await waitFor(() => expect(cards(container).length).toBe(20))
    expect(titles(container)).toEqual(await expected())
    // Postings first: the fairs are a segment away and not asked for until it is opened.
    expect(container.querySelector('.jobs-tab__segment--on')?.textContent).toBe('岗位')
    expect(container.querySelector('.fairs-section')).toBeNull()
    expect(functionCalls.some((c) => c.name === 'fairs')).toBe(false)
    // Far down a long list, a tap brings the search back.
    act(() => void pageHandlers.pageScroll?.({ scrollTop: 600 }))
    expect(queryByText('顶部')).toBeNull()
    act(() => void pageHandlers.pageScroll?.({ scrollTop: 4000 }))
    fireEvent.click(getByText('顶部'))
    expect(pageScrolls).toEqual([0])
    act(() => void pageHandlers.pageScroll?.({ scrollTop: 0 }))
    expect(queryByText('顶部')).toBeNull()
    expect(queryByText('没有更多岗位了')).toBeNull()
    fireEvent.click(cards(container)[0])
    expect(navigations[navigations.length - 1]).toMatch(/^\/packages\/jobs\/detail\/index\?id=/)
  })

  it('loads the next page when the page reaches the bottom, without repeats, until the last', async () => {
    // The city with the fewest postings recruiting now that still fill three pages: all of it is loaded.
    const { data } = await db.collection<Job>(JOBS).where({ status: 'published', validUntil: db.command.gt(new Date().toISOString()) }).limit(1000).get()
    const liveIn = (c: string) => data.filter((j) => j.location.city === c).length
    const city = CITIES.filter((c) => liveIn(c) > 40).sort((a, b) => liveIn(a) - liveIn(b))[0]
    expect(city).toBeTruthy()
    const all = await expected((j) => j.location.city === city, 'newest', 1000)
    const { container, getByText } = render(<JobsPage />)
    await waitFor(() => expect(cards(container).length).toBe(20))
    fireEvent.click(getByText('筛选'))
    await waitFor(() => expect(chip(container, 'city', city)).toBeTruthy())
    fireEvent.click(chip(container, 'city', city))
    await waitFor(() => expect(titles(container)).toEqual(all.slice(0, 20)))
    const pages = Math.ceil(all.length / 20)
    for (let page = 2; page <= pages; page++) {
      act(() => void pageHandlers.reachBottom?.())
      await waitFor(() => expect(cards(container).length).toBe(Math.min(page * 20, all.length)))
    }
    await waitFor(() => getByText('没有更多岗位了'))
    expect(titles(container)).toEqual(all)
    expect(searches().slice(-pages).map((p) => [p.city, Boolean(p.cursor)])).toEqual(Array.from({ length: pages }, (_, i) => [city, i > 0]))
    // At the end, reaching the bottom asks for nothing more.
    const asked = searches().length
    act(() => void pageHandlers.reachBottom?.())
    expect(searches()).toHaveLength(asked)
  })

  it('sends the filters and the sort, and starts the list over', async () => {
    const { container, getByText } = render(<JobsPage />)
    await waitFor(() => expect(cards(container).length).toBe(20))
    fireEvent.click(getByText('筛选'))
    await waitFor(() => expect(chip(container, 'city', '大同市')).toBeTruthy())
    fireEvent.click(chip(container, 'city', '大同市'))
    const datong = (j: Job) => j.location.city === '大同市'
    await waitFor(async () => expect(titles(container)).toEqual(await expected(datong)))
    expect(searches().pop()).toMatchObject({ city: '大同市', sort: 'newest', pageSize: 20 })
    fireEvent.click(chip(container, 'district', '平城区'))
    await waitFor(async () => expect(titles(container)).toEqual(await expected((j) => datong(j) && j.location.district === '平城区')))
    expect(titles(container)).toContain('电焊工')
    fireEvent.click(chip(container, 'district', '不限'))
    fireEvent.click(container.querySelector('[data-sort="pay"]') as Element)
    await waitFor(async () => expect(titles(container)).toEqual(await expected(datong, 'pay')))
    expect(searches().pop()).toMatchObject({ city: '大同市', sort: 'pay' })
    expect(getByText('筛选 · 1')).toBeTruthy()
    fireEvent.click(chip(container, 'experience', '无经验'))
    await waitFor(async () => expect(titles(container)).toEqual(await expected((j) => datong(j) && j.requirements.experienceYears === 0, 'pay')))
    expect(titles(container)).toContain('机械装配工')
    expect(searches().pop()).toMatchObject({ city: '大同市', experienceYears: 0 })
  })

  it('searches by keyword, and says when nothing matches', async () => {
    const { container, getByText } = render(<JobsPage />)
    await waitFor(() => expect(cards(container).length).toBe(20))
    const input = container.querySelector('.job-board__input input') as HTMLInputElement
    fireEvent.input(input, { target: { value: '软件测试工程师' } })
    fireEvent.click(getByText('搜索'))
    await waitFor(() => expect(titles(container)).toEqual(['软件测试工程师']))
    fireEvent.input(input, { target: { value: '工程师' } })
    fireEvent.click(getByText('搜索'))
    await waitFor(async () => expect(titles(container)).toEqual(await expected((j) => j.title.includes('工程师') || j.employerName.includes('工程师'))))
    fireEvent.input(input, { target: { value: '飞行员' } })
    fireEvent.click(getByText('搜索'))
    await waitFor(() => getByText('没有符合条件的岗位，换个条件试试'))
    fireEvent.click(getByText('清空筛选'))
    await waitFor(() => expect(cards(container).length).toBe(20))
  })

  it('refreshes on pull-down and stops the spinner', async () => {
    const { container } = render(<JobsPage />)
    await waitFor(() => expect(cards(container).length).toBe(20))
    await morePostings(1)
    await act(async () => {
      pageHandlers.pullDownRefresh?.()
    })
    await waitFor(() => expect(titles(container)[0]).toBe('补充岗位1'))
    await waitFor(() => expect(pageHandlers.refreshStops).toBe(1))
  })
})
