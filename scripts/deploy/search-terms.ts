/**
 * Once, after deploying keyword search to an environment holding postings written before it
 * (docs/deploy.md): gives every posting in TCB_ENV_ID the search terms of its title and firm name,
 * through the repository code the functions run. Safe to repeat, and to run while the functions serve.
 */
import tcb from '@cloudbase/node-sdk'
import type { Database } from '../../cloudfunctions/_shared/db/types'
import { jobsRepository } from '../../cloudfunctions/_shared/repositories/jobs'
import { apiKeyFor, credentialsInUse, envIdFrom, readCliLogin, runMain } from './common'

runMain(__filename, async () => {
  const envId = envIdFrom(process.env)
  const login = readCliLogin()
  console.log(`giving the postings of ${envId} their search terms, with ${credentialsInUse(process.env, login)}`)
  const key = apiKeyFor(process.env, login, new Date())
  const db: Database = tcb.init({ env: envId, secretId: key.secretId, secretKey: key.secretKey, sessionToken: key.token }).database()
  const written = await jobsRepository(db).backfillSearchTerms()
  console.log(`${written} postings written; every posting now holds its search terms`)
})
