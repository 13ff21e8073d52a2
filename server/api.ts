/** `npm run api`: the function server alone (POST /fn/<name>), for tests and tools. */
import { createHost } from './http'
import { openLocalBackend, portFrom } from './local'

async function main() {
  const { db, config, dataDir } = await openLocalBackend()
  const host = process.env.HOST ?? '127.0.0.1'
  const server = createHost({ db, config })
  server.listen(portFrom(process.env), host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : ''
    console.log(`晋企通云函数本地服务: http://${host}:${port}/fn/<name>  (data: ${dataDir})`)
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
