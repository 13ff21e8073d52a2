/**
 * 审核队列 against the real functions (in process) on a seeded embedded database: a decision names
 * the version the card shows, and when the firm changed it meanwhile the card says so in Chinese
 * and shows the new version, which the reviewer then decides on; two profiles claiming one credit
 * code are marked, and once one is verified the other cannot be.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { seedIfEmpty } from '../../server/seed'
import { functionCalls, inProcess } from './app-functions'
import { resetTaro, toasts } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import QueuePage from '../../src/packages/admin/queue'

let db: EmbeddedDatabase
let caller = 'dev-admin'
const call = (openId: string, name: string, action: string, params: Record<string, unknown> = {}, now = () => new Date()) =>
  inProcess(db, () => openId, now)(name, action, params)

beforeEach(async () => {
  db = openEmbeddedDatabase(':memory:', { schema: collections })
  await seedIfEmpty(db, new Date())
  resetTaro()
  functionCalls.length = 0
  caller = 'dev-admin'
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => caller))
})
afterEach(() => db.close())

/** The card whose title is `title`. */
const card = (container: HTMLElement, title: string) =>
  Array.from(container.querySelectorAll<HTMLElement>('.queue-item')).find((c) => c.querySelector('.queue-item__title')?.textContent === title)
const button = (within: HTMLElement, label: string) => Array.from(within.querySelectorAll<HTMLElement>('button, taro-button-core')).find((b) => b.textContent === label) as HTMLElement
const tab = (container: HTMLElement, label: string) => Array.from(container.querySelectorAll<HTMLElement>('.queue-tab')).find((t) => t.textContent?.startsWith(label)) as HTMLElement

describe('审核队列: a decision applies to the version shown', () => {
  it('tells the reviewer a posting changed after the queue loaded, shows the new version, and approves that one', async () => {
    const { container } = render(<QueuePage />)
    await waitFor(() => expect(tab(container, '岗位审核')).toBeTruthy())
    fireEvent.click(tab(container, '岗位审核'))
    await waitFor(() => expect(card(container, '数控机床操作工')?.textContent).toContain('¥5,000–7,500/月'))

    // The firm raises the pay eightfold and adds a WeChat contact while the reviewer reads.
    const { jobs } = (await call('seed-firm-2', 'jobs', 'mine', { state: 'pending' })) as { jobs: { id: string }[] }
    await call('seed-firm-2', 'jobs', 'update', { id: jobs[0].id, pay: { min: 40_000, max: 60_000 }, benefits: '详情加微信 jqt2026 咨询' })

    fireEvent.click(button(card(container, '数控机床操作工')!, '通过'))
    await waitFor(() => expect(card(container, '数控机床操作工')?.textContent).toContain('¥40,000–60,000/月'))
    const changed = card(container, '数控机床操作工')!
    expect(changed.querySelector('.queue-item__changed')?.textContent).toBe('企业在您打开审核队列后修改了岗位内容，请查看最新内容后再审核。以下为最新内容。')
    expect(changed.textContent).toContain('详情加微信 jqt2026 咨询')
    expect(toasts).toEqual([])
    const first = functionCalls.find((c) => c.action === 'review')!
    expect(first.params).toMatchObject({ target: 'job', id: jobs[0].id, decision: 'approve', revision: expect.any(Number) })

    fireEvent.click(button(changed, '通过'))
    await waitFor(() => expect(card(container, '数控机床操作工')).toBeUndefined())
    expect(toasts).toEqual(['已通过'])
    const reviews = functionCalls.filter((c) => c.action === 'review')
    expect(reviews.map((c) => c.params.revision)).toEqual([first.params.revision, (first.params.revision as number) + 1])
    const published = (await call('dev-seeker', 'jobs', 'get', { id: jobs[0].id })) as { job: { pay: { min: number; max: number } } }
    expect(published.job.pay).toEqual({ min: 40_000, max: 60_000 })
  })
})

describe('审核队列: two claims to one credit code', () => {
  it('marks both, and once one is verified tells the reviewer the other cannot be', async () => {
    // The seeded pending firm's code, registered by another account once its week-long hold ran out.
    const { employers } = (await call('dev-admin', 'admin', 'queue')) as { employers: { name: string; creditCode: string }[] }
    const seeded = employers[0]
    const later = new Date(Date.now() + 8 * 86_400_000)
    await call('u-other-firm', 'account', 'registerEmployer', {
      name: '长治另一家新材料有限公司', creditCode: seeded.creditCode, ownership: 'private', industry: 'industry', employees: 12, revenue: 1_000_000, totalAssets: 2_000_000,
      city: '长治市', district: '潞州区', address: '英雄南路1号', contactName: '刘洋', contactPhone: '13903550000',
    }, () => later)

    const { container } = render(<QueuePage />)
    await waitFor(() => expect(card(container, '长治另一家新材料有限公司')).toBeTruthy())
    const other = card(container, '长治另一家新材料有限公司')!
    const first = card(container, seeded.name)!
    expect(first.querySelector('.queue-claims')?.textContent).toContain('该信用代码另有 1 家企业申请或已认证长治另一家新材料有限公司（待审核')
    expect(other.querySelector('.queue-claims')?.textContent).toContain(`${seeded.name}（待审核`)
    expect(other.querySelector('.queue-claims__advice')?.textContent).toBe('请核实哪一家是该代码的持有企业：通过其中一家后，其余申请不能再通过。')

    fireEvent.click(button(first, '通过'))
    await waitFor(() => expect(card(container, seeded.name)).toBeUndefined())
    const left = card(container, '长治另一家新材料有限公司')!
    expect(left.querySelector('.queue-claims__advice')?.textContent).toBe(`已有企业「${seeded.name}」以该代码通过认证，本申请不能通过，请核实后驳回。`)
    fireEvent.click(button(left, '通过'))
    await waitFor(() => expect(left.querySelector('.decision__error')?.textContent).toBe(`该统一社会信用代码已由已认证企业「${seeded.name}」使用，不能再认证另一家；请核实后驳回本申请`))
  })
})
