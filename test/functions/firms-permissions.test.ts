/**
 * Who may do what: every action of account, jobs and admin, called by an anonymous caller, a seeker,
 * a firm awaiting verification, a verified firm on its own data and on another firm's, and an
 * administrator. A refused call answers with its code and writes nothing.
 */
import { ADMIN, CODES, expectOutcome, FIRM_A, jobContent, makeWorld, profile, SEEKER, UNVERIFIED, type FnName, type World } from '../helpers/firms'

type Actor = 'anonymous' | 'seeker' | 'unverified' | 'verifiedOwn' | 'verifiedOther' | 'admin'
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_INPUT'

const callerOf: Record<Actor, string | null> = {
  anonymous: null,
  seeker: SEEKER,
  unverified: UNVERIFIED,
  verifiedOwn: FIRM_A,
  verifiedOther: FIRM_A,
  admin: ADMIN,
}

interface Case {
  name: string
  fn: FnName
  /** The event for this actor: "own" data is firm A's (or the unverified firm's own), "other" is firm B's. */
  event: (w: World, actor: Actor) => Record<string, unknown> | Promise<Record<string, unknown>>
  expect: Record<Actor, Outcome>
}

const own = (w: World, actor: Actor, pick: (j: World['jobs']) => string, unverifiedPick = (j: World['jobs']) => j.unverifiedDraft) =>
  actor === 'unverified' ? unverifiedPick(w.jobs) : actor === 'verifiedOther' ? w.jobs.bDraft : pick(w.jobs)

const everyone = (o: Outcome): Record<Actor, Outcome> => ({ anonymous: o, seeker: o, unverified: o, verifiedOwn: o, verifiedOther: o, admin: o })
const adminOnly: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'FORBIDDEN', verifiedOwn: 'FORBIDDEN', verifiedOther: 'FORBIDDEN', admin: 'ok' }

const cases: Case[] = [
  { name: 'account.me', fn: 'account', event: () => ({ action: 'me' }), expect: everyone('ok') },
  { name: 'account.catalog', fn: 'account', event: () => ({ action: 'catalog' }), expect: everyone('ok') },
  {
    name: 'account.registerEmployer',
    fn: 'account',
    // "Other": a verified firm using another firm's credit code.
    event: (_w, actor) => ({ action: 'registerEmployer', ...profile({ creditCode: actor === 'verifiedOther' ? CODES.b : actor === 'unverified' ? CODES.unverified : CODES.spare }) }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'ok', unverified: 'ok', verifiedOwn: 'CONFLICT', verifiedOther: 'CONFLICT', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.create (draft)',
    fn: 'jobs',
    event: () => ({ action: 'create', ...jobContent() }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'ok', verifiedOwn: 'ok', verifiedOther: 'ok', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.create (submit for review)',
    fn: 'jobs',
    event: () => ({ action: 'create', ...jobContent(), submit: true }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'FORBIDDEN', verifiedOwn: 'ok', verifiedOther: 'ok', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.update (save draft)',
    fn: 'jobs',
    event: (w, actor) => ({ action: 'update', id: own(w, actor, (j) => j.aDraft), title: '新岗位名称' }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'ok', verifiedOwn: 'ok', verifiedOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.update (submit for review)',
    fn: 'jobs',
    event: (w, actor) => ({ action: 'update', id: own(w, actor, (j) => j.aDraft), submit: true }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'FORBIDDEN', verifiedOwn: 'ok', verifiedOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.update (a published posting)',
    fn: 'jobs',
    event: (w, actor) => ({ action: 'update', id: actor === 'verifiedOther' ? w.jobs.bPublished : own(w, actor, (j) => j.aPublished), headcount: 5 }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'ok', verifiedOwn: 'ok', verifiedOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.close',
    fn: 'jobs',
    event: (w, actor) => ({ action: 'close', id: actor === 'verifiedOther' ? w.jobs.bPublished : own(w, actor, (j) => j.aPublished) }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'ok', verifiedOwn: 'ok', verifiedOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.mine',
    fn: 'jobs',
    event: () => ({ action: 'mine' }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'ok', verifiedOwn: 'ok', verifiedOther: 'ok', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.mine (one posting)',
    fn: 'jobs',
    event: (w, actor) => ({ action: 'mine', id: own(w, actor, (j) => j.aPending) }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'ok', verifiedOwn: 'ok', verifiedOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'jobs.preview',
    fn: 'jobs',
    event: () => ({ action: 'preview', headcount: 2, duties: '限男性' }),
    expect: { anonymous: 'UNAUTHENTICATED', seeker: 'FORBIDDEN', unverified: 'ok', verifiedOwn: 'ok', verifiedOther: 'ok', admin: 'FORBIDDEN' },
  },
  { name: 'admin.queue', fn: 'admin', event: () => ({ action: 'queue' }), expect: adminOnly },
  {
    name: 'admin.review (an employer)',
    fn: 'admin',
    event: async (w) => ({ action: 'review', target: 'employer', id: w.ids.unverified, revision: await w.revision('employer', w.ids.unverified), decision: 'approve' }),
    expect: adminOnly,
  },
  {
    name: 'admin.review (a posting, the caller\'s own or another\'s)',
    fn: 'admin',
    event: async (w, actor) => ({ action: 'review', target: 'job', id: w.jobs.aPending, revision: await w.revision('job', w.jobs.aPending), decision: actor === 'verifiedOther' ? 'reject' : 'approve', reason: '测试' }),
    expect: adminOnly,
  },
  { name: 'admin.stats', fn: 'admin', event: () => ({ action: 'stats' }), expect: adminOnly },
]

const actors = Object.keys(callerOf) as Actor[]

describe.each(cases)('$name', (c) => {
  it.each(actors)('as %s', async (actor) => {
    const w = await makeWorld()
    try {
      const event = await c.event(w, actor)
      await expectOutcome(w, () => w.call(c.fn, callerOf[actor], event), c.expect[actor])
    } finally {
      w.db.close()
    }
  })
})

describe('the matrix itself', () => {
  it('covers every firm and review action of account, jobs and admin', async () => {
    const { default: account } = await import('../../cloudfunctions/account/index.ts')
    const { default: jobs } = await import('../../cloudfunctions/jobs/index.ts')
    const { default: admin } = await import('../../cloudfunctions/admin/index.ts')
    const routed = new Set([account, jobs, admin].flatMap((fn) => Object.keys(fn.actions).map((name) => `${fn.name}.${name}`)))
    const covered = new Set(cases.map((c) => c.name.split(' ')[0]))
    // The fairs' and matching's actions on these functions (e.g. admin.saveFair) have their own matrices.
    const firmActions = ['account.me', 'account.registerEmployer', 'account.catalog', 'jobs.create', 'jobs.update', 'jobs.close', 'jobs.mine', 'jobs.preview', 'admin.queue', 'admin.review', 'admin.stats']
    for (const name of firmActions) {
      expect(routed).toContain(name)
      expect(covered).toContain(name)
    }
  })

  it('uses firm A for the own-data calls (sanity)', () => {
    expect(callerOf.verifiedOwn).toBe(FIRM_A)
  })
})
