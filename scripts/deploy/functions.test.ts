/** `npm run deploy`: its plan from cloudbaserc.json and the environment, and how it runs the plan. */
import {
  DEPLOYED_CONFIG,
  deployFunctions,
  formatCommand,
  openApiPermissions,
  planFunctions,
  postDeployChecklist,
  readCloudbaseRc,
  TCB,
  type Command,
  type CommandResult,
} from './functions'

const rc = readCloudbaseRc()
const names = rc.functions.map((f) => f.name)
const env = { TCB_ENV_ID: 'jqt-prod-1a2b', ADMIN_OPENIDS: 'oA1,oB2', OPENID_HMAC_SECRET: '0123456789abcdef0123456789abcdef' }

describe('the functions plan', () => {
  it('builds the bundles, then deploys each function of the deployed cloudbaserc.json to TCB_ENV_ID', () => {
    const { envId, commands } = planFunctions(rc, env)
    expect(envId).toBe('jqt-prod-1a2b')
    expect(commands.map((c) => c.argv)).toEqual([
      ['npm', 'run', 'build:functions'],
      ...names.map((name) => [TCB, '--config-file', DEPLOYED_CONFIG, 'fn', 'deploy', name, '--envId', 'jqt-prod-1a2b', '--force', '--yes']),
    ])
    expect(commands.slice(1).map((c) => c.deploys)).toEqual(names)
  })

  it('refuses to run without TCB_ENV_ID, or with an empty one', () => {
    expect(() => planFunctions(rc, { ADMIN_OPENIDS: 'oA1' })).toThrow(/TCB_ENV_ID is not set/)
    expect(() => planFunctions(rc, { ...env, TCB_ENV_ID: '  ' })).toThrow(/TCB_ENV_ID is not set/)
  })

  it('refuses to deploy functions without administrators', () => {
    expect(() => planFunctions(rc, { TCB_ENV_ID: 'e' })).toThrow(/ADMIN_OPENIDS is not set/)
  })

  it('refuses to deploy functions without the openid key, or with a short one', () => {
    expect(() => planFunctions(rc, { ...env, OPENID_HMAC_SECRET: '' })).toThrow(/OPENID_HMAC_SECRET is not set/)
    expect(() => planFunctions(rc, { ...env, OPENID_HMAC_SECRET: 'short' })).toThrow(/OPENID_HMAC_SECRET must be at least 32 characters/)
  })

  it('refuses a RATE_LIMITS the functions could not start with', () => {
    expect(() => planFunctions(rc, { ...env, RATE_LIMITS: 'apply=lots' })).toThrow(/RATE_LIMITS: cannot read "apply=lots"/)
    expect(planFunctions(rc, { ...env, RATE_LIMITS: 'apply=100/1h,post=off' }).commands).toHaveLength(names.length + 1)
  })

  it('refuses a CORS_ORIGINS entry that is not an origin', () => {
    expect(() => planFunctions(rc, { ...env, CORS_ORIGINS: 'https://jqt.example.com,*' })).toThrow(/CORS_ORIGINS: \* is not an origin/)
    expect(planFunctions(rc, { ...env, CORS_ORIGINS: 'https://jqt.example.com' }).config.functions[0].envVariables).toHaveProperty('CORS_ORIGINS')
  })

  it('refuses values the CLI would paste into its JSON broken', () => {
    expect(() => planFunctions(rc, { ...env, ADMIN_OPENIDS: 'oA1","x' })).toThrow(/ADMIN_OPENIDS: quotes/)
  })

  const optional = ['RATE_LIMITS', 'CORS_ORIGINS', 'SUBSCRIBE_TEMPLATE_APPLICATION_STATUS', 'SUBSCRIBE_TEMPLATE_APPLICATION_STATUS_KEYS', 'SUBSCRIBE_MINIPROGRAM_STATE']
  const everything = { RATE_LIMITS: 'off', CORS_ORIGINS: 'https://jqt.example.com', SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: 't', SUBSCRIBE_TEMPLATE_APPLICATION_STATUS_KEYS: 'job=thing1', SUBSCRIBE_MINIPROGRAM_STATE: 'trial' }

  it('warns of each variable left unset, which is then deployed not at all', () => {
    expect(planFunctions(rc, env).warnings).toEqual(optional.map((name) => `${name} is not set: the functions are deployed without it and use their default.`))
    expect(planFunctions(rc, { ...env, ...everything }).warnings).toEqual([])
    // Blank is unset.
    expect(planFunctions(rc, { ...env, ...everything, RATE_LIMITS: '  ' }).warnings).toEqual(['RATE_LIMITS is not set: the functions are deployed without it and use their default.'])
  })

  it('deploys a function only the variables that are set, each still filled in by the CLI', () => {
    const variablesOf = (e: NodeJS.ProcessEnv) => Object.fromEntries(planFunctions(rc, e).config.functions.map((f) => [f.name, f.envVariables]))
    const bare = variablesOf(env)
    for (const name of names) expect(bare[name]).toEqual({ ADMIN_OPENIDS: '{{env.ADMIN_OPENIDS}}', OPENID_HMAC_SECRET: '{{env.OPENID_HMAC_SECRET}}' })
    const full = variablesOf({ ...env, ...everything })
    for (const fn of rc.functions) expect(full[fn.name]).toEqual(fn.envVariables)
    expect(Object.keys(variablesOf({ ...env, SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: 't' }).applications)).toEqual(['ADMIN_OPENIDS', 'OPENID_HMAC_SECRET', 'SUBSCRIBE_TEMPLATE_APPLICATION_STATUS'])
    // Everything else in the file is as cloudbaserc.json says.
    const { functions, ...rest } = planFunctions(rc, env).config
    const { functions: declared, ...declaredRest } = rc
    expect(rest).toEqual(declaredRest)
    expect(functions.map(({ envVariables: _, ...fn }) => fn)).toEqual(declared.map(({ envVariables: _, ...fn }) => fn))
  })

  it('logs the CLI out, then in with TCB_SECRET_ID/TCB_SECRET_KEY when given, and never prints the key', () => {
    const { commands } = planFunctions(rc, { ...env, TCB_SECRET_ID: 'AKIDexample', TCB_SECRET_KEY: 's3cr3t' })
    expect(commands[1].argv).toEqual([TCB, 'logout'])
    expect(commands[2].argv).toEqual([TCB, 'login', '--apiKeyId', 'AKIDexample', '--apiKey', 's3cr3t'])
    expect(formatCommand(commands[2])).toBe(`${TCB} login --apiKeyId AKIDexample --apiKey ****`)
    expect(commands.slice(3).map((c) => c.deploys)).toEqual(names)
    expect(() => planFunctions(rc, { ...env, TCB_SECRET_ID: 'AKIDexample' })).toThrow(/both TCB_SECRET_ID and TCB_SECRET_KEY/)
  })

  it('passes TCB_REGION on to every deploy', () => {
    const deploys = planFunctions(rc, { ...env, TCB_REGION: 'ap-guangzhou' }).commands.slice(1)
    for (const { argv } of deploys) expect(argv.slice(8, 10)).toEqual(['--region', 'ap-guangzhou'])
  })
})

describe('the checklist after deploying', () => {
  it('names each function with open-API permissions in config.json, and what to do in DevTools', () => {
    expect(openApiPermissions('jobs')).toEqual(['security.msgSecCheck'])
    expect(openApiPermissions('policy')).toEqual([])
    const lines = postDeployChecklist(rc, 'jqt-prod-1a2b')
    expect(lines.filter((line) => /^ {2}\d\./.test(line))).toEqual([
      '  1. jobs: right-click cloudfunctions/jobs → 上传并部署：云端安装依赖, once, so it may call security.msgSecCheck.',
      '  2. applications: right-click cloudfunctions/applications → 上传并部署：云端安装依赖, once, so it may call subscribeMessage.send.',
    ])
    expect(lines.at(-1)).toBe('Then check the environment: npm run smoke -- --env jqt-prod-1a2b')
  })

  it('follows config.json: a function given a permission is listed', () => {
    const lines = postDeployChecklist(rc, 'e', (name) => (name === 'admin' ? ['wxacode.getUnlimited'] : []))
    expect(lines.filter((line) => /^ {2}\d\./.test(line))).toEqual(['  1. admin: right-click cloudfunctions/admin → 上传并部署：云端安装依赖, once, so it may call wxacode.getUnlimited.'])
  })
})

describe('running the functions plan', () => {
  const plan = planFunctions(rc, env)

  /** A runner that records the commands and answers each with `answer` (success by default). */
  function recorder(answer: (command: Command) => CommandResult = () => ({ code: 0, output: '' })) {
    const ran: string[][] = []
    const run = async (command: Command) => {
      ran.push(command.argv)
      return answer(command)
    }
    return { ran, run }
  }

  it('runs the commands in the planned order and prints each before it runs', async () => {
    const { ran, run } = recorder()
    const printed: string[] = []
    await deployFunctions(plan, run, (line) => printed.push(line))
    expect(ran).toEqual(plan.commands.map((c) => c.argv))
    expect(printed).toEqual(plan.commands.map((c) => `$ ${formatCommand(c)}`))
  })

  it('stops at a command that fails: nothing is deployed from a failed build', async () => {
    const { ran, run } = recorder((c) => ({ code: c.argv[0] === 'npm' ? 1 : 0, output: '' }))
    await expect(deployFunctions(plan, run, () => undefined)).rejects.toThrow(/npm run build:functions` exited with 1/)
    expect(ran).toHaveLength(1)
  })

  it('stops when the CLI reports a failed deployment but exits 0', async () => {
    // What tcb 2.12.10 printed, exiting 0, when it could not reach CloudBase.
    const failure = '- Cloud function deploying...\n✖ [jobs] 函数部署失败\n✖   错误信息: No valid identity information, please use cloudbase login to login\n'
    const { ran, run } = recorder((c) => ({ code: 0, output: c.deploys === 'jobs' ? failure : `[${c.deploys}] 云函数部署成功！` }))
    await expect(deployFunctions(plan, run, () => undefined)).rejects.toThrow(/jobs was not deployed/)
    expect(ran.at(-1)).toEqual(plan.commands.find((c) => c.deploys === 'jobs')?.argv)
  })

  it('does not take another function\'s failure for this one\'s', async () => {
    const { ran, run } = recorder(() => ({ code: 0, output: '[legacy] 获取函数详情失败' }))
    await deployFunctions(plan, run, () => undefined)
    expect(ran).toHaveLength(plan.commands.length)
  })
})
