/** `npm run deploy`: its plan from cloudbaserc.json and the environment, and how it runs the plan. */
import {
  deployFunctions,
  formatCommand,
  planFunctions,
  readCloudbaseRc,
  TCB,
  type Command,
  type CommandResult,
} from '../../scripts/deploy/functions'

const rc = readCloudbaseRc()
const names = rc.functions.map((f) => f.name)
const env = { TCB_ENV_ID: 'jqt-prod-1a2b', ADMIN_OPENIDS: 'oA1,oB2' }

describe('the functions plan', () => {
  it('builds the bundles, then deploys each function of cloudbaserc.json to TCB_ENV_ID', () => {
    const { envId, commands } = planFunctions(rc, env)
    expect(envId).toBe('jqt-prod-1a2b')
    expect(commands.map((c) => c.argv)).toEqual([
      ['npm', 'run', 'build:functions'],
      ...names.map((name) => [TCB, 'fn', 'deploy', name, '--envId', 'jqt-prod-1a2b', '--force', '--yes']),
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

  it('refuses a RATE_LIMITS the functions could not start with', () => {
    expect(() => planFunctions(rc, { ...env, RATE_LIMITS: 'apply=lots' })).toThrow(/RATE_LIMITS: cannot read "apply=lots"/)
    expect(planFunctions(rc, { ...env, RATE_LIMITS: 'apply=100/1h,post=off' }).commands).toHaveLength(names.length + 1)
  })

  it('refuses values the CLI would paste into its JSON broken', () => {
    expect(() => planFunctions(rc, { ...env, ADMIN_OPENIDS: 'oA1","x' })).toThrow(/ADMIN_OPENIDS: quotes/)
  })

  it('warns of each variable left unset, which the functions then get empty', () => {
    expect(planFunctions(rc, env).warnings).toEqual([
      'RATE_LIMITS is not set: the functions get it empty.',
      'SUBSCRIBE_TEMPLATE_APPLICATION_STATUS is not set: the functions get it empty.',
      'SUBSCRIBE_TEMPLATE_APPLICATION_STATUS_KEYS is not set: the functions get it empty.',
      'SUBSCRIBE_MINIPROGRAM_STATE is not set: the functions get it empty.',
    ])
    const everything = { RATE_LIMITS: 'off', SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: 't', SUBSCRIBE_TEMPLATE_APPLICATION_STATUS_KEYS: 'job=thing1', SUBSCRIBE_MINIPROGRAM_STATE: 'trial' }
    expect(planFunctions(rc, { ...env, ...everything }).warnings).toEqual([])
  })

  it('logs the CLI in with TCB_SECRET_ID/TCB_SECRET_KEY when given, and never prints the key', () => {
    const { commands } = planFunctions(rc, { ...env, TCB_SECRET_ID: 'AKIDexample', TCB_SECRET_KEY: 's3cr3t' })
    expect(commands[1].argv).toEqual([TCB, 'login', '--apiKeyId', 'AKIDexample', '--apiKey', 's3cr3t'])
    expect(formatCommand(commands[1])).toBe(`${TCB} login --apiKeyId AKIDexample --apiKey ****`)
    expect(commands.slice(2).map((c) => c.deploys)).toEqual(names)
    expect(() => planFunctions(rc, { ...env, TCB_SECRET_ID: 'AKIDexample' })).toThrow(/both TCB_SECRET_ID and TCB_SECRET_KEY/)
  })

  it('passes TCB_REGION on to every deploy', () => {
    const deploys = planFunctions(rc, { ...env, TCB_REGION: 'ap-guangzhou' }).commands.slice(1)
    for (const { argv } of deploys) expect(argv.slice(6, 8)).toEqual(['--region', 'ap-guangzhou'])
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
