/**
 * Who may use a 统一社会信用代码. Codes are public (every business licence shows one), so
 * registering one proves nothing until the bureau checks it: a code is held by the firm verified
 * under it, for good, or by a profile awaiting review for CREDIT_CODE_PENDING_HOLD_DAYS from when it
 * took the code; a rejected profile holds nothing. After the hold, others may register the code
 * too: every claim reaches the queue, marked with the others, and the bureau verifies one.
 */
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { RequestContext } from '../context'
import { AppError } from '../errors'
import { employerStatusLabels } from '../catalog/firms'
import { TIME_ZONE } from '../catalog/time'
import type { Transaction } from '../db/types'
import { creditCodeHolds } from '../repositories/credit-codes'
import { EMPLOYERS, employersRepository, type Employer } from '../repositories/employers'

dayjs.extend(utc)
dayjs.extend(timezone)

/**
 * How long a profile awaiting review keeps others from registering its code: a week, long enough
 * for the bureau to review it, short enough that a squatter who is never reviewed blocks the firm
 * the code belongs to for no longer. Counted from when the profile took the code; re-submitting
 * it does not renew the hold.
 */
export const CREDIT_CODE_PENDING_HOLD_DAYS = 7

const DAY_MS = 86_400_000

/** Until when a pending profile holds its code (ISO). */
export const pendingHoldUntil = (e: Employer) =>
  new Date(Date.parse(e.codeClaimedAt ?? e.submittedAt ?? e.createdAt) + CREDIT_CODE_PENDING_HOLD_DAYS * DAY_MS).toISOString()

/** Another profile's claim to a code, as the review queue shows it. */
export const claimView = (e: Employer) => ({
  id: e._id,
  name: e.name,
  status: e.status,
  statusLabel: employerStatusLabels[e.status],
  submittedAt: e.submittedAt ?? e.createdAt,
  /** A pending claim: until when it keeps others from registering the code. */
  heldUntil: e.status === 'pending' ? pendingHoldUntil(e) : null,
})

export type CodeClaim = ReturnType<typeof claimView>

/** CONFLICT: the bureau has verified another firm under this code. */
export const heldByVerified = (holder: Pick<Employer, '_id' | 'name'>) =>
  new AppError('CONFLICT', `该统一社会信用代码已由已认证企业「${holder.name}」使用，不能再认证另一家；请核实后驳回本申请`, {
    field: 'creditCode',
    heldBy: { id: holder._id, name: holder.name },
  })

/**
 * Refuses a registration (or re-submission) of `code` by the profile `ownId` (none yet: a new
 * one) while another profile holds it: a verified firm, or a pending profile within its hold.
 */
export async function requireCodeFree(ctx: RequestContext, code: string, ownId: string | null): Promise<void> {
  const others = (await employersRepository(ctx.db).findClaims([code])).filter((e) => e._id !== ownId)
  if (others.some((e) => e.status === 'verified')) {
    throw new AppError('CONFLICT', '该统一社会信用代码已由一家已认证企业使用；如确属本企业，请联系当地人力资源和社会保障部门', {
      field: 'creditCode',
      reason: 'verified',
    })
  }
  const nowIso = ctx.now().toISOString()
  const holding = others.map(pendingHoldUntil).filter((until) => until > nowIso).sort()
  const heldUntil = holding[holding.length - 1]
  if (heldUntil) {
    throw new AppError(
      'CONFLICT',
      `该统一社会信用代码已有其他账号提交认证，正在审核；如确属本企业，可于${dayjs(heldUntil).tz(TIME_ZONE).format('YYYY年M月D日 HH:mm')}后再次提交，或联系当地人力资源和社会保障部门`,
      { field: 'creditCode', reason: 'pending', heldUntil },
    )
  }
}

/** For each of these profiles, the other pending or verified profiles claiming its code. */
export async function otherClaims(ctx: RequestContext, profiles: readonly Employer[]): Promise<Map<string, CodeClaim[]>> {
  const claims = await employersRepository(ctx.db).findClaims(profiles.map((e) => e.creditCode))
  return new Map(profiles.map((e) => [e._id, claims.filter((c) => c.creditCode === e.creditCode && c._id !== e._id).map(claimView)]))
}

/** Before verifying `firm`: CONFLICT when the bureau verified another firm under its code. */
export async function requireNoVerifiedHolder(ctx: RequestContext, firm: Employer): Promise<void> {
  const holder = (await employersRepository(ctx.db).findClaims([firm.creditCode])).find((e) => e._id !== firm._id && e.status === 'verified')
  if (holder) throw heldByVerified(holder)
}

/** Takes the firm's code for it in the verification's transaction; CONFLICT when another firm holds it. */
export async function takeCreditCode(tx: Transaction, firm: Employer, at: string): Promise<void> {
  const holderId = await creditCodeHolds(tx).take(firm.creditCode, firm._id, at)
  if (holderId === null) return
  const holder = holderId ? (await tx.collection<Employer>(EMPLOYERS).doc(holderId).get()).data : null
  throw heldByVerified(holder ?? { _id: holderId, name: '另一家企业' })
}
