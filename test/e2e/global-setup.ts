import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { chromiumPath } from './browser'

const root = path.resolve(__dirname, '../..')

/** Newest modification time of any file below `dir`. */
function newest(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const full = path.join(dir, entry.name)
    return Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
  }, 0)
}

/**
 * Fails early with a clear message when Chromium is missing; rebuilds H5 when src is newer or the
 * build lacks the compressed copies `npm run build:h5` writes last.
 */
export default function globalSetup() {
  chromiumPath()
  const index = path.join(root, 'dist/h5/index.html')
  const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'config')))
  if (fs.existsSync(index) && fs.existsSync(`${index}.br`) && fs.statSync(index).mtimeMs > sources) return
  console.log('\nBuilding the H5 app for the end-to-end tests…')
  // Jest sets NODE_ENV=test; Taro would then build in development mode (react-refresh, broken H5).
  const env = { ...process.env, NODE_ENV: 'production' }
  const result = spawnSync('npm', ['run', 'build:h5'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error('npm run build:h5 failed')
}
