/**
 * The embedded engine keeps the planner informed: statistics refreshed as tables grow (PRAGMA
 * optimize), and an explicit orderBy('_id') — what CloudBase callers add for stable pages — not
 * repeated by the engine's own tie-break, so an index can still serve the whole ORDER BY.
 */
import type { CollectionSchema } from '../../cloudfunctions/_shared/repositories/schema'
import { explainQueryPlan, openEmbeddedDatabase } from '../../server/db/embedded'

const schema: CollectionSchema[] = [
  {
    name: 'posts',
    // Like jobs: a range-friendly index and one that serves the board's order.
    indexes: [
      { name: 'live', fields: [{ field: 'status', direction: 'asc' }, { field: 'validUntil', direction: 'asc' }] },
      { name: 'newest', fields: [{ field: 'status', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
    ],
  },
]

async function seeded(count: number) {
  const db = openEmbeddedDatabase(':memory:', { schema })
  await db.runTransaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const at = Date.UTC(2026, 0, 1) + i * 60_000
      await tx.collection('posts').add({ status: i % 10 ? 'published' : 'closed', publishedAt: new Date(at).toISOString(), validUntil: new Date(at + 30 * 86_400_000).toISOString() })
    }
  })
  return db
}

const board = (db: Awaited<ReturnType<typeof seeded>>, explicitId: boolean) => {
  const q = db
    .collection('posts')
    .where({ status: 'published', validUntil: db.command.gt('2026-01-15T00:00:00.000Z') })
    .orderBy('publishedAt', 'desc')
  return (explicitId ? q.orderBy('_id', 'desc') : q).limit(20)
}

test('once a table has grown, the index that serves the order is chosen over a range on another', async () => {
  const db = await seeded(3000)
  for (const explicitId of [false, true]) {
    const plan = explainQueryPlan(board(db, explicitId)).join('\n')
    expect(plan).toContain('posts__newest')
    expect(plan).not.toMatch(/TEMP B-TREE/)
  }
  const { data } = await board(db, true).get()
  expect(data.map((d) => d.publishedAt)).toEqual([...data.map((d) => d.publishedAt as string)].sort().reverse())
  db.close()
})

test('an explicit _id order keeps pages in a total order', async () => {
  const db = openEmbeddedDatabase(':memory:', { schema })
  for (const id of ['b', 'a', 'c']) await db.collection('posts').add({ _id: id, status: 'published', publishedAt: 'same' })
  const ids = async (dir: 'asc' | 'desc') => (await db.collection('posts').orderBy('publishedAt', 'desc').orderBy('_id', dir).get()).data.map((d) => d._id)
  expect(await ids('asc')).toEqual(['a', 'b', 'c'])
  expect(await ids('desc')).toEqual(['c', 'b', 'a'])
  db.close()
})
