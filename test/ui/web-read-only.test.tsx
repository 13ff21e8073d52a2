/**
 * The browser build against the cloud (JQT_API_BASE set, not local mode) signs nobody in: where a
 * write would be it says 「请在微信中打开」, and a write refused for want of a caller says the same.
 * The local H5 app, against the same functions, still offers them. Pages run against the real
 * functions (in process) on a seeded embedded database, as an anonymous visitor.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { seedIfEmpty } from '../../server/seed'
import { inProcess } from './app-functions'
import { network, resetTaro, routerParams, toasts } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import JobDetailPage from '../../src/packages/jobs/detail'
import FairDetailPage from '../../src/packages/fairs/detail'
import RegisterPage from '../../src/packages/employer/register'
import MePage from '../../src/pages/me'

const flags = globalThis as Record<string, unknown>
const CLOUD = 'https://jqt-prod-1a2b.service.tcloudbase.com'

/** The build: against the cloud (what docs/deploy.md builds for HTTP access) or the local H5 app. */
function build(kind: 'cloud' | 'local') {
  flags.API_BASE = kind === 'cloud' ? CLOUD : ''
  flags.LOCAL_MODE = kind === 'local'
}

let db: EmbeddedDatabase
beforeAll(async () => {
  db = openEmbeddedDatabase(':memory:', { schema: collections })
  await seedIfEmpty(db, new Date())
})
afterAll(() => db.close())
beforeEach(() => {
  resetTaro()
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => null))
})
afterEach(() => build('local'))

async function openJob(title: string) {
  const { data } = await db.collection<Job>(JOBS).where({ title }).limit(1).get()
  routerParams.id = data[0]._id
  const view = render(<JobDetailPage />)
  await waitFor(() => view.getByText(title, { selector: '.job-detail__title' }))
  return view.container.querySelector('.job-detail__apply') as HTMLElement
}

/** The first open fair of a mode (an on-site one gives a check-in code; an online one has no door). */
async function openFair(mode: 'onsite' | 'online' = 'onsite') {
  const { fairs } = (await inProcess(db, () => null)('fairs', 'list', { when: 'open', mode })) as { fairs: { id: string; name: string }[] }
  routerParams.id = fairs[0].id
  const view = render(<FairDetailPage />)
  await waitFor(() => expect(view.container.querySelector('.fair-mine')?.textContent).toContain('求职者报名'))
  return view.container.querySelector('.fair-mine')?.textContent ?? ''
}

describe('the browser build against the cloud', () => {
  beforeEach(() => build('cloud'))

  it('offers no application on a posting: 请在微信中打开, and a tap says where to apply', async () => {
    const apply = await openJob('电焊工')
    expect(apply.textContent).toBe('请在微信中打开')
    fireEvent.click(apply)
    expect(toasts).toEqual(['投递简历请在微信中打开「晋企通」小程序'])
  })

  it('offers no sign-up for a fair, and no firm registration', async () => {
    expect(await openFair()).toContain('报名并获取签到码请在微信中打开「晋企通」小程序')
    expect(await openFair('online')).toContain('报名参会请在微信中打开「晋企通」小程序')
    const register = render(<RegisterPage />)
    await waitFor(() => register.getByText('注册企业请在微信中打开「晋企通」小程序'))
  })

  it('says on 我的 what the web version is for and that the rest is in WeChat', async () => {
    const { container, getByText } = render(<MePage />)
    await waitFor(() => getByText('请在微信中打开「晋企通」小程序'))
    expect(container.textContent).toContain('网页版可查看政策、测算可享补贴、浏览岗位和招聘会')
    expect(container.textContent).not.toContain('登录后可注册企业')
  })

  it('turns a write refused for want of a caller into 请在微信中打开', async () => {
    const { callFunction: overTheNetwork, CallError } = jest.requireActual<typeof import('../../src/services/cloud')>('../../src/services/cloud')
    const sent: { url: string; header: Record<string, string> }[] = []
    network.answer = ({ url, header }) => {
      sent.push({ url, header })
      return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录后再操作' } }
    }
    const refused = overTheNetwork('jobs', 'favourite', { id: 'job-1', favourite: true })
    await expect(refused).rejects.toEqual(new CallError('UNAUTHENTICATED', '请在微信中打开「晋企通」小程序后操作'))
    expect(sent).toEqual([{ url: `${CLOUD}/fn/jobs`, header: { 'content-type': 'application/json' } }])
    build('local')
    await expect(overTheNetwork('jobs', 'favourite', { id: 'job-1', favourite: true })).rejects.toThrow('请先登录后再操作')
  })
})

describe('the local H5 app', () => {
  it('still offers the same writes after signing in', async () => {
    expect((await openJob('电焊工')).textContent).toBe('登录后投递')
    expect(await openFair()).toContain('登录后报名并获取签到码')
    expect(await openFair('online')).toContain('登录后报名参会')
  })
})
