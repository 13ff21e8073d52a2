/** `npm run bench`: every benchmark, one after another, printing its numbers; `npm run bench -- mixed jobs` runs those named. */
import { benchPolicy } from './policy'
import { benchMatching } from './matching'
import { benchApplies, benchJobs } from './jobs'
import { benchMixed } from './mixed'
import { benchCalls } from './calls'
import { benchFirstScreen } from './first-screen'

const benches: Record<string, () => Promise<void>> = { policy: benchPolicy, matching: benchMatching, jobs: benchJobs, applies: benchApplies, mixed: benchMixed, calls: benchCalls, 'first-screen': benchFirstScreen }

async function main() {
  const chosen = process.argv.slice(2)
  const unknown = chosen.filter((name) => !Object.hasOwn(benches, name))
  if (unknown.length) throw new Error(`no bench named ${unknown.join(', ')}; there are ${Object.keys(benches).join(', ')}`)
  console.log(`node ${process.version}, ${new Date().toISOString()}`)
  for (const [name, bench] of Object.entries(benches)) if (!chosen.length || chosen.includes(name)) await bench()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
