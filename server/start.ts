/** `npm start`: builds the H5 app if it is missing, then serves it and /fn/<name> on one port. */
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { createHost } from './http'
import { openLocalBackend, portFrom, repoRoot } from './local'

const h5Dir = path.join(repoRoot, 'dist/h5')

function buildH5IfMissing() {
  if (fs.existsSync(path.join(h5Dir, 'index.html'))) return
  console.log('首次启动：正在构建 H5 应用（约一分钟）…')
  const result = spawnSync('npm', ['run', 'build:h5'], { cwd: repoRoot, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('H5 build failed')
}

async function main() {
  buildH5IfMissing()
  const { db, config, dataDir } = await openLocalBackend()
  const host = process.env.HOST ?? '127.0.0.1'
  const server = createHost({ db, config, staticDir: h5Dir })
  server.listen(portFrom(process.env), host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : ''
    console.log(`晋企通已启动: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/  (data: ${dataDir})`)
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
