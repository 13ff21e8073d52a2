import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { createHost } from '../../server/http'
import { openLocalBackend, repoRoot } from '../../server/local'

/** The local server (H5 build + functions) on a free port, with a fresh seeded database. */
export async function startLocalServer() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-e2e-'))
  const { db, config } = await openLocalBackend({ ...process.env, JQT_DATA_DIR: dataDir })
  const server = createHost({ db, config, staticDir: path.join(repoRoot, 'dist/h5') })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      db.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
