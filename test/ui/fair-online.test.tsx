/**
 * An online fair has no door: against the real functions (in process) on the seeded province, a
 * seeker signed up for one gets no check-in code, and the bureau's page for it offers no 现场签到 —
 * while an on-site fair keeps both. And the bureau's 导出CSV waits for someone on the list.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { seedIfEmpty } from '../../server/seed'
import { freshDatabase } from '../helpers/context'
import { fairInput } from '../helpers/fairs'
import { inProcess } from './app-functions'
import { resetTaro, routerParams } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import FairBookingsPage from '../../src/packages/fairs/bookings'
import FairDetailPage from '../../src/packages/fairs/detail'

let db: EmbeddedDatabase
let caller = 'dev-seeker'

beforeAll(async () => {
  db = freshDatabase()
  await seedIfEmpty(db, new Date())
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => caller))
})
afterAll(() => db.close())
beforeEach(() => resetTaro())

/** The first open fair of a mode, signed up for by dev-seeker. */
async function signedUpFair(mode: 'online' | 'onsite') {
  const call = inProcess(db, () => 'dev-seeker')
  const { fairs } = (await call('fairs', 'list', { when: 'open', mode })) as { fairs: { id: string; status: string }[] }
  const fair = fairs.find((f) => f.status !== 'ended') as { id: string }
  await call('fairs', 'signup', { fairId: fair.id })
  routerParams.id = fair.id
  return fair.id
}

describe('a fair without a door', () => {
  it('online: the seeker is signed up, with no check-in code; the bureau gets no 现场签到', async () => {
    await signedUpFair('online')
    caller = 'dev-seeker'
    const seeker = render(<FairDetailPage />)
    await waitFor(() => expect(seeker.container.querySelector('.fair-pass')?.textContent).toContain('已报名'))
    expect(seeker.container.textContent).not.toContain('签到码')
    expect(seeker.container.querySelector('[data-mark="visited"]')).toBeNull()
    seeker.unmount()
    caller = 'dev-admin'
    const admin = render(<FairBookingsPage />)
    await waitFor(() => admin.getByText(/^报名求职者（\d+）$/))
    expect(admin.container.textContent).not.toMatch(/现场签到|已签到/)
  })

  it('on site: the seeker shows a check-in code, and the bureau checks people in', async () => {
    await signedUpFair('onsite')
    caller = 'dev-seeker'
    const seeker = render(<FairDetailPage />)
    await waitFor(() => expect(seeker.container.querySelector('.fair-pass')?.textContent).toContain('我的签到码'))
    seeker.unmount()
    caller = 'dev-admin'
    const admin = render(<FairBookingsPage />)
    await waitFor(() => admin.getByText('现场签到'))
  })
})

describe('the bureau’s export of a fair’s lists', () => {
  const ATTRIBUTE_WAIT = { timeout: 5000 }
  /**
   * Whether the export button is disabled, read as the accessibility sweep reads it. React writes
   * the prop as disabled="true" or "false"; once Taro's button component has started it reflects the
   * prop as a boolean attribute, empty or absent. Which a check sees depends on the machine's speed.
   */
  const exportDisabled = (container: HTMLElement) => container.querySelector('.fair-admin__export[disabled]:not([disabled="false"])') !== null

  it('is offered only for a list with someone on it', async () => {
    const admin = inProcess(db, () => 'dev-admin')
    const { fair } = (await admin('admin', 'saveFair', fairInput({ name: '导出测试专场' }))) as { fair: { id: string } }
    routerParams.id = fair.id
    caller = 'dev-admin'
    const empty = render(<FairBookingsPage />)
    await waitFor(() => empty.getByText('参会企业（0）'))
    // The button's attribute is set after the page's text: wait for it.
    await waitFor(() => expect(exportDisabled(empty.container)).toBe(true), ATTRIBUTE_WAIT)
    empty.unmount()

    await inProcess(db, () => 'dev-seeker')('fairs', 'signup', { fairId: fair.id })
    const page = render(<FairBookingsPage />)
    await waitFor(() => page.getByText('报名求职者（1）'))
    await waitFor(() => expect(exportDisabled(page.container)).toBe(true), ATTRIBUTE_WAIT)
    fireEvent.click(page.getByText('报名求职者（1）'))
    await waitFor(() => expect(exportDisabled(page.container)).toBe(false), ATTRIBUTE_WAIT)
  })
})
