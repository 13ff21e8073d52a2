/**
 * `npm run smoke`, the same script an operator runs after deploying, run offline with `--local`
 * against `npm run api` on a fresh data folder: every step passes, and the test seeker leaves
 * nothing in the database. A failing step fails the run — and the cleanup still happens.
 */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import http from 'node:http'
import { execFile } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { openEmbeddedDatabase } from '../../server/db/embedded'
import { collections } from '../../cloudfunctions/_shared/repositories/schema'
import { FAVOURITES } from '../../cloudfunctions/_shared/repositories/favourites'
import { RATE_LIMITS } from '../../cloudfunctions/_shared/repositories/rate-limits'
import { SEEKERS } from '../../cloudfunctions/_shared/repositories/seekers'
import { databaseFile } from '../../server/local'
import { startServer, type ServerProcess } from '../../server/process'
import { targetFrom } from '../../scripts/smoke'

const root = path.resolve(__dirname, '../..')

const smoke = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/smoke.ts', ...args], { cwd: root, env: { PATH: process.env.PATH, HOME: os.tmpdir(), ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

const stepLines = (stdout: string) => stdout.split('\n').filter((line) => /^ {2}(pass|fail|skip)/.test(line))
const seekerOf = (stdout: string) => /the test seeker (\S+)\./.exec(stdout)?.[1] ?? ''

/** What the database holds for the test seeker once the server is gone. */
async function leftBehind(dataDir: string, seekerId: string) {
  const db = openEmbeddedDatabase(databaseFile(dataDir), { schema: collections })
  try {
    return {
      profiles: (await db.collection(SEEKERS).where({ _id: seekerId }).count()).total,
      favourites: (await db.collection(FAVOURITES).where({ openId: seekerId }).count()).total,
      // Write-limit counters outlive an account, keyed without the openid: none may name it.
      counters: (await db.collection(RATE_LIMITS).limit(1000).get()).data.filter((c) => JSON.stringify(c).includes(seekerId)).length,
    }
  } finally {
    db.close()
  }
}

describe('npm run smoke -- --local', () => {
  let dataDir = ''
  let api: ServerProcess | undefined
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-smoke-'))
    api = await startServer('api', dataDir)
  }, 30_000)
  afterEach(async () => {
    await api?.kill()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('passes every step against a freshly deployed server, and the test seeker leaves nothing behind', async () => {
    const { code, stdout } = await smoke(['--local', api!.origin])
    expect(stepLines(stdout).filter((line) => !line.startsWith('  pass'))).toEqual([])
    expect(code).toBe(0)
    const names = stepLines(stdout).map((line) => line.slice(8, line.indexOf(': ')))
    // Each function's read-only actions, then the write path, then the cleanup.
    for (const fn of ['policy', 'account', 'jobs', 'fairs', 'applications', 'admin']) expect(names.some((n) => n.startsWith(`${fn}.`))).toBe(true)
    expect(names.slice(-6)).toEqual([
      'seeker › account.me',
      'seeker › account.updateProfile',
      'seeker › jobs.favourite',
      'seeker › account.exportData',
      'seeker › account.deleteAccount',
      'seeker › nothing left',
    ])
    expect(stdout).toContain('18 passed, 0 failed')
    await api!.kill()
    expect(await leftBehind(dataDir, seekerOf(stdout))).toEqual({ profiles: 0, favourites: 0, counters: 0 })
  }, 60_000)

  it('fails the run on a failing step, still cleans up, and calls as a client that sends no Origin', async () => {
    const origins: (string | undefined)[] = []
    // In front of the server: account.exportData breaks.
    const broken = http.createServer((req, res) => {
      origins.push(req.headers.origin)
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        res.setHeader('content-type', 'application/json')
        if (req.url === '/fn/account' && (JSON.parse(body) as { action: string }).action === 'exportData') {
          res.statusCode = 500
          return void res.end(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }))
        }
        const header = req.headers['x-dev-openid']
        void fetch(`${api!.origin}${req.url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(header ? { 'x-dev-openid': String(header) } : {}) }, body }).then(async (answer) => {
          res.statusCode = answer.status
          res.end(await answer.text())
        })
      })
    })
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve))
    const { code, stdout } = await smoke(['--local', `http://127.0.0.1:${(broken.address() as AddressInfo).port}`])
    await new Promise((resolve) => broken.close(resolve))
    expect(code).toBe(1)
    expect(stepLines(stdout).filter((line) => line.startsWith('  fail'))).toEqual(['  fail  seeker › account.exportData: INTERNAL: 服务暂时不可用，请稍后再试'])
    expect(stdout).toContain('17 passed, 1 failed')
    expect(origins.length).toBeGreaterThan(0)
    expect(origins.every((origin) => origin === undefined)).toBe(true)
    await api!.kill()
    expect(await leftBehind(dataDir, seekerOf(stdout))).toEqual({ profiles: 0, favourites: 0, counters: 0 })
  }, 60_000)
})

describe('npm run smoke', () => {
  it('passes nothing when nothing answers, and says why', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = http.createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const { port } = probe.address() as AddressInfo
    await new Promise((resolve) => probe.close(resolve))
    const { code, stdout } = await smoke(['--local', `http://127.0.0.1:${port}`])
    expect(code).toBe(1)
    expect(stepLines(stdout).filter((line) => line.startsWith('  pass'))).toEqual([])
    expect(stepLines(stdout)[0]).toBe('  fail  policy.list: fetch failed (ECONNREFUSED)')
  }, 60_000)

  it('needs the environment, and for the cloud the custom-login key that signs the test seeker in', () => {
    expect(() => targetFrom([], {})).toThrow(/npm run smoke -- --env <envId>/)
    expect(() => targetFrom(['--env', 'jqt-prod-1a2b'], { TCB_SECRET_ID: 'AKIDx', TCB_SECRET_KEY: 'k' })).toThrow(/TCB_CUSTOM_LOGIN_KEY is not set/)
    expect(targetFrom(['--local'], {}).name).toBe('the local server http://127.0.0.1:10086')
  })
})
