/**
 * The local server runs bundled by esbuild into .build/server/, as the cloud functions are bundled
 * to deploy. Under tsx every function gets its name set as it is created (esbuild's keepNames, which
 * tsx always turns on) and every import is read through a getter: the server spent about a fifth
 * more CPU a call (policy.evaluate over HTTP: 191 against 157 µs; docs/performance.md).
 */
import fs from 'node:fs'
import path from 'node:path'
import { build, type BuildOptions } from 'esbuild'
import { repoRoot } from './repo-root'

/** How code that node runs from this repository is bundled: the packages it imports stay in node_modules. */
export const NODE_BUNDLE = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning' } satisfies BuildOptions

/** The server's entry points: the functions alone (`npm run api`), or with the H5 build (`npm start`). */
export const SERVER_ENTRIES = { api: 'server/api.ts', start: 'server/start.ts' } as const
export type ServerEntry = keyof typeof SERVER_ENTRIES

const outDir = path.join(repoRoot, '.build/server')
export const bundleOf = (entry: ServerEntry) => path.join(outDir, `${entry}.js`)
/** The source files a bundle was built from, relative to the repository. */
const inputsOf = (entry: ServerEntry) => path.join(outDir, `${entry}.inputs.json`)

/** Written whole, then renamed into place: a server starting meanwhile never reads half a file. */
function writeWhole(file: string, contents: Uint8Array | string) {
  const partial = `${file}.${process.pid}.partial`
  fs.writeFileSync(partial, contents)
  fs.renameSync(partial, file)
}

/** Bundles the entry with its source map; returns the bundle's path. */
export async function buildServer(entry: ServerEntry): Promise<string> {
  const result = await build({
    ...NODE_BUNDLE,
    absWorkingDir: repoRoot,
    entryPoints: [SERVER_ENTRIES[entry]],
    outfile: bundleOf(entry),
    sourcemap: true,
    metafile: true,
    write: false,
  })
  fs.mkdirSync(outDir, { recursive: true })
  writeWhole(inputsOf(entry), JSON.stringify(Object.keys(result.metafile.inputs)))
  // The source map first, the code last: once the code is newer than its sources, all is in place.
  const isCode = (file: { path: string }) => file.path === bundleOf(entry)
  for (const file of result.outputFiles.filter((f) => !isCode(f))) writeWhole(file.path, file.contents)
  for (const file of result.outputFiles.filter(isCode)) writeWhole(file.path, file.contents)
  return bundleOf(entry)
}

/** Whether the bundle is missing, or older than a file it was built from (or one of them is gone). */
function isStale(entry: ServerEntry): boolean {
  try {
    const built = fs.statSync(bundleOf(entry)).mtimeMs
    const inputs = JSON.parse(fs.readFileSync(inputsOf(entry), 'utf8')) as string[]
    return inputs.some((input) => fs.statSync(path.join(repoRoot, input)).mtimeMs >= built)
  } catch {
    return true
  }
}

/** The entry's bundle, built again first when its sources changed since. */
export const serverBundle = async (entry: ServerEntry): Promise<string> => (isStale(entry) ? buildServer(entry) : bundleOf(entry))
