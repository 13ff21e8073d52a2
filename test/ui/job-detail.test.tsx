/**
 * A posting's page against the real functions (in process) on a seeded embedded database: the
 * firm's public profile with its phone masked, the safety tips, the share card, and the apply
 * button for each kind of visitor — applying twice leaves one application.
 */
import { openIdKey } from '../../cloudfunctions/_shared/identity'
import { fireEvent, render, waitFor } from '@testing-library/react'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { freshDatabase } from '../helpers/context'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { seedIfEmpty } from '../../server/seed'
import { inProcess } from './app-functions'
import { navigations, resetTaro, routerParams, shareHandlers, toasts } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import JobDetailPage from '../../src/packages/jobs/detail'

let db: EmbeddedDatabase
let caller: string | null = null

beforeEach(async () => {
  resetTaro()
  db = freshDatabase()
  await seedIfEmpty(db, new Date())
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => caller))
})
afterEach(() => db.close())

async function open(title: string, as: string | null) {
  caller = as
  const { data } = await db.collection<Job>(JOBS).where({ title }).limit(1).get()
  routerParams.id = data[0]._id
  const view = render(<JobDetailPage />)
  await waitFor(() => view.getByText(title, { selector: '.job-detail__title' }))
  return { ...view, id: data[0]._id }
}
const mainButton = (container: HTMLElement) => container.querySelector('.job-detail__apply') as HTMLElement

describe('a posting\'s page', () => {
  it('shows the posting, its firm with the phone masked, the safety tips and a share card', async () => {
    const { container, id } = await open('电焊工', null)
    const text = container.textContent ?? ''
    for (const part of ['¥5,500–8,000/月', '按图纸完成机械结构件的焊接作业', '持焊工特种作业操作证', '大同恒信机械制造有限公司', '已认证', '联系人 王* · 0352-***0002', '求职安全提示', '求职不交钱']) {
      expect(text).toContain(part)
    }
    expect(text).not.toContain('0352-0000002')
    expect(mainButton(container).textContent).toBe('登录后投递')
    expect(shareHandlers.appMessage?.()).toEqual({ title: '电焊工 ¥5,500–8,000/月 · 大同恒信机械制造有限公司（大同市）', path: `/packages/jobs/detail/index?id=${id}` })
  })

  it('sends a seeker without a profile to fill it in first, remembering the posting', async () => {
    const { container, id } = await open('电焊工', 'dev-seeker')
    expect(mainButton(container).textContent).toBe('填写资料并投递')
    fireEvent.click(mainButton(container))
    expect(navigations).toEqual([`/packages/seeker/profile/index?apply=${id}`])
  })

  it('applies once however often the button is pressed', async () => {
    const { container, id } = await open('电焊工', 'seed-seeker-3')
    expect(mainButton(container).textContent).toBe('投递简历')
    fireEvent.click(mainButton(container))
    fireEvent.click(mainButton(container))
    // First on this device: the privacy guide is asked for before anything is sent.
    await waitFor(() => expect(container.querySelector('.privacy-dialog')).not.toBeNull())
    expect((await db.collection('applications').where({ jobId: id, seekerOpenId: 'seed-seeker-3' }).count()).total).toBe(0)
    fireEvent.click(container.querySelector('#jqt-privacy-agree') as HTMLElement)
    await waitFor(() => expect(mainButton(container).textContent).toBe('已投递 · 查看进度'))
    expect((await db.collection('applications').where({ jobId: id, seekerOpenId: 'seed-seeker-3' }).count()).total).toBe(1)
    fireEvent.click(mainButton(container))
    expect(navigations).toEqual(['/packages/seeker/applications/index'])
  })

  it('sends nothing when the seeker declines the privacy guide', async () => {
    const { container, getByText, id } = await open('电焊工', 'seed-seeker-3')
    fireEvent.click(mainButton(container))
    fireEvent.click(await waitFor(() => getByText('不同意')))
    await waitFor(() => expect(mainButton(container).textContent).toBe('投递简历'))
    expect(container.querySelector('.privacy-dialog')).toBeNull()
    expect((await db.collection('applications').where({ jobId: id, seekerOpenId: 'seed-seeker-3' }).count()).total).toBe(0)
  })

  it('tells a seeker who applied too often, in Chinese, when to try again, and sends nothing', async () => {
    // This hour's (and, should the hour turn, the next hour's) 60 applications are used up.
    const hour = 3_600_000
    for (const start of [Math.floor(Date.now() / hour) * hour, (Math.floor(Date.now() / hour) + 1) * hour]) {
      const windowStart = new Date(start).toISOString()
      const caller = openIdKey('seed-seeker-3', {})
      await db.collection('rateLimits').add({ _id: `apply:${caller}:${windowStart}`, kind: 'apply', caller, windowStart, count: 60 })
    }
    const { container, id } = await open('电焊工', 'seed-seeker-3')
    fireEvent.click(mainButton(container))
    await waitFor(() => expect(container.querySelector('#jqt-privacy-agree')).not.toBeNull())
    fireEvent.click(container.querySelector('#jqt-privacy-agree') as HTMLElement)
    await waitFor(() => expect(toasts.at(-1)).toMatch(/^操作过于频繁：每小时最多投递简历60次，请在(\d{1,2}月\d{1,2}日 )?\d{2}:\d{2}后（约\d+(秒|分钟|小时)后）再试$/))
    expect(mainButton(container).textContent).toBe('投递简历')
    expect((await db.collection('applications').where({ jobId: id, seekerOpenId: 'seed-seeker-3' }).count()).total).toBe(0)
  })

  it('shows an application\'s status to the seeker who applied', async () => {
    const { container } = await open('前端开发工程师', 'seed-seeker-1')
    expect(mainButton(container).textContent).toBe('已投递 · 邀请面试')
  })

  it('lets a seeker save the posting and report it', async () => {
    const { container, getByText } = await open('门店服务员', 'dev-seeker')
    fireEvent.click(getByText('收藏'))
    await waitFor(() => getByText('已收藏'))
    fireEvent.click(getByText('举报'))
    fireEvent.click(getByText('虚假招聘或收取费用'))
    fireEvent.click(getByText('提交举报'))
    await waitFor(() => getByText('已举报'))
    expect(container.querySelector('.report-dialog')).toBeNull()
    expect((await db.collection('reports').where({ reporterOpenId: 'dev-seeker' }).count()).total).toBe(1)
  })

  it('shows the firm that posted it the way to its applicants, and no apply button to firms', async () => {
    const own = await open('前端开发工程师', 'dev-hr')
    expect(mainButton(own.container).textContent).toBe('查看投递')
    fireEvent.click(mainButton(own.container))
    expect(navigations).toEqual([`/packages/employer/pipeline/index?jobId=${own.id}`])
    own.unmount()
    const other = await open('电焊工', 'dev-hr')
    expect(mainButton(other.container).textContent).toBe('企业账号不能投递')
  })
})
