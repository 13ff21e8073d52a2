/**
 * `npm run deploy`: builds the self-contained function bundles, then deploys every function of
 * cloudbaserc.json with the CloudBase CLI to the environment TCB_ENV_ID names, and prints what is
 * left to do in WeChat DevTools. `--dry-run` prints the commands and runs none of them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { parseAllowedOrigins } from '../../cloudfunctions/_shared/http-access'
import { openIdHmacSecretFrom } from '../../cloudfunctions/_shared/identity'
import { parseRateLimits } from '../../cloudfunctions/_shared/rate-limit'
import { apiKeyFromEnv, credentialsInUse, DeployError, envIdFrom, isDryRun, readCliLogin, ROOT, runMain, type ApiKey } from './common'

export const TCB = 'node_modules/.bin/tcb'

/** A function as cloudbaserc.json declares it (the fields the CLI's deploy reads). */
export interface FunctionConfig {
  name: string
  handler: string
  runtime: string
  memorySize: number
  timeout: number
  installDependency: boolean
  ignore: string[]
  envVariables: Record<string, string>
}

export interface CloudbaseRc {
  version: string
  envId: string
  functionRoot: string
  functions: FunctionConfig[]
}

const CLOUDBASERC = path.join(ROOT, 'cloudbaserc.json')

export const readCloudbaseRc = (file = CLOUDBASERC) => JSON.parse(fs.readFileSync(file, 'utf8')) as CloudbaseRc

export interface Command {
  argv: string[]
  /** Values printed as ****. */
  secrets?: string[]
  /** The function a `tcb fn deploy` deploys. */
  deploys?: string
}

export interface FunctionsPlan {
  envId: string
  /** cloudbaserc.json as the CLI is given it (DEPLOYED_CONFIG). */
  config: CloudbaseRc
  commands: Command[]
  warnings: string[]
}

/** Where the deployed cloudbaserc.json is written for the CLI (`--config-file`); dist/ is not in git. */
export const DEPLOYED_CONFIG = 'dist/deploy/cloudbaserc.json'

const TEMPLATE = /\{\{\s*env\.(\w+)\s*\}\}/g

/** The `{{env.X}}` variables the CLI substitutes into cloudbaserc.json. */
const templateVariables = (rc: CloudbaseRc) => [...new Set([...JSON.stringify(rc).matchAll(TEMPLATE)].map((match) => match[1]))]

const isSet = (env: NodeJS.ProcessEnv, name: string) => Boolean(env[name]?.trim())

/**
 * cloudbaserc.json without the function variables the environment leaves unset: the CLI would
 * render each as an empty string and deploy it, where left out the function uses its default.
 * The rest stay `{{env.X}}`, filled in by the CLI as before.
 */
export function deployedConfig(rc: CloudbaseRc, env: NodeJS.ProcessEnv): CloudbaseRc {
  const allSet = (value: string) => [...value.matchAll(TEMPLATE)].every((match) => isSet(env, match[1]))
  return {
    ...rc,
    functions: rc.functions.map((fn) => ({ ...fn, envVariables: Object.fromEntries(Object.entries(fn.envVariables).filter(([, value]) => allSet(value))) })),
  }
}

function checkVariables(rc: CloudbaseRc, env: NodeJS.ProcessEnv) {
  if (!env.ADMIN_OPENIDS?.trim()) {
    throw new DeployError('ADMIN_OPENIDS is not set: the comma-separated openids of the bureau\'s administrators (without them no one can review anything).')
  }
  // The CLI pastes each value into the JSON text of cloudbaserc.json as it is.
  const unusable = templateVariables(rc).filter((name) => /["\\\u0000-\u001f]/.test(env[name] ?? ''))
  if (unusable.length) throw new DeployError(`${unusable.join(', ')}: quotes, backslashes and control characters cannot be deployed.`)
  try {
    // A value the functions cannot read would stop every one of them from starting.
    parseRateLimits(env.RATE_LIMITS)
    openIdHmacSecretFrom(env.OPENID_HMAC_SECRET, false)
  } catch (error) {
    throw new DeployError((error as Error).message)
  }
  const { invalid } = parseAllowedOrigins(env.CORS_ORIGINS)
  if (invalid.length) {
    throw new DeployError(`CORS_ORIGINS: ${invalid.join(', ')} is not an origin: list each page's origin as the browser sends it, e.g. https://jqt-prod-1a2b.tcloudbaseapp.com (no path, no *).`)
  }
}

/**
 * The CLI keeps one login and `tcb login` does nothing while one exists ("您已登录，无需再次登录"):
 * logging out first makes the given key the one that deploys, as it is the one deploy:database uses.
 */
const loginCommands = ({ secretId, secretKey, token }: ApiKey): Command[] => [
  { argv: [TCB, 'logout'] },
  {
    argv: [TCB, 'login', '--apiKeyId', secretId, '--apiKey', secretKey, ...(token ? ['--token', token] : [])],
    secrets: token ? [secretKey, token] : [secretKey],
  },
]

/** The commands `npm run deploy` runs, in order: build, log in afresh when a key is given, one deploy per function. */
export function planFunctions(rc: CloudbaseRc, env: NodeJS.ProcessEnv): FunctionsPlan {
  const envId = envIdFrom(env)
  checkVariables(rc, env)
  const key = apiKeyFromEnv(env)
  const region = env.TCB_REGION?.trim()
  return {
    envId,
    config: deployedConfig(rc, env),
    warnings: templateVariables(rc)
      .filter((name) => !isSet(env, name))
      .map((name) => `${name} is not set: the functions are deployed without it and use their default.`),
    commands: [
      { argv: ['npm', 'run', 'build:functions'] },
      ...(key ? loginCommands(key) : []),
      ...rc.functions.map(({ name }) => ({
        argv: [TCB, '--config-file', DEPLOYED_CONFIG, 'fn', 'deploy', name, '--envId', envId, ...(region ? ['--region', region] : []), '--force', '--yes'],
        deploys: name,
      })),
    ],
  }
}

/** A function's open-API permissions, from the config.json beside it (none without one). */
export function openApiPermissions(name: string, functionsDir = path.join(ROOT, 'cloudfunctions')): string[] {
  const file = path.join(functionsDir, name, 'config.json')
  if (!fs.existsSync(file)) return []
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { permissions?: { openapi?: string[] } }).permissions?.openapi ?? []
}

/**
 * What the CLI cannot do, to be done in WeChat DevTools: open-API permissions in config.json are
 * applied when DevTools uploads the function, and cached for 10 minutes
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html).
 */
export function postDeployChecklist(rc: CloudbaseRc, envId: string, permissions: (name: string) => string[] = openApiPermissions): string[] {
  const needed = rc.functions.map(({ name }) => ({ name, apis: permissions(name) })).filter(({ apis }) => apis.length)
  return [
    'Still to do in WeChat DevTools (the CLI does not apply open-API permissions):',
    ...needed.map(
      ({ name, apis }, i) =>
        `  ${i + 1}. ${name}: right-click cloudfunctions/${name} → 上传并部署：云端安装依赖, once, so it may call ${apis.join(', ')}.`,
    ),
    '  Permissions take up to 10 minutes to apply; until then the calls answer -604101.',
    `Then check the environment: npm run smoke -- --env ${envId}`,
  ]
}

export const formatCommand = ({ argv, secrets = [] }: Command) =>
  argv.map((arg) => (secrets.includes(arg) ? '****' : arg)).join(' ')

export interface CommandResult {
  code: number | null
  output: string
}

export type Runner = (command: Command) => Promise<CommandResult>

/** The CLI (2.12.10) prints `[<name>] 函数部署失败` and the like when a deployment fails, and may still exit 0. */
const reportsFailure = (output: string, name: string) =>
  new RegExp(`\\[${name}\\][^\\n]*失败`).test(output.replace(/\u001b\[[0-9;]*m/g, ''))

/** Runs the plan's commands in order and stops at the first that fails. */
export async function deployFunctions(plan: FunctionsPlan, run: Runner, log: (line: string) => void = console.log) {
  for (const command of plan.commands) {
    log(`$ ${formatCommand(command)}`)
    const { code, output } = await run(command)
    if (code !== 0) throw new DeployError(`\`${formatCommand(command)}\` exited with ${code}.`)
    if (command.deploys && reportsFailure(output, command.deploys)) {
      throw new DeployError(`the CLI reports that ${command.deploys} was not deployed (see its output above).`)
    }
  }
}

/** Runs a command in the repository root, passing its output through as it comes. */
const spawnRunner: Runner = ({ argv: [program, ...args] }) =>
  new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: ROOT, stdio: ['inherit', 'pipe', 'pipe'] })
    let output = ''
    const keep = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      to.write(chunk)
      output += chunk.toString()
    }
    child.stdout.on('data', keep(process.stdout))
    child.stderr.on('data', keep(process.stderr))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })

/** The dry run goes through the same steps and runs nothing. */
const skip: Runner = async () => ({ code: 0, output: '' })

async function main() {
  const rc = readCloudbaseRc()
  const plan = planFunctions(rc, process.env)
  const dryRun = isDryRun(process.argv)
  const login = readCliLogin()
  // Without a login the CLI would open a browser page and wait.
  if (!dryRun && !apiKeyFromEnv(process.env) && !login) {
    throw new DeployError('Not logged in: run `npx tcb login`, or set TCB_SECRET_ID and TCB_SECRET_KEY.')
  }
  console.log(`Deploying the ${rc.functions.length} functions of cloudbaserc.json to the CloudBase environment ${plan.envId}${dryRun ? ' (dry run: nothing is run)' : ''}.`)
  console.log(`Credentials: ${credentialsInUse(process.env, login)}.`)
  for (const warning of plan.warnings) console.log(`warning: ${warning}`)
  if (!dryRun) {
    fs.mkdirSync(path.dirname(path.join(ROOT, DEPLOYED_CONFIG)), { recursive: true })
    fs.writeFileSync(path.join(ROOT, DEPLOYED_CONFIG), `${JSON.stringify(plan.config, null, 2)}\n`)
  }
  await deployFunctions(plan, dryRun ? skip : spawnRunner)
  if (!dryRun) console.log(`Deployed ${rc.functions.length} functions to ${plan.envId}.`)
  for (const line of postDeployChecklist(rc, plan.envId)) console.log(line)
}

runMain(__filename, main)
