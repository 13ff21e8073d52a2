/** `npm run bench`: every benchmark, one after another, printing its numbers. */
import { benchPolicy } from './policy'
import { benchMatching } from './matching'
import { benchJobs } from './jobs'

async function main() {
  console.log(`node ${process.version}, ${new Date().toISOString()}`)
  await benchPolicy()
  await benchMatching()
  await benchJobs()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
