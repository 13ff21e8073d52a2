import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { createHost } from '../../server/http'
import { openLocalBackend } from '../../server/local'
import { repoRoot } from '../../server/repo-root'
import type { Page } from 'playwright-core'
import { openPhone } from './browser'

/** The local server (H5 build + functions) on a free port, with a fresh seeded database. */
export async function startLocalServer() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-e2e-'))
  // Under the CloudBase profile, as every test runs.
  const { db, config, storage } = await openLocalBackend({ ...process.env, JQT_DATA_DIR: dataDir, JQT_CLOUDBASE: '1' })
  const server = createHost({ db, config, storage, staticDir: path.join(repoRoot, 'dist/h5') })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      db.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type LocalServer = Awaited<ReturnType<typeof startLocalServer>>

/**
 * For a test file: a fresh seeded local server and a phone-sized Chromium page before its tests,
 * both closed after them. `ready` receives them once started.
 */
export function usePhoneSession(ready: (session: { server: LocalServer; page: Page }) => void) {
  let server: LocalServer | undefined
  let phone: Awaited<ReturnType<typeof openPhone>> | undefined
  beforeAll(async () => {
    server = await startLocalServer()
    phone = await openPhone()
    ready({ server, page: phone.page })
  })
  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })
}

/** Calls a function as a seeded identity over HTTP, the way the H5 app does; the data, or throws. */
export async function callAs<T>(server: LocalServer, openId: string, fn: string, action: string, params: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openId },
    body: JSON.stringify({ action, ...params }),
  })
  const body = (await res.json()) as { ok: boolean; data: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${fn}.${action}: ${body.error?.message}`)
  return body.data
}
