/**
 * Type-level proof (checked by tsc, not run by jest) that the real CloudBase SDK database fits
 * our narrow `Database` interface, so production can pass `tcb.init(...).database()` as is.
 */
import tcb from '@cloudbase/node-sdk'
import type { Transaction as SdkTransaction } from '@cloudbase/database/dist/commonjs/transaction/index'
import type { Command, Database, Transaction } from '../../cloudfunctions/_shared/db/types'

type SdkDb = ReturnType<ReturnType<typeof tcb.init>['database']>

export const proveDatabase = (db: SdkDb): Database => db
export const proveCommand = (db: SdkDb): Command => db.command
// `runTransaction` is `any` in the SDK, so also check the transaction object it hands to the callback.
export const proveTransaction = (tx: SdkTransaction): Transaction => tx

/** And the other way round: SDK features the local engine lacks are not reachable through `Database`. */
export function narrowOnPurpose(db: Database): void {
  // @ts-expect-error aggregation is not part of the subset
  db.collection('x').aggregate()
  // @ts-expect-error realtime watch is not part of the subset
  db.collection('x').watch({})
  // @ts-expect-error server-side dates: the app stores ISO strings / epoch ms
  db.serverDate()
  // @ts-expect-error array update operators are not implemented locally
  db.command.push(1)
  // @ts-expect-error manual transactions: use runTransaction
  db.startTransaction()
  // @ts-expect-error where-queries are not available inside transactions (CloudBase only allows doc operations)
  db.runTransaction(async (tx) => tx.collection('x').where({}).get())
}
