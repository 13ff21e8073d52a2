/**
 * The benches' baseline: bench/bare-server.ts in its own process, answering each body with its
 * recorded answer. Bundled by esbuild and run by node alone, as the server it is compared with runs
 * (server/bundle.ts), so neither pays tsx's cost a call.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { NODE_BUNDLE } from '../server/bundle'
import { startListening } from '../server/process'
import { repoRoot } from '../server/repo-root'

export async function startBareServer(answers: readonly [body: string, answer: string][], dir: string) {
  const file = path.join(dir, 'bare-answers.json')
  fs.writeFileSync(file, JSON.stringify(answers))
  // Beside the server's bundle, where node finds the packages it leaves out.
  const script = path.join(repoRoot, '.build/bench/bare-server.js')
  await build({ ...NODE_BUNDLE, entryPoints: [path.resolve(__dirname, 'bare-server.ts')], outfile: script })
  return startListening(script, { BARE_ANSWERS: file })
}
