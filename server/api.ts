/** `npm run api`: the function server alone (POST /fn/<name>), for tests and tools. */
import { createHost } from './http'
import { listen, openLocalBackend, run } from './local'

run(async () => {
  const { db, config, dataDir, storage } = await openLocalBackend()
  listen(createHost({ db, config, storage }), db, process.env, (origin) => `晋企通云函数本地服务: ${origin}/fn/<name>  (data: ${dataDir}${db.profile ? ', CloudBase profile' : ''})`)
})
