/**
 * 我的 for someone who applied for jobs and then registered a firm: their firm, and beside it their
 * earlier job seeking — the applications, the export and the deletion of their seeker data, which
 * leaves the firm as it is. Against the real functions (in process) on a seeded embedded database.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { seedIfEmpty } from '../../server/seed'
import { CODES, profile } from '../helpers/firms'
import { seekerProfile } from '../helpers/seekers'
import { functionCalls, inProcess } from './app-functions'
import { modals, resetTaro, toasts } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import MePage from '../../src/pages/me'

const PERSON = 'dev-seeker'
let db: EmbeddedDatabase
const call = (name: string, action: string, params: Record<string, unknown> = {}) => inProcess(db, () => PERSON)(name, action, params)

beforeEach(async () => {
  db = openEmbeddedDatabase(':memory:', { schema: collections })
  await seedIfEmpty(db, new Date())
  resetTaro()
  functionCalls.length = 0
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => PERSON))
  // Applies for a job, then registers a firm.
  await call('account', 'updateProfile', seekerProfile())
  const { jobs } = (await call('jobs', 'search', { pageSize: 1 })) as { jobs: { id: string }[] }
  await call('applications', 'apply', { jobId: jobs[0].id })
  await call('account', 'registerEmployer', profile({ creditCode: CODES.spare, name: '太原王记商贸有限公司' }))
})
afterEach(() => db.close())

const section = (container: HTMLElement) => container.querySelector<HTMLElement>('.seeker-section--former')
const entry = (within: HTMLElement, label: string) =>
  Array.from(within.querySelectorAll<HTMLElement>('.me-entry')).find((e) => e.querySelector('.me-entry__label')?.textContent === label) as HTMLElement

it('shows the firm and, apart, the earlier job seeking: applications, export, deletion — no new seeking', async () => {
  const { container } = render(<MePage />)
  await waitFor(() => expect(section(container)).toBeTruthy())
  expect(container.querySelector('.me-firm')?.textContent).toContain('太原王记商贸有限公司')
  const former = section(container)!
  expect(former.querySelector('.card__title')?.textContent).toBe('以往的求职记录')
  expect(entry(former, '我的投递').textContent).toContain('1 条')
  expect(entry(former, '导出我的数据')).toBeTruthy()
  expect(entry(former, '我的收藏')).toBeUndefined()
  expect(container.textContent).not.toContain('求职资料修改')
})

it('deletes the seeker data on request, and the firm stays', async () => {
  const { container } = render(<MePage />)
  await waitFor(() => expect(section(container)).toBeTruthy())
  fireEvent.click(entry(section(container)!, '删除求职数据'))
  await waitFor(() => expect(section(container)).toBeNull())
  expect(modals.map((m) => m.title)).toEqual(['删除求职数据'])
  expect(modals[0].content).toContain('企业资料和岗位不受影响')
  expect(toasts).toEqual(['已删除'])
  expect(functionCalls.filter((c) => c.action === 'deleteAccount')).toHaveLength(1)
  expect(container.querySelector('.me-firm')?.textContent).toContain('太原王记商贸有限公司')
})
