/**
 * `npm run build:functions`: bundles each cloud function with the shared code it imports into
 * `cloudfunctions/<name>/index.js`, so every deployable folder is self-contained. Only the
 * CloudBase SDK stays external: the platform installs it from the folder's package.json.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(__dirname, '../cloudfunctions')
const sdkVersion = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies['@cloudbase/node-sdk']

/** Deployable folders: every folder with an index.ts, except the shared code. */
const functionNames = () =>
  fs.readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && fs.existsSync(path.join(root, d.name, 'index.ts')))
    .map((d) => d.name)

async function main() {
  for (const name of functionNames()) {
    const dir = path.join(root, name)
    const result = await build({
      entryPoints: [path.join(dir, 'index.ts')],
      outfile: path.join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['@cloudbase/node-sdk'],
      minify: true,
      legalComments: 'none',
      metafile: true,
    })
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { '@cloudbase/node-sdk': sdkVersion } }, null, 2)}\n`,
    )
    const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0)
    console.log(`${name.padEnd(14)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
