/** runTransaction on the embedded database: serialised, atomic, and isolated from outside calls. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded'

let db: EmbeddedDatabase
beforeEach(() => {
  db = openEmbeddedDatabase(':memory:')
})
afterEach(() => db.close())

/** Lets other pending work run, as a network round trip to CloudBase would. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

interface Booth {
  status: 'free' | 'booked'
  by?: string
}

test('50 concurrent bookings of 10 booths book exactly 10, each once', async () => {
  const booths = db.collection<Booth>('booths')
  for (let i = 0; i < 10; i++) await booths.add({ _id: `b${i}`, status: 'free' })

  const attempts = Array.from({ length: 50 }, (_, i) =>
    db.runTransaction(async (tx) => {
      const ref = tx.collection<Booth>('booths').doc(`b${i % 10}`)
      const { data } = await ref.get()
      await tick() // read and write are apart: without serialisation two attempts would both see "free"
      if (!data || data.status !== 'free') return false
      await ref.update({ status: 'booked', by: `user${i}` })
      return true
    }),
  )
  const results = await Promise.all(attempts)

  expect(results.filter(Boolean)).toHaveLength(10)
  const { data } = await booths.where({ status: 'booked' }).get()
  expect(data.map((b) => b._id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `b${i}`).sort())
  // The winner of each booth is the first attempt for it.
  expect(data.map((b) => b.by).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `user${i}`).sort())
})

test('read-then-write counters inside concurrent transactions lose no increment', async () => {
  await db.collection('counters').add({ _id: 'c', n: 0 })
  await Promise.all(
    Array.from({ length: 30 }, () =>
      db.runTransaction(async (tx) => {
        const ref = tx.collection<{ n: number }>('counters').doc('c')
        const { data } = await ref.get()
        await tick()
        await ref.set({ n: data!.n + 1 })
      }),
    ),
  )
  expect((await db.collection('counters').doc('c').get()).data).toEqual([{ _id: 'c', n: 30 }])
})

test('a throwing callback rolls back every write and rethrows; a resolving one commits and returns', async () => {
  await db.collection('acc').add({ _id: 'a', n: 1 })
  const failure = new Error('abort')
  await expect(
    db.runTransaction(async (tx) => {
      await tx.collection('acc').doc('a').update({ n: 100 })
      await tx.collection('acc').add({ _id: 'b', n: 2 })
      await tx.collection('fresh').add({ x: 1 }) // a table created inside the transaction
      await tick()
      throw failure
    }),
  ).rejects.toBe(failure)
  expect((await db.collection('acc').get()).data).toEqual([{ _id: 'a', n: 1 }])
  expect((await db.collection('fresh').count()).total).toBe(0)

  const result = await db.runTransaction(async (tx) => {
    await tx.collection('acc').doc('a').update({ n: 2 })
    const { id } = await tx.collection('fresh').add({ x: 1 })
    return id
  })
  expect(result).toMatch(/^[0-9a-f]{32}$/)
  expect((await db.collection('acc').doc('a').get()).data).toEqual([{ _id: 'a', n: 2 }])
  expect((await db.collection('fresh').doc(result!).get()).data).toEqual([{ _id: result, x: 1 }])
})

test('a duplicate write inside a transaction fails it as a whole', async () => {
  await db.collection('acc').add({ _id: 'a', n: 1 })
  await expect(
    db.runTransaction(async (tx) => {
      await tx.collection('acc').add({ _id: 'b', n: 2 })
      await tx.collection('acc').add({ _id: 'a', n: 3 })
    }),
  ).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
  expect((await db.collection('acc').count()).total).toBe(1)
})

test('tx doc.get returns the document or null (SDK transaction shape); set/update/delete report counts', async () => {
  await db.collection('t').add({ _id: 'a', n: 1 })
  const seen = await db.runTransaction(async (tx) => {
    const c = tx.collection<{ n: number }>('t')
    const before = [(await c.doc('a').get()).data, (await c.doc('zz').get()).data]
    const counts = [
      (await c.doc('a').update({ n: 2 })).updated,
      (await c.doc('zz').update({ n: 2 })).updated,
      (await c.doc('a').set({ n: 3 })).updated,
      (await c.doc('a').delete()).deleted,
      (await c.doc('a').delete()).deleted,
    ]
    return { before, counts }
  })
  expect(seen.before).toEqual([{ _id: 'a', n: 1 }, null])
  expect(seen.counts).toEqual([1, 0, 1, 1, 0])
})

test('outside calls made during a transaction wait for it, so they neither join its rollback nor see its writes', async () => {
  const c = db.collection('t')
  await c.add({ _id: 'seen', v: 'old' })
  let txFinished = false
  const tx = db.runTransaction(async (t) => {
    await t.collection('t').doc('seen').update({ v: 'uncommitted' })
    await t.collection('t').add({ _id: 'rolled-back' })
    await tick()
    await tick()
    txFinished = true
    throw new Error('abort')
  })
  await tick() // the transaction is open now
  const outsideWrite = c.add({ _id: 'outside' })
  const outsideRead = c.doc('seen').get().then((r) => ({ finishedFirst: txFinished, data: r.data }))

  await expect(tx).rejects.toThrow('abort')
  await outsideWrite
  expect(await outsideRead).toEqual({ finishedFirst: true, data: [{ _id: 'seen', v: 'old' }] })
  expect((await c.orderBy('_id', 'asc').get()).data.map((d) => d._id)).toEqual(['outside', 'seen'])
})

test('using db instead of tx inside the callback fails loudly instead of deadlocking', async () => {
  await expect(db.runTransaction(async () => db.collection('t').count())).rejects.toThrow(/use the tx argument/)
  // The lock was released: the database still works.
  expect((await db.collection('t').count()).total).toBe(0)
})

test('a transaction object cannot be used after it finished', async () => {
  let leaked: Parameters<Parameters<EmbeddedDatabase['runTransaction']>[0]>[0] | undefined
  await db.runTransaction(async (tx) => {
    leaked = tx
  })
  await expect(leaked!.collection('t').add({ x: 1 })).rejects.toThrow(/finished/)
  expect((await db.collection('t').count()).total).toBe(0)
})

describe('operations sharing a commit (group commit)', () => {
  test('one failing, a write or a transaction, takes back only its own writes; the others are kept', async () => {
    const notes = db.collection('notes')
    await notes.add({ _id: 'taken', n: 0 })
    const outcomes = await Promise.allSettled([
      notes.add({ _id: 'a', n: 1 }),
      notes.add({ _id: 'taken', n: 2 }),
      db.runTransaction(async (tx) => {
        await tx.collection('notes').add({ _id: 'rolled-back', n: 3 })
        throw new Error('changed my mind')
      }),
      db.runTransaction(async (tx) => {
        await tx.collection('notes').add({ _id: 'b', n: 4 })
      }),
      notes.doc('taken').update({ n: db.command.inc(10) }),
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled'])
    expect((await notes.orderBy('_id', 'asc').get()).data).toEqual([
      { _id: 'a', n: 1 },
      { _id: 'b', n: 4 },
      { _id: 'taken', n: 10 },
    ])
  })

  test('a read while nothing is pending answers at once from what is committed; in memory (no second connection) one behind a pending write waits for its commit and sees it', async () => {
    const notes = db.collection('notes')
    await notes.add({ _id: 'a' })
    const order: string[] = []
    const idle = notes.doc('a').get().then(({ data }) => order.push(`idle read: ${data.length}`))
    await new Promise((resolve) => setImmediate(resolve))
    order.push('next turn of the event loop')
    const write = notes.add({ _id: 'b' }).then(() => order.push('write'))
    const behind = notes.where({ _id: 'b' }).count().then(({ total }) => order.push(`read behind it: ${total}`))
    await Promise.all([idle, write, behind])
    expect(order).toEqual(['idle read: 1', 'next turn of the event loop', 'write', 'read behind it: 1'])
  })

  test('a write is on disk, for another connection to read, when its promise resolves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jqt-group-'))
    const file = join(dir, 'data.sqlite')
    const writer = openEmbeddedDatabase(file)
    await writer.collection('notes').add({ _id: 'first' })
    const reader = new BetterSqlite3(file, { readonly: true })
    const seen = reader.prepare('SELECT count(*) FROM notes WHERE _id = ?').pluck()
    try {
      const visibleWhenResolved = await Promise.all(
        Array.from({ length: 200 }, (_, i) => writer.collection('notes').add({ _id: `n${i}` }).then(() => seen.get(`n${i}`))),
      )
      expect(visibleWhenResolved).toEqual(Array.from({ length: 200 }, () => 1))
    } finally {
      reader.close()
      writer.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a read never sees what is not on disk, and never waits for a group: it answers from what is committed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jqt-group-'))
    const file = join(dir, 'data.sqlite')
    const writer = openEmbeddedDatabase(file)
    await writer.collection('notes').add({ _id: 'first' })
    const reader = new BetterSqlite3(file, { readonly: true })
    const onDisk = reader.prepare('SELECT count(*) FROM notes WHERE _id = ?').pluck()
    try {
      // Each read runs right after its write, while the write's group is open.
      const seenWithDisk = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const written = writer.collection('notes').add({ _id: `n${i}` })
          const seen = await writer.collection('notes').doc(`n${i}`).get().then(({ data }) => [data.length, onDisk.get(`n${i}`)])
          await written
          return seen
        }),
      )
      expect(seenWithDisk.filter(([seen, stored]) => Number(seen) > Number(stored))).toEqual([])
      // A transaction holds its group open across turns of the event loop; reads made meanwhile answer first, without its writes.
      const order: string[] = []
      const tx = writer.runTransaction(async (t) => {
        await t.collection('notes').doc('first').set({ v: 'changed' })
        await tick()
        await tick()
        order.push('transaction')
      })
      await tick()
      await writer.collection('notes').doc('first').get().then(({ data }) => order.push(`read: ${JSON.stringify(data[0])}`))
      await tx
      await writer.collection('notes').doc('first').get().then(({ data }) => order.push(`read after: ${JSON.stringify(data[0])}`))
      expect(order).toEqual(['read: {"_id":"first"}', 'transaction', 'read after: {"_id":"first","v":"changed"}'])
    } finally {
      reader.close()
      writer.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

})
