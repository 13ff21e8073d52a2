/** `npm run api`: the function server alone (POST /fn/<name>), for tests and tools. */
import { serve } from './cluster'
import { run } from './local'

run(() => serve({ describe: (origin, { dataDir, db }) => `晋企通云函数本地服务: ${origin}/fn/<name>  (data: ${dataDir}${db.profile ? ', CloudBase profile' : ''})` }))
