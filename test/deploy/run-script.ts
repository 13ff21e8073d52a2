/** A deploy script started as `npm run deploy…` starts it, in a child process, with only the environment given. */
import path from 'node:path'
import { execFile } from 'node:child_process'

const root = path.resolve(__dirname, '../..')

export interface ScriptRun {
  code: number
  stdout: string
  stderr: string
}

/** `env` is all the script sees besides PATH: no login, keys or variables of the machine running the tests. */
export const runScript = (script: 'functions' | 'database', args: string[], env: Record<string, string>): Promise<ScriptRun> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/deploy/${script}.ts`, ...args],
      { cwd: root, env: { PATH: process.env.PATH, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
