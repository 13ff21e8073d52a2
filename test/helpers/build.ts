import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

const root = path.resolve(__dirname, '../..')

/** Newest modification time of any file below `dir`. */
function newest(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const full = path.join(dir, entry.name)
    return Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
  }, 0)
}

/**
 * Runs `npm run <script>` when `output` (a file the build writes last, relative to the repository)
 * is missing or older than anything under src/ or config/.
 */
export function buildIfStale(script: 'build:h5' | 'build:weapp', output: string, env: NodeJS.ProcessEnv = {}) {
  const built = path.join(root, output)
  const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'config')))
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > sources) return
  console.log(`\nnpm run ${script}: src/ or config/ changed since the last build…`)
  // Jest sets NODE_ENV=test; Taro would then build in development mode (react-refresh, broken H5).
  const result = spawnSync('npm', ['run', script], { cwd: root, env: { ...process.env, ...env, NODE_ENV: 'production' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  // Taro's progress bar goes to stderr: shown only when the build fails.
  if (result.status !== 0) throw new Error(`npm run ${script} failed:\n${result.stdout}\n${result.stderr}`)
}
