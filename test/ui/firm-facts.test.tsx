/**
 * 企业条件 against the real functions (in process) on the seeded province, as dev-hr: a firm's money
 * reads as the firm form asks it — 万元 with thousands separators, never raw yuan — and what is
 * typed in 万元 is stored in yuan.
 */
import { fireEvent, render, waitFor } from '@testing-library/react'
import { ENTERPRISE_FACTS, type EnterpriseFacts } from '../../cloudfunctions/_shared/repositories/enterprise-facts'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { seedIfEmpty } from '../../server/seed'
import { freshDatabase } from '../helpers/context'
import { inProcess } from './app-functions'
import { resetTaro } from './taro'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import FactsPage from '../../src/packages/employer/facts'

let db: EmbeddedDatabase

beforeAll(async () => {
  resetTaro()
  db = freshDatabase()
  await seedIfEmpty(db, new Date())
  ;(callFunction as jest.Mock).mockImplementation(inProcess(db, () => 'dev-hr'))
})
afterAll(() => db.close())

const fact = (container: HTMLElement, name: string) => container.querySelector(`[data-fact="${name}"]`) as HTMLElement
const input = (container: HTMLElement, name: string) => fact(container, name).querySelector('input') as HTMLInputElement
/** The fact's input once drawn: taro-input-core draws its <input> a moment after the fact itself. */
const drawnInput = (container: HTMLElement, name: string) => waitFor(() => expect(fact(container, name)?.querySelector('input')).toBeTruthy())

describe('企业条件: one money unit with the firm form', () => {
  it('asks revenue and assets in 万元 as registered (1,200万元), and stores what is typed in yuan', async () => {
    const { container, getByText } = render(<FactsPage />)
    for (const name of ['revenue', 'totalAssets', 'uiPremiumsLastYear']) await drawnInput(container, name)
    // dev-hr registered 12,000,000 yuan of revenue and 9,000,000 of assets.
    expect(input(container, 'revenue').value).toBe('1200')
    expect(input(container, 'totalAssets').value).toBe('900')
    expect(fact(container, 'revenue').textContent).toContain('万元')
    expect(container.textContent).not.toMatch(/12000000|9000000/)

    fireEvent.input(input(container, 'uiPremiumsLastYear'), { target: { value: '3.6' } })
    fireEvent.click(getByText('保存'))
    await waitFor(async () => {
      const { data } = await db.collection<EnterpriseFacts>(ENTERPRISE_FACTS).where({ ownerOpenId: 'dev-hr' }).get()
      expect(data[0].facts.uiPremiumsLastYear?.value).toBe(36_000)
    })
  })

  it('refuses 万元 it cannot read, and saves nothing', async () => {
    const { container, getByText } = render(<FactsPage />)
    await drawnInput(container, 'totalAssets')
    fireEvent.input(input(container, 'totalAssets'), { target: { value: '9.123456' } })
    fireEvent.click(getByText('保存'))
    await waitFor(() => getByText('「资产总额」请按万元填写不小于0的数，最多4位小数'))
  })
})
