/**
 * The first step of `npm test`: the typecheck, the lint and the two builds the tests run against
 * (only those whose sources changed), two at a time. tsc, eslint and most of a Taro build use one
 * core each, so on two cores this takes about half as long as one after the other.
 */
import os from 'node:os'
import { BUILDS, isStale, runScript, type Build } from './helpers/build'

// Longest first, so the short ones fill in beside them.
const steps = [...(Object.keys(BUILDS) as Build[]).filter(isStale), 'typecheck', 'lint']
const parallel = Math.max(2, os.availableParallelism())

async function main() {
  const queue = [...steps]
  const failed: string[] = []
  const worker = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const started = Date.now()
      const { code, output } = await runScript(step)
      console.log(`${code === 0 ? 'ok  ' : 'FAIL'} npm run ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
      if (code !== 0) {
        failed.push(step)
        console.log(output)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, steps.length) }, worker))
  if (failed.length) {
    console.error(`failed: ${failed.join(', ')}`)
    process.exit(1)
  }
}

void main()
