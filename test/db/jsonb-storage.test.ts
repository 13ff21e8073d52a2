/** Documents stored as JSONB, and a file from before (documents as JSON text) rebuilt as it opens. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { explainQueryPlan, openEmbeddedDatabase } from '../../server/db/embedded'
import type { CollectionSchema } from '../../cloudfunctions/_shared/repositories/schema'

const schema: CollectionSchema[] = [{ name: 'firms', indexes: [{ name: 'firms_city', fields: [{ field: 'city', direction: 'asc' }] }] }]

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jqt-jsonb-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('a document goes in and comes back exactly as JSON says it, stored as JSONB', async () => {
  const file = join(dir, 'data.sqlite')
  const db = openEmbeddedDatabase(file, { schema })
  const doc = { name: '晋云科技 "引号" \\ 反斜杠\n换行', city: '太原市', n: 0.1, big: 1e21, small: -2.5e-7, on: true, off: false, none: null, list: [1, 'a', { b: [] }], nested: { a: { b: 'c' } } }
  await db.collection('firms').add({ _id: 'f1', ...doc })
  expect((await db.collection('firms').doc('f1').get()).data).toEqual([{ _id: 'f1', ...doc }])
  // Setting the same document again changes nothing; updating a field changes it once.
  expect((await db.collection('firms').doc('f1').set(doc)).updated).toBe(0)
  expect((await db.collection('firms').where({ city: '太原市' }).update({ n: 0.1 })).updated).toBe(0)
  expect((await db.collection('firms').where({ city: '太原市' }).update({ n: 0.2 })).updated).toBe(1)
  db.close()
  const raw = new BetterSqlite3(file, { readonly: true })
  expect(raw.prepare("SELECT typeof(doc) FROM firms WHERE _id = 'f1'").pluck().get()).toBe('blob')
  raw.close()
})

test('a file whose documents are JSON text is rebuilt as JSONB on open: every document, its order and the declared indexes kept', async () => {
  const file = join(dir, 'old.sqlite')
  const old = new BetterSqlite3(file)
  old.exec('CREATE TABLE "firms" (_id TEXT PRIMARY KEY, doc TEXT NOT NULL CHECK (json_valid(doc)))')
  old.exec(`CREATE INDEX "firms__firms_city" ON "firms" (json_extract(doc, '$.city') ASC, _id ASC)`)
  const insert = old.prepare('INSERT INTO firms (_id, doc) VALUES (?, ?)')
  for (const [id, city] of [['z', '大同市'], ['a', '太原市'], ['m', '太原市']]) insert.run(id, JSON.stringify({ name: `企业${id}`, city }))
  old.close()

  const db = openEmbeddedDatabase(file, { schema })
  expect((await db.collection('firms').get()).data.map((f) => f._id)).toEqual(['z', 'a', 'm'])
  const taiyuan = db.collection('firms').where({ city: '太原市' }).orderBy('_id', 'asc')
  expect((await taiyuan.get()).data).toEqual([
    { _id: 'a', name: '企业a', city: '太原市' },
    { _id: 'm', name: '企业m', city: '太原市' },
  ])
  expect(explainQueryPlan(taiyuan).join('\n')).toMatch(/USING INDEX firms__firms_city/)
  db.close()
  const raw = new BetterSqlite3(file, { readonly: true })
  expect(raw.prepare('SELECT DISTINCT typeof(doc) FROM firms').pluck().all()).toEqual(['blob'])
  expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE '%__text'").pluck().get()).toBe(0)
  raw.close()
})
