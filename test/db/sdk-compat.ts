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
