/**
 * 审计日志 against the real functions (in process) on a seeded embedded database: decisions and
 * application status changes in words, the newest first, narrowed by kind, a page at a time.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { freshDatabase } from '../helpers/context'
import { seedIfEmpty } from '../../server/seed'
import { fairInput } from '../helpers/fairs'
import { functionCalls, inProcess } from './app-functions'
import { resetTaro } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import AuditPage from '../../src/packages/admin/audit'

let db: EmbeddedDatabase
let caller = 'dev-admin'
const call = (openId: string, name: string, action: string, params: Record<string, unknown> = {}) => {
  caller = openId
  return inProcess(db, () => caller)(name, action, params)
}

beforeAll(async () => {
  db = freshDatabase()
  await seedIfEmpty(db, new Date())
  // The bureau verifies the waiting firm; dev-hr invites an applicant to an interview.
  const queue = (await call('dev-admin', 'admin', 'queue')) as { employers: { id: string; revision: number }[] }
  await call('dev-admin', 'admin', 'review', { target: 'employer', id: queue.employers[0].id, decision: 'approve', revision: queue.employers[0].revision })
  const { jobs } = (await call('dev-hr', 'jobs', 'mine')) as { jobs: { id: string; state: string }[] }
  for (const posting of jobs.filter((p) => p.state === 'published')) {
    const pipeline = (await call('dev-hr', 'applications', 'forJob', { jobId: posting.id })) as { applications: { id: string; status: string }[] }
    const open = pipeline.applications.find((a) => a.status === 'submitted' || a.status === 'viewed')
    if (open) {
      await call('dev-hr', 'applications', 'setStatus', { id: open.id, status: 'interview', note: '周三下午两点面试' })
      break
    }
  }
  // Enough fair edits for more than one page.
  for (let i = 0; i < 31; i++) {
    await call('dev-admin', 'admin', 'saveFair', fairInput({ name: `测试招聘会${i + 1}` }))
  }
})
afterAll(() => db.close())

beforeEach(() => {
  resetTaro()
  functionCalls.length = 0
  caller = 'dev-admin'
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => caller))
})

const entries = (container: HTMLElement) => Array.from(container.querySelectorAll('.audit-entry'))
const chip = (container: HTMLElement, label: string) => Array.from(container.querySelectorAll('.choice-chips > *')).find((c) => c.textContent === label) as HTMLElement

describe('审计日志', () => {
  it('shows the newest first, 30 to a page, and loads the rest on request', async () => {
    const { container, getByText } = render(<AuditPage />)
    await waitFor(() => expect(entries(container)).toHaveLength(30))
    expect(entries(container)[0].querySelector('.audit-entry__target')?.textContent).toBe('测试招聘会31')
    fireEvent.click(getByText('加载更多'))
    await waitFor(() => getByText('没有更早的记录了'))
    expect(entries(container)).toHaveLength(33)
    expect(functionCalls.filter((c) => c.action === 'audit').at(-1)?.params.cursor).toEqual(expect.any(String))
  })

  it('narrows to one kind: an application moved by the firm, in words, with its note', async () => {
    const { container } = render(<AuditPage />)
    await waitFor(() => expect(entries(container).length).toBeGreaterThan(0))
    fireEvent.click(chip(container, '投递'))
    await waitFor(() => expect(entries(container)).toHaveLength(1))
    const entry = entries(container)[0]
    expect(entry.querySelector('.audit-entry__action')?.textContent).toBe('企业处理投递')
    expect(entry.querySelector('.audit-entry__actor')?.textContent).toBe('企业 · dev-hr')
    expect(entry.querySelector('.audit-change')?.textContent).toMatch(/^状态(企业已查看|已投递) → 邀请面试$/)
    expect(entry.querySelector('.audit-entry__note')?.textContent).toBe('说明：周三下午两点面试')
  })

  it('shows a firm’s verification as 待审核 → 已认证 by the administrator', async () => {
    const { container } = render(<AuditPage />)
    await waitFor(() => expect(entries(container).length).toBeGreaterThan(0))
    fireEvent.click(chip(container, '企业认证'))
    await waitFor(() => expect(entries(container)).toHaveLength(1))
    expect(entries(container)[0].textContent).toContain('管理员 · dev-admin')
    expect(entries(container)[0].querySelector('.audit-change')?.textContent).toBe('状态待审核 → 已认证')
  })

  it('tells anyone else it is for administrators only', async () => {
    caller = 'dev-seeker'
    const { findByText } = render(<AuditPage />)
    expect(await findByText('仅人社部门管理员可执行此操作')).toBeTruthy()
  })
})
