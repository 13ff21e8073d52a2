/** The embedded database opened read-only, as the server's read workers open it (server/cluster.ts). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'

class Refused extends Error {}

let dir: string
let writer: EmbeddedDatabase
let reader: EmbeddedDatabase
let refusals: number
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jqt-read-only-'))
  const file = join(dir, 'data.sqlite')
  writer = openEmbeddedDatabase(file, { schema: collections })
  refusals = 0
  reader = openEmbeddedDatabase(file, {
    schema: collections,
    readOnly: {
      refuse: () => {
        refusals++
        return new Refused('written by the writing process')
      },
    },
  })
})
afterEach(() => {
  reader.close()
  writer.close()
  rmSync(dir, { recursive: true, force: true })
})

test('reads what the writer committed the moment its write resolves, through the same indexes', async () => {
  const firms = () => reader.collection('employers')
  expect((await firms().count()).total).toBe(0)
  await writer.collection('employers').add({ _id: 'f1', name: '晋云科技', ownerOpenId: 'o1' })
  expect((await firms().doc('f1').get()).data).toEqual([{ _id: 'f1', name: '晋云科技', ownerOpenId: 'o1' }])
  await writer.collection('employers').doc('f1').update({ name: '晋云新材料' })
  expect((await firms().where({ ownerOpenId: 'o1' }).get()).data.map((f) => f.name)).toEqual(['晋云新材料'])
})

test('refuses every write with the given error and writes nothing', async () => {
  const firms = reader.collection('employers')
  await expect(firms.add({ name: 'x' })).rejects.toBeInstanceOf(Refused)
  await expect(firms.doc('f1').set({ name: 'x' })).rejects.toBeInstanceOf(Refused)
  await expect(firms.doc('f1').update({ name: 'x' })).rejects.toBeInstanceOf(Refused)
  await expect(firms.where({}).remove()).rejects.toBeInstanceOf(Refused)
  await expect(reader.runTransaction(async (tx) => tx.collection('employers').add({ name: 'x' }))).rejects.toBeInstanceOf(Refused)
  expect(refusals).toBe(5)
  expect((await writer.collection('employers').count()).total).toBe(0)
})

test("a caller's own view refuses its writes with the caller's refusal, and reads as the database does", async () => {
  await writer.collection('employers').add({ _id: 'f1', name: '晋云科技', ownerOpenId: 'o1' })
  const refusedBy: string[] = []
  const viewOf = (caller: string) =>
    reader.refusingWith(() => {
      refusedBy.push(caller)
      return new Refused(`written by the writing process (${caller})`)
    })
  const [a, b] = [viewOf('a'), viewOf('b')]
  // Two callers at once: each refusal reaches only the caller that wrote.
  await Promise.all([
    expect(a.collection('employers').doc('f1').update({ name: 'x' })).rejects.toThrow('(a)'),
    expect(b.collection('employers').where({ ownerOpenId: 'o1' }).get()).resolves.toEqual({ data: [{ _id: 'f1', name: '晋云科技', ownerOpenId: 'o1' }] }),
  ])
  await expect(b.collection('employers').where({}).limit(1).remove()).rejects.toThrow('(b)')
  await expect(b.collection('employers').add({ name: 'x' })).rejects.toThrow('(b)')
  await expect(a.collection('employers').doc('f2').set({ name: 'x' })).rejects.toThrow('(a)')
  await expect(a.runTransaction(async (tx) => tx.collection('employers').add({ name: 'x' }))).rejects.toThrow('(a)')
  expect(refusedBy).toEqual(['a', 'b', 'b', 'a', 'a'])
  expect(refusals).toBe(0)
  expect((await writer.collection('employers').where({}).get()).data).toEqual([{ _id: 'f1', name: '晋云科技', ownerOpenId: 'o1' }])
  // A database that writes has nothing to refuse.
  expect(() => writer.refusingWith(() => new Refused('x'))).toThrow(/not read-only/)
})

test('a collection the writer has no table for yet is refused, not created; once it has one, it is read', async () => {
  const fresh = mkdtempSync(join(tmpdir(), 'jqt-read-only-'))
  const file = join(fresh, 'data.sqlite')
  const bare = openEmbeddedDatabase(file)
  const readOnly = openEmbeddedDatabase(file, { readOnly: { refuse: () => new Refused('no table') } })
  try {
    await expect(readOnly.collection('notes').count()).rejects.toBeInstanceOf(Refused)
    await expect(readOnly.refusingWith(() => new Refused('no table (caller)')).collection('notes').doc('n').get()).rejects.toThrow('(caller)')
    await bare.collection('notes').add({ _id: 'n' })
    expect((await readOnly.collection('notes').count()).total).toBe(1)
  } finally {
    readOnly.close()
    bare.close()
    rmSync(fresh, { recursive: true, force: true })
  }
})
