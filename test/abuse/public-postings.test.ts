/**
 * One public view of a posting. Every action of every function (enumerated from each function's
 * `actions`, with the abuse world's valid payloads) is called by every caller but the bureau; in
 * every answer, a posting of another firm carries only the public fields (BoardJob / PublicJob in
 * docs/api.md), and none of what only its firm and the bureau may read — the review note, who
 * reviewed it and when, the compliance check, the owner's openid, the subsidy hint, the revision.
 */
import { JOBS, type Job } from '../../cloudfunctions/_shared/repositories/jobs'
import { ADMIN, FN_NAMES, FUNCTIONS, IDENTITIES, makeAbuseWorld, type AbuseWorld } from './world'

jest.setTimeout(60_000)

/** What a posting may show anyone: its page (PublicJob) and the board's card (BoardJob) are made of these. */
const PUBLIC_FIELDS: Record<string, readonly string[]> = {
  '': ['id', 'title', 'employerId', 'employerName', 'industry', 'industryLabel', 'headcount', 'pay', 'location', 'requirements', 'benefits', 'duties', 'state', 'stateLabel', 'publishedAt', 'validUntil', 'closedAt'],
  pay: ['min', 'max'],
  location: ['city', 'district', 'address'],
  requirements: ['education', 'educationLabel', 'experienceYears', 'experienceLabel', 'other'],
}

/** A review time and a check time no other field holds, to find them anywhere in an answer. */
const REVIEWED_AT = '2019-02-03T04:05:06.007Z'
const CHECKED_AT = '2019-03-04T05:06:07.089Z'
const reviewNoteOf = (job: { _id: string }) => `内部审核意见-${job._id.slice(0, 8)}`

let world: AbuseWorld
let jobs: Job[]

beforeAll(async () => {
  world = await makeAbuseWorld()
  // Every posting carries a review note, its reviewer, a compliance verdict: what the bureau wrote.
  jobs = (await world.db.collection<Job>(JOBS).limit(1000).get()).data
  for (const job of jobs) {
    await world.db.collection(JOBS).doc(job._id).update({ reviewReason: reviewNoteOf(job), reviewedBy: ADMIN, reviewedAt: REVIEWED_AT, compliance: { checkedAt: CHECKED_AT, wechat: 'review' } })
  }
}, 60_000)
afterAll(() => world?.db.close())

/** Every object in `value` whose `id` is a posting's, with its path. */
function postingsIn(value: unknown, ids: ReadonlySet<string>, path = '$'): { path: string; posting: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => postingsIn(item, ids, `${path}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  const own = typeof record.id === 'string' && ids.has(record.id) ? [{ path, posting: record }] : []
  return [...own, ...Object.entries(record).flatMap(([key, child]) => postingsIn(child, ids, `${path}.${key}`))]
}

/** The fields of a posting outside the public ones, nested ones by their dotted names. */
function privateFieldsOf(posting: Record<string, unknown>): string[] {
  const extra = Object.keys(posting).filter((key) => !PUBLIC_FIELDS[''].includes(key))
  for (const [part, allowed] of Object.entries(PUBLIC_FIELDS)) {
    const nested = part ? posting[part] : undefined
    if (typeof nested === 'object' && nested !== null) extra.push(...Object.keys(nested).filter((key) => !allowed.includes(key)).map((key) => `${part}.${key}`))
  }
  return extra
}

test('no action shows anyone but its firm and the bureau a private field of a posting', async () => {
  const baseline = await world.snapshots.take()
  const problems: string[] = []
  /** The actions whose answers carried another firm's posting: the public paths. */
  const publicPaths = new Set<string>()
  for (const fn of FN_NAMES) {
    for (const action of Object.keys(FUNCTIONS[fn].actions)) {
      for (const template of world.templates[fn][action] ?? []) {
        for (const who of IDENTITIES.filter((i) => i.openId !== ADMIN)) {
          const writes = world.writes()
          const res = await world.call(fn, who.openId, { action, ...template.payload })
          if (res.ok) {
            const text = JSON.stringify(res.data)
            const others = new Set(jobs.filter((j) => j.ownerOpenId !== who.openId).map((j) => j._id))
            for (const { path, posting } of postingsIn(res.data, others)) {
              publicPaths.add(`${fn}.${action}`)
              const extra = privateFieldsOf(posting)
              if (extra.length) problems.push(`${fn}.${action} as ${who.label}: ${path} has ${extra.join(', ')}`)
            }
            for (const job of jobs.filter((j) => others.has(j._id))) {
              if (text.includes(reviewNoteOf(job))) problems.push(`${fn}.${action} as ${who.label}: shows the review note of ${job.title}`)
              if (text.includes(job.ownerOpenId)) problems.push(`${fn}.${action} as ${who.label}: shows the openid of ${job.title}'s firm`)
            }
            for (const value of [REVIEWED_AT, CHECKED_AT]) if (text.includes(value)) problems.push(`${fn}.${action} as ${who.label}: shows the review or compliance time ${value}`)
          }
          if (world.writes() !== writes) {
            const changed = world.snapshots.changed(baseline, await world.snapshots.take())
            await world.snapshots.restore(baseline, changed)
          }
        }
      }
    }
  }
  expect(problems).toEqual([])
  // Not vacuous: every place a seeker or a visitor reads postings was reached with another firm's.
  expect([...publicPaths].sort()).toEqual(
    expect.arrayContaining(['jobs.search', 'jobs.get', 'jobs.favourites', 'fairs.get', 'applications.mine', 'applications.apply', 'account.exportData']),
  )
})
