/** Indexes: unique ones enforce uniqueness like CloudBase, ordinary ones serve equality + orderBy + limit. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { isDuplicateKeyError } from '../../cloudfunctions/_shared/db/errors'
import type { CollectionSchema } from '../../cloudfunctions/_shared/repositories/schema'
import { cloudBaseProfile } from '../../server/db/cloudbase-profile'
import { explainQueryPlan, openEmbeddedDatabase } from '../../server/db/embedded'

/** A users collection whose contact.phone index is unique (or not). */
const usersSchema = (unique = true): CollectionSchema[] => [{ name: 'users', indexes: [{ name: 'phone_unique', fields: [{ field: 'contact.phone', direction: 'asc' }], unique }] }]

describe('unique index', () => {
  test('rejects a duplicate on add, set and update with DATABASE_DUPLICATE_WRITE and writes nothing', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: usersSchema() })
    const users = db.collection('users')
    await users.add({ _id: 'u1', contact: { phone: '138' }, n: 1 })
    await users.add({ _id: 'u2', contact: { phone: '139' }, n: 2 })

    const attempts = [
      users.add({ _id: 'u3', contact: { phone: '138' } }),
      users.doc('u2').set({ contact: { phone: '138' } }),
      users.doc('u2').update({ 'contact.phone': '138', n: 99 }),
      users.where({}).update({ 'contact.phone': '000' }), // second document collides after the first changed
      db.runTransaction(async (tx) => {
        await tx.collection('users').add({ _id: 'u4', contact: { phone: '150' } })
        await tx.collection('users').add({ _id: 'u5', contact: { phone: '139' } })
      }),
    ]
    for (const attempt of attempts) {
      const error = await attempt.then(() => null, (e: unknown) => e)
      expect(error).toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
      expect(isDuplicateKeyError(error)).toBe(true)
    }
    expect((await users.orderBy('_id', 'asc').get()).data).toEqual([
      { _id: 'u1', contact: { phone: '138' }, n: 1 },
      { _id: 'u2', contact: { phone: '139' }, n: 2 },
    ])
    db.close()
  })

  test('a service can insert-or-detect without reading first', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: usersSchema() })
    const register = async (phone: string) => {
      try {
        await db.collection('users').add({ contact: { phone } })
        return 'created'
      } catch (e) {
        if (isDuplicateKeyError(e)) return 'exists'
        throw e
      }
    }
    const results = await Promise.all(['1', '2', '1', '3', '2', '1'].map(register))
    expect(results).toEqual(['created', 'created', 'exists', 'created', 'exists', 'exists'])
    expect((await db.collection('users').count()).total).toBe(3)
    db.close()
  })

  test('opening with a unique index over existing duplicates fails; a changed definition is rebuilt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jqt-db-'))
    try {
      const file = join(dir, 'data.sqlite')
      const plain = openEmbeddedDatabase(file)
      await plain.collection('users').add({ contact: { phone: '1' } })
      await plain.collection('users').add({ contact: { phone: '1' } })
      plain.close()
      expect(() => openEmbeddedDatabase(file, { schema: usersSchema() })).toThrow(expect.objectContaining({ code: 'DATABASE_DUPLICATE_WRITE' }))

      // Same name, no longer unique: the old definition is replaced, so opening works.
      const relaxed = openEmbeddedDatabase(file, { schema: usersSchema(false) })
      expect((await relaxed.collection('users').count()).total).toBe(2)
      relaxed.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('a unique index under the CloudBase profile', () => {
  /** One report per (jobId, reporterKey), as CloudBase builds it: a missing field is indexed as null. */
  const reportsSchema: CollectionSchema[] = [
    { name: 'reports', indexes: [{ name: 'one_per_reporter', fields: [{ field: 'jobId', direction: 'asc' }, { field: 'reporterKey', direction: 'asc' }], unique: true }] },
  ]
  const rejected = async (write: Promise<unknown>) => expect(await write.then(() => null, (e: unknown) => e)).toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })

  test('counts a missing field as null: two documents both missing it (or holding null) collide, on add, set and update', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: reportsSchema, profile: cloudBaseProfile() })
    const reports = db.collection('reports')
    await reports.add({ _id: 'r1', jobId: 'j1' })
    await rejected(reports.add({ _id: 'r2', jobId: 'j1' }))
    await rejected(reports.add({ _id: 'r2', jobId: 'j1', reporterKey: null }))
    await reports.add({ _id: 'r3', jobId: 'j1', reporterKey: 'k' })
    await rejected(reports.doc('r3').set({ jobId: 'j1' }))
    await rejected(reports.doc('r3').update({ reporterKey: db.command.remove() }))
    // Another value of the other field, or of the field itself, is another key.
    await reports.add({ _id: 'r4', jobId: 'j2' })
    await reports.add({ _id: 'r5', reporterKey: 'k' })
    await reports.add({ _id: 'r6' })
    await rejected(reports.add({ _id: 'r7' }))
    expect((await reports.orderBy('_id', 'asc').get()).data.map((r) => r._id)).toEqual(['r1', 'r3', 'r4', 'r5', 'r6'])
    db.close()
  })

  test('is not built over documents both missing the field, as CloudBase refuses to build it; without the profile SQLite lets them be', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jqt-db-'))
    try {
      const file = join(dir, 'data.sqlite')
      const local = openEmbeddedDatabase(file, { schema: reportsSchema })
      await local.collection('reports').add({ jobId: 'j1' })
      await local.collection('reports').add({ jobId: 'j1' })
      local.close()
      expect(() => openEmbeddedDatabase(file, { schema: reportsSchema, profile: cloudBaseProfile() })).toThrow(expect.objectContaining({ code: 'DATABASE_DUPLICATE_WRITE' }))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('still finds documents through the index itself', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: reportsSchema, profile: cloudBaseProfile() })
    expect(explainQueryPlan(db.collection('reports').where({ jobId: 'j1', reporterKey: 'k' })).join('\n')).toContain('reports__one_per_reporter ')
    db.close()
  })
})

describe('isDuplicateKeyError', () => {
  test('recognises the cloud error, MongoDB forms and ours; nothing else', () => {
    expect(isDuplicateKeyError({ code: 'DATABASE_DUPLICATE_WRITE', message: 'x', requestId: 'r' })).toBe(true)
    expect(isDuplicateKeyError({ errCode: -502001, errMsg: 'E11000 duplicate key error collection: users' })).toBe(true)
    expect(isDuplicateKeyError({ code: 11000 })).toBe(true)
    expect(isDuplicateKeyError({ code: 'DATABASE_REQUEST_FAILED', message: 'duplicate' })).toBe(false)
    expect(isDuplicateKeyError(new Error('DATABASE_DUPLICATE'))).toBe(false)
    expect(isDuplicateKeyError(null)).toBe(false)
    expect(isDuplicateKeyError('DATABASE_DUPLICATE_WRITE')).toBe(false)
  })
})

describe('query plans', () => {
  const schema: CollectionSchema[] = [
    { name: 'events', indexes: [{ name: 'by_city_time', fields: [{ field: 'city', direction: 'asc' }, { field: 'startsAt', direction: 'desc' }] }] },
  ]

  test('with 100,000 documents, equality + orderBy + limit uses the index and needs no sort', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema })
    const cities = ['Taiyuan', 'Datong', 'Yangquan', 'Changzhi', 'Jincheng', 'Shuozhou', 'Jinzhong', 'Yuncheng', 'Xinzhou', 'Linfen']
    await db.runTransaction(async (tx) => {
      const events = tx.collection('events')
      for (let i = 0; i < 100_000; i++) {
        await events.add({ city: cities[i % 10], startsAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(), title: `event ${i}` })
      }
    })
    const events = db.collection<{ city: string; startsAt: string; title: string }>('events')
    const query = events.where({ city: 'Datong' }).orderBy('startsAt', 'desc').limit(20)

    const plan = explainQueryPlan(query).join('\n')
    expect(plan).toContain('by_city_time')
    expect(plan).not.toMatch(/TEMP B-TREE|SCAN events\b/)

    // The plan serves the right rows.
    const { data } = await query.get()
    expect(data).toHaveLength(20)
    expect(data.every((e) => e.city === 'Datong')).toBe(true)
    expect(data.map((e) => e.startsAt)).toEqual([...data.map((e) => e.startsAt)].sort().reverse())
    expect(data[0].title).toBe('event 99991')

    // Control: a field without an index scans, so the assertions above can fail.
    expect(explainQueryPlan(events.where({ title: 'event 5' })).join('\n')).toMatch(/SCAN events/)
    db.close()
  }, 60_000)

  test('doc(id) lookups use the primary key', () => {
    const db = openEmbeddedDatabase(':memory:')
    expect(explainQueryPlan(db.collection('t').where({ _id: 'a' })).join('\n')).toMatch(/USING INDEX sqlite_autoindex_t_1|PRIMARY KEY/)
    db.close()
  })
})

describe('covered fields', () => {
  const postingsSchema = (covers: string[]): CollectionSchema[] => [
    { name: 'postings', indexes: [{ name: 'by_city_newest', fields: [{ field: 'city', direction: 'asc' }, { field: 'at', direction: 'desc' }], covers }] },
  ]

  test('an index holds its covered fields after _id; a query filtering on them walks it in its order and finds what a scan finds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jqt-db-'))
    const file = join(dir, 'covers.db')
    const db = openEmbeddedDatabase(file, { schema: postingsSchema(['until', 'pay.max']) })
    const raw = new BetterSqlite3(file, { readonly: true })
    expect(raw.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get('postings__by_city_newest')).toMatch(
      /\(json_extract\(doc, '\$\.city'\) ASC, json_extract\(doc, '\$\.at'\) DESC, _id DESC, json_extract\(doc, '\$\.until'\) ASC, json_extract\(doc, '\$\.pay\.max'\) ASC\)$/,
    )
    raw.close()
    const postings = db.collection('postings')
    const untils = ['2021-12-01', '2022-01-01', true, { d: 1 }, '[2022]', 2022, null]
    for (let n = 0; n < 60; n++) {
      await postings.add({ _id: `p${String(n).padStart(2, '0')}`, city: n % 2 ? '太原市' : '大同市', at: `2021-11-${String((n % 28) + 1).padStart(2, '0')}`, until: untils[n % untils.length], pay: { max: n * 100 } })
    }
    const _ = db.command
    const where = { city: '太原市', until: _.gt('2021-12-15'), 'pay.max': _.gte(1000) }
    const query = postings.where(where).orderBy('at', 'desc').orderBy('_id', 'desc').limit(5)
    expect(explainQueryPlan(query).join('\n')).toMatch(/^SEARCH postings USING INDEX postings__by_city_newest \(<expr>=\?\)$/)
    const found = (await query.get()).data
    const all = (await postings.orderBy('_id', 'asc').limit(100).get()).data as { _id: string; city: string; at: string; until: unknown; pay: { max: number } }[]
    const expected = all
      .filter((p) => p.city === '太原市' && typeof p.until === 'string' && p.until > '2021-12-15' && p.pay.max >= 1000)
      .sort((a, b) => b.at.localeCompare(a.at) || b._id.localeCompare(a._id))
      .slice(0, 5)
    expect(found).toEqual(expected)
    expect(found.length).toBe(5)
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  test("refuses an index of more fields, or a collection of more indexes, than CloudBase allows", () => {
    const open = (indexes: CollectionSchema['indexes']) => () => openEmbeddedDatabase(':memory:', { schema: [{ name: 'postings', indexes }] }).close()
    const fields = (n: number) => Array.from({ length: n }, (_, i) => ({ field: `f${i}`, direction: 'asc' as const }))
    // 30 fields and _id: 31, as many as CloudBase allows; one covered field more is one too many.
    expect(open([{ name: 'widest', fields: fields(30) }])).not.toThrow()
    expect(open([{ name: 'too_wide', fields: fields(30), covers: ['g'] }])).toThrow(/32 fields.*CloudBase allows 31/)
    expect(open([{ name: 'unique_widest', fields: fields(31), unique: true }])).not.toThrow()
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `by_f${i}`, fields: fields(1).map((f) => ({ ...f, field: `f${i}` })) }))
    expect(open(many(100))).not.toThrow()
    expect(open(many(101))).toThrow(/101 indexes; CloudBase allows 100/)
  })

  test('a unique or multikey index covers nothing', () => {
    const refused = (index: CollectionSchema['indexes'][number]) => () => openEmbeddedDatabase(':memory:', { schema: [{ name: 'postings', indexes: [index] }] })
    expect(refused({ name: 'u', fields: [{ field: 'code', direction: 'asc' }], unique: true, covers: ['city'] })).toThrow(/covers no fields/)
    expect(refused({ name: 'm', fields: [{ field: 'terms', direction: 'asc' }], arrayField: 'terms', covers: ['city'] })).toThrow(/covers no fields/)
  })
})
