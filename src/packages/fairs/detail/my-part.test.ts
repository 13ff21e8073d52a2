import type { FairDetail, SignupView } from '../../../services/fairs'
import { myPart, type MyPartInput } from './my-part'

type Booking = NonNullable<NonNullable<FairDetail['mine']>['booking']>
const booking: Booking = { fairId: 'f1', employerId: 'e1', employerName: '太原晋阳仓储物流有限公司', boothNo: 7, jobIds: ['j1', 'j2'], createdAt: '2026-11-20T02:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z' }
const signup: SignupView = { fairId: 'f1', code: '123456', marks: [], checkedInAt: null, createdAt: '2026-11-21T02:00:00.000Z' }
const fair: MyPartInput['fair'] = { status: 'upcoming', mode: 'onsite', boothsLeft: 12 }
const firm = (status: 'verified' | 'pending') => ({ role: 'employer' as const, employer: { status } as NonNullable<MyPartInput['me']>['employer'] })
const decide = (over: Partial<MyPartInput>) => myPart({ fair, me: { role: 'seeker', employer: null }, mine: { booking: null, signup: null }, ...over })

describe('the fair page: what the caller can do', () => {
  it('lets the bureau manage any fair, ended or not', () => {
    expect(decide({ me: { role: 'admin', employer: null } })).toEqual({ kind: 'manage' })
    expect(decide({ me: { role: 'admin', employer: null }, fair: { ...fair, status: 'ended' } })).toEqual({ kind: 'manage' })
  })

  it('lets a firm with a booth change its jobs until the fair ends, and cancel only before it starts', () => {
    const mine = { booking, signup: null }
    expect(decide({ me: firm('verified'), mine })).toEqual({ kind: 'booking', booking, canChange: true, canCancel: true })
    expect(decide({ me: firm('verified'), mine, fair: { ...fair, status: 'today' } })).toMatchObject({ canChange: true, canCancel: true })
    expect(decide({ me: firm('verified'), mine, fair: { ...fair, status: 'ongoing' } })).toMatchObject({ canChange: true, canCancel: false })
    expect(decide({ me: firm('verified'), mine, fair: { ...fair, status: 'ended' } })).toMatchObject({ canChange: false, canCancel: false })
  })

  it('offers a verified firm a booth while there are any, and says why not otherwise', () => {
    expect(decide({ me: firm('verified') })).toEqual({ kind: 'book', refusal: null, boothsLeft: 12 })
    expect(decide({ me: firm('pending') })).toMatchObject({ kind: 'book', refusal: '企业认证通过后即可预订展位，带已发布的岗位参会' })
    expect(decide({ me: firm('verified'), fair: { ...fair, boothsLeft: 0 } })).toMatchObject({ refusal: '展位已订满' })
    expect(decide({ me: firm('pending'), fair: { ...fair, status: 'ended', boothsLeft: 0 } })).toMatchObject({ refusal: '招聘会已结束' })
  })

  it('shows a signed-up seeker the pass, also once the fair has ended', () => {
    expect(decide({ mine: { booking: null, signup } })).toEqual({ kind: 'pass', signup, onsite: true, open: true })
    expect(decide({ mine: { booking: null, signup }, fair: { ...fair, mode: 'online', status: 'ended' } })).toEqual({ kind: 'pass', signup, onsite: false, open: false })
  })

  it('asks a seeker to sign up, a visitor to sign in first, and nobody once the fair has ended', () => {
    expect(decide({})).toEqual({ kind: 'signup', state: 'open', onsite: true })
    expect(decide({ me: null, mine: null, fair: { ...fair, mode: 'online' } })).toEqual({ kind: 'signup', state: 'sign-in', onsite: false })
    expect(decide({ me: { role: 'anonymous', employer: null }, mine: null })).toMatchObject({ state: 'sign-in' })
    expect(decide({ me: null, mine: null, fair: { ...fair, status: 'ended' } })).toMatchObject({ state: 'ended' })
  })
})
