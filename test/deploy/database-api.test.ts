/**
 * `npm run deploy:database` for real, through the real manager-node, against a stand-in for the
 * Tencent Cloud API on localhost (manager-node sends its `tcb` calls to TCB_BASE_URL when set):
 * the requests it signs and sends are the ones CloudBase would receive.
 */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { planDatabase } from '../../scripts/deploy/database'
import { runScript } from './run-script'

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-deploy-api-'))

interface Received {
  action: string
  authorization: string
  body: Record<string, unknown>
}

interface Index {
  Name: string
  Keys: { Name: string; Direction: string }[]
  Unique: boolean
}

/** The environment behind the stand-in: its collections and their indexes. */
let tables = new Map<string, Index[]>()
let received: Received[] = []
const ID_INDEX: Index = { Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: false }

function answer(action: string, body: Record<string, unknown>): Record<string, unknown> {
  const table = String(body.TableName)
  switch (action) {
    case 'DescribeEnvInfo':
      return { EnvInfo: { EnvBaseInfo: { EnvId: body.EnvId, Status: 'NORMAL', Databases: [{ InstanceId: 'tnt-test', Status: 'RUNNING', Region: 'ap-shanghai' }] } } }
    case 'DescribeTable':
      return tables.has(table)
        ? { Indexes: tables.get(table), IndexNum: tables.get(table)?.length }
        : { Error: { Code: 'ResourceNotFound', Message: `table ${table} not found` } }
    case 'CreateTable':
      tables.set(table, [ID_INDEX])
      return {}
    case 'UpdateTable': {
      const { CreateIndexes = [], DropIndexes = [] } = body as { CreateIndexes?: { IndexName: string; MgoKeySchema: { MgoIndexKeys: Index['Keys']; MgoIsUnique: boolean } }[]; DropIndexes?: { IndexName: string }[] }
      const dropped = new Set(DropIndexes.map((i) => i.IndexName))
      const created = CreateIndexes.map((i) => ({ Name: i.IndexName, Keys: i.MgoKeySchema.MgoIndexKeys, Unique: i.MgoKeySchema.MgoIsUnique }))
      tables.set(table, [...(tables.get(table) ?? []).filter((i) => !dropped.has(i.Name)), ...created])
      return {}
    }
    case 'ModifySafeRule':
      return {}
    default:
      return { Error: { Code: 'InvalidAction', Message: action } }
  }
}

const server = http.createServer((req, res) => {
  let raw = ''
  req.on('data', (chunk: Buffer) => (raw += chunk.toString()))
  req.on('end', () => {
    const action = String(req.headers['x-tc-action'])
    const body = JSON.parse(raw || '{}') as Record<string, unknown>
    received.push({ action, authorization: String(req.headers.authorization), body })
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ Response: { RequestId: `req-${received.length}`, ...answer(action, body) } }))
  })
})

let baseUrl = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(home, { recursive: true, force: true })
})
beforeEach(() => {
  tables = new Map()
  received = []
})

const deployDatabase = (...args: string[]) =>
  runScript('database', args, { HOME: home, TCB_ENV_ID: 'jqt-test-1', TCB_SECRET_ID: 'AKIDtest', TCB_SECRET_KEY: 'test-key', TCB_BASE_URL: baseUrl })

const sent = (action: string) => received.filter((r) => r.action === action).map((r) => r.body)

describe('npm run deploy:database against the API', () => {
  it('creates every collection, its declared indexes and its security rule, with calls signed by the given key', async () => {
    const { code, stdout, stderr } = await deployDatabase()
    expect([code, stderr]).toEqual([0, ''])
    expect(sent('CreateTable').map((b) => b.TableName)).toEqual(collections.map((c) => c.name))
    expect(sent('CreateTable')[0]).toEqual({ EnvId: 'jqt-test-1', TableName: 'employers', MongoConnector: { DatabaseName: 'tnt-test', InstanceId: 'flexdb' } })
    for (const { name } of collections) {
      expect(tables.get(name)).toEqual([
        ID_INDEX,
        ...planDatabase(collections, 'jqt-test-1')
          .find((c) => c.name === name)!
          .indexes.map((i) => ({ Name: i.IndexName, Keys: i.MgoKeySchema.MgoIndexKeys, Unique: i.MgoKeySchema.MgoIsUnique })),
      ])
    }
    expect(sent('ModifySafeRule')).toEqual(collections.map(({ name }) => ({ EnvId: 'jqt-test-1', CollectionName: name, AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' })))
    for (const { authorization } of received) expect(authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDtest\/\d{4}-\d\d-\d\d\/tcb\/tc3_request, /)
    expect(stdout).toContain(`collections created (${collections.length})`)
  }, 60_000)

  it('leaves a changed index in place and fails, until --drop-undeclared replaces it', async () => {
    await deployDatabase()
    // The credit-code index as deployed when a code could have one profile only: unique, on the code alone.
    const credit = tables.get('employers')!.find((i) => i.Name === 'employers_credit_code')!
    credit.Unique = true
    credit.Keys = [{ Name: 'creditCode', Direction: '1' }]
    received = []
    const kept = await deployDatabase()
    expect(kept.code).toBe(1)
    expect(kept.stdout).toContain('indexes that differ from schema.ts, left in place (--drop-undeclared replaces them) (1): employers.employers_credit_code')
    expect(sent('UpdateTable')).toEqual([])
    const replaced = await deployDatabase('--drop-undeclared')
    expect(replaced.code).toBe(0)
    expect(sent('UpdateTable').map(({ TableName, CreateIndexes, DropIndexes }) => ({ TableName, CreateIndexes, DropIndexes }))).toEqual([
      { TableName: 'employers', CreateIndexes: undefined, DropIndexes: [{ IndexName: 'employers_credit_code' }] },
      { TableName: 'employers', CreateIndexes: [expect.objectContaining({ IndexName: 'employers_credit_code', MgoKeySchema: expect.objectContaining({ MgoIsUnique: false }) })], DropIndexes: undefined },
    ])
    expect(tables.get('employers')?.find((i) => i.Name === 'employers_credit_code')).toMatchObject({
      Unique: false,
      Keys: [{ Name: 'creditCode', Direction: '1' }, { Name: 'status', Direction: '1' }, { Name: '_id', Direction: '1' }],
    })
  }, 90_000)
})
