/** A temporary data folder for `npm run api` processes started by a test file. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startServer, type ServerProcess } from '../../server/process'

/** For a test file: a temporary data folder and a way to start servers on it, all killed and the folder removed after its tests. */
export function useApiDataDir(prefix: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const started: ServerProcess[] = []
  afterAll(async () => {
    await Promise.all(started.map((api) => api.kill()))
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
  const start = async (env?: NodeJS.ProcessEnv) => {
    // Under the CloudBase profile, as every test runs.
    const api = await startServer('api', dataDir, { JQT_CLOUDBASE: '1', ...env })
    started.push(api)
    return api
  }
  return { dataDir, start }
}
