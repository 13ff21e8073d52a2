/**
 * The world the abuse tests attack: the seekers' world (test/helpers/seekers.ts) plus job fairs with
 * bookings, sign-ups, marks and a check-in, favourites, a report, a second application, a firm's
 * stated facts and a finished matching run with its recommendations and messages — every
 * collection holds something somebody could try to reach.
 *
 * Also what the tests need to judge a call: a snapshot of every collection of the schema (to prove a
 * rejected call wrote nothing, and to put the world back after a call that did write), who owns each
 * stored document, and the private values (phones, credit codes, check-in codes, openids and their
 * keyed hashes) with the callers allowed to see each.
 */
import type { RequestContext } from '../../cloudfunctions/_shared/context'
import type { Answer } from '../../server/invoke'
import type { ActionName, Output } from '../../cloudfunctions/api'
import { callFunction, type EventOf } from '../helpers/context'
import type { CloudFunction } from '../../cloudfunctions/_shared/router'
import { openIdKey } from '../../cloudfunctions/_shared/identity'
import { collectionNames } from '../../cloudfunctions/_shared/repositories/schema'
import account from '../../cloudfunctions/account/index.ts'
import admin from '../../cloudfunctions/admin/index.ts'
import applications from '../../cloudfunctions/applications/index.ts'
import fairs from '../../cloudfunctions/fairs/index.ts'
import jobs from '../../cloudfunctions/jobs/index.ts'
import policy from '../../cloudfunctions/policy/index.ts'
import { fairInput } from '../helpers/fairs'
import { CODES, jobContent, profile, UNVERIFIED } from '../helpers/firms'
import { ADMIN, FIRM_A, FIRM_B, makeSeekerWorld, NEWCOMER, SEEKER, SEEKER_2, seekerProfile } from '../helpers/seekers'

const functions = { policy, account, jobs, applications, fairs, admin }

/** The interview firm A invites SEEKER to, three days after NOW (2026-11-28). */
const INTERVIEW = { date: '2026-12-01', time: '14:30', place: '太原市小店区长治路111号3层', contactName: '王工', contactPhone: '0351-7654321' }
export type FnName = keyof typeof functions
/** Each function as the router sees it: any action by name, for the tests to enumerate and attack. */
export const FUNCTIONS: Record<FnName, CloudFunction> = functions
export const FN_NAMES = Object.keys(FUNCTIONS) as FnName[]

export { ADMIN, FIRM_A, FIRM_B, NEWCOMER, SEEKER, SEEKER_2, UNVERIFIED }

/** Who calls: every kind of caller the functions tell apart. */
export const IDENTITIES: { label: string; openId: string | null }[] = [
  { label: 'anonymous', openId: null },
  { label: 'seeker', openId: SEEKER },
  { label: 'other seeker', openId: SEEKER_2 },
  { label: 'unverified firm', openId: UNVERIFIED },
  { label: 'employer', openId: FIRM_A },
  { label: 'other employer', openId: FIRM_B },
  { label: 'admin', openId: ADMIN },
]

/** Everyone who calls in this world, the callers of the templates too (NEWCOMER registers a firm). */
const callerOpenIds = [...IDENTITIES.flatMap((i) => (i.openId ? [i.openId] : [])), NEWCOMER]

type Doc = Record<string, unknown> & { _id: string }
type Snapshot = Map<string, Map<string, string>>

/** A valid call of an action and the caller it succeeds for. */
export interface Template {
  as: string | null
  payload: Record<string, unknown>
}

/** Database methods that write (a transaction counts, even one that only reads), and those that lead to them. */
const WRITES = new Set(['add', 'set', 'update', 'remove', 'delete', 'runTransaction'])
const CHAIN = new Set(['collection', 'where', 'orderBy', 'skip', 'limit', 'field', 'doc'])

/** The database as the functions get it, counting every call of a method that may write. */
function countingWrites(db: RequestContext['db'], counter: { writes: number }): RequestContext['db'] {
  const track = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver)
        if (typeof value !== 'function' || typeof prop !== 'string') return value
        return (...args: unknown[]) => {
          if (WRITES.has(prop)) counter.writes++
          const result: unknown = value.apply(obj, args)
          return CHAIN.has(prop) && typeof result === 'object' && result !== null ? track(result) : result
        }
      },
    })
  return track(db)
}

export async function makeAbuseWorld() {
  const w = await makeSeekerWorld()
  const counter = { writes: 0 }
  const db = countingWrites(w.db, counter)
  const call = (fn: FnName, openId: string | null, event: unknown): Promise<Answer> => callFunction(FUNCTIONS[fn], event, { ...w.ctx(openId), db })
  const ok = async <F extends FnName, A extends ActionName<F>>(fn: F, openId: string | null, event: EventOf<F, A>) => {
    const res = await call(fn, openId, event)
    if (!res.ok) throw new Error(`seeding ${fn}.${String(event.action)} as ${openId}: ${res.error.code} ${res.error.message}`)
    return res.data as Output<F, A>
  }
  const saveFair = async (over: Record<string, unknown>) => (await ok('admin', ADMIN, { action: 'saveFair', ...fairInput(over) })).fair.id

  // NOW is 2026-11-28 12:00 in Shanghai: one fair next week, one under way, one over, one online.
  const fairIds = {
    upcoming: await saveFair({}),
    today: await saveFair({
      name: '春风行动·大同专场',
      campaign: 'spring-breeze',
      region: { city: '大同市', district: '平城区' },
      startAt: '2026-11-28T09:00:00+08:00',
      endAt: '2026-11-28T17:00:00+08:00',
    }),
    ended: await saveFair({ name: '金秋招聘月·晋中专场', campaign: 'golden-autumn', startAt: '2026-10-10T09:00:00+08:00', endAt: '2026-10-10T15:00:00+08:00' }),
    online: await saveFair({ name: '常态化网络招聘会', campaign: 'regular', level: 'province', region: { city: '太原市' }, mode: 'online', startAt: '2026-12-01T00:00:00+08:00', endAt: '2026-12-31T00:00:00+08:00' }),
  }
  const { jobs: jobIds, ids: employerIds } = w
  await ok('fairs', FIRM_A, { action: 'register', fairId: fairIds.upcoming, jobIds: [jobIds.aPublished] })
  await ok('fairs', FIRM_A, { action: 'register', fairId: fairIds.today, jobIds: [jobIds.aPublished] })
  await ok('fairs', FIRM_B, { action: 'register', fairId: fairIds.upcoming, jobIds: [jobIds.bPublished] })
  const seekerCode = (await ok('fairs', SEEKER, { action: 'signup', fairId: fairIds.today })).signup.code
  await ok('fairs', SEEKER, { action: 'signup', fairId: fairIds.upcoming })
  await ok('fairs', SEEKER_2, { action: 'signup', fairId: fairIds.upcoming })
  await ok('fairs', SEEKER, { action: 'mark', fairId: fairIds.today, employerId: employerIds.a, visited: true, interested: true })
  await ok('admin', ADMIN, { action: 'fairCheckIn', fairId: fairIds.today, code: seekerCode })

  const seeker2ApplicationId = (await ok('applications', SEEKER_2, { action: 'apply', jobId: jobIds.bPublished })).application.id
  await ok('applications', FIRM_A, { action: 'setStatus', id: w.applicationId, status: 'interview', interview: INTERVIEW })
  await ok('jobs', SEEKER, { action: 'favourite', id: jobIds.bPublished, favourite: true })
  await ok('jobs', SEEKER_2, { action: 'favourite', id: jobIds.aPublished, favourite: true })
  const reportId = (await ok('jobs', SEEKER_2, { action: 'report', id: jobIds.bPublished, reason: 'fraud', note: '要求先交培训费' })).report.id

  await ok('account', FIRM_A, { action: 'updateFacts', facts: { newHires: 5, insuredStaff: 40 } })
  await ok('account', FIRM_B, { action: 'updateFacts', facts: { newHires: 2 } })
  let run = await ok('admin', ADMIN, { action: 'runMatching', asOf: '2026-11-28' })
  while (run.status === 'running') run = await ok('admin', ADMIN, { action: 'continueMatching', runId: run.runId })
  const cursor = (await ok('jobs', null, { action: 'search', pageSize: 1 })).nextCursor
  const auditCursor = (await ok('admin', ADMIN, { action: 'audit', limit: 1 })).nextCursor
  const rosterCursor = (await ok('admin', ADMIN, { action: 'fairParticipants', fairId: fairIds.upcoming, limit: 1 })).signups?.nextCursor

  const snapshots = snapshotter(w.db)
  const baseline = await snapshots.take()
  const docs = (name: string) => [...(baseline.get(name) ?? new Map()).values()].map((text) => JSON.parse(text) as Doc)
  const recommendation = docs('recommendations').find((r) => r.ownerOpenId === FIRM_A)
  const seekerMessage = docs('messages').find((m) => m.ownerOpenId === SEEKER)
  /** The revision the review queue shows of a stored profile or posting. */
  const revisionOf = (name: string, id: string) => Number(docs(name).find((d) => d._id === id)?.revision ?? 0)
  if (!recommendation || !seekerMessage || !cursor || !auditCursor || !rosterCursor) {
    throw new Error('seeding: a recommendation, a status message or a second page (board, audit log, roster) is missing')
  }

  const templates: Record<FnName, Record<string, Template[]>> = {
    policy: {
      list: [{ as: null, payload: { q: '补贴 培训', audience: 'enterprise', money: true, asOf: '2026-11-28' } }],
      get: [{ as: null, payload: { id: 21, asOf: '2026-11-28' } }],
      evaluate: [{ as: null, payload: { asOf: '2026-11-28', facts: { ownership: 'private', industry: 'software-it', employees: 20, newHires: 3, skillTitle: null }, audience: ['enterprise'] } }],
      quiz: [{ as: null, payload: { asOf: '2026-11-28', facts: { ownership: 'private', newHires: 3 }, audience: ['enterprise', 'individual'], screens: { hired: true, founder: false }, focus: 21 } }],
      questions: [{ as: null, payload: {} }],
    },
    account: {
      me: [{ as: FIRM_A, payload: {} }],
      registerEmployer: [
        { as: NEWCOMER, payload: profile({ creditCode: CODES.spare2 }) },
        { as: UNVERIFIED, payload: profile({ creditCode: CODES.unverified, name: '晋中待审商贸有限公司（更正）' }) },
      ],
      catalog: [{ as: null, payload: {} }],
      profile: [{ as: SEEKER, payload: {} }],
      updateProfile: [{ as: SEEKER, payload: seekerProfile({ name: '王晓明', intro: '三年装配经验' }) }],
      exportData: [{ as: SEEKER, payload: {} }],
      deleteAccount: [{ as: SEEKER, payload: { confirm: true } }],
      facts: [{ as: FIRM_A, payload: {} }],
      updateFacts: [{ as: FIRM_A, payload: { facts: { newHires: 6, trainedStaff: 3 }, clear: ['insuredStaff'] } }],
      recommendations: [{ as: FIRM_A, payload: {} }],
      disputeMatch: [{ as: FIRM_A, payload: { measure: recommendation.measure, provision: recommendation.provision, facts: { newHires: 0 } } }],
      messages: [{ as: SEEKER, payload: {} }],
      unreadCount: [{ as: SEEKER, payload: {} }],
      readMessages: [{ as: SEEKER, payload: { ids: [seekerMessage._id] } }],
    },
    jobs: {
      create: [{ as: FIRM_A, payload: { ...jobContent({ title: '维修电工' }), submit: true } }],
      update: [{ as: FIRM_A, payload: { id: jobIds.aDraft, title: '数控铣工', pay: { min: 6000, max: 9000 }, submit: false } }],
      close: [{ as: FIRM_A, payload: { id: jobIds.aPublished } }],
      mine: [
        { as: FIRM_A, payload: { state: 'published' } },
        { as: FIRM_B, payload: { id: jobIds.bPublished } },
      ],
      preview: [{ as: FIRM_A, payload: { headcount: 3, title: '焊工', duties: '负责钢结构焊接', other: '持焊工证', benefits: '包吃住' } }],
      search: [
        { as: null, payload: { q: '焊工 大同', city: '太原市', district: '小店区', industry: 'industry', education: 'bachelor', experienceYears: 3, payMin: 3000, payMax: 10000, sort: 'pay', pageSize: 10 } },
        { as: SEEKER, payload: { pageSize: 1, cursor } },
      ],
      get: [{ as: null, payload: { id: jobIds.aPublished } }],
      favourite: [{ as: SEEKER, payload: { id: jobIds.aPublished, favourite: true } }],
      favourites: [{ as: SEEKER, payload: {} }],
      report: [{ as: SEEKER, payload: { id: jobIds.bPublished, reason: 'discrimination', note: '面试时说只要男性' } }],
    },
    applications: {
      apply: [
        { as: SEEKER_2, payload: { jobId: jobIds.aPublished } },
        { as: SEEKER_2, payload: { jobId: jobIds.aPublished, fairId: fairIds.upcoming } },
      ],
      mine: [{ as: SEEKER, payload: {} }],
      withdraw: [{ as: SEEKER, payload: { id: w.applicationId } }],
      forJob: [{ as: FIRM_A, payload: { jobId: jobIds.aPublished, status: 'viewed' } }],
      setStatus: [
        { as: FIRM_B, payload: { id: seeker2ApplicationId, status: 'interview', interview: { ...INTERVIEW, note: '请携带简历' } } },
        { as: FIRM_A, payload: { id: w.applicationId, status: 'offer', note: '下周一入职' } },
      ],
      answerInterview: [{ as: SEEKER, payload: { id: w.applicationId, answer: 'reschedule', note: '周四下午方便' } }],
    },
    fairs: {
      list: [{ as: null, payload: { campaign: 'private-enterprise-month', city: '太原市', mode: 'onsite', month: '2026-12', when: 'open', limit: 10 } }],
      get: [{ as: SEEKER, payload: { id: fairIds.upcoming } }],
      register: [{ as: FIRM_B, payload: { fairId: fairIds.today, jobIds: [jobIds.bPublished] } }],
      cancel: [{ as: FIRM_A, payload: { fairId: fairIds.upcoming } }],
      setJobs: [{ as: FIRM_A, payload: { fairId: fairIds.upcoming, jobIds: [jobIds.aPublished] } }],
      signup: [{ as: SEEKER_2, payload: { fairId: fairIds.today } }],
      mark: [{ as: SEEKER, payload: { fairId: fairIds.today, employerId: employerIds.a, visited: true, interested: false } }],
      mine: [{ as: SEEKER, payload: {} }],
      forEmployer: [{ as: null, payload: { employerId: employerIds.a } }],
    },
    admin: {
      queue: [{ as: ADMIN, payload: { limit: 10 } }],
      review: [
        { as: ADMIN, payload: { target: 'job', id: jobIds.aPending, decision: 'approve', revision: revisionOf('jobs', jobIds.aPending) } },
        { as: ADMIN, payload: { target: 'employer', id: employerIds.unverified, decision: 'reject', reason: '营业执照照片不清晰', revision: revisionOf('employers', employerIds.unverified) } },
        { as: ADMIN, payload: { target: 'report', id: reportId, decision: 'approve', reason: '核实为收费招聘', revision: revisionOf('jobs', jobIds.bPublished) } },
      ],
      stats: [{ as: ADMIN, payload: {} }],
      saveFair: [
        { as: ADMIN, payload: fairInput({ name: '民营企业招聘月·长治专场', region: { city: '长治市', district: '潞州区' } }) },
        { as: ADMIN, payload: { id: fairIds.upcoming, ...fairInput({ boothCount: 20 }) } },
      ],
      fairParticipants: [
        { as: ADMIN, payload: { fairId: fairIds.today } },
        { as: ADMIN, payload: { fairId: fairIds.upcoming, list: 'signups', cursor: rosterCursor, limit: 1 } },
      ],
      exportFair: [
        { as: ADMIN, payload: { fairId: fairIds.upcoming, kind: 'bookings' } },
        { as: ADMIN, payload: { fairId: fairIds.today, kind: 'signups' } },
      ],
      fairCheckIn: [{ as: ADMIN, payload: { fairId: fairIds.today, code: `${seekerCode.slice(0, 4).toLowerCase()}-${seekerCode.slice(4)}` } }],
      runMatching: [{ as: ADMIN, payload: { asOf: '2026-11-28' } }],
      continueMatching: [{ as: ADMIN, payload: { runId: run.runId } }],
      matching: [{ as: ADMIN, payload: { runId: run.runId, key: recommendation.key, status: 'eligible', offset: 0, limit: 10 } }],
      exportMatching: [{ as: ADMIN, payload: { runId: run.runId } }],
      audit: [
        { as: ADMIN, payload: { targetCollection: 'applications', targetId: w.applicationId, limit: 5 } },
        { as: ADMIN, payload: { actorOpenId: ADMIN, cursor: auditCursor } },
      ],
    },
  }

  /** Every id stored anywhere, and the callers' openids: "other users' ids" for any id field. */
  const idPool = [...new Set([...[...baseline.values()].flatMap((docs) => [...docs.keys()]), ...IDENTITIES.flatMap((i) => (i.openId ? [i.openId] : []))])].sort()
  /** Each id, and the ids of its kind: the other documents of its collection (openids: every caller's). */
  const idKinds = new Map<string, string[]>()
  const kinds = [...[...baseline.values()].map((docs) => [...docs.keys()]), IDENTITIES.flatMap((i) => (i.openId ? [i.openId] : []))]
  for (const ids of kinds) for (const id of ids) idKinds.set(id, [...new Set([...(idKinds.get(id) ?? []), ...ids])].sort())

  return {
    db: w.db,
    call,
    /** How many times the functions called a database method that may write: unchanged, nothing was written. */
    writes: () => counter.writes,
    baseline,
    snapshots,
    templates,
    idPool,
    idKinds: idKinds as ReadonlyMap<string, readonly string[]>,
    secrets: privateValues(baseline),
    owners: ownersIn(baseline),
  }
}

export type AbuseWorld = Awaited<ReturnType<typeof makeAbuseWorld>>

/**
 * Snapshots of every collection of the schema (each document's JSON, by _id), and putting a
 * collection back as a snapshot had it.
 */
function snapshotter(db: RequestContext['db']) {
  const PAGE = 1000
  async function all(name: string): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await db.collection(name).orderBy('_id', 'asc').skip(skip).limit(PAGE).get()
      for (const doc of data) out.set(doc._id, JSON.stringify(doc))
      if (data.length < PAGE) return out
    }
  }
  return {
    async take(): Promise<Snapshot> {
      const out: Snapshot = new Map()
      for (const name of collectionNames) out.set(name, await all(name))
      return out
    },
    /** The collections whose documents differ between two snapshots. */
    changed(before: Snapshot, after: Snapshot): string[] {
      return collectionNames.filter((name) => {
        const a = before.get(name) ?? new Map<string, string>()
        const b = after.get(name) ?? new Map<string, string>()
        return a.size !== b.size || [...a].some(([id, text]) => b.get(id) !== text)
      })
    },
    /** The documents of one collection that were added, removed or changed: each as it was and as it is. */
    changedDocs(before: Snapshot, after: Snapshot, name: string): { before?: Doc; after?: Doc }[] {
      const a = before.get(name) ?? new Map<string, string>()
      const b = after.get(name) ?? new Map<string, string>()
      const parse = (text: string | undefined) => (text === undefined ? undefined : (JSON.parse(text) as Doc))
      const ids = new Set([...a.keys(), ...b.keys()])
      return [...ids].filter((id) => a.get(id) !== b.get(id)).map((id) => ({ before: parse(a.get(id)), after: parse(b.get(id)) }))
    },
    async restore(to: Snapshot, names: string[]): Promise<void> {
      for (const name of names) {
        await db.collection(name).where({}).remove()
        for (const text of (to.get(name) ?? new Map<string, string>()).values()) await db.collection(name).add(JSON.parse(text) as Doc)
      }
    },
  }
}

/**
 * Who owns a document, for the check that a successful call by someone other than the bureau never
 * touches another user's data. Collections written on other users' behalf by design (messages,
 * audit log, counters, the fairs' booth lists) are left out; `owners` of an application also
 * include the firm whose posting it is.
 */
function ownersIn(baseline: Snapshot) {
  const ownerOfKey = new Map(callerOpenIds.map((openId) => [openIdKey(openId, {}), openId]))
  const employerOwner = new Map([...(baseline.get('employers') ?? new Map<string, string>()).values()].map((t) => JSON.parse(t) as Doc).map((e) => [e._id, e.ownerOpenId as string]))
  const rules: Record<string, (d: Doc) => unknown[]> = {
    employers: (d) => [d.ownerOpenId],
    enterprise_facts: (d) => [d.ownerOpenId],
    jobs: (d) => [d.ownerOpenId],
    seekers: (d) => [d._id],
    applications: (d) => [d.seekerOpenId, employerOwner.get(d.employerId as string)],
    favourites: (d) => [d.openId],
    reports: (d) => [d.reporterOpenId],
    fairBookings: (d) => [d.ownerOpenId],
    fairSignups: (d) => [d.openId],
    recommendations: (d) => [d.ownerOpenId],
    rateLimits: (d) => [ownerOfKey.get(d.caller as string)],
  }
  // A misspelt collection would quietly go unchecked.
  const undeclared = Object.keys(rules).filter((name) => !collectionNames.includes(name))
  if (undeclared.length) throw new Error(`not collections of the schema: ${undeclared.join(', ')}`)
  return { collections: Object.keys(rules), of: (collection: string, doc: Doc) => (rules[collection]?.(doc) ?? []).filter((o): o is string => typeof o === 'string') }
}

/**
 * Private values stored in the world and the callers who may read each in full: a seeker's phone
 * (the seeker, and the firms they applied to), a firm's credit code and contact phone (the firm and
 * the bureau), a check-in code (the seeker and the bureau), an openid (its owner and the bureau).
 */
function privateValues(baseline: Snapshot): Map<string, Set<string>> {
  const docs = (name: string) => [...(baseline.get(name) ?? new Map<string, string>()).values()].map((t) => JSON.parse(t) as Doc)
  const secrets = new Map<string, Set<string>>()
  const allow = (value: unknown, ...who: unknown[]) => {
    if (typeof value !== 'string' || value.length < 6) return
    const set = secrets.get(value) ?? new Set<string>()
    for (const w of who) if (typeof w === 'string') set.add(w)
    secrets.set(value, set)
  }
  const employers = docs('employers')
  const ownerOfEmployer = new Map(employers.map((e) => [e._id, e.ownerOpenId]))
  for (const e of employers) {
    allow(e.creditCode, e.ownerOpenId, ADMIN)
    allow(e.contactPhone, e.ownerOpenId, ADMIN)
  }
  for (const s of docs('seekers')) allow(s.phone, s._id)
  for (const a of docs('applications')) {
    const seeker = a.seeker as { phone?: string }
    if (a.status !== 'withdrawn') allow(seeker.phone, a.seekerOpenId, ownerOfEmployer.get(a.employerId as string))
  }
  for (const s of docs('fairSignups')) allow(s.code, s.openId, ADMIN)
  for (const { openId } of IDENTITIES) if (openId && openId !== ADMIN) allow(openId, openId, ADMIN)
  // A caller's key (the keyed hash of the openid) is for the rules, shown to nobody.
  for (const openId of callerOpenIds) allow(openIdKey(openId, {}))
  return secrets
}
