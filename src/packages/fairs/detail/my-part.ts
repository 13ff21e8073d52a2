import type { Me } from '../../../services/account'
import type { FairDetail, FairView, SignupView } from '../../../services/fairs'

type Booking = NonNullable<NonNullable<FairDetail['mine']>['booking']>

/**
 * The card under a fair's head: what the caller can do here. The bureau manages it; a firm books a
 * booth or has one; a seeker signs up or shows the pass. A pure decision, tested beside it; the page
 * draws one card per kind.
 */
export type MyPart =
  | { kind: 'manage' }
  /** A firm's booth: the jobs it brings can change until the fair ends, the booth is cancelled only before it starts. */
  | { kind: 'booking'; booking: Booking; canChange: boolean; canCancel: boolean }
  /** A firm without a booth: why it cannot book, or null and the booths left. */
  | { kind: 'book'; refusal: string | null; boothsLeft: number }
  /** A seeker signed up: an on-site fair's check-in code, or (online) nothing to show at a door. */
  | { kind: 'pass'; signup: SignupView; onsite: boolean; open: boolean }
  /** Anyone else: sign up, sign in first, or nothing (ended). */
  | { kind: 'signup'; state: 'ended' | 'sign-in' | 'open'; onsite: boolean }

export interface MyPartInput {
  fair: Pick<FairView, 'status' | 'mode' | 'boothsLeft'>
  me: Pick<Me, 'role' | 'employer'> | null
  mine: FairDetail['mine']
}

export function myPart({ fair, me, mine }: MyPartInput): MyPart {
  const open = fair.status !== 'ended'
  const onsite = fair.mode === 'onsite'
  const role = me?.role ?? 'anonymous'
  if (role === 'admin') return { kind: 'manage' }
  if (role === 'employer') {
    const booking = mine?.booking
    if (booking) return { kind: 'booking', booking, canChange: open, canCancel: open && (fair.status === 'upcoming' || fair.status === 'today') }
    const refusal = !open ? '招聘会已结束' : me?.employer?.status !== 'verified' ? '企业认证通过后即可预订展位，带已发布的岗位参会' : fair.boothsLeft === 0 ? '展位已订满' : null
    return { kind: 'book', refusal, boothsLeft: fair.boothsLeft }
  }
  if (mine?.signup) return { kind: 'pass', signup: mine.signup, onsite, open }
  return { kind: 'signup', state: !open ? 'ended' : role === 'anonymous' ? 'sign-in' : 'open', onsite }
}
