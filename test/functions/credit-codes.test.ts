/**
 * Credit codes are public, so registering one proves nothing: a code is held by the firm the bureau
 * verified under it, or for a bounded time by a profile awaiting review; a rejected profile holds
 * nothing. Two claims to one code both reach the queue, marked, and the bureau verifies one.
 */
import { CREDIT_CODE_PENDING_HOLD_DAYS } from '../../cloudfunctions/_shared/services/credit-code-claims'
import { present } from '../helpers/context'
import { ADMIN, CODES, makeWorld, NOW, profile, type World } from '../helpers/firms'

const SQUATTER = 'u-squatter'
const REAL = 'u-real-firm'
const DAY = 86_400_000
const at = (days: number) => new Date(NOW.getTime() + days * DAY)


let w: World
beforeEach(async () => {
  w = await makeWorld()
})
afterEach(() => w.db.close())

const register = (openId: string, over: Record<string, unknown>, now = NOW) =>
  w.call('account', openId, { action: 'registerEmployer', ...profile({ creditCode: CODES.spare, ...over }) }, { now })
const employerOf = async (openId: string) => present((await w.ok('account', openId, { action: 'me' })).employer, `${openId}'s firm`)
const queued = async (now = NOW) => (await w.ok('admin', ADMIN, { action: 'queue' }, { now })).employers

it('a rejected profile releases its code: the firm it belongs to registers it', async () => {
  expect(await register(SQUATTER, { name: '太原冒名商贸有限公司' })).toMatchObject({ ok: true })
  await w.review({ target: 'employer', id: (await employerOf(SQUATTER)).id, decision: 'reject', reason: '信用代码与企业名称不符' })
  expect(await register(REAL, { name: '太原测试软件有限公司' })).toMatchObject({ ok: true, data: { employer: { status: 'pending', creditCode: CODES.spare } } })
})

it(`a pending claim holds the code for ${CREDIT_CODE_PENDING_HOLD_DAYS} days from when it took it; re-submitting does not renew it`, async () => {
  await register(SQUATTER, { name: '太原冒名商贸有限公司' })
  const held = await register(REAL, {}, at(1))
  const heldUntil = at(CREDIT_CODE_PENDING_HOLD_DAYS).toISOString()
  expect(held).toMatchObject({
    ok: false,
    error: {
      code: 'CONFLICT',
      message: expect.stringContaining('该统一社会信用代码已有其他账号提交认证，正在审核'),
      details: { field: 'creditCode', reason: 'pending', heldUntil },
    },
  })
  // The squatter re-submits the same code to keep it.
  expect(await register(SQUATTER, { name: '太原冒名商贸有限公司（更正）' }, at(CREDIT_CODE_PENDING_HOLD_DAYS - 1))).toMatchObject({ ok: true })
  expect((await register(REAL, {}, at(CREDIT_CODE_PENDING_HOLD_DAYS - 0.01))).ok).toBe(false)
  expect(await register(REAL, {}, at(CREDIT_CODE_PENDING_HOLD_DAYS))).toMatchObject({ ok: true, data: { employer: { status: 'pending' } } })
})

it('a verified firm holds its code for good', async () => {
  const before = await w.dump()
  const res = await register(REAL, { creditCode: CODES.a }, at(400))
  expect(res).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('已由一家已认证企业使用'), details: { field: 'creditCode', reason: 'verified' } },
  })
  expect(await w.dump()).toBe(before)
})

it('a profile taking another code takes it afresh, and may not take one held', async () => {
  await register(SQUATTER, { name: '太原冒名商贸有限公司' })
  // UNVERIFIED (pending since NOW) moves to the squatter's code while it is held: refused.
  expect(await w.call('account', 'u-firm-unverified', { action: 'registerEmployer', ...profile({ creditCode: CODES.spare }) }, { now: at(1) })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', details: { reason: 'pending' } },
  })
  // The squatter moves to a fresh code: its hold on that one starts now, and the first is free.
  expect(await register(SQUATTER, { creditCode: CODES.spare2 }, at(5))).toMatchObject({ ok: true })
  expect(await register(REAL, {}, at(5))).toMatchObject({ ok: true })
  expect(await register('u-third', { creditCode: CODES.spare2 }, at(5 + CREDIT_CODE_PENDING_HOLD_DAYS - 1))).toMatchObject({ ok: false, error: { details: { reason: 'pending' } } })
})

describe('two claims to one code', () => {
  /** The squatter's claim lapsed unreviewed; the real firm registered the same code. */
  async function twoClaims() {
    await register(SQUATTER, { name: '太原冒名商贸有限公司' })
    await register(REAL, { name: '太原测试软件有限公司' }, at(CREDIT_CODE_PENDING_HOLD_DAYS))
    const queue = await queued(at(CREDIT_CODE_PENDING_HOLD_DAYS))
    return { squatter: queue.find((e) => e.name === '太原冒名商贸有限公司')!, real: queue.find((e) => e.name === '太原测试软件有限公司')! }
  }

  it('are both in the queue, each marked with the other', async () => {
    const { squatter, real } = await twoClaims()
    expect(squatter.codeClaims).toEqual([expect.objectContaining({ id: real.id, name: '太原测试软件有限公司', status: 'pending', statusLabel: '待审核' })])
    expect(real.codeClaims).toEqual([expect.objectContaining({ id: squatter.id, name: '太原冒名商贸有限公司', status: 'pending' })])
    const lone = (await queued()).find((e) => e.creditCode === CODES.unverified)
    expect(lone?.codeClaims).toEqual([])
  })

  it('the bureau verifies one; the other cannot be verified and is marked with the verified firm', async () => {
    const { squatter, real } = await twoClaims()
    const now = { now: at(CREDIT_CODE_PENDING_HOLD_DAYS) }
    expect(await w.call('admin', ADMIN, { action: 'review', target: 'employer', id: real.id, revision: real.revision, decision: 'approve' }, now)).toMatchObject({ ok: true })
    const marked = (await queued(now.now)).find((e) => e.id === squatter.id)!
    expect(marked.codeClaims).toEqual([expect.objectContaining({ id: real.id, status: 'verified', statusLabel: '已认证' })])
    const before = await w.dump()
    expect(await w.call('admin', ADMIN, { action: 'review', target: 'employer', id: squatter.id, revision: squatter.revision, decision: 'approve' }, now)).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '该统一社会信用代码已由已认证企业「太原测试软件有限公司」使用，不能再认证另一家；请核实后驳回本申请',
        details: { field: 'creditCode', heldBy: { id: real.id, name: '太原测试软件有限公司' } },
      },
    })
    expect(await w.dump()).toBe(before)
    expect(await w.call('admin', ADMIN, { action: 'review', target: 'employer', id: squatter.id, revision: squatter.revision, decision: 'reject', reason: '信用代码已由他人认证' }, now)).toMatchObject({ ok: true })
  })

  it('approved at the same moment, only one is verified', async () => {
    const { squatter, real } = await twoClaims()
    const now = { now: at(CREDIT_CODE_PENDING_HOLD_DAYS) }
    const results = await Promise.all(
      [real, squatter].map((e) => w.call('admin', ADMIN, { action: 'review', target: 'employer', id: e.id, revision: e.revision, decision: 'approve' }, now)),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'creditCode' } } })
    const statuses = await Promise.all([SQUATTER, REAL].map(async (o) => (await employerOf(o)).status))
    expect(statuses.sort()).toEqual(['pending', 'verified'])
  })
})
