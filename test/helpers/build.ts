import fs from 'node:fs'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'

const root = path.resolve(__dirname, '../..')

/** The builds the tests run against: the file each writes last, and the environment it is built with. */
export const BUILDS = {
  'build:h5': { output: 'dist/h5/index.html.br', env: {} },
  // The WeChat build always calls the cloud (config/index.ts keeps local mode to H5); no
  // subscription template, so none is asked for.
  'build:weapp': { output: 'dist/weapp/app.json', env: { JQT_SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: '', JQT_CLOUD_ENV: '' } },
} as const

export type Build = keyof typeof BUILDS

/** Newest modification time of any file below `dir`. */
function newest(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const full = path.join(dir, entry.name)
    return Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
  }, 0)
}

/** Whether the build's last output is missing or older than anything under src/ or config/. */
export function isStale(build: Build): boolean {
  const built = path.join(root, BUILDS[build].output)
  const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'config')))
  return !fs.existsSync(built) || fs.statSync(built).mtimeMs <= sources
}

// Jest sets NODE_ENV=test; Taro would then build in development mode (react-refresh, broken H5).
const buildEnv = (build: Build): NodeJS.ProcessEnv => ({ ...process.env, ...BUILDS[build].env, NODE_ENV: 'production' })

/** Runs `npm run <build>` when it is stale (a jest globalSetup: synchronous). */
export function buildIfStale(build: Build) {
  if (!isStale(build)) return
  console.log(`\nnpm run ${build}: src/ or config/ changed since the last build…`)
  const result = spawnSync('npm', ['run', build], { cwd: root, env: buildEnv(build), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  // Taro's progress bar goes to stderr: shown only when the build fails.
  if (result.status !== 0) throw new Error(`npm run ${build} failed:\n${result.stdout}\n${result.stderr}`)
}

/** Runs an npm script as a child process: its exit code and everything it printed. */
export function runScript(script: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const env = script in BUILDS ? buildEnv(script as Build) : process.env
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, env })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}
