import type { FairView } from '../../services/fairs'
import { pickNextFair, plansToHire } from '.'

const fair = (id: string, status: FairView['status'], boothsLeft = 10) => ({ id, status, boothsLeft }) as FairView

describe('NextFair', () => {
  it('speaks to a firm that plans to hire', () => {
    expect(plansToHire({ newHires: 3 })).toBe(true)
    expect(plansToHire({ interns: 1 })).toBe(true)
    expect(plansToHire({ difficultHires: 2, newHires: 0 })).toBe(true)
    expect(plansToHire({ newHires: 0 })).toBe(false)
    expect(plansToHire({})).toBe(false)
  })

  it('points to the first fair not ended that still has booths', () => {
    expect(pickNextFair([fair('a', 'ongoing', 0), fair('b', 'upcoming'), fair('c', 'upcoming')])?.id).toBe('b')
    expect(pickNextFair([fair('a', 'ended')])).toBeNull()
    expect(pickNextFair([])).toBeNull()
  })
})
