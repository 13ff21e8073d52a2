/** Both deploy scripts started as `npm run deploy … -- --dry-run` starts them, reading what they print. */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { readCloudbaseRc } from '../../scripts/deploy/functions'
import { runScript } from './run-script'

// No login and no credentials anywhere: a dry run needs none.
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-deploy-'))
afterAll(() => fs.rmSync(home, { recursive: true, force: true }))

const dryRun = (script: 'functions' | 'database', env: Record<string, string>) => runScript(script, ['--dry-run'], { HOME: home, ...env })

const lines = (text: string) => text.split('\n').filter(Boolean)

describe('npm run deploy -- --dry-run', () => {
  it('prints the build, then one deploy per function to TCB_ENV_ID, and runs none', async () => {
    const { code, stdout } = await dryRun('functions', { TCB_ENV_ID: 'jqt-dry-1', ADMIN_OPENIDS: 'oA1', OPENID_HMAC_SECRET: '0123456789abcdef0123456789abcdef' })
    expect(code).toBe(0)
    const commands = lines(stdout).filter((line) => line.startsWith('$ '))
    expect(commands).toEqual([
      '$ npm run build:functions',
      ...readCloudbaseRc().functions.map((f) => `$ node_modules/.bin/tcb --config-file dist/deploy/cloudbaserc.json fn deploy ${f.name} --envId jqt-dry-1 --force --yes`),
    ])
    expect(stdout).toContain('dry run: nothing is run')
    expect(stdout).toContain('warning: SUBSCRIBE_TEMPLATE_APPLICATION_STATUS is not set: the functions are deployed without it')
    // What is left for WeChat DevTools, after the commands.
    expect(stdout.slice(stdout.lastIndexOf('$ '))).toContain('Still to do in WeChat DevTools')
    expect(stdout).toContain('1. jobs: right-click cloudfunctions/jobs → 上传并部署：云端安装依赖, once, so it may call security.msgSecCheck.')
  }, 60_000)

  it('logs out and in with the API key, masked', async () => {
    const { code, stdout } = await dryRun('functions', { TCB_ENV_ID: 'jqt-dry-1', ADMIN_OPENIDS: 'oA1', OPENID_HMAC_SECRET: '0123456789abcdef0123456789abcdef', TCB_SECRET_ID: 'AKIDdry', TCB_SECRET_KEY: 'never-printed' })
    expect(code).toBe(0)
    expect(lines(stdout).filter((line) => line.startsWith('$ ')).slice(1, 3)).toEqual(['$ node_modules/.bin/tcb logout', '$ node_modules/.bin/tcb login --apiKeyId AKIDdry --apiKey ****'])
    expect(stdout).not.toContain('never-printed')
  }, 60_000)

  it('refuses to run without TCB_ENV_ID, saying so', async () => {
    const { code, stdout, stderr } = await dryRun('functions', { ADMIN_OPENIDS: 'oA1' })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^error: TCB_ENV_ID is not set/)
    expect(stdout).not.toContain('$ ')
  }, 60_000)
})

describe('the credentials both deploy scripts say they use', () => {
  it('are the same for the same environment: the API key when given, else the CLI login', async () => {
    const credentials = async (env: Record<string, string>) =>
      Promise.all((['functions', 'database'] as const).map(async (script) => lines((await dryRun(script, { TCB_ENV_ID: 'jqt-dry-1', ADMIN_OPENIDS: 'oA1', OPENID_HMAC_SECRET: '0123456789abcdef0123456789abcdef', ...env })).stdout).find((l) => l.startsWith('Credentials: '))))
    expect(await credentials({ TCB_SECRET_ID: 'AKIDdry', TCB_SECRET_KEY: 'k' })).toEqual(Array(2).fill('Credentials: the API key AKIDdry (TCB_SECRET_ID).'))
    expect(await credentials({})).toEqual(Array(2).fill('Credentials: the CLI login (none yet: `npx tcb login`).'))
  }, 60_000)
})

describe('npm run deploy:database -- --dry-run', () => {
  it('prints the calls for every collection of schema.ts: create, read, indexes, security rule', async () => {
    const { code, stdout } = await dryRun('database', { TCB_ENV_ID: 'jqt-dry-1' })
    expect(code).toBe(0)
    const calls = lines(stdout)
    for (const { name, indexes } of collections) {
      expect(calls).toContain(`database.createCollectionIfNotExists(${JSON.stringify(name)})`)
      expect(calls).toContain(`database.describeCollection(${JSON.stringify(name)})`)
      expect(calls).toContain(`commonService("tcb").call(${JSON.stringify({
        Action: 'ModifySafeRule',
        Param: { EnvId: 'jqt-dry-1', CollectionName: name, AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' },
      })})`)
      expect(calls.includes(`database.updateCollection(${JSON.stringify(name)}, { CreateIndexes: [`)).toBe(indexes.length > 0)
    }
    const printedIndexes = calls.filter((line) => line.startsWith('    {"IndexName"')).map((line) => JSON.parse(line.trim().replace(/,$/, '')).IndexName)
    expect(printedIndexes).toEqual(collections.flatMap((c) => c.indexes.map((i) => i.name)))
    expect(calls).toContain('    {"IndexName":"applications_job_seeker","MgoKeySchema":{"MgoIndexKeys":[{"Name":"jobId","Direction":"1"},{"Name":"seekerOpenId","Direction":"1"}],"MgoIsUnique":true}},')
  }, 60_000)

  it('refuses to run without TCB_ENV_ID, saying so', async () => {
    const { code, stderr } = await dryRun('database', {})
    expect(code).toBe(1)
    expect(stderr).toMatch(/^error: TCB_ENV_ID is not set/)
  }, 60_000)
})
