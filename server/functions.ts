import type { CloudFunction } from '../cloudfunctions/_shared/router'
// Explicit .ts: after `npm run build:functions` each folder also holds its bundle, index.js,
// which plain resolution would pick first.
import account from '../cloudfunctions/account/index.ts'
import admin from '../cloudfunctions/admin/index.ts'
import applications from '../cloudfunctions/applications/index.ts'
import fairs from '../cloudfunctions/fairs/index.ts'
import jobs from '../cloudfunctions/jobs/index.ts'
import policy from '../cloudfunctions/policy/index.ts'

/** Every deployable function, by the name the client calls. */
export const cloudFunctions: Record<string, CloudFunction> = Object.fromEntries(
  [policy, account, jobs, admin, fairs, applications].map((fn) => [fn.name, fn]),
)
