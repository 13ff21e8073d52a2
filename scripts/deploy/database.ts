/**
 * `npm run deploy:database`: applies cloudfunctions/_shared/repositories/schema.ts to the CloudBase
 * environment TCB_ENV_ID with @cloudbase/manager-node: each collection is created if missing, its
 * declared indexes that are missing are created, and its security rule is set. Indexes the schema
 * does not declare are reported; `--drop-undeclared` drops them (and replaces declared ones whose
 * keys changed). `--dry-run` prints the calls a run against an empty environment makes, sending none.
 */
import type CloudBase from '@cloudbase/manager-node'
import type { CreateIndex, IndexInfo } from '@cloudbase/manager-node/types/interfaces'
import { collections, type CollectionIndex, type CollectionSpec, type SecurityRule } from '../../cloudfunctions/_shared/repositories/schema'
import { apiKeyFor, credentialsInUse, envIdFrom, isDryRun, readCliLogin, runMain } from './common'

type Database = CloudBase['database']
type CommonCall = Parameters<ReturnType<CloudBase['commonService']>['call']>[0]

/** The part of manager-node this script uses; a CloudBase instance is one. */
export interface DatabaseManager {
  database: Pick<Database, 'createCollectionIfNotExists' | 'describeCollection' | 'updateCollection'>
  commonService(service: 'tcb'): { call(options: CommonCall): Promise<unknown> }
}

export interface CollectionPlan {
  name: string
  indexes: CreateIndex[]
  securityRule: CommonCall
}

export interface DatabaseOptions {
  dropUndeclared: boolean
}

const DIRECTION = { asc: '1', desc: '-1' } as const

/** Every collection has it; it is nobody's to declare or drop. */
const ID_INDEX = '_id_'

/**
 * A non-unique index ends with `_id` in its last field's direction, as the embedded engine builds it
 * (server/db/embedded.ts createIndex): pages break ties on `_id`, so the index serves the whole sort.
 * The fields it covers come after, ascending. A unique index stays as declared (with `_id` every key
 * would be unique).
 */
const keysOf = ({ fields, unique, covers = [] }: CollectionIndex) =>
  unique ? fields : [...fields, { field: '_id', direction: fields[fields.length - 1].direction }, ...covers.map((field) => ({ field, direction: 'asc' as const }))]

const toCreateIndex = (index: CollectionIndex): CreateIndex => ({
  IndexName: index.name,
  MgoKeySchema: {
    MgoIndexKeys: keysOf(index).map(({ field, direction }) => ({ Name: field, Direction: DIRECTION[direction] })),
    MgoIsUnique: index.unique === true,
  },
})

/**
 * A custom security rule, as the CLI's own database tools set one (tcb `ModifySafeRule` with
 * AclTag CUSTOM): what a client reading or writing the collection directly may do.
 */
const securityRuleCall = (envId: string, collection: string, rule: SecurityRule): CommonCall => ({
  Action: 'ModifySafeRule',
  Param: { EnvId: envId, CollectionName: collection, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) },
})

/** What the environment must hold, collection by collection, in schema order. */
export const planDatabase = (specs: readonly CollectionSpec[], envId: string): CollectionPlan[] =>
  specs.map(({ name, indexes, security }) => ({
    name,
    indexes: indexes.map(toCreateIndex),
    securityRule: securityRuleCall(envId, name, security),
  }))

const sameIndex = ({ MgoKeySchema: declared }: CreateIndex, existing: IndexInfo) =>
  declared.MgoIsUnique === Boolean(existing.Unique) &&
  JSON.stringify(declared.MgoIndexKeys.map((k) => [k.Name, k.Direction])) ===
    JSON.stringify((existing.Keys ?? []).map((k) => [k.Name, String(k.Direction)]))

/** The declared indexes against those a collection has: what to create, and what differs. */
export function diffIndexes(declared: readonly CreateIndex[], existing: readonly IndexInfo[]) {
  const byName = new Map(existing.map((index) => [index.Name, index]))
  const declaredNames = new Set(declared.map((index) => index.IndexName))
  return {
    missing: declared.filter((index) => !byName.has(index.IndexName)),
    changed: declared.filter((index) => byName.has(index.IndexName) && !sameIndex(index, byName.get(index.IndexName)!)),
    undeclared: existing.map((index) => index.Name).filter((name) => name !== ID_INDEX && !declaredNames.has(name)),
  }
}

export interface DatabaseReport {
  createdCollections: string[]
  /** `collection.index` */
  createdIndexes: string[]
  droppedIndexes: string[]
  /** Left in place: not in the schema. */
  undeclaredIndexes: string[]
  /** Left in place: declared with other keys or uniqueness. */
  changedIndexes: string[]
}

/** Brings the environment to the plan, one collection after the other; safe to run again. */
export async function applyDatabase(manager: DatabaseManager, plan: readonly CollectionPlan[], { dropUndeclared }: DatabaseOptions) {
  const report: DatabaseReport = { createdCollections: [], createdIndexes: [], droppedIndexes: [], undeclaredIndexes: [], changedIndexes: [] }
  for (const { name, indexes, securityRule } of plan) {
    const qualified = (index: string) => `${name}.${index}`
    const { IsCreated } = await manager.database.createCollectionIfNotExists(name)
    if (IsCreated) report.createdCollections.push(name)
    const { Indexes = [] } = await manager.database.describeCollection(name)
    const { missing, changed, undeclared } = diffIndexes(indexes, Indexes)
    const changedNames = changed.map((index) => index.IndexName)
    const toCreate = dropUndeclared ? [...missing, ...changed] : missing
    if (dropUndeclared && (undeclared.length || changed.length)) {
      const toDrop = [...changedNames, ...undeclared]
      // Dropped in a call of their own: a replaced index must be gone before it is created again.
      await manager.database.updateCollection(name, { DropIndexes: toDrop.map((IndexName) => ({ IndexName })) })
      report.droppedIndexes.push(...toDrop.map(qualified))
    } else {
      report.undeclaredIndexes.push(...undeclared.map(qualified))
      report.changedIndexes.push(...changedNames.map(qualified))
    }
    if (toCreate.length) {
      await manager.database.updateCollection(name, { CreateIndexes: toCreate })
      report.createdIndexes.push(...toCreate.map((index) => qualified(index.IndexName)))
    }
    await manager.commonService('tcb').call(securityRule)
  }
  return report
}

/** One argument as printed: index lists one index a line, anything else as JSON. */
const formatArg = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(Array.isArray)
    ? `{ ${Object.entries(value as Record<string, unknown[]>)
      .map(([key, items]) => `${key}: [\n${items.map((item) => `    ${JSON.stringify(item)},`).join('\n')}\n  ]`)
      .join(', ')} }`
    : JSON.stringify(value)

/** The manager, printing each call before it is made. */
function logCalls(manager: DatabaseManager, log: (line: string) => void): DatabaseManager {
  const logged = <T>(api: string, args: unknown[], send: () => T) => {
    log(`${api}(${args.map(formatArg).join(', ')})`)
    return send()
  }
  const { database } = manager
  return {
    database: {
      createCollectionIfNotExists: (name) => logged('database.createCollectionIfNotExists', [name], () => database.createCollectionIfNotExists(name)),
      describeCollection: (name) => logged('database.describeCollection', [name], () => database.describeCollection(name)),
      updateCollection: (name, info) => logged('database.updateCollection', [name, info], () => database.updateCollection(name, info)),
    },
    commonService: (service) => ({
      call: (options) => logged(`commonService(${JSON.stringify(service)}).call`, [options], () => manager.commonService(service).call(options)),
    }),
  }
}

/** For the dry run: answers as a new environment would, without a network. */
const emptyEnvironment: DatabaseManager = {
  database: {
    createCollectionIfNotExists: async () => ({ RequestId: 'dry-run', IsCreated: true, ExistsResult: { RequestId: 'dry-run', Exists: false } }),
    describeCollection: async () => ({ RequestId: 'dry-run', Indexes: [], IndexNum: 0 }),
    updateCollection: async () => ({ RequestId: 'dry-run' }),
  },
  commonService: () => ({ call: async () => ({ RequestId: 'dry-run' }) }),
}

async function connect(envId: string): Promise<DatabaseManager> {
  const { default: Manager } = await import('@cloudbase/manager-node')
  return new Manager({ ...apiKeyFor(process.env, readCliLogin(), new Date()), envId, region: process.env.TCB_REGION?.trim() || undefined })
}

async function main() {
  const envId = envIdFrom(process.env)
  const plan = planDatabase(collections, envId)
  const options: DatabaseOptions = { dropUndeclared: process.argv.includes('--drop-undeclared') }
  const dryRun = isDryRun(process.argv)
  console.log(`Applying the ${plan.length} collections of schema.ts to the CloudBase environment ${envId}${dryRun ? ' (dry run: the calls made on an empty environment; nothing is sent)' : ''}.`)
  console.log(`Credentials: ${credentialsInUse(process.env, readCliLogin())}.`)
  const manager = dryRun ? emptyEnvironment : await connect(envId)
  const report = await applyDatabase(logCalls(manager, console.log), plan, options)
  if (dryRun) return
  const list = (label: string, items: string[]) => items.length && console.log(`${label} (${items.length}): ${items.join(', ')}`)
  list('collections created', report.createdCollections)
  list('indexes created', report.createdIndexes)
  list('indexes dropped', report.droppedIndexes)
  list('undeclared indexes left in place (--drop-undeclared drops them)', report.undeclaredIndexes)
  list('indexes that differ from schema.ts, left in place (--drop-undeclared replaces them)', report.changedIndexes)
  // The environment is not what the schema says until those are replaced.
  if (report.changedIndexes.length) process.exitCode = 1
  console.log(`Done: ${plan.length} collections checked, each one's security rule set.`)
}

runMain(__filename, main)
