/** `npm run api` or `npm start` as its own process, for tests and benches that kill it or load it from outside. */
import path from 'node:path'
import { spawn, type ChildProcess } from 'node:child_process'

const root = path.resolve(__dirname, '..')

/** The server entry points: the functions alone (`npm run api`), or with the H5 build (`npm start`). */
const ENTRIES = { api: 'server/api.ts', start: 'server/start.ts' }

export interface ServerProcess {
  child: ChildProcess
  /** Where it listens, e.g. http://127.0.0.1:43121. */
  origin: string
  /** Ends it (SIGKILL by default: no chance to tidy up) and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>
}

/**
 * Starts a server on `dataDir` (node with the tsx loader, so the pid is the server's), on a port
 * of the system's choosing unless `env.PORT` says otherwise; resolves once it listens. `nodeOptions`
 * go to node before the entry (e.g. `--cpu-prof`).
 */
export function startServer(entry: keyof typeof ENTRIES, dataDir: string, env: NodeJS.ProcessEnv = {}, nodeOptions: readonly string[] = []): Promise<ServerProcess> {
  return startListening(path.join(root, ENTRIES[entry]), { PORT: '0', ...env, JQT_DATA_DIR: dataDir }, nodeOptions)
}

/** Runs a TypeScript program that prints its origin (http://…) once it listens; resolves then. */
export async function startListening(script: string, env: NodeJS.ProcessEnv = {}, nodeOptions: readonly string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const origin = await new Promise<string>((resolve, reject) => {
    let out = ''
    // Read for as long as it runs, so the pipe never fills.
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const found = /http:\/\/[^\s/]+/.exec(out)
      if (found) resolve(found[0])
    })
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  return { child, origin, kill }
}
