/**
 * Who may do what with job fairs: every fairs action and the bureau's fair actions, called by an
 * anonymous caller, a seeker, a firm awaiting verification, a verified firm on its own booking and
 * on another firm's, and an administrator. A refused call answers with its code and writes nothing.
 */
import { ADMIN, at, fairInput, FIRM_A, FIRM_B, makeFairWorld, SEEKER, UNVERIFIED, type FairWorld } from '../helpers/fairs'

type Actor = 'anonymous' | 'seeker' | 'unverified' | 'verifiedOwn' | 'verifiedOther' | 'admin'
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_INPUT'

/** "Own" is firm A's booking at the fair; "other" is firm B acting on it (B has no booth there). */
const callerOf: Record<Actor, string | null> = {
  anonymous: null,
  seeker: SEEKER,
  unverified: UNVERIFIED,
  verifiedOwn: FIRM_A,
  verifiedOther: FIRM_B,
  admin: ADMIN,
}

interface Setup {
  w: FairWorld
  /** Upcoming (2026-12-05), firm A at booth 1 with its published posting, SEEKER signed up. */
  fairId: string
  code: string
}

interface Case {
  name: string
  fn: 'fairs' | 'admin'
  event: (s: Setup, actor: Actor) => Record<string, unknown>
  expect: Record<Actor, Outcome>
  /** The fair's day, for check-in and marking visits. */
  onFairDay?: boolean
}

const everyone = (o: Outcome): Record<Actor, Outcome> => ({ anonymous: o, seeker: o, unverified: o, verifiedOwn: o, verifiedOther: o, admin: o })
const adminOnly: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'FORBIDDEN', verifiedOwn: 'FORBIDDEN', verifiedOther: 'FORBIDDEN', admin: 'ok' }
const seekerOnly: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', seeker: 'ok', unverified: 'FORBIDDEN', verifiedOwn: 'FORBIDDEN', verifiedOther: 'FORBIDDEN', admin: 'FORBIDDEN' }

/** A posting the actor could bring: its own where it has one. */
const postingOf = (s: Setup, actor: Actor) =>
  actor === 'verifiedOther' ? s.w.jobs.bPublished : actor === 'unverified' ? s.w.jobs.unverifiedDraft : s.w.jobs.aPublished

const cases: Case[] = [
  { name: 'fairs.list', fn: 'fairs', event: () => ({ action: 'list' }), expect: everyone('ok') },
  { name: 'fairs.get', fn: 'fairs', event: (s) => ({ action: 'get', id: s.fairId }), expect: everyone('ok') },
  { name: 'fairs.forEmployer', fn: 'fairs', event: (s) => ({ action: 'forEmployer', employerId: s.w.ids.a }), expect: everyone('ok') },
  {
    name: 'fairs.register (a new fair, own posting)',
    fn: 'fairs',
    event: (s, actor) => ({ action: 'register', fairId: s.fairId, jobIds: [postingOf(s, actor)] }),
    // Firm A already holds a booth here: a second is refused.
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'FORBIDDEN', verifiedOwn: 'CONFLICT', verifiedOther: 'ok', admin: 'FORBIDDEN' },
  },
  {
    name: 'fairs.register (another firm’s posting)',
    fn: 'fairs',
    event: (s, actor) => ({ action: 'register', fairId: s.fairId, jobIds: [actor === 'verifiedOther' ? s.w.jobs.aPublished : s.w.jobs.bPublished] }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'FORBIDDEN', verifiedOwn: 'FORBIDDEN', verifiedOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'fairs.cancel',
    fn: 'fairs',
    event: (s) => ({ action: 'cancel', fairId: s.fairId }),
    // Firm B cannot reach firm A's booking: it has none of its own to cancel.
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'FORBIDDEN', verifiedOwn: 'ok', verifiedOther: 'NOT_FOUND', admin: 'FORBIDDEN' },
  },
  {
    name: 'fairs.setJobs',
    fn: 'fairs',
    event: (s, actor) => ({ action: 'setJobs', fairId: s.fairId, jobIds: [postingOf(s, actor)] }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'FORBIDDEN', verifiedOwn: 'ok', verifiedOther: 'NOT_FOUND', admin: 'FORBIDDEN' },
  },
  { name: 'fairs.signup', fn: 'fairs', event: (s) => ({ action: 'signup', fairId: s.fairId }), expect: seekerOnly },
  {
    name: 'fairs.mark',
    fn: 'fairs',
    event: (s) => ({ action: 'mark', fairId: s.fairId, employerId: s.w.ids.a, visited: true }),
    expect: seekerOnly,
    onFairDay: true,
  },
  {
    name: 'fairs.mine',
    fn: 'fairs',
    event: () => ({ action: 'mine' }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'ok', unverified: 'ok', verifiedOwn: 'ok', verifiedOther: 'ok', admin: 'FORBIDDEN' },
  },
  { name: 'admin.saveFair (create)', fn: 'admin', event: () => ({ action: 'saveFair', ...fairInput({ name: '新建的招聘会' }) }), expect: adminOnly },
  { name: 'admin.saveFair (edit)', fn: 'admin', event: (s) => ({ action: 'saveFair', id: s.fairId, ...fairInput({ boothCount: 20 }) }), expect: adminOnly },
  { name: 'admin.fairParticipants', fn: 'admin', event: (s) => ({ action: 'fairParticipants', fairId: s.fairId }), expect: adminOnly },
  { name: 'admin.exportFair', fn: 'admin', event: (s) => ({ action: 'exportFair', fairId: s.fairId, kind: 'signups' }), expect: adminOnly },
  { name: 'admin.fairCheckIn', fn: 'admin', event: (s) => ({ action: 'fairCheckIn', fairId: s.fairId, code: s.code }), expect: adminOnly, onFairDay: true },
  { name: 'admin.stats (with per-fair figures)', fn: 'admin', event: () => ({ action: 'stats' }), expect: adminOnly },
]

const rows = cases.flatMap((c) => (Object.keys(c.expect) as Actor[]).map((actor) => [c.name, actor, c.expect[actor], c] as const))

let s: Setup
beforeEach(async () => {
  const w = await makeFairWorld()
  const fairId = await w.createFair()
  await w.fairsOk(FIRM_A, { action: 'register', fairId, jobIds: [w.jobs.aPublished] })
  const { signup } = await w.fairsOk(SEEKER, { action: 'signup', fairId })
  s = { w, fairId, code: signup.code }
})
afterEach(() => s.w.db.close())

describe('permissions of the fair actions', () => {
  it.each(rows)('%s as %s → %s', async (_name, actor, outcome, c) => {
    const options = c.onFairDay ? { now: at('2026-12-05 10:00') } : {}
    const before = await s.w.dump()
    const event = c.event(s, actor)
    const res = c.fn === 'fairs' ? await s.w.fairsCall(callerOf[actor], event, options) : await s.w.adminCall(callerOf[actor], event, options)
    if (outcome === 'ok') {
      expect(res).toMatchObject({ ok: true })
    } else {
      expect(res).toMatchObject({ ok: false, error: { code: outcome } })
      expect(await s.w.dump()).toBe(before)
    }
  })

  it('covers every action of the fairs function and every fair action of admin', async () => {
    const fairs = (await import('../../cloudfunctions/fairs/index.ts')).default
    const names = new Set(cases.map((c) => c.name.split(' ')[0]))
    for (const action of Object.keys(fairs.actions)) expect(names).toContain(`fairs.${action}`)
    for (const action of ['saveFair', 'fairParticipants', 'exportFair', 'fairCheckIn', 'stats']) expect(names).toContain(`admin.${action}`)
  })
})
