/** What the two deploy scripts share: the repository root, the environment checks, the exit. */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '../..')

/** A problem the operator fixes (a variable to set, a login to do): printed without a stack. */
export class DeployError extends Error {}

export const isDryRun = (argv: readonly string[]) => argv.includes('--dry-run')

/** The CloudBase environment everything goes to: always named by the caller, never by the repository. */
export function envIdFrom(env: NodeJS.ProcessEnv): string {
  const envId = env.TCB_ENV_ID?.trim()
  if (!envId) throw new DeployError('TCB_ENV_ID is not set: export the id of the CloudBase environment to deploy to (see docs/deploy.md).')
  return envId
}

export interface ApiKey {
  secretId: string
  secretKey: string
  /** Only for temporary keys. */
  token?: string
}

/** A Tencent Cloud API key given in the environment, as CI would. */
export function apiKeyFromEnv(env: NodeJS.ProcessEnv): ApiKey | undefined {
  const secretId = env.TCB_SECRET_ID?.trim()
  const secretKey = env.TCB_SECRET_KEY?.trim()
  if (!secretId && !secretKey) return undefined
  if (!secretId || !secretKey) throw new DeployError('Set both TCB_SECRET_ID and TCB_SECRET_KEY, or neither (to use the CLI login).')
  return { secretId, secretKey, token: env.TCB_SESSION_TOKEN?.trim() || undefined }
}

/** What `tcb login` keeps: a permanent key (`--key`, `--apiKeyId`), or a temporary one from the browser login. */
export interface CliLogin {
  secretId?: string
  secretKey?: string
  token?: string
  tmpSecretId?: string
  tmpSecretKey?: string
  tmpToken?: string
  /** When the temporary key stops working (ms since the epoch); the CLI renews it on its next command. */
  tmpExpired?: number | string
}

/** The CLI's credential store (its LocalStore 'auth' under ~/.config/.cloudbase), if it holds a login. */
export function readCliLogin(home = os.homedir()): CliLogin | undefined {
  try {
    const stored = JSON.parse(fs.readFileSync(path.join(home, '.config', '.cloudbase', 'auth.json'), 'utf8')) as { credential?: CliLogin }
    const login = stored.credential
    return login?.secretId || login?.tmpSecretId ? login : undefined
  } catch {
    return undefined
  }
}

/** The key manager-node signs its calls with: TCB_SECRET_ID/TCB_SECRET_KEY, else the CLI login. */
export function apiKeyFor(env: NodeJS.ProcessEnv, login: CliLogin | undefined, now: Date): ApiKey {
  const fromEnv = apiKeyFromEnv(env)
  if (fromEnv) return fromEnv
  if (login?.secretId && login.secretKey) return { secretId: login.secretId, secretKey: login.secretKey, token: login.token || undefined }
  if (login?.tmpSecretId && login.tmpSecretKey && login.tmpToken) {
    if (Number(login.tmpExpired) > now.getTime()) return { secretId: login.tmpSecretId, secretKey: login.tmpSecretKey, token: login.tmpToken }
    throw new DeployError('The CLI login has expired: run `npx tcb env list` to renew it, or set TCB_SECRET_ID and TCB_SECRET_KEY.')
  }
  throw new DeployError('No credentials: set TCB_SECRET_ID and TCB_SECRET_KEY (a Tencent Cloud API key), or log in with `npx tcb login`.')
}

/**
 * Whose credentials a deployment uses, in the words both scripts print first: the API key of the
 * environment when given (`npm run deploy` then logs the CLI out and in with it), else the CLI login.
 */
export function credentialsInUse(env: NodeJS.ProcessEnv, login: CliLogin | undefined): string {
  const key = apiKeyFromEnv(env)
  if (key) return `the API key ${key.secretId} (TCB_SECRET_ID)`
  const loggedIn = login?.secretId ?? login?.tmpSecretId
  return loggedIn ? `the CLI login (key ${loggedIn})` : 'the CLI login (none yet: `npx tcb login`)'
}

/**
 * Runs a script's main when that script is the one started (its plan and executor are also imported
 * by the tests): an operator's problem is one line and exit code 1, anything else its stack.
 */
export function runMain(filename: string, main: () => Promise<void>) {
  if (!process.argv[1] || fs.realpathSync(process.argv[1]) !== fs.realpathSync(filename)) return
  main().catch((error: unknown) => {
    console.error(error instanceof DeployError ? `error: ${error.message}` : error)
    process.exit(1)
  })
}
