/** `npm run bench`: every benchmark, one after another, printing its numbers. */
import { benchPolicy } from './policy'

async function main() {
  console.log(`node ${process.version}, ${new Date().toISOString()}`)
  await benchPolicy()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
