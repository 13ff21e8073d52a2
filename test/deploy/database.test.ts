/** `npm run deploy:database`: its plan from schema.ts, and how it brings an environment to that plan. */
import type { CreateIndex, IndexInfo } from '@cloudbase/manager-node/types/interfaces'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { openEmbeddedDatabase } from '../../server/db/embedded'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { applyDatabase, diffIndexes, planDatabase, type DatabaseManager } from '../../scripts/deploy/database'

const ENV = 'jqt-prod-1a2b'

/**
 * An index's keys as the embedded engine created it, read back from SQLite's own definition; a
 * multikey index's from its side table, whose primary key is the index (k0…kn, then the id).
 */
function localIndexKeys(sqlite: BetterSqlite3.Database, collection: string, index: string) {
  const sql = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type IN ('index', 'table') AND name = ?").pluck().get(`${collection}__${index}`) as string
  if (sql.startsWith('CREATE TABLE')) {
    const { fields } = JSON.parse(sqlite.prepare('SELECT definition FROM _multikey_indexes WHERE tbl = ?').pluck().get(`${collection}__${index}`) as string) as { fields: { field: string }[] }
    const key = sql.slice(sql.indexOf('PRIMARY KEY (') + 'PRIMARY KEY ('.length, sql.lastIndexOf(')'))
    return [...key.matchAll(/(k\d+|id) (ASC|DESC)/g)].map(([, column, dir], i) => ({ Name: column === 'id' ? '_id' : fields[i].field, Direction: dir === 'ASC' ? '1' : '-1' }))
  }
  const columns = sql.slice(sql.indexOf('(') + 1, sql.lastIndexOf(')'))
  return [...columns.matchAll(/(?:json_extract\(doc, '\$\.([\w.]+)'\)|(_id)) (ASC|DESC)/g)].map(([, path, id, dir]) => ({ Name: path ?? id, Direction: dir === 'ASC' ? '1' : '-1' }))
}
const plan = planDatabase(collections, ENV)
const planned = (collection: string) => plan.find((c) => c.name === collection)!
const plannedIndex = (collection: string, index: string) => planned(collection).indexes.find((i) => i.IndexName === index)

describe('the database plan', () => {
  it('covers every collection of schema.ts, in its order', () => {
    expect(plan.map((c) => c.name)).toEqual(collections.map((c) => c.name))
    expect(new Set(plan.map((c) => c.name)).size).toBe(collections.length)
  })

  it('declares every index of every collection with the keys the local database has, asc as "1" and desc as "-1"', () => {
    // The indexes as the embedded engine built them from the same schema: what the tests proved fast.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-indexes-'))
    const file = path.join(dir, 'schema.db')
    openEmbeddedDatabase(file, { schema: collections }).close()
    const local = new BetterSqlite3(file, { readonly: true })
    try {
      for (const spec of collections) {
        expect(planned(spec.name).indexes.map((i) => i.IndexName)).toEqual(spec.indexes.map((i) => i.name))
        for (const index of spec.indexes) {
          expect(plannedIndex(spec.name, index.name)?.MgoKeySchema.MgoIndexKeys).toEqual(localIndexKeys(local, spec.name, index.name))
        }
      }
    } finally {
      local.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
    expect(plan.flatMap((c) => c.indexes)).toHaveLength(collections.flatMap((c) => c.indexes).length)
  })

  it('keeps nested fields and mixed directions as written, ends a non-unique index with _id as the pages\' tie-break, then the fields it covers', () => {
    expect(plannedIndex('jobs', 'jobs_board_district_pay')?.MgoKeySchema).toEqual({
      MgoIndexKeys: [
        { Name: 'status', Direction: '1' },
        { Name: 'location.city', Direction: '1' },
        { Name: 'location.district', Direction: '1' },
        { Name: 'pay.max', Direction: '-1' },
        { Name: '_id', Direction: '-1' },
        { Name: 'validUntil', Direction: '1' },
        { Name: 'industry', Direction: '1' },
        { Name: 'requirements.education', Direction: '1' },
        { Name: 'requirements.experienceYears', Direction: '1' },
      ],
      MgoIsUnique: false,
    })
    expect(plannedIndex('applications', 'applications_job_seeker')?.MgoKeySchema.MgoIndexKeys.map((k) => k.Name)).toEqual(['jobId', 'seekerOpenId'])
  })

  it('makes exactly the indexes that stop duplicates unique', () => {
    const unique = plan.flatMap((c) => c.indexes.filter((i) => i.MgoKeySchema.MgoIsUnique).map((i) => `${c.name}.${i.IndexName}`))
    expect(unique.sort()).toEqual(collections.flatMap((c) => c.indexes.filter((i) => i.unique).map((i) => `${c.name}.${i.name}`)).sort())
    expect(unique).toEqual(expect.arrayContaining(['employers.employers_owner', 'applications.applications_job_seeker']))
    // Credit codes are public: a profile claiming one is no proof (services/credit-code-claims.ts).
    expect(plannedIndex('employers', 'employers_credit_code')?.MgoKeySchema.MgoIsUnique).toBe(false)
    expect(plannedIndex('applications', 'applications_seeker')?.MgoKeySchema.MgoIsUnique).toBe(false)
  })

  it('sets each collection\'s security rule: no direct client access, in the environment TCB_ENV_ID names', () => {
    for (const spec of collections) {
      const { securityRule } = planned(spec.name)
      expect(securityRule).toEqual({
        Action: 'ModifySafeRule',
        Param: { EnvId: ENV, CollectionName: spec.name, AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' },
      })
      expect(JSON.parse(securityRule.Param.Rule)).toEqual(spec.security)
    }
  })
})

type Call = [api: string, ...args: unknown[]]

const indexInfo = ({ IndexName, MgoKeySchema }: CreateIndex): IndexInfo => ({
  Name: IndexName,
  Keys: MgoKeySchema.MgoIndexKeys.map(({ Name, Direction }) => ({ Name, Direction })),
  Unique: MgoKeySchema.MgoIsUnique,
  Size: 0,
  Accesses: { Ops: 0, Since: '' },
})

const ID_INDEX = indexInfo({ IndexName: '_id_', MgoKeySchema: { MgoIndexKeys: [{ Name: '_id', Direction: '1' }], MgoIsUnique: false } })

/**
 * A CloudBase environment with `existing` collections and indexes (besides `_id_`), kept up to date
 * as the calls change it; it records every call, with manager-node's own parameter types.
 */
function fakeEnvironment(existing: Record<string, IndexInfo[]> = {}) {
  const state = new Map(Object.entries(existing).map(([name, indexes]) => [name, [ID_INDEX, ...indexes]]))
  const calls: Call[] = []
  const manager: DatabaseManager = {
    database: {
      async createCollectionIfNotExists(name) {
        calls.push(['createCollectionIfNotExists', name])
        const exists = state.has(name)
        if (!exists) state.set(name, [ID_INDEX])
        return { RequestId: 'r', IsCreated: !exists, ExistsResult: { RequestId: 'r', Exists: exists } }
      },
      async describeCollection(name) {
        calls.push(['describeCollection', name])
        return { RequestId: 'r', Indexes: state.get(name), IndexNum: state.get(name)?.length }
      },
      async updateCollection(name, { CreateIndexes = [], DropIndexes = [] }) {
        calls.push(['updateCollection', name, { CreateIndexes, DropIndexes }])
        const dropped = new Set(DropIndexes.map((i) => i.IndexName))
        state.set(name, [...(state.get(name) ?? []).filter((i) => !dropped.has(i.Name)), ...CreateIndexes.map(indexInfo)])
        return { RequestId: 'r' }
      },
    },
    commonService: (service) => ({
      async call(options) {
        calls.push([`commonService(${service}).call`, options])
        return { RequestId: 'r' }
      },
    }),
  }
  return { calls, manager }
}

describe('applying the database plan', () => {
  it('on an empty environment: creates, reads, indexes and secures each collection in the planned order', async () => {
    const { calls, manager } = fakeEnvironment()
    const report = await applyDatabase(manager, plan, { dropUndeclared: false })
    expect(calls).toEqual(plan.flatMap((c): Call[] => [
      ['createCollectionIfNotExists', c.name],
      ['describeCollection', c.name],
      ...(c.indexes.length ? [['updateCollection', c.name, { CreateIndexes: c.indexes, DropIndexes: [] }] as Call] : []),
      ['commonService(tcb).call', c.securityRule],
    ]))
    expect(report.createdCollections).toEqual(plan.map((c) => c.name))
    expect(report.createdIndexes).toHaveLength(plan.flatMap((c) => c.indexes).length)
  })

  it('run again, changes nothing but the security rules', async () => {
    const { calls, manager } = fakeEnvironment()
    await applyDatabase(manager, plan, { dropUndeclared: false })
    calls.length = 0
    const report = await applyDatabase(manager, plan, { dropUndeclared: false })
    expect(calls.filter(([api]) => api === 'updateCollection')).toEqual([])
    expect(calls.filter(([api]) => api.startsWith('commonService'))).toHaveLength(plan.length)
    expect(report).toEqual({ createdCollections: [], createdIndexes: [], droppedIndexes: [], undeclaredIndexes: [], changedIndexes: [] })
  })

  const jobs = planned('jobs').indexes
  const [owner, , live] = jobs
  const employers = planned('employers').indexes
  const credit = employers[1]
  /**
   * jobs has one index as declared, one with other keys, and one the schema does not know;
   * employers has its credit-code index only, unique on the code alone, as deployed before a
   * code could be claimed by more than one profile.
   */
  const partly = () => fakeEnvironment({
    jobs: [indexInfo(owner), { ...indexInfo(live), Keys: [{ Name: 'status', Direction: '1' }] }, indexInfo({ ...owner, IndexName: 'jobs_legacy' })],
    employers: [{ ...indexInfo(credit), Keys: [{ Name: 'creditCode', Direction: '1' }], Unique: true }],
  })
  const updatesOf = (collection: string, calls: Call[]) =>
    calls.filter(([api, name]) => api === 'updateCollection' && name === collection).map(([, , info]) => info)

  it('creates only the missing indexes, and reports the undeclared and the changed ones without touching them', async () => {
    const { calls, manager } = partly()
    const report = await applyDatabase(manager, plan, { dropUndeclared: false })
    expect(updatesOf('jobs', calls)).toEqual([{ CreateIndexes: jobs.filter((i) => i !== owner && i !== live), DropIndexes: [] }])
    expect(updatesOf('employers', calls)).toEqual([{ CreateIndexes: employers.filter((i) => i !== credit), DropIndexes: [] }])
    expect(report.undeclaredIndexes).toEqual(['jobs.jobs_legacy'])
    expect(report.changedIndexes).toEqual(['employers.employers_credit_code', 'jobs.jobs_live'])
    expect(report.droppedIndexes).toEqual([])
    expect(report.createdCollections).not.toContain('jobs')
  })

  it('with --drop-undeclared: drops the undeclared and changed indexes first, then creates what is missing', async () => {
    const { calls, manager } = partly()
    const report = await applyDatabase(manager, plan, { dropUndeclared: true })
    expect(updatesOf('jobs', calls)).toEqual([
      { CreateIndexes: [], DropIndexes: [{ IndexName: 'jobs_live' }, { IndexName: 'jobs_legacy' }] },
      { CreateIndexes: [...jobs.filter((i) => i !== owner && i !== live), live], DropIndexes: [] },
    ])
    expect(updatesOf('employers', calls)).toEqual([
      { CreateIndexes: [], DropIndexes: [{ IndexName: 'employers_credit_code' }] },
      { CreateIndexes: [...employers.filter((i) => i !== credit), credit], DropIndexes: [] },
    ])
    expect(report.droppedIndexes).toEqual(['employers.employers_credit_code', 'jobs.jobs_live', 'jobs.jobs_legacy'])
    expect(report.changedIndexes).toEqual([])
    const again = await applyDatabase(manager, plan, { dropUndeclared: true })
    expect(again.droppedIndexes).toEqual([])
  })
})

describe('comparing indexes', () => {
  const owner = plannedIndex('employers', 'employers_owner')!
  const credit = plannedIndex('employers', 'employers_credit_code')!

  it('tells a lost or a gained uniqueness, or a reversed direction, from an index as declared', () => {
    expect(diffIndexes([owner], [ID_INDEX, indexInfo(owner)])).toEqual({ missing: [], changed: [], undeclared: [] })
    expect(diffIndexes([owner], [{ ...indexInfo(owner), Unique: false }]).changed).toEqual([owner])
    expect(diffIndexes([credit], [{ ...indexInfo(credit), Unique: true }]).changed).toEqual([credit])
    expect(diffIndexes([owner], [{ ...indexInfo(owner), Keys: [{ Name: 'ownerOpenId', Direction: '-1' }] }]).changed).toEqual([owner])
  })

  it('never counts the _id_ index every collection has as undeclared', () => {
    expect(diffIndexes([], [ID_INDEX]).undeclared).toEqual([])
  })
})
