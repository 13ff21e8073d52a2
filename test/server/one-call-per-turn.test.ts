/**
 * A read worker's queue of calls (server/cluster.ts): one call per turn of the event loop, in order,
 * each in its caller's async context, so what arrives meanwhile (the writer's answers) is handled
 * between two calls instead of after all of them.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { CloudFunction } from '../../cloudfunctions/_shared/router'
import { oneCallPerTurn } from '../../server/cluster'
import type { FunctionRunner } from '../../server/http'

const busy = (ms: number) => {
  const end = performance.now() + ms
  while (performance.now() < end);
}

const named = (name: string) => ({ name }) as CloudFunction

describe('oneCallPerTurn', () => {
  it('lets what arrives during a call be handled before the next queued call', async () => {
    const order: string[] = []
    const run: FunctionRunner = async (fn) => {
      order.push(`call ${fn.name}`)
      // Due once this call ends: handled at the next turn.
      if (fn.name === 'a') setTimeout(() => order.push('arrived'), 0)
      busy(5)
      if (fn.name === 'b') throw new Error('b failed')
      return { returned: { ok: true, data: fn.name }, body: JSON.stringify(fn.name) }
    }
    const queued = oneCallPerTurn(run)
    const answers = await Promise.allSettled(['a', 'b', 'c'].map((name) => queued(named(name), {}, null, '')))
    expect(order).toEqual(['call a', 'arrived', 'call b', 'call c'])
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value.body : (a.reason as Error).message))).toEqual(['"a"', 'b failed', '"c"'])
  })

  it('runs each call in its caller’s async context', async () => {
    const caller = new AsyncLocalStorage<string>()
    const queued = oneCallPerTurn(async (fn) => ({ returned: { ok: true, data: null }, body: `${fn.name} in ${caller.getStore()}` }))
    const answers = await Promise.all(['x', 'y'].map((name) => caller.run(`context ${name}`, () => queued(named(name), {}, null, ''))))
    expect(answers.map((a) => a.body)).toEqual(['x in context x', 'y in context y'])
  })
})
