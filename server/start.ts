/**
 * `npm start`: builds the H5 app if it is missing, then serves it and /fn/<name> on one port.
 * JQT_H5_DIR serves another build folder instead of dist/h5 (never built here).
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import cluster from 'node:cluster'
import { serve } from './cluster'
import { run } from './local'
import { repoRoot } from './repo-root'

const defaultH5Dir = path.join(repoRoot, 'dist/h5')
const h5Dir = process.env.JQT_H5_DIR ? path.resolve(process.env.JQT_H5_DIR) : defaultH5Dir

function buildH5IfMissing() {
  if (fs.existsSync(path.join(h5Dir, 'index.html'))) return
  if (h5Dir !== defaultH5Dir) throw new Error(`JQT_H5_DIR has no index.html: ${h5Dir}`)
  console.log('首次启动：正在构建 H5 应用（约一分钟）…')
  const result = spawnSync('npm', ['run', 'build:h5'], { cwd: repoRoot, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('H5 build failed')
}

run(async () => {
  if (cluster.isPrimary) buildH5IfMissing()
  await serve({ staticDir: h5Dir, describe: (origin, { dataDir, db }) => `晋企通已启动: ${origin}/  (data: ${dataDir}${db.profile ? ', CloudBase profile' : ''})` })
})
