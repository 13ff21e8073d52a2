/** cloudbaserc.json against the function folders, the code the functions run, and the installed CLI. */
import fs from 'node:fs'
import path from 'node:path'
import { deployedConfig, readCloudbaseRc, type FunctionConfig } from '../../scripts/deploy/functions'
import { apiFields, cloudbasercSchema, configToParams, renderConfig, runtimeOptions } from './cli-bundle'

const root = path.resolve(__dirname, '../..')
const functionsDir = path.join(root, 'cloudfunctions')
const rc = readCloudbaseRc()
const schema = cloudbasercSchema()
const cliFunction = schema.definitions.ICloudFunction

/** What build:functions bundles: every folder with an index.ts but the shared code. */
const functionFolders = fs.readdirSync(functionsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_') && fs.existsSync(path.join(functionsDir, d.name, 'index.ts')))
  .map((d) => d.name)

/** The variables a source file reads from the environment (`env.NAME`). */
const variablesIn = (file: string) =>
  [...new Set([...fs.readFileSync(path.join(functionsDir, '_shared', file), 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]))]

/** Every function builds its config at start (configFromEnv) and answers HTTP access; only applications sends subscription messages. */
const everyFunctionReads = [...variablesIn('context.ts'), ...variablesIn('http-access.ts')]
const applicationsReads = variablesIn('notify/wechat.ts')

describe('cloudbaserc.json', () => {
  it('declares exactly the deployable function folders, from cloudfunctions/', () => {
    expect(rc.functions.map((f) => f.name).sort()).toEqual([...functionFolders].sort())
    expect(functionFolders).toHaveLength(6)
    expect(path.resolve(root, rc.functionRoot)).toBe(functionsDir)
  })

  it('takes the environment id from TCB_ENV_ID, never from the repository', () => {
    expect(rc.envId).toBe('{{env.TCB_ENV_ID}}')
    expect(JSON.stringify(rc)).not.toMatch(/"envId":"(?!\{\{)/)
  })

  it('gives every function its entry, runtime, memory, timeout and cloud-installed dependencies', () => {
    const memories = cliFunction.properties.memory.enum ?? []
    const [, min, max] = /(\d+)\s*-\s*(\d+)\s*S/.exec(JSON.stringify(cliFunction.properties.timeout)) ?? []
    const runtimes = runtimeOptions()
    for (const fn of rc.functions) {
      expect(fn.handler).toBe('index.main')
      expect(runtimes).toContain(fn.runtime)
      expect(fn.runtime).toMatch(/^Nodejs/)
      expect(memories).toContain(fn.memorySize)
      expect(fn.timeout).toBeGreaterThanOrEqual(Number(min))
      expect(fn.timeout).toBeLessThanOrEqual(Number(max))
      // The bundle's package.json names @cloudbase/node-sdk; the platform installs it.
      expect(fn.installDependency).toBe(true)
      expect(fn.ignore).toEqual(['*.ts'])
    }
  })

  it('sets every variable the functions read on every function, from the environment', () => {
    expect(everyFunctionReads).toEqual(expect.arrayContaining(['ADMIN_OPENIDS', 'RATE_LIMITS', 'OPENID_HMAC_SECRET', 'CORS_ORIGINS']))
    for (const fn of rc.functions) {
      for (const name of everyFunctionReads) expect([fn.name, name, fn.envVariables[name]]).toEqual([fn.name, name, `{{env.${name}}}`])
    }
  })

  it('gives applications, and only applications, the subscription-message settings', () => {
    expect(applicationsReads).toContain('SUBSCRIBE_TEMPLATE_APPLICATION_STATUS')
    for (const fn of rc.functions) {
      const expected = fn.name === 'applications' ? [...everyFunctionReads, ...applicationsReads] : everyFunctionReads
      expect([fn.name, Object.keys(fn.envVariables).sort()]).toEqual([fn.name, [...expected].sort()])
      for (const [name, value] of Object.entries(fn.envVariables)) expect(value).toBe(`{{env.${name}}}`)
    }
  })

  it('uses only keys the CLI knows: its cloudbaserc schema, or fields its deploy sends to the API', () => {
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(rc)))
    expect(schema.properties.version).toMatchObject({ enum: expect.arrayContaining([rc.version]) })
    const known = new Set([...Object.keys(cliFunction.properties), ...apiFields()])
    for (const fn of rc.functions) {
      for (const key of Object.keys(fn)) expect([fn.name, key, known.has(key) || known.has(key.toLowerCase())]).toEqual([fn.name, key, true])
    }
  })

  it('reaches the CreateFunction call the CLI makes with the declared runtime, memory, timeout and variables', () => {
    const toParams = configToParams()
    for (const fn of rc.functions) {
      const params = toParams({ func: fn })
      expect(params).toMatchObject({
        FunctionName: fn.name,
        Handler: fn.handler,
        Runtime: fn.runtime,
        MemorySize: fn.memorySize,
        Timeout: fn.timeout,
        InstallDependency: 'TRUE',
        Environment: { Variables: Object.entries(fn.envVariables).map(([Key, Value]) => ({ Key, Value })) },
      })
    }
  })

  it('says memorySize: the CLI ignores the `memory` its schema still describes', () => {
    const toParams = configToParams()
    const base: Partial<FunctionConfig> = { name: 'f', runtime: 'Nodejs18.15' }
    expect(toParams({ func: { ...base, memory: 1024 } }).MemorySize).not.toBe(1024)
    expect(toParams({ func: { ...base, memorySize: 1024 } }).MemorySize).toBe(1024)
  })

  it('renders through the CLI\'s own templating to the environment\'s values', () => {
    const env = { TCB_ENV_ID: 'jqt-prod-1a2b', ADMIN_OPENIDS: 'oA1,oB2', RATE_LIMITS: 'apply=100/1h,post=off', SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: 'tmpl-9' }
    const rendered = JSON.parse(renderConfig()(JSON.stringify(rc), { env })) as typeof rc
    expect(rendered.envId).toBe('jqt-prod-1a2b')
    // cloudbaserc.json as it stands: what the environment leaves unset would be deployed empty.
    expect(rendered.functions.find((f) => f.name === 'applications')?.envVariables).toMatchObject({ SUBSCRIBE_TEMPLATE_APPLICATION_STATUS_KEYS: '', SUBSCRIBE_MINIPROGRAM_STATE: '' })
    expect(JSON.stringify(rendered)).not.toContain('{{')
  })

  it('as deployed, reaches the CreateFunction call with the variables that are set and no others', () => {
    const env = { TCB_ENV_ID: 'jqt-prod-1a2b', ADMIN_OPENIDS: 'oA1,oB2', RATE_LIMITS: 'apply=100/1h,post=off', OPENID_HMAC_SECRET: '0123456789abcdef0123456789abcdef', SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: 'tmpl-9' }
    const rendered = JSON.parse(renderConfig()(JSON.stringify(deployedConfig(rc, env)), { env })) as typeof rc
    const toParams = configToParams()
    const variables = (name: string) => toParams({ func: rendered.functions.find((f) => f.name === name)! }).Environment
    expect(variables('applications')).toEqual({
      Variables: [
        { Key: 'ADMIN_OPENIDS', Value: 'oA1,oB2' },
        { Key: 'RATE_LIMITS', Value: 'apply=100/1h,post=off' },
        { Key: 'OPENID_HMAC_SECRET', Value: '0123456789abcdef0123456789abcdef' },
        { Key: 'SUBSCRIBE_TEMPLATE_APPLICATION_STATUS', Value: 'tmpl-9' },
      ],
    })
    expect(variables('policy')).toEqual({
      Variables: [
        { Key: 'ADMIN_OPENIDS', Value: 'oA1,oB2' },
        { Key: 'RATE_LIMITS', Value: 'apply=100/1h,post=off' },
        { Key: 'OPENID_HMAC_SECRET', Value: '0123456789abcdef0123456789abcdef' },
      ],
    })
  })
})

describe('function permissions (config.json)', () => {
  const openapi = (name: string) =>
    (JSON.parse(fs.readFileSync(path.join(functionsDir, name, 'config.json'), 'utf8')) as { permissions: { openapi: string[] } }).permissions.openapi

  it('lets jobs call the text security check and applications send subscription messages', () => {
    expect(openapi('jobs')).toEqual(['security.msgSecCheck'])
    expect(openapi('applications')).toEqual(['subscribeMessage.send'])
  })
})
