/**
 * An online fair has no door: against the real functions (in process) on the seeded province, a
 * seeker signed up for one gets no check-in code, and the bureau's page for it offers no 现场签到 —
 * while an on-site fair keeps both.
 */
import { render, waitFor } from '@testing-library/react'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { seedIfEmpty } from '../../server/seed'
import { freshDatabase } from '../helpers/context'
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
