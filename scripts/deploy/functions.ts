/**
 * `npm run deploy`: builds the self-contained function bundles, then deploys every function of
 * cloudbaserc.json with the CloudBase CLI to the environment TCB_ENV_ID names. `--dry-run` prints
 * the commands and runs none of them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { parseRateLimits } from '../../cloudfunctions/_shared/rate-limit'
import { apiKeyFromEnv, DeployError, envIdFrom, isDryRun, readCliLogin, ROOT, runMain, type ApiKey } from './common'

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
  commands: Command[]
  warnings: string[]
}

/** The `{{env.X}}` variables the CLI substitutes into cloudbaserc.json. */
const templateVariables = (rc: CloudbaseRc) =>
  [...new Set([...JSON.stringify(rc).matchAll(/\{\{\s*env\.(\w+)\s*\}\}/g)].map((match) => match[1]))]

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
  } catch (error) {
    throw new DeployError((error as Error).message)
  }
}

const loginCommand = ({ secretId, secretKey, token }: ApiKey): Command => ({
  argv: [TCB, 'login', '--apiKeyId', secretId, '--apiKey', secretKey, ...(token ? ['--token', token] : [])],
  secrets: token ? [secretKey, token] : [secretKey],
})

/** The commands `npm run deploy` runs, in order: build, log in when a key is given, one deploy per function. */
export function planFunctions(rc: CloudbaseRc, env: NodeJS.ProcessEnv): FunctionsPlan {
  const envId = envIdFrom(env)
  checkVariables(rc, env)
  const key = apiKeyFromEnv(env)
  const region = env.TCB_REGION?.trim()
  return {
    envId,
    warnings: templateVariables(rc).filter((name) => !env[name]).map((name) => `${name} is not set: the functions get it empty.`),
    commands: [
      { argv: ['npm', 'run', 'build:functions'] },
      ...(key ? [loginCommand(key)] : []),
      ...rc.functions.map(({ name }) => ({
        argv: [TCB, 'fn', 'deploy', name, '--envId', envId, ...(region ? ['--region', region] : []), '--force', '--yes'],
        deploys: name,
      })),
    ],
  }
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
  // Without a login the CLI would open a browser page and wait.
  if (!dryRun && !apiKeyFromEnv(process.env) && !readCliLogin()) {
    throw new DeployError('Not logged in: run `npx tcb login`, or set TCB_SECRET_ID and TCB_SECRET_KEY.')
  }
  console.log(`Deploying the ${rc.functions.length} functions of cloudbaserc.json to the CloudBase environment ${plan.envId}${dryRun ? ' (dry run: nothing is run)' : ''}.`)
  for (const warning of plan.warnings) console.log(`warning: ${warning}`)
  await deployFunctions(plan, dryRun ? skip : spawnRunner)
  if (!dryRun) console.log(`Deployed ${rc.functions.length} functions to ${plan.envId}.`)
}

runMain(__filename, main)
