/**
 * Every query the functions run, for a working call of every action, is served by an index: the
 * plan never scans a whole table. (jobs.search has every filter combination in board.test.ts.)
 */
import { DEFAULT_RATE_LIMITS } from '../../cloudfunctions/_shared/rate-limit'
import { FUNCTIONS, makeAbuseWorld, type AbuseWorld, type FnName } from '../abuse/world'
import { callFunction, contextFor, freshDatabase, ADMIN } from '../helpers/context'
import { recordQueryPlans, type RecordedPlan } from '../helpers/query-plans'
import { NOW } from '../helpers/firms'

let w: AbuseWorld
beforeAll(async () => {
  w = await makeAbuseWorld()
})
afterAll(() => w.db.close())

/** A table read from end to end: SCAN without an index (SEARCH and SCAN … USING INDEX walk one). */
const fullScan = (plan: string) => /^SCAN \S+$/m.test(plan)

it('runs no action with a query that scans a whole collection', async () => {
  // Plans judged on an empty database of the same schema: by the indexes, whatever the world's few rows make cheapest.
  const schemaOnly = freshDatabase()
  const recorder = recordQueryPlans(w.db, schemaOnly)
  const found: { call: string; plan: RecordedPlan }[] = []
  const ran = new Set<string>()
  for (const fn of Object.keys(FUNCTIONS) as FnName[]) {
    for (const [action, templates] of Object.entries(w.templates[fn])) {
      for (const { as, payload } of templates) {
        const from = recorder.plans.length
        const ctx = { ...contextFor(w.db, as, NOW), db: recorder.db }
        const res = await callFunction(FUNCTIONS[fn], { action, ...payload }, { ...ctx, config: { ...ctx.config, adminOpenIds: [ADMIN], rateLimits: DEFAULT_RATE_LIMITS } })
        if (!res.ok) throw new Error(`${fn}.${action} as ${as}: ${res.error.message}`)
        ran.add(`${fn}.${action}`)
        for (const plan of recorder.plans.slice(from)) if (fullScan(plan.plan)) found.push({ call: `${fn}.${action}`, plan })
        // Each call starts from the same world (one action's write may undo another's precondition).
        await w.snapshots.restore(w.baseline, w.snapshots.changed(w.baseline, await w.snapshots.take()))
      }
    }
  }
  const actions = Object.entries(FUNCTIONS).flatMap(([fn, f]) => Object.keys(f.actions).map((a) => `${fn}.${a}`))
  expect([...ran].sort()).toEqual(actions.sort())
  expect(recorder.plans.length).toBeGreaterThan(actions.length)
  expect(found).toEqual([])
  schemaOnly.close()
})
