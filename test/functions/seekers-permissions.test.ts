/**
 * Who may do what on the seekers' side: every seeker action, called anonymously, by a
 * seeker on their own data and on another seeker's, by the firm that owns the posting and by
 * another firm, and by an administrator. A refused call answers with its code and writes nothing.
 */
import { ADMIN, FIRM_A, FIRM_B, makeSeekerWorld, SEEKER, SEEKER_2, type SeekerFn, type SeekerWorld } from '../helpers/seekers'
import { expectOutcome } from '../helpers/firms'

type Actor = 'anonymous' | 'seekerOwn' | 'seekerOther' | 'firmOwn' | 'firmOther' | 'admin'
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT'

/**
 * "Own" data is SEEKER's (their application to firm A's posting) and firm A's posting; "other":
 * SEEKER_2 acting on SEEKER's application, firm B acting on firm A's posting.
 */
const callerOf: Record<Actor, string | null> = {
  anonymous: null,
  seekerOwn: SEEKER,
  seekerOther: SEEKER_2,
  firmOwn: FIRM_A,
  firmOther: FIRM_B,
  admin: ADMIN,
}

interface Case {
  name: string
  fn: SeekerFn
  /** `reportId`: an open report (by SEEKER_2, of firm B's posting). */
  event: (w: SeekerWorld, reportId: string) => Record<string, unknown> | Promise<Record<string, unknown>>
  expect: Record<Actor, Outcome>
}

const everyone = (o: Outcome): Record<Actor, Outcome> => ({ anonymous: o, seekerOwn: o, seekerOther: o, firmOwn: o, firmOther: o, admin: o })
const seekersOnly: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', seekerOwn: 'ok', seekerOther: 'ok', firmOwn: 'FORBIDDEN', firmOther: 'FORBIDDEN', admin: 'FORBIDDEN' }
/** A person's own seeker data, whatever their role now: a firm reaches what it did as a seeker (here, nothing). */
const ownData: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', seekerOwn: 'ok', seekerOther: 'ok', firmOwn: 'ok', firmOther: 'ok', admin: 'FORBIDDEN' }
const adminOnly: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', seekerOwn: 'FORBIDDEN', seekerOther: 'FORBIDDEN', firmOwn: 'FORBIDDEN', firmOther: 'FORBIDDEN', admin: 'ok' }

const cases: Case[] = [
  { name: 'jobs.search', fn: 'jobs', event: () => ({ action: 'search', city: '大同市', sort: 'pay' }), expect: everyone('ok') },
  { name: 'jobs.get', fn: 'jobs', event: (w) => ({ action: 'get', id: w.jobs.aPublished }), expect: everyone('ok') },
  { name: 'jobs.get (a draft is never public)', fn: 'jobs', event: (w) => ({ action: 'get', id: w.jobs.aDraft }), expect: everyone('NOT_FOUND') },
  { name: 'jobs.favourite', fn: 'jobs', event: (w) => ({ action: 'favourite', id: w.jobs.aPublished, favourite: true }), expect: seekersOnly },
  { name: 'jobs.favourites', fn: 'jobs', event: () => ({ action: 'favourites' }), expect: seekersOnly },
  {
    name: 'jobs.report',
    fn: 'jobs',
    event: (w) => ({ action: 'report', id: w.jobs.aPublished, reason: 'fraud', note: '要求先交培训费' }),
    expect: { anonymous: 'UNAUTHENTICATED', seekerOwn: 'ok', seekerOther: 'ok', firmOwn: 'FORBIDDEN', firmOther: 'ok', admin: 'FORBIDDEN' },
  },
  { name: 'applications.apply', fn: 'applications', event: (w) => ({ action: 'apply', jobId: w.jobs.bPublished }), expect: seekersOnly },
  { name: 'applications.mine', fn: 'applications', event: () => ({ action: 'mine' }), expect: ownData },
  {
    name: 'applications.withdraw',
    fn: 'applications',
    event: (w) => ({ action: 'withdraw', id: w.applicationId }),
    expect: { anonymous: 'UNAUTHENTICATED', seekerOwn: 'ok', seekerOther: 'FORBIDDEN', firmOwn: 'FORBIDDEN', firmOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'applications.forJob',
    fn: 'applications',
    event: (w) => ({ action: 'forJob', jobId: w.jobs.aPublished }),
    expect: { anonymous: 'UNAUTHENTICATED', seekerOwn: 'FORBIDDEN', seekerOther: 'FORBIDDEN', firmOwn: 'ok', firmOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'applications.setStatus',
    fn: 'applications',
    event: (w) => ({ action: 'setStatus', id: w.applicationId, status: 'interview', note: '周三下午两点面试' }),
    expect: { anonymous: 'UNAUTHENTICATED', seekerOwn: 'FORBIDDEN', seekerOther: 'FORBIDDEN', firmOwn: 'ok', firmOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'applications.answerInterview',
    fn: 'applications',
    event: async (w) => {
      const interview = { date: '2026-12-01', time: '14:30', place: '大同市平城区装备园8号', contactName: '王工', contactPhone: '13500001234' }
      await w.ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'interview', interview })
      return { action: 'answerInterview', id: w.applicationId, answer: 'confirmed' }
    },
    expect: { anonymous: 'UNAUTHENTICATED', seekerOwn: 'ok', seekerOther: 'FORBIDDEN', firmOwn: 'FORBIDDEN', firmOther: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  { name: 'account.profile', fn: 'account', event: () => ({ action: 'profile' }), expect: ownData },
  { name: 'account.updateProfile', fn: 'account', event: () => ({ action: 'updateProfile', name: '赵六', education: 'secondary', experienceYears: 1 }), expect: seekersOnly },
  { name: 'account.exportData', fn: 'account', event: () => ({ action: 'exportData' }), expect: ownData },
  { name: 'account.deleteAccount', fn: 'account', event: () => ({ action: 'deleteAccount', confirm: true }), expect: ownData },
  {
    name: 'admin.review (a report)',
    fn: 'admin',
    event: async (w, reportId) => ({ action: 'review', target: 'report', id: reportId, revision: await w.revision('report', reportId), decision: 'approve', reason: '核实为收费招聘' }),
    expect: adminOnly,
  },
]

const actors = Object.keys(callerOf) as Actor[]

describe.each(cases)('$name', (c) => {
  it.each(actors)('as %s', async (actor) => {
    const w = await makeSeekerWorld()
    try {
      const { report } = await w.ok('jobs', SEEKER_2, { action: 'report', id: w.jobs.bPublished, reason: 'wrong-info' })
      const event = await c.event(w, report.id)
      await expectOutcome(w, () => w.call(c.fn, callerOf[actor], event), c.expect[actor])
    } finally {
      w.db.close()
    }
  })
})

describe('the matrix itself', () => {
  it('covers every seeker action', async () => {
    const { default: account } = await import('../../cloudfunctions/account/index.ts')
    const { default: jobs } = await import('../../cloudfunctions/jobs/index.ts')
    const { default: applications } = await import('../../cloudfunctions/applications/index.ts')
    const routed = new Set([account, jobs, applications].flatMap((fn) => Object.keys(fn.actions).map((name) => `${fn.name}.${name}`)))
    const covered = new Set(cases.map((c) => c.name.split(' ')[0]))
    const seekerActions = [
      'jobs.search', 'jobs.get', 'jobs.favourite', 'jobs.favourites', 'jobs.report',
      'applications.apply', 'applications.mine', 'applications.withdraw', 'applications.forJob', 'applications.setStatus', 'applications.answerInterview',
      'account.profile', 'account.updateProfile', 'account.exportData', 'account.deleteAccount',
    ]
    for (const name of seekerActions) {
      expect(routed).toContain(name)
      expect(covered).toContain(name)
    }
    for (const name of routed) if (name.startsWith('applications.')) expect(seekerActions).toContain(name)
    expect(covered).toContain('admin.review')
  })
})
