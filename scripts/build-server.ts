/** `npm start` and `npm run api` run this first: the server's bundle (server/bundle.ts), built again when its sources changed. */
import { SERVER_ENTRIES, serverBundle, type ServerEntry } from '../server/bundle'

const entry = process.argv[2] as ServerEntry
if (!Object.hasOwn(SERVER_ENTRIES, entry)) {
  console.error(`usage: tsx scripts/build-server.ts ${Object.keys(SERVER_ENTRIES).join(' | ')}`)
  process.exit(2)
}
serverBundle(entry).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
