import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'

const root = path.resolve(__dirname, '../..')

/**
 * Each deployable folder must run on its own: copied somewhere with nothing but the CloudBase SDK
 * installed, its bundled index.js answers a call.
 */
describe('npm run build:functions', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-fn-'))
  afterAll(() => fs.rmSync(outside, { recursive: true, force: true }))

  beforeAll(() => {
    execFileSync('npx', ['tsx', 'scripts/build-functions.ts'], { cwd: root, stdio: 'ignore' })
  }, 60000)

  it('bundles policy into a self-contained folder with the SDK as its only dependency', () => {
    const folder = path.join(outside, 'policy')
    fs.mkdirSync(path.join(folder, 'node_modules'), { recursive: true })
    for (const file of ['index.js', 'package.json']) fs.copyFileSync(path.join(root, 'cloudfunctions/policy', file), path.join(folder, file))
    fs.symlinkSync(path.join(root, 'node_modules/@cloudbase'), path.join(folder, 'node_modules/@cloudbase'))

    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'))
    expect(Object.keys(manifest.dependencies)).toEqual(['@cloudbase/node-sdk'])

    const script = `require('./index.js').main({ action: 'get', id: 22 }).then((r) => process.stdout.write(JSON.stringify(r)))`
    const output = execFileSync(process.execPath, ['-e', script], {
      cwd: folder,
      env: { PATH: process.env.PATH, WX_OPENID: 'oWx_bundle', WX_CONTEXT_KEYS: 'WX_OPENID', OPENID_HMAC_SECRET: '0123456789abcdef0123456789abcdef', NODE_PATH: '' },
    }).toString()
    const result = JSON.parse(output)
    expect(result.ok).toBe(true)
    expect(result.data.measure.text.startsWith('22.鼓励通过就业见习储备用工。')).toBe(true)
  })

  it('leaves the local engine out of every function: the cloud bundle meets it only at the Database interface', () => {
    const names = fs.readdirSync(path.join(root, 'cloudfunctions')).filter((d) => !d.startsWith('_') && fs.existsSync(path.join(root, 'cloudfunctions', d, 'index.js')))
    expect(names.sort()).toEqual(['account', 'admin', 'applications', 'fairs', 'jobs', 'policy'])
    for (const name of names) {
      const bundle = fs.readFileSync(path.join(root, 'cloudfunctions', name, 'index.js'), 'utf8')
      for (const local of ['better-sqlite3', 'BEGIN IMMEDIATE', 'json_extract', 'jqt_tie']) expect({ name, has: bundle.includes(local) }).toEqual({ name, has: false })
    }
  })
})
