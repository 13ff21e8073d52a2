/** The benches' baseline: bench/bare-server.ts in its own process, answering each body with its recorded answer. */
import fs from 'node:fs'
import path from 'node:path'
import { startListening } from '../server/process'

export function startBareServer(answers: readonly [body: string, answer: string][], dir: string) {
  const file = path.join(dir, 'bare-answers.json')
  fs.writeFileSync(file, JSON.stringify(answers))
  return startListening(path.resolve(__dirname, 'bare-server.ts'), { BARE_ANSWERS: file })
}
