/**
 * Prints the weapp build's main-package size and each subpackage's size in KB and fails above
 * WeChat's limits (2 MB each). Run after `npm run build:weapp`.
 */
import fs from 'node:fs'
import path from 'node:path'

const LIMIT_BYTES = 2 * 1024 * 1024
const root = path.resolve(__dirname, '../dist/weapp')

function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name)
    return sum + (entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size)
  }, 0)
}

/** Files WeChat does not upload with the code package. */
const notShipped = (file: string) => file.endsWith('.LICENSE.txt') || file.endsWith('.map') || file === 'project.config.json'

function main() {
  const appJson = path.join(root, 'app.json')
  if (!fs.existsSync(appJson)) {
    console.error('找不到 dist/weapp/app.json：请先运行 npm run build:weapp')
    process.exit(1)
  }
  const { subPackages = [] } = JSON.parse(fs.readFileSync(appJson, 'utf8')) as { subPackages?: { root: string }[] }
  const subRoots = subPackages.map((p) => p.root.replace(/\/$/, ''))
  const sizes = new Map<string, number>([['main', 0], ...subRoots.map((r) => [r, 0] as [string, number])])

  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      const rel = path.relative(root, full).split(path.sep).join('/')
      if (entry.isDirectory()) {
        const sub = subRoots.find((r) => r === rel)
        if (sub) sizes.set(sub, folderBytes(full))
        else walk(full)
      } else if (!notShipped(rel)) {
        sizes.set('main', (sizes.get('main') ?? 0) + fs.statSync(full).size)
      }
    }
  }
  walk(root)

  let failed = false
  for (const [name, bytes] of sizes) {
    const over = bytes > LIMIT_BYTES
    failed ||= over
    console.log(`${name.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(8)} KB${over ? '  超过 2048 KB 上限' : ''}`)
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  console.log(`${'total'.padEnd(24)} ${(total / 1024).toFixed(1).padStart(8)} KB`)
  if (failed) process.exit(1)
}

main()
