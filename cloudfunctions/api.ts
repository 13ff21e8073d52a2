/**
 * The contract between the app and its six functions, as types read from the functions themselves:
 * function → action → what the action takes (`input`: its schema's input, `action` aside) and what
 * it answers (`output`: the data of a successful envelope). The app's `callFunction` infers both
 * from `(fn, action)` (src/services/cloud.ts); only types leave this file.
 */
import type { z } from 'zod'
import type { Action, CloudFunction } from './_shared/router'
// Explicit .ts: after `npm run build:functions` each folder also holds its bundle, index.js.
import type account from './account/index.ts'
import type admin from './admin/index.ts'
import type applications from './applications/index.ts'
import type fairs from './fairs/index.ts'
import type jobs from './jobs/index.ts'
import type policy from './policy/index.ts'

/** One function's actions: each one's input as the caller sends it and the data it answers. */
type Contract<F> = F extends CloudFunction<infer A> ? { [K in keyof A]: A[K] extends Action<infer S, infer R> ? { input: z.input<S>; output: Awaited<R> } : never } : never

export interface Api {
  policy: Contract<typeof policy>
  account: Contract<typeof account>
  jobs: Contract<typeof jobs>
  applications: Contract<typeof applications>
  fairs: Contract<typeof fairs>
  admin: Contract<typeof admin>
}

export type FunctionName = keyof Api
export type ActionName<F extends FunctionName> = keyof Api[F] & string
export type Input<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends { input: infer I } ? I : never
export type Output<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends { output: infer O } ? O : never
