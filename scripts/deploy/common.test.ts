/** Where the database deploy takes its API key from: the environment, else the CLI's login. */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import { apiKeyFor, readCliLogin } from './common'

const now = new Date('2026-11-28T04:00:00Z')

describe('the API key', () => {
  it('is TCB_SECRET_ID/TCB_SECRET_KEY when set, before any CLI login', () => {
    const env = { TCB_SECRET_ID: 'AKIDenv', TCB_SECRET_KEY: 'key', TCB_SESSION_TOKEN: 'tok' }
    expect(apiKeyFor(env, { secretId: 'AKIDcli', secretKey: 'cli' }, now)).toEqual({ secretId: 'AKIDenv', secretKey: 'key', token: 'tok' })
  })

  it('is the CLI\'s permanent key (tcb login --key)', () => {
    expect(apiKeyFor({}, { secretId: 'AKIDcli', secretKey: 'cli' }, now)).toEqual({ secretId: 'AKIDcli', secretKey: 'cli', token: undefined })
  })

  it('is the CLI\'s temporary key from the browser login while it lasts, and then a clear error', () => {
    const login = { tmpSecretId: 'AKIDtmp', tmpSecretKey: 'tmp', tmpToken: 'tok', tmpExpired: now.getTime() + 60_000 }
    expect(apiKeyFor({}, login, now)).toEqual({ secretId: 'AKIDtmp', secretKey: 'tmp', token: 'tok' })
    expect(() => apiKeyFor({}, { ...login, tmpExpired: now.getTime() - 1 }, now)).toThrow(/CLI login has expired/)
  })

  it('is missing with a message that says what to set', () => {
    expect(() => apiKeyFor({}, undefined, now)).toThrow(/set TCB_SECRET_ID and TCB_SECRET_KEY .* or log in with `npx tcb login`/)
    expect(() => apiKeyFor({ TCB_SECRET_KEY: 'key' }, undefined, now)).toThrow(/both TCB_SECRET_ID and TCB_SECRET_KEY/)
  })
})

describe('the CLI login', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-login-'))
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }))
  const store = (content: string) => {
    fs.mkdirSync(path.join(home, '.config', '.cloudbase'), { recursive: true })
    fs.writeFileSync(path.join(home, '.config', '.cloudbase', 'auth.json'), content)
  }

  it('is read from where the CLI keeps it, and absent after a logout', () => {
    expect(readCliLogin(home)).toBeUndefined()
    store(JSON.stringify({ _: '这是您的 CloudBase 身份凭据文件，请不要分享给他人！', credential: { secretId: 'AKIDcli', secretKey: 'cli' } }))
    expect(readCliLogin(home)).toEqual({ secretId: 'AKIDcli', secretKey: 'cli' })
    store(JSON.stringify({ credential: {} }))
    expect(readCliLogin(home)).toBeUndefined()
  })
})
