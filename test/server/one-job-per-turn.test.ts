/**
 * A read worker's queue of calls (server/cluster.ts): one job per turn of the event loop, in order,
 * so what arrives meanwhile (the writer's answers) is handled between two calls instead of after all
 * of them.
 */
import { oneJobPerTurn } from '../../server/cluster'

const busy = (ms: number) => {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('oneJobPerTurn', () => {
  it('lets what arrives during a job be handled before the next queued job, and answers each', async () => {
    const order: string[] = []
    const job = (name: string) => async () => {
      order.push(`job ${name}`)
      // Due once this job ends: handled at the next turn.
      if (name === 'a') setTimeout(() => order.push('arrived'), 0)
      busy(5)
      if (name === 'b') throw new Error('b failed')
      return name
    }
    const inTurn = oneJobPerTurn()
    const answers = await Promise.allSettled(['a', 'b', 'c'].map((name) => inTurn(job(name))))
    expect(order).toEqual(['job a', 'arrived', 'job b', 'job c'])
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : (a.reason as Error).message))).toEqual(['a', 'b failed', 'c'])
  })

  it('starts again once its queue has emptied', async () => {
    const inTurn = oneJobPerTurn()
    expect(await inTurn(async () => 1)).toBe(1)
    expect(await Promise.all([inTurn(async () => 2), inTurn(async () => 3)])).toEqual([2, 3])
  })
})
