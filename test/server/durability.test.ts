import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import net from 'node:net'
import { spawn, type ChildProcess } from 'node:child_process'
import { CODES, jobContent, profile } from '../helpers/firms'

const root = path.resolve(__dirname, '../..')
const FIRM = 'durable-firm'

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** `npm run api` as its own process (node with the tsx loader, so the pid is the server's). */
async function startApi(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/api.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), JQT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && resolve())
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  return child
}

async function call(port: number, fn: string, body: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${port}/fn/${fn}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'X-Dev-OpenId': FIRM },
  })
  return (await response.json()) as { ok: boolean; data: Record<string, unknown> }
}

describe('the local server under kill -9', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-durable-'))
  let server: ChildProcess | undefined
  afterAll(() => {
    server?.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps every acknowledged write after SIGKILL and a restart', async () => {
    const port = await freePort()
    server = await startApi(dataDir, port)
    expect((await call(port, 'account', { action: 'registerEmployer', ...profile({ creditCode: CODES.spare2 }) })).ok).toBe(true)

    // Drafts written one after another; the kill lands while more are in flight.
    const acknowledged: string[] = []
    let stop = false
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const title = `持久化测试岗位${i}`
        const res = await call(port, 'jobs', { action: 'create', ...jobContent({ title }) }).catch(() => undefined)
        if (res?.ok) acknowledged.push(title)
      }
    })()
    while (acknowledged.length < 15) await new Promise((resolve) => setTimeout(resolve, 10))
    const exited = new Promise((resolve) => server?.once('exit', resolve))
    server.kill('SIGKILL')
    stop = true
    await Promise.all([writer, exited])

    server = await startApi(dataDir, port)
    const me = await call(port, 'account', { action: 'me' })
    expect(me.data).toEqual(expect.objectContaining({ role: 'employer' }))
    const mine = await call(port, 'jobs', { action: 'mine' })
    const titles = JSON.stringify(mine.data)
    for (const title of acknowledged) expect(titles).toContain(`"${title}"`)
  }, 60000)
})
