/**
 * The CloudBase profile refuses what CloudBase refuses, each limit with CloudBase's own error code
 * (cloudfunctions/_shared/db/cloudbase-limits.ts): field names, the order of ties, `limit`, the
 * transaction deadline, write conflicts, requests in flight, the function's timeout and the size
 * of its answer. Time is modelled, never slept.
 */
import { z } from 'zod'
import {
  CONCURRENT_REQUESTS_EXCEEDED,
  DEFAULT_QUERY_LIMIT,
  FUNCTION_TIMED_OUT,
  MAX_CONCURRENT_DB_REQUESTS,
  MAX_QUERY_LIMIT,
  MAX_RESPONSE_BYTES,
  RESPONSE_TOO_LARGE,
  TRANSACTION_CONFLICT,
  TRANSACTION_DEADLINE_MS,
  TRANSACTION_FAILED,
} from '../../cloudfunctions/_shared/db/cloudbase-limits'
import type { CollectionSchema } from '../../cloudfunctions/_shared/repositories/schema'
import { action, defineFunction } from '../../cloudfunctions/_shared/router'
import { cloudBaseProfile, functionTimeouts, Invocation, runInvocation } from '../../server/db/cloudbase-profile'
import { explainQueryPlan, openEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded'
import { invoke } from '../../server/invoke'
import { contextFor } from '../helpers/context'

const schema: CollectionSchema[] = [
  { name: 'posts', indexes: [{ name: 'newest', fields: [{ field: 'status', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] }] },
  { name: 'notes', indexes: [{ name: 'notes_key', fields: [{ field: 'key', direction: 'asc' }], unique: true }] },
]
const profile = cloudBaseProfile({ seed: 'profile-test', functionTimeoutMs: { ...functionTimeouts(), probe: 1000 } })

let db: EmbeddedDatabase
beforeEach(() => {
  db = openEmbeddedDatabase(':memory:', { schema, profile })
})
afterEach(() => db.close())

const refusedWith = (code: string) => expect.objectContaining({ code })
const count = async (name: string) => (await db.collection(name).count()).total

describe('field names', () => {
  it('refuses the keys CloudBase refuses: not letters, digits and _, longer than 32, or starting with _', async () => {
    for (const doc of [
      { cities: { 太原市: 1 } },
      { provisions: { '8/training': { eligible: 1 } } },
      { _private: 1 },
      { ['a'.repeat(33)]: 1 },
      { list: [{ 'bad key': 1 }] },
    ]) {
      await expect(db.collection('posts').add(doc)).rejects.toEqual(refusedWith('INVALID_PARAM'))
    }
    await expect(db.collection('posts').doc('p1').set({ cities: { 太原市: 1 } })).rejects.toEqual(refusedWith('INVALID_PARAM'))
    await db.collection('posts').add({ _id: 'p2', status: 'published', a: { b_2: ['x'] }, ['a'.repeat(32)]: 1 })
    await expect(db.collection('posts').doc('p2').update({ cities: { 大同市: 1 } })).rejects.toEqual(refusedWith('INVALID_PARAM'))
    await expect(db.collection('posts').doc('p2').update({ 'a.太原': 1 })).rejects.toEqual(refusedWith('INVALID_PARAM'))
    expect(await count('posts')).toBe(1)
  })

  it('are the profile’s rule: the forgiving engine stores them', async () => {
    const plain = openEmbeddedDatabase(':memory:')
    await plain.collection('posts').add({ cities: { 太原市: 1 } })
    expect((await plain.collection('posts').count()).total).toBe(1)
    plain.close()
  })
})

describe('no hidden order', () => {
  /** Twenty posts published at the same instant: a sort by publishedAt is all ties. */
  async function ties(target: EmbeddedDatabase) {
    await target.runTransaction(async (tx) => {
      for (let i = 0; i < 20; i++) await tx.collection('posts').add({ _id: `p${String(i).padStart(2, '0')}`, status: 'published', publishedAt: '2026-11-28T00:00:00Z' })
    })
  }
  const sorted = (target: EmbeddedDatabase) => target.collection('posts').where({ status: 'published' }).orderBy('publishedAt', 'desc')

  it('orders ties anew for every query, so pages by skip without a total order repeat and lose rows', async () => {
    await ties(db)
    const orders = await Promise.all(Array.from({ length: 3 }, async () => (await sorted(db).get()).data.map((d) => d._id).join()))
    expect(new Set(orders).size).toBeGreaterThan(1)
    const pages = [...(await sorted(db).limit(10).get()).data, ...(await sorted(db).skip(10).limit(10).get()).data]
    expect(new Set(pages.map((d) => d._id)).size).toBeLessThan(20)
  })

  it('in the same order for the same seed and the same queries: a failure reproduces', async () => {
    const twin = openEmbeddedDatabase(':memory:', { schema, profile })
    await ties(db)
    await ties(twin)
    for (let i = 0; i < 3; i++) expect((await sorted(twin).get()).data).toEqual((await sorted(db).get()).data)
    twin.close()
  })

  it('keeps a total order the caller asks for, served by the index', async () => {
    await ties(db)
    const byId = () => sorted(db).orderBy('_id', 'desc')
    const pages = [...(await byId().limit(10).get()).data, ...(await byId().skip(10).limit(10).get()).data]
    expect(pages.map((d) => d._id)).toEqual(Array.from({ length: 20 }, (_, i) => `p${String(19 - i).padStart(2, '0')}`))
    const plan = explainQueryPlan(byId().limit(10)).join('\n')
    expect(plan).toContain('posts__newest')
    expect(plan).not.toMatch(/TEMP B-TREE/)
  })
})

describe('limit', () => {
  it('returns 100 without limit() and at most 1000 with one, as the SDK sends', async () => {
    await db.runTransaction(async (tx) => {
      for (let i = 0; i < 1100; i++) await tx.collection('posts').add({ status: 'draft', n: i })
    })
    expect((await db.collection('posts').get()).data).toHaveLength(DEFAULT_QUERY_LIMIT)
    expect((await db.collection('posts').limit(5000).get()).data).toHaveLength(MAX_QUERY_LIMIT)
  })
})

describe('transactions', () => {
  /** Round trips a transaction may take before its deadline: its start, its operations, its commit. */
  const withinDeadline = TRANSACTION_DEADLINE_MS / profile.roundTripMs

  it('drops one whose round trips add up past 30 s, with nothing of it written', async () => {
    const writes = (n: number) =>
      db.runTransaction(async (tx) => {
        for (let i = 0; i < n; i++) await tx.collection('posts').add({ status: 'draft', n: i })
      })
    await expect(writes(withinDeadline)).rejects.toEqual(refusedWith(TRANSACTION_FAILED))
    expect(await count('posts')).toBe(0)
    await writes(withinDeadline - 2)
    expect(await count('posts')).toBe(withinDeadline - 2)
  })

  it('surfaces a duplicate key inside a transaction as the write conflict it may be in the cloud; outside one, as a duplicate', async () => {
    await db.collection('notes').add({ key: 'k' })
    await expect(db.runTransaction((tx) => tx.collection('notes').add({ key: 'k' }))).rejects.toEqual(refusedWith(TRANSACTION_CONFLICT))
    await expect(db.collection('notes').add({ key: 'k' })).rejects.toEqual(refusedWith('DATABASE_DUPLICATE_WRITE'))
    expect(await count('notes')).toBe(1)
  })
})

describe('one invocation', () => {
  it('may have 20 database requests in flight at once; the 21st is refused', async () => {
    const invocation = new Invocation(profile, 10_000)
    const burst = (n: number) => runInvocation(invocation, () => Promise.allSettled(Array.from({ length: n }, () => db.collection('posts').count())))
    expect((await burst(MAX_CONCURRENT_DB_REQUESTS)).every((r) => r.status === 'fulfilled')).toBe(true)
    const over = await burst(MAX_CONCURRENT_DB_REQUESTS + 1)
    expect(over.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([refusedWith(CONCURRENT_REQUESTS_EXCEEDED)])
  })

  it('counts a round trip per request, overlapping when concurrent, without sleeping', async () => {
    const invocation = new Invocation(profile, 10_000)
    const started = performance.now()
    await runInvocation(invocation, async () => {
      for (let i = 0; i < 10; i++) await db.collection('posts').count()
      await Promise.all(Array.from({ length: 10 }, () => db.collection('posts').count()))
    })
    expect(invocation.elapsedMs).toBe(11 * profile.roundTripMs)
    expect(invocation.requests).toBe(20)
    expect(performance.now() - started).toBeLessThan(invocation.elapsedMs)
  })

  /** A function for these tests, deployed with a 1 s timeout (the profile's `probe`). */
  const probe = defineFunction('probe', {
    write: action(z.strictObject({ n: z.number() }), async ({ n }, ctx) => {
      for (let i = 0; i < n; i++) await ctx.db.collection('posts').add({ status: 'draft', n: i })
      return { wrote: n }
    }),
    answer: action(z.strictObject({ bytes: z.number() }), ({ bytes }) => ({ text: 'x'.repeat(bytes) })),
  })
  const call = (event: Record<string, unknown>) => invoke(probe, event, contextFor(db, null), profile)

  it('is stopped at the timeout configured for the function: FUNCTIONS_TIME_LIMIT_EXCEEDED, and later requests never arrive', async () => {
    const inTime = 1000 / profile.roundTripMs
    expect((await call({ action: 'write', n: inTime })).answer).toMatchObject({ ok: true, data: { wrote: inTime } })
    const late = await call({ action: 'write', n: inTime + 10 })
    expect(late.answer).toMatchObject({ ok: false, error: { code: FUNCTION_TIMED_OUT } })
    expect(late.body).toContain(FUNCTION_TIMED_OUT)
    // The writes up to the timeout stand (as in the cloud); none after it.
    expect(await count('posts')).toBe(inTime + inTime)
  })

  it('cannot answer more than 1 MB: EXCEED_MAX_RESPONSE_SIZE', async () => {
    expect((await call({ action: 'answer', bytes: MAX_RESPONSE_BYTES - 1000 })).answer).toMatchObject({ ok: true })
    expect((await call({ action: 'answer', bytes: MAX_RESPONSE_BYTES })).answer).toMatchObject({ ok: false, platform: true, error: { code: RESPONSE_TOO_LARGE } })
  })

  it('takes each function’s timeout from cloudbaserc.json', () => {
    expect(functionTimeouts()).toMatchObject({ admin: 30_000, applications: 20_000, policy: 10_000 })
  })
})
