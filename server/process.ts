/** `npm run api` or `npm start` as its own process, for tests and benches that kill it or load it from outside. */
import { spawn, type ChildProcess } from 'node:child_process'
import { serverBundle, type ServerEntry } from './bundle'
import { repoRoot } from './repo-root'

export interface ServerProcess {
  child: ChildProcess
  /** Where it listens, e.g. http://127.0.0.1:43121. */
  origin: string
  /** Ends it (SIGKILL by default: no chance to tidy up) and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>
}

/**
 * Starts a server on `dataDir` as `npm start` and `npm run api` run it (its bundle, server/bundle.ts,
 * built first if its sources changed; node itself, so the pid is the server's), on a port of the
 * system's choosing unless `env.PORT` says otherwise; resolves once it listens. `nodeOptions` go to
 * node before the entry (e.g. `--cpu-prof`).
 */
export async function startServer(entry: ServerEntry, dataDir: string, env: NodeJS.ProcessEnv = {}, nodeOptions: readonly string[] = []): Promise<ServerProcess> {
  return startListening(await serverBundle(entry), { PORT: '0', ...env, JQT_DATA_DIR: dataDir }, ['--enable-source-maps', ...nodeOptions])
}

/** Runs a program (TypeScript through tsx) that prints its origin (http://…) once it listens; resolves then. */
export async function startListening(script: string, env: NodeJS.ProcessEnv = {}, nodeOptions: readonly string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeOptions, ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script], {
    cwd: repoRoot,
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
