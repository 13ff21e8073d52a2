/**
 * `all()` with MongoDB's meaning, and multikey indexes (an index on an array field, an entry per
 * element): every write keeps them, queries that fix the array field walk them in order with no
 * scan and no sort, and what they find is exactly what a query without the index finds.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import type { CollectionSchema } from '../../cloudfunctions/_shared/repositories/schema'
import type { Database, Query } from '../../cloudfunctions/_shared/db/types'
import { explainQueryPlan, openEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded'
import { cloudBaseProfile } from '../../server/db/cloudbase-profile'

const asc = (field: string) => ({ field, direction: 'asc' as const })
const desc = (field: string) => ({ field, direction: 'desc' as const })

/** Notes by kind, found by tag, the latest first. */
const withIndex: CollectionSchema[] = [{ name: 'notes', indexes: [{ name: 'notes_tag_at', fields: [asc('kind'), asc('tags'), desc('at')], arrayField: 'tags' }] }]
const withoutIndex: CollectionSchema[] = [{ name: 'notes', indexes: [] }]

interface Note {
  _id?: string
  kind: string
  tags?: unknown
  at?: number
}

const byTags = (db: Database, tags: (string | number)[], kind = 'a') =>
  db.collection<Note>('notes').where({ kind, tags: db.command.all(tags) }).orderBy('at', 'desc').orderBy('_id', 'desc')

describe('all()', () => {
  let db: EmbeddedDatabase
  beforeAll(async () => {
    db = openEmbeddedDatabase(':memory:', { schema: withoutIndex })
    const notes = db.collection<Note>('notes')
    await notes.add({ _id: 'both', kind: 'a', tags: ['x', 'y', 'z'] })
    await notes.add({ _id: 'x-only', kind: 'a', tags: ['x'] })
    await notes.add({ _id: 'scalar', kind: 'a', tags: 'x' })
    await notes.add({ _id: 'nested', kind: 'a', tags: [['x', 'y']] })
    await notes.add({ _id: 'none', kind: 'a' })
  })
  afterAll(() => db.close())

  const ids = async (values: unknown[]) => (await db.collection('notes').where({ tags: db.command.all(values) }).orderBy('_id', 'asc').get()).data.map((d) => d._id)

  it('matches an array holding every value, in any order', async () => {
    expect(await ids(['y', 'x'])).toEqual(['both'])
    expect(await ids(['x', 'x'])).toEqual(['both', 'scalar', 'x-only'])
  })

  it('matches a field that is no array when it equals every value (one), and nothing for none', async () => {
    expect(await ids(['x'])).toEqual(['both', 'scalar', 'x-only'])
    expect(await ids([])).toEqual([])
  })

  it('needs an array', () => {
    expect(() => db.command.all('x' as unknown as unknown[])).toThrow(expect.objectContaining({ code: 'INVALID_PARAM' }))
  })
})

describe('a multikey index', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jqt-multikey-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('is walked in order by a query fixing its fields up to the array field: no scan, no sort', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: withIndex })
    await db.collection<Note>('notes').add({ kind: 'a', tags: ['x', 'y'], at: 1 })
    const plan = (query: Query<object>, kind: 'get' | 'count' = 'get') => explainQueryPlan(query, kind).join('\n')
    // The walk goes through x; y is looked up by the entry's whole key before the document is read.
    expect(plan(byTags(db, ['x', 'y']))).toMatch(
      /^SEARCH notes__notes_tag_at USING PRIMARY KEY \(k0=\? AND k1=\?\)\nCORRELATED SCALAR SUBQUERY 1\nSEARCH p USING PRIMARY KEY \(k0=\? AND k1=\? AND k2=\? AND id=\?\)\nSEARCH notes USING INDEX sqlite_autoindex_notes_1 \(_id=\?\)/,
    )
    expect(plan(byTags(db, ['x']))).not.toMatch(/TEMP B-TREE|SCAN notes/)
    // A page further on starts its walk where the last one ended.
    const after = db.collection<Note>('notes').where({ kind: 'a', tags: db.command.all(['x']), at: db.command.lte(5) }).orderBy('at', 'desc').orderBy('_id', 'desc')
    expect(plan(after)).toContain('(k0=? AND k1=? AND k2<?)')
    expect(plan(byTags(db, ['x']), 'count')).toContain('USING PRIMARY KEY (k0=? AND k1=?)')
    // Another order than the index's cannot use it.
    expect(plan(db.collection('notes').where({ kind: 'a', tags: 'x' }).orderBy('at', 'asc').orderBy('_id', 'desc'))).not.toContain('notes__notes_tag_at')
    db.close()
  })

  it('under the CloudBase profile, only for a total order (orderBy … then _id)', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: withIndex, profile: cloudBaseProfile() })
    expect(explainQueryPlan(byTags(db, ['x'])).join('\n')).toContain('notes__notes_tag_at')
    expect(explainQueryPlan(db.collection('notes').where({ kind: 'a', tags: 'x' }).orderBy('at', 'desc')).join('\n')).not.toContain('notes__notes_tag_at')
    db.close()
  })

  it('starts from the value the fewest documents hold', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: withIndex })
    const notes = db.collection<Note>('notes')
    for (let i = 0; i < 200; i++) await notes.add({ kind: 'a', tags: ['common', ...(i % 50 === 0 ? ['rare'] : [])], at: i })
    expect(explainQueryPlan(byTags(db, ['common', 'rare']))).toContain('MULTIKEY notes__notes_tag_at WALKS tags = "rare"')
    expect(explainQueryPlan(byTags(db, ['rare', 'common']))).toContain('MULTIKEY notes__notes_tag_at WALKS tags = "rare"')
    expect((await byTags(db, ['common', 'rare']).get()).data.map((n) => n.at)).toEqual([150, 100, 50, 0])
    db.close()
  })

  it('starts, of values with many entries, from the one sparsest where a page is read, not the one with the fewest in all', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: withIndex })
    // 'spread' on every fifth note of 1,000 (200), 'burst' on the newest 100 only: a page of the
    // newest notes holding both finds one in every entry of 'spread' it walks, one in five of 'burst'.
    await db.runTransaction(async (tx) => {
      for (let at = 0; at < 1000; at++) {
        await tx.collection('notes').add({ kind: 'a', tags: [...(at % 5 === 0 ? ['spread'] : []), ...(at >= 900 ? ['burst'] : [])], at })
      }
    })
    expect(explainQueryPlan(byTags(db, ['burst', 'spread']).limit(20))).toContain('MULTIKEY notes__notes_tag_at WALKS tags = "spread"')
    expect((await byTags(db, ['burst', 'spread']).limit(3).get()).data.map((n) => n.at)).toEqual([995, 990, 985])
    db.close()
  })

  it('tells true from 1 and false from 0, as the query does without it', async () => {
    const db = openEmbeddedDatabase(':memory:', { schema: withIndex })
    await db.collection('notes').add({ _id: 'flags', kind: 'a', tags: [true, false, 'x'], at: 1 })
    await db.collection('notes').add({ _id: 'digits', kind: 'a', tags: [1, 0, 'x'], at: 2 })
    expect((await byTags(db, [1, 'x']).get()).data.map((n) => n._id)).toEqual(['digits'])
    expect((await byTags(db, [0, 'x']).get()).data.map((n) => n._id)).toEqual(['digits'])
    db.close()
  })

  it('finds exactly what the same queries find without it, through adds, sets, updates, removals and rolled-back transactions', async () => {
    const tag = fc.constantFrom('x', 'y', 'z', 7)
    const value = fc.oneof(fc.array(tag, { maxLength: 4 }), tag, fc.constant(undefined), fc.constant(null))
    const note = fc.record({ kind: fc.constantFrom('a', 'b'), tags: value, at: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) })
    const id = fc.constantFrom('n0', 'n1', 'n2', 'n3', 'n4', 'n5')
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), id, note }),
      fc.record({ kind: fc.constant('set' as const), id, note }),
      fc.record({ kind: fc.constant('update' as const), id, tags: value }),
      fc.record({ kind: fc.constant('updateWhere' as const), tag, at: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('remove' as const), id }),
      fc.record({ kind: fc.constant('removeWhere' as const), tag }),
      fc.record({ kind: fc.constant('rolledBack' as const), id, note }),
    )
    type Op = typeof op extends fc.Arbitrary<infer T> ? T : never
    const clean = (n: { kind: string; tags: unknown; at: number | undefined }) =>
      Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined)) as unknown as Omit<Note, '_id'>
    const apply = async (db: Database, o: Op) => {
      const notes = db.collection<Note>('notes')
      const swallow = (p: Promise<unknown>) => p.then(() => undefined, () => undefined)
      if (o.kind === 'add') await swallow(notes.add({ _id: o.id, ...clean(o.note) }))
      if (o.kind === 'set') await notes.doc(o.id).set(clean(o.note))
      if (o.kind === 'update') await notes.doc(o.id).update({ tags: o.tags === undefined ? db.command.remove() : o.tags })
      if (o.kind === 'updateWhere') await notes.where({ tags: o.tag }).update({ at: o.at })
      if (o.kind === 'remove') await notes.doc(o.id).remove()
      if (o.kind === 'removeWhere') await notes.where({ tags: o.tag }).remove()
      if (o.kind === 'rolledBack') {
        await swallow(
          db.runTransaction(async (tx) => {
            await tx.collection('notes').doc(o.id).set(clean(o.note))
            throw new Error('rolled back')
          }),
        )
      }
    }
    const queries: [string, (db: Database) => { get(): Promise<{ data: unknown[] }>; count(): Promise<{ total: number }> }][] = [
      ['x', (db) => byTags(db, ['x'])],
      ['x and z', (db) => byTags(db, ['z', 'x'])],
      ['7 of kind b', (db) => byTags(db, [7], 'b')],
      ['y from at 3 down', (db) => db.collection('notes').where({ kind: 'a', tags: 'y', at: db.command.lte(3) }).orderBy('at', 'desc').orderBy('_id', 'desc')],
      ['x, oldest first', (db) => db.collection('notes').where({ kind: 'a', tags: 'x' }).orderBy('at', 'asc').orderBy('_id', 'asc')],
    ]
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        const indexed = openEmbeddedDatabase(':memory:', { schema: withIndex })
        const plain = openEmbeddedDatabase(':memory:', { schema: withoutIndex })
        try {
          for (const o of ops) {
            await apply(indexed, o)
            await apply(plain, o)
          }
          for (const [, query] of queries) {
            expect((await query(indexed).get()).data).toEqual((await query(plain).get()).data)
            expect((await query(indexed).count()).total).toBe((await query(plain).count()).total)
          }
        } finally {
          indexed.close()
          plain.close()
        }
      }),
      { numRuns: 150 },
    )
  })

  it('is built from the documents already stored when first declared, finds what a database opened without a schema wrote, and is dropped once no longer declared', async () => {
    const file = join(dir, 'notes.db')
    const before = openEmbeddedDatabase(file, { schema: withoutIndex })
    await before.collection<Note>('notes').add({ _id: 'old', kind: 'a', tags: ['x'], at: 1 })
    before.close()

    const declared = openEmbeddedDatabase(file, { schema: withIndex })
    expect(explainQueryPlan(byTags(declared, ['x'])).join('\n')).toContain('notes__notes_tag_at')
    expect((await byTags(declared, ['x']).get()).data.map((n) => n._id)).toEqual(['old'])
    declared.close()

    const schemaless = openEmbeddedDatabase(file)
    await schemaless.collection<Note>('notes').add({ _id: 'new', kind: 'a', tags: ['x'], at: 2 })
    await schemaless.collection<Note>('notes').doc('old').update({ tags: ['y'] })
    schemaless.close()

    const again = openEmbeddedDatabase(file, { schema: withIndex })
    expect((await byTags(again, ['x']).get()).data.map((n) => n._id)).toEqual(['new'])
    again.close()

    const undeclared = openEmbeddedDatabase(file, { schema: withoutIndex })
    expect(explainQueryPlan(byTags(undeclared, ['x'])).join('\n')).not.toContain('notes__notes_tag_at')
    expect((await byTags(undeclared, ['x']).get()).data.map((n) => n._id)).toEqual(['new'])
    undeclared.close()
  })

  it('must name one of its fields as its array field, and cannot be unique', () => {
    const bad = (arrayField: string, unique = false): CollectionSchema[] => [{ name: 'notes', indexes: [{ name: 'bad', fields: [asc('tags')], arrayField, unique }] }]
    expect(() => openEmbeddedDatabase(':memory:', { schema: bad('other') })).toThrow(expect.objectContaining({ code: 'INVALID_PARAM' }))
    expect(() => openEmbeddedDatabase(':memory:', { schema: bad('tags', true) })).toThrow(expect.objectContaining({ code: 'INVALID_PARAM' }))
  })
})
