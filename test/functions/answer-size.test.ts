/**
 * Bad input is answered briefly, however large it is: an answer over 1 MB never reaches the caller
 * in CloudBase (EXCEED_MAX_RESPONSE_SIZE), so an error that quotes a huge value back is no answer.
 */
import account from '../../cloudfunctions/account/index.ts'
import { MAX_ISSUES } from '../../cloudfunctions/_shared/errors'
import type { CloudFunction } from '../../cloudfunctions/_shared/router'
import jobs from '../../cloudfunctions/jobs/index.ts'
import policy from '../../cloudfunctions/policy/index.ts'
import { invoke } from '../../server/invoke'
import { contextFor, freshDatabase, testProfile } from '../helpers/context'
import { profile } from '../helpers/firms'

const db = freshDatabase()
afterAll(() => db.close())

const huge = '招'.repeat(400_000)
const call = (fn: CloudFunction, event: Record<string, unknown>) => invoke(fn, event, contextFor(db, 'u-someone'), testProfile)

it.each([
  ['an action name of a megabyte', policy, { action: huge }],
  ['20,000 unknown facts', policy, { action: 'evaluate', facts: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])) }],
  ['20,000 unknown keys', jobs, { action: 'search', ...Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])) }],
  ['a district of a megabyte', account, { action: 'registerEmployer', ...profile({ district: huge }) }],
  ['a city and district of a megabyte to search', jobs, { action: 'search', city: '太原市', district: huge }],
] as const)('answers %s with a short INVALID_INPUT', async (_what, fn, event) => {
  const { answer, body } = await call(fn, event)
  expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(body.length).toBeLessThan(20_000)
  const issues = answer.ok ? [] : ((answer.error.details?.issues as unknown[] | undefined) ?? [])
  expect(issues.length).toBeLessThanOrEqual(MAX_ISSUES)
})
