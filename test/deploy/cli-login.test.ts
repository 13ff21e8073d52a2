/**
 * The installed CloudBase CLI itself, offline: its login against a stand-in for the Tencent Cloud
 * API on localhost (the CLI sends its `tcb` calls to CLOUDBASE_TCB_CLOUDAPI_URL when set), and the
 * config file it reads. What `npm run deploy` runs before deploying, as it runs it.
 */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import http from 'node:http'
import { execFile } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { apiKeyFor, readCliLogin } from '../../scripts/deploy/common'
import { DEPLOYED_CONFIG, planFunctions, readCloudbaseRc, TCB } from '../../scripts/deploy/functions'

const root = path.resolve(__dirname, '../..')

/** The key ids the stand-in saw signing its calls, in order. */
let signedBy: string[] = []
const server = http.createServer((req, res) => {
  signedBy.push(/Credential=(\w+)\//.exec(String(req.headers.authorization))?.[1] ?? '')
  req.resume().on('end', () => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ Response: { RequestId: 'r', EnvList: [{ EnvId: 'jqt-prod-1a2b', Status: 'NORMAL' }] } }))
  })
})
let apiUrl = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => void (signedBy = []))

/** A machine where the CLI is logged in with another account's key. */
function loggedInHome() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-cli-'))
  fs.mkdirSync(path.join(home, '.config', '.cloudbase'), { recursive: true })
  fs.writeFileSync(path.join(home, '.config', '.cloudbase', 'auth.json'), JSON.stringify({ credential: { secretId: 'AKIDother', secretKey: 'other' } }))
  return home
}

const cli = (argv: string[], home: string) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    const [program, ...args] = argv
    execFile(path.join(root, program), args, { cwd: root, env: { PATH: process.env.PATH, HOME: home, CLOUDBASE_TCB_CLOUDAPI_URL: apiUrl }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    )
  })

const env = { TCB_ENV_ID: 'jqt-prod-1a2b', ADMIN_OPENIDS: 'oA1', OPENID_HMAC_SECRET: '0123456789abcdef0123456789abcdef', TCB_SECRET_ID: 'AKIDdeploy', TCB_SECRET_KEY: 'deploy-key' }

describe('the CLI login npm run deploy makes', () => {
  it('would keep another account: `tcb login --apiKeyId` does nothing while a login exists', async () => {
    const home = loggedInHome()
    const { code, output } = await cli([TCB, 'login', '--apiKeyId', 'AKIDdeploy', '--apiKey', 'deploy-key'], home)
    expect(code).toBe(0)
    expect(output).toMatch(/No need to log in again|无需再次登录/)
    expect(readCliLogin(home)?.secretId).toBe('AKIDother')
    fs.rmSync(home, { recursive: true, force: true })
  }, 60_000)

  it('logs out first, so the key given is the one the functions are deployed with, as deploy:database signs with it', async () => {
    const home = loggedInHome()
    const logins = planFunctions(readCloudbaseRc(), env).commands.filter((c) => c.argv[0] === TCB && !c.deploys)
    expect(logins.map((c) => c.argv[1])).toEqual(['logout', 'login'])
    for (const command of logins) expect((await cli(command.argv, home)).code).toBe(0)
    expect(readCliLogin(home)).toEqual({ secretId: 'AKIDdeploy', secretKey: 'deploy-key' })
    expect(signedBy.at(-1)).toBe('AKIDdeploy')
    // deploy:database, run next on the same machine, signs with the same key.
    expect(apiKeyFor(env, readCliLogin(home), new Date()).secretId).toBe('AKIDdeploy')
    expect(apiKeyFor({ TCB_ENV_ID: env.TCB_ENV_ID }, readCliLogin(home), new Date()).secretId).toBe('AKIDdeploy')
    fs.rmSync(home, { recursive: true, force: true })
  }, 60_000)
})

describe('the config file the functions are deployed from', () => {
  it('is the one --config-file names, read before anything is sent', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-cli-'))
    const file = path.join(home, 'cloudbaserc.json')
    // A file the CLI refuses (no envId): the refusal shows it read this file, not the repository's.
    fs.writeFileSync(file, JSON.stringify({ version: '2.0', functionRoot: './cloudfunctions', functions: [] }))
    const deploy = planFunctions(readCloudbaseRc(), { TCB_ENV_ID: 'jqt-prod-1a2b', ADMIN_OPENIDS: 'oA1', OPENID_HMAC_SECRET: '0123456789abcdef0123456789abcdef' }).commands.find((c) => c.deploys === 'policy')!
    expect(deploy.argv.slice(1, 3)).toEqual(['--config-file', DEPLOYED_CONFIG])
    const { code, output } = await cli(deploy.argv.map((arg) => (arg === DEPLOYED_CONFIG ? file : arg)), home)
    expect(code).not.toBe(0)
    expect(output).toContain('配置文件必须包含环境 Id(envId) 字段')
    expect(signedBy).toEqual([])
    fs.rmSync(home, { recursive: true, force: true })
  }, 60_000)
})
