import type { CloudFunction } from '../cloudfunctions/_shared/router'
import account from '../cloudfunctions/account'
import policy from '../cloudfunctions/policy'

/** Every deployable function, by the name the client calls. */
export const cloudFunctions: Record<string, CloudFunction> = Object.fromEntries(
  [policy, account].map((fn) => [fn.name, fn]),
)
