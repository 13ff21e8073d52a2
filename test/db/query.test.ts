/** Behaviour of the embedded database's queries and writes, checked against CloudBase semantics. */
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded'

let db: EmbeddedDatabase
// Commands do not depend on the instance, so test.each tables can build them up front.
const commandSource = openEmbeddedDatabase(':memory:')
const db_ = () => commandSource.command
afterAll(() => commandSource.close())
beforeEach(() => {
  db = openEmbeddedDatabase(':memory:')
})
afterEach(() => db.close())

const ids = (docs: { _id: string }[]) => docs.map((d) => d._id)

/** Seeds a small collection with varied types, nested objects and arrays. */
async function seedPeople() {
  const people = db.collection('people')
  const rows = [
    { _id: 'ann', name: 'Ann Li', age: 31, city: 'Taiyuan', tags: ['hr', 'admin'], profile: { level: 2, dept: 'ops' }, active: true },
    { _id: 'bob', name: 'bob wang', age: 25, city: 'Datong', tags: ['dev'], profile: { level: 1, dept: 'dev' }, active: false },
    { _id: 'cat', name: 'Cat Zhao', age: 40, city: 'Taiyuan', tags: [], profile: { level: 3, dept: 'ops' }, active: true },
    { _id: 'dan', name: 'Dan', age: '40', city: null, profile: { level: 1 } },
  ]
  for (const row of rows) await people.add(row)
  return people
}

describe('CRUD', () => {
  test('add generates a 32-hex _id, get by doc and by where returns the document', async () => {
    const c = db.collection<{ title: string; n: number }>('notes')
    const { id } = await c.add({ title: 'hello', n: 1 })
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect((await c.doc(id!).get()).data).toEqual([{ _id: id, title: 'hello', n: 1 }])
    expect((await c.where({ title: 'hello' }).get()).data).toEqual([{ _id: id, title: 'hello', n: 1 }])
    expect((await c.doc('missing').get()).data).toEqual([])
  })

  test('add keeps a provided _id and rejects a duplicate _id with DATABASE_DUPLICATE_WRITE', async () => {
    const c = db.collection('notes')
    expect(await c.add({ _id: 'fixed', a: 1 })).toEqual({ id: 'fixed' })
    await expect(c.add({ _id: 'fixed', a: 2 })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect((await c.doc('fixed').get()).data).toEqual([{ _id: 'fixed', a: 1 }])
  })

  test('doc.set replaces the whole document, keeps _id, and creates a missing one', async () => {
    const c = db.collection('notes')
    await c.add({ _id: 'x', a: 1, b: { c: 2 } })
    expect(await c.doc('x').set({ z: true })).toEqual({ updated: 1 })
    expect((await c.doc('x').get()).data).toEqual([{ _id: 'x', z: true }])
    expect(await c.doc('new').set({ y: 1 })).toEqual({ updated: 0 })
    expect((await c.doc('new').get()).data).toEqual([{ _id: 'new', y: 1 }])
    await expect(c.doc('x').set({ _id: 'other', a: 1 } as never)).rejects.toMatchObject({ code: 'INVALID_PARAM' })
  })

  test('doc.update merges fields; missing doc or no change gives updated 0', async () => {
    const c = db.collection('notes')
    await c.add({ _id: 'x', a: 1, b: { c: 2, d: 3 } })
    expect(await c.doc('x').update({ a: 5, b: { c: 9 } })).toEqual({ updated: 1 })
    // A nested object merges into the existing one, as the SDK flattens it to b.c.
    expect((await c.doc('x').get()).data).toEqual([{ _id: 'x', a: 5, b: { c: 9, d: 3 } }])
    expect(await c.doc('x').update({ a: 5 })).toEqual({ updated: 0 })
    expect(await c.doc('nope').update({ a: 1 })).toEqual({ updated: 0 })
    expect((await c.where({ _id: 'nope' }).count()).total).toBe(0)
    await expect(c.doc('x').update({ _id: 'y' })).rejects.toMatchObject({ code: 'INVALID_PARAM' })
  })

  test('doc.remove and where().remove delete exactly the matched documents', async () => {
    const people = await seedPeople()
    expect(await people.doc('ann').remove()).toEqual({ deleted: 1 })
    expect(await people.doc('ann').remove()).toEqual({ deleted: 0 })
    expect(await people.where({ city: 'Taiyuan' }).remove()).toEqual({ deleted: 1 })
    expect(ids((await people.get()).data).sort()).toEqual(['bob', 'dan'])
  })

  test('bulk update/remove require where() so a bare collection call cannot wipe data', async () => {
    const people = await seedPeople()
    await expect(people.remove()).rejects.toMatchObject({ code: 'INVALID_PARAM' })
    await expect(people.update({ x: 1 })).rejects.toMatchObject({ code: 'INVALID_PARAM' })
    expect((await people.count()).total).toBe(4)
    expect(await people.where({}).update({ x: 1 })).toEqual({ updated: 4 })
  })
})

describe('operators', () => {
  test.each([
    ['eq', { age: db_().eq(40) }, ['cat']],
    ['eq string does not match a number', { age: db_().eq('40') }, ['dan']],
    ['neq (missing fields included)', { city: db_().neq('Taiyuan') }, ['bob', 'dan']],
    ['gt only compares numbers with numbers', { age: db_().gt(30) }, ['ann', 'cat']],
    ['gte', { age: db_().gte(31) }, ['ann', 'cat']],
    ['lt', { age: db_().lt(31) }, ['bob']],
    ['lte', { age: db_().lte(31) }, ['ann', 'bob']],
    ['in mixes types', { age: db_().in([25, '40']) }, ['bob', 'dan']],
    ['nin (missing fields included)', { city: db_().nin(['Taiyuan', 'Datong']) }, ['dan']],
    ['exists true', { active: db_().exists(true) }, ['ann', 'bob', 'cat']],
    ['exists false', { active: db_().exists(false) }, ['dan']],
    ['null matches null', { city: null }, ['dan']],
    ['boolean', { active: true }, ['ann', 'cat']],
    ['field-level and', { age: db_().and(db_().gt(20), db_().lt(35)) }, ['ann', 'bob']],
    ['field-level or', { age: db_().or(db_().lt(30), db_().gt(35)) }, ['bob', 'cat']],
  ])('%s', async (_name, condition, expected) => {
    const people = await seedPeople()
    expect(ids((await people.where(condition).get()).data).sort()).toEqual(expected)
  })

  describe.each([false, true])('each JSON type matches only itself (field indexed: %s)', (indexed) => {
    // The values SQLite's comparisons confuse: true/false come out of a document as 1/0, arrays and
    // objects as JSON text starting with [ or {, and numbers sort before all text.
    const VALUES: Record<string, unknown> = {
      one: 1,
      zero: 0,
      two: 2,
      yes: true,
      no: false,
      text: '2021-11-30',
      bracketText: '[not an array]',
      braceText: '{not an object}',
      lower: 'zebra',
      han: '太原',
      array: ['2021'],
      object: { a: '2021' },
      nil: null,
    }
    const seedValues = async () => {
      if (indexed) {
        db.close()
        db = openEmbeddedDatabase(':memory:', { schema: [{ name: 'values', indexes: [{ name: 'by_v', fields: [{ field: 'v', direction: 'asc' }] }] }] })
      }
      const c = db.collection('values')
      for (const [_id, v] of Object.entries(VALUES)) await c.add({ _id, v })
      await c.add({ _id: 'missing' })
      return c
    }
    const _ = db_()
    test.each([
      // An array matches when one of its elements does.
      ['gt a date string', { v: _.gt('2000') }, ['array', 'bracketText', 'braceText', 'han', 'lower', 'text']],
      ['lt a string past [ and {', { v: _.lt('\u9fff') }, ['array', 'bracketText', 'braceText', 'han', 'lower', 'text']],
      ['gte 0', { v: _.gte(0) }, ['one', 'two', 'zero']],
      ['lte 1', { v: _.lte(1) }, ['one', 'zero']],
      ['gt -1 and lt 3', { v: _.and(_.gt(-1), _.lt(3)) }, ['one', 'two', 'zero']],
      ['eq 1', { v: 1 }, ['one']],
      ['eq 0', { v: 0 }, ['zero']],
      ['eq true', { v: true }, ['yes']],
      ['eq a string starting with [', { v: '[not an array]' }, ['bracketText']],
      ['in 0, 1, 2', { v: _.in([0, 1, 2]) }, ['one', 'two', 'zero']],
      ['in strings', { v: _.in(['zebra', '{not an object}', '2021']) }, ['array', 'braceText', 'lower']],
      ['nin 0, 1', { v: _.nin([0, 1]) }, ['array', 'bracketText', 'braceText', 'han', 'lower', 'missing', 'nil', 'no', 'object', 'text', 'two', 'yes']],
      ['nin strings', { v: _.nin(['zebra', '太原']) }, ['array', 'bracketText', 'braceText', 'missing', 'nil', 'no', 'object', 'one', 'text', 'two', 'yes', 'zero']],
      ['neq 1', { v: _.neq(1) }, ['array', 'bracketText', 'braceText', 'han', 'lower', 'missing', 'nil', 'no', 'object', 'text', 'two', 'yes', 'zero']],
    ])('%s', async (_name, condition, expected) => {
      const c = await seedValues()
      expect(ids((await c.where(condition).get()).data).sort()).toEqual([...expected].sort())
    })
  })

  test('top-level and/or combine whole conditions, in both SDK call styles', async () => {
    const people = await seedPeople()
    const _ = db.command
    const or = await people.where(_.or({ city: 'Datong' }, { age: 40 })).get()
    expect(ids(or.data).sort()).toEqual(['bob', 'cat'])
    const and = await people.where(_.and([{ city: 'Taiyuan' }, { age: _.gt(35) }])).get()
    expect(ids(and.data)).toEqual(['cat'])
  })

  test('in/nin with null, booleans and empty lists', async () => {
    const people = await seedPeople()
    const _ = db.command
    expect(ids((await people.where({ active: _.in([null, false]) }).get()).data)).toEqual(['bob', 'dan'])
    expect(ids((await people.where({ age: _.in([]) }).get()).data)).toEqual([])
    expect((await people.where({ age: _.nin([]) }).count()).total).toBe(4)
  })

  test('a string matches only that string: never a number, a boolean, or an array or object whose JSON text it spells', async () => {
    const c = db.collection('t')
    const docs = { s: '["x"]', arr: ['x'], os: '{"k":1}', obj: { k: 1 }, one: '1', n: 1, yes: true, word: 'x' }
    for (const [_id, v] of Object.entries(docs)) await c.add({ _id, v })
    const _ = db.command
    const found = async (condition: Record<string, unknown>) => ids((await c.where(condition).get()).data).sort()
    expect(await found({ v: '["x"]' })).toEqual(['s'])
    expect(await found({ v: '{"k":1}' })).toEqual(['os'])
    expect(await found({ v: '1' })).toEqual(['one'])
    expect(await found({ v: 'x' })).toEqual(['arr', 'word'])
    expect(await found({ v: _.in(['1', '["x"]']) })).toEqual(['one', 's'])
    expect(await found({ v: _.in(['1', 'x']) })).toEqual(['arr', 'one', 'word'])
    expect(await found({ v: _.neq('1') })).toEqual(['arr', 'n', 'obj', 'os', 's', 'word', 'yes'])
  })

  test('null also matches a missing field (Mongo semantics)', async () => {
    const c = db.collection('t')
    await c.add({ _id: 'a', v: null })
    await c.add({ _id: 'b' })
    await c.add({ _id: 'c', v: 0 })
    expect(ids((await c.where({ v: null }).get()).data)).toEqual(['a', 'b'])
  })
})


describe('nested fields and arrays', () => {
  test('dotted keys and nested objects both mean nested-field equality', async () => {
    const people = await seedPeople()
    expect(ids((await people.where({ 'profile.dept': 'ops' }).get()).data)).toEqual(['ann', 'cat'])
    expect(ids((await people.where({ profile: { dept: 'ops', level: 3 } }).get()).data)).toEqual(['cat'])
    expect(ids((await people.where({ profile: { level: db.command.lt(2) } }).get()).data)).toEqual(['bob', 'dan'])
  })

  test('equality on an array field matches when the array contains the value', async () => {
    const people = await seedPeople()
    const _ = db.command
    expect(ids((await people.where({ tags: 'admin' }).get()).data)).toEqual(['ann'])
    expect(ids((await people.where({ tags: _.eq('dev') }).get()).data)).toEqual(['bob'])
    expect(ids((await people.where({ tags: _.in(['dev', 'hr']) }).get()).data)).toEqual(['ann', 'bob'])
    expect(ids((await people.where({ tags: _.neq('dev') }).get()).data)).toEqual(['ann', 'cat', 'dan'])
    expect(ids((await people.where({ tags: _.nin(['dev', 'hr']) }).get()).data)).toEqual(['cat', 'dan'])
    // An array value means the whole array.
    expect(ids((await people.where({ tags: ['hr', 'admin'] }).get()).data)).toEqual(['ann'])
    expect(ids((await people.where({ tags: ['admin', 'hr'] }).get()).data)).toEqual([])
    expect((await people.where({ tags: 'hr' }).count()).total).toBe(1)
  })

  test('a field that is an array in one document and an object in another only matches array elements', async () => {
    const c = db.collection('t')
    await c.add({ _id: 'arr', tags: ['x'] })
    await c.add({ _id: 'obj', tags: { k: 'x' } })
    expect(ids((await c.where({ tags: 'x' }).get()).data)).toEqual(['arr'])
  })

  test('array containment also works for arrays written by update and for numbers', async () => {
    const c = db.collection('t')
    await c.add({ _id: 'a', scores: 5 })
    await c.doc('a').update({ scores: [1, 9] })
    await c.add({ _id: 'b', scores: [3] })
    expect(ids((await c.where({ scores: 9 }).get()).data)).toEqual(['a'])
    expect(ids((await c.where({ scores: db.command.gt(2) }).get()).data)).toEqual(['a', 'b'])
    expect(ids((await c.where({ scores: db.command.lt(2) }).get()).data)).toEqual(['a'])
  })
})

describe('RegExp keyword search', () => {
  test('options i matches case-insensitively, without it case matters', async () => {
    const people = await seedPeople()
    const insensitive = await people.where({ name: db.RegExp({ regexp: 'BOB', options: 'i' }) }).get()
    expect(ids(insensitive.data)).toEqual(['bob'])
    expect((await people.where({ name: db.RegExp({ regexp: 'BOB' }) }).get()).data).toEqual([])
    expect(ids((await people.where({ name: db.RegExp({ regexp: '^[a-c]', options: 'i' }) }).get()).data)).toEqual(['ann', 'bob', 'cat'])
  })

  test('does not match numbers or JSON text of objects, and rejects bad patterns', async () => {
    const people = await seedPeople()
    expect((await people.where({ age: db.RegExp({ regexp: '4' }) }).get()).data.map((d) => d._id)).toEqual(['dan'])
    expect((await people.where({ profile: db.RegExp({ regexp: 'ops' }) }).get()).data).toEqual([])
    expect(() => db.RegExp({ regexp: '(' })).toThrow(/invalid RegExp/)
    expect(() => db.RegExp({ regexp: 'a', options: 'g' })).toThrow(/options/)
  })
})

describe('orderBy, skip, limit, count, field', () => {
  async function seedNumbers(n: number) {
    const c = db.collection<{ group: number; n: number }>('nums')
    for (let i = 0; i < n; i++) await c.add({ _id: `d${String(i).padStart(4, '0')}`, group: i % 3, n: i % 5 })
    return c
  }

  test('orders by several fields in call order, ties by _id in the last direction', async () => {
    const c = await seedNumbers(30) // (group, n) repeats every 15 documents
    const { data } = await c.orderBy('group', 'asc').orderBy('n', 'desc').get()
    const expected = [...data].sort((a, b) => a.group - b.group || b.n - a.n || (a._id < b._id ? 1 : -1))
    expect(data.map((d) => d._id)).toEqual(expected.map((d) => d._id))
    expect(data.slice(0, 2).map((d) => d._id)).toEqual(['d0024', 'd0009'])
    const asc = await c.orderBy('n', 'desc').orderBy('group', 'asc').limit(2).get()
    expect(asc.data.map((d) => d._id)).toEqual(['d0009', 'd0024'])
  })

  test('skip/limit pages are stable and cover every document once', async () => {
    const c = await seedNumbers(25)
    const seen: string[] = []
    for (let page = 0; page < 5; page++) {
      const { data } = await c.orderBy('group', 'desc').skip(page * 6).limit(6).get()
      seen.push(...ids(data))
    }
    expect(seen).toHaveLength(25)
    expect(new Set(seen).size).toBe(25)
    const again = await c.orderBy('group', 'desc').skip(6).limit(6).get()
    expect(ids(again.data)).toEqual(seen.slice(6, 12))
  })

  test('limit defaults to 100 and is clamped to 1000, like the SDK', async () => {
    const c = db.collection('many')
    await db.runTransaction(async (tx) => {
      for (let i = 0; i < 1005; i++) await tx.collection('many').add({ i })
    })
    expect((await c.get()).data).toHaveLength(100)
    expect((await c.limit(0).get()).data).toHaveLength(100)
    expect((await c.limit(5000).get()).data).toHaveLength(1000)
    expect(() => c.limit(1.5)).toThrow(/limit/)
    expect(() => c.skip(-1)).toThrow(/skip/)
  })

  test('count honours where and ignores skip/limit', async () => {
    const c = await seedNumbers(30)
    expect((await c.count()).total).toBe(30)
    expect((await c.where({ group: 1 }).skip(3).limit(2).count()).total).toBe(10)
  })

  test('field() includes or excludes fields, _id unless excluded', async () => {
    const people = await seedPeople()
    expect((await people.where({ _id: 'ann' }).field({ name: true, 'profile.dept': true }).get()).data).toEqual([
      { _id: 'ann', name: 'Ann Li', profile: { dept: 'ops' } },
    ])
    const [bob] = (await people.where({ _id: 'bob' }).field({ tags: false, profile: false, _id: false }).get()).data
    expect(bob).toEqual({ name: 'bob wang', age: 25, city: 'Datong', active: false })
    expect(() => people.field({ a: true, b: false })).toThrow(/mix/)
  })

  test('field() keeps the arrays it names, whole or in part, and any field beside an array it drops', async () => {
    const c = db.collection('postings')
    const doc = {
      _id: 'p1',
      title: 'welder',
      terms: ['we', 'el'],
      pay: { min: 1, bands: [1, 2] },
      shifts: { day: ['am'], night: ['pm'] },
      'odd-key': ['x'],
      timeline: [{ status: 'submitted', at: 't0' }],
    }
    await c.add(doc)
    const page = async (projection: Record<string, boolean>) => (await c.where({ title: 'welder' }).field(projection).get()).data
    expect(await page({ title: true })).toEqual([{ _id: 'p1', title: 'welder' }])
    expect(await page({ terms: true, 'pay.min': true })).toEqual([{ _id: 'p1', terms: ['we', 'el'], pay: { min: 1 } }])
    expect(await page({ pay: true, 'shifts.night': true })).toEqual([{ _id: 'p1', pay: { min: 1, bands: [1, 2] }, shifts: { night: ['pm'] } }])
    expect(await page({ timeline: true })).toEqual([{ _id: 'p1', timeline: [{ status: 'submitted', at: 't0' }] }])
    expect(await page({ terms: false, 'shifts.day': false, _id: false })).toEqual([
      { title: 'welder', pay: { min: 1, bands: [1, 2] }, shifts: { night: ['pm'] }, 'odd-key': ['x'], timeline: [{ status: 'submitted', at: 't0' }] },
    ])
    // The stored document is untouched by what a page leaves out.
    expect((await c.doc('p1').get()).data).toEqual([doc])
  })

  test('a later where() replaces the earlier one, as in the SDK', async () => {
    const people = await seedPeople()
    expect(ids((await people.where({ city: 'Datong' }).where({ age: 40 }).get()).data)).toEqual(['cat'])
  })
})

describe('update operators', () => {
  test('inc, remove and nested-path set apply together', async () => {
    const c = db.collection('t')
    await c.add({ _id: 'a', n: 1, gone: 'x', box: { w: 1 } })
    const _ = db.command
    expect(await c.doc('a').update({ n: _.inc(2), fresh: _.inc(5), gone: _.remove(), 'box.h': 3, 'deep.er.x': 1 })).toEqual({ updated: 1 })
    expect((await c.doc('a').get()).data).toEqual([{ _id: 'a', n: 3, box: { w: 1, h: 3 }, fresh: 5, deep: { er: { x: 1 } } }])
  })

  test('a failing update of many documents changes none of them', async () => {
    const c = db.collection('t')
    await c.add({ _id: 'a', n: 1 })
    await c.add({ _id: 'b', n: 'text' })
    await c.add({ _id: 'c', n: 2 })
    await expect(c.where({}).update({ n: db.command.inc(1) })).rejects.toThrow(/non-numeric/)
    expect((await c.orderBy('_id', 'asc').get()).data.map((d) => d.n)).toEqual([1, 'text', 2])
  })

  test('where().update counts only documents that changed', async () => {
    const people = await seedPeople()
    expect(await people.where({ city: 'Taiyuan' }).update({ 'profile.dept': 'ops' })).toEqual({ updated: 0 })
    expect(await people.where({ city: 'Taiyuan' }).update({ 'profile.level': 9 })).toEqual({ updated: 2 })
    expect((await people.where({ 'profile.level': 9 }).count()).total).toBe(2)
  })

  test('rejects conflicting paths, operators in the wrong place and setting through a scalar', async () => {
    const c = db.collection('t')
    await c.add({ _id: 'a', n: 1 })
    const _ = db.command
    await expect(c.doc('a').update({ box: 1, 'box.h': 2 })).rejects.toThrow(/conflict/)
    await expect(c.doc('a').update({ n: _.gt(1) })).rejects.toThrow(/query operator/)
    expect(() => c.where({ n: _.inc(1) })).not.toThrow()
    await expect(c.where({ n: _.inc(1) }).get()).rejects.toThrow(/update operator/)
    await expect(c.doc('a').update({ 'n.x': 1 })).rejects.toThrow(/not an object/)
    expect((await c.doc('a').get()).data).toEqual([{ _id: 'a', n: 1 }])
  })
})

describe('validation', () => {
  test('invalid field names are rejected before reaching SQL', async () => {
    const c = db.collection('t')
    await c.add({ _id: 'a', n: 1 })
    const bad = ["n') OR 1=1 --", 'a..b', '.a', 'a.', '$where', 'a-b', '0abc', 'a.__proto__.x', 'a[0]']
    for (const field of bad) {
      expect(() => c.where({ [field]: 1 })).toThrow(/invalid field name/)
      expect(() => c.orderBy(field, 'asc')).toThrow(/invalid field name/)
      await expect(c.doc('a').update({ [field]: 1 })).rejects.toThrow(/invalid/)
    }
    expect(() => c.orderBy('n', 'up' as never)).toThrow(/direction/)
    expect((await c.doc('a').get()).data).toEqual([{ _id: 'a', n: 1 }])
  })

  test('values are bound, never spliced into SQL', async () => {
    const c = db.collection('t')
    const nasty = "x' OR '1'='1"
    await c.add({ _id: 'a', s: 'plain' })
    await c.add({ _id: nasty, s: nasty })
    expect(ids((await c.where({ s: nasty }).get()).data)).toEqual([nasty])
    expect((await c.doc(nasty).get()).data).toEqual([{ _id: nasty, s: nasty }])
  })

  test('invalid collection names, Date objects and non-JSON values are rejected', async () => {
    expect(() => db.collection('bad name')).toThrow(/collection/)
    expect(() => db.collection('x"; DROP TABLE t; --')).toThrow(/collection/)
    const c = db.collection('t')
    await expect(c.add({ at: new Date() })).rejects.toThrow(/ISO strings/)
    await expect(c.add({ n: NaN })).rejects.toThrow(/finite/)
    await expect(c.add({ m: new Map() })).rejects.toThrow(/unsupported/)
    await expect(c.add({ 'a.b': 1 })).rejects.toThrow(/invalid key/)
    expect(() => c.where({ at: new Date() })).not.toThrow()
    await expect(c.where({ at: new Date() }).get()).rejects.toThrow(/ISO strings/)
    expect((await c.count()).total).toBe(0)
  })
})
