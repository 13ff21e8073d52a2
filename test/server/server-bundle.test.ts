/** The local server runs from its esbuild bundle (server/bundle.ts), rebuilt whenever a source it was built from changes. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bundleOf, serverBundle } from '../../server/bundle'
import { startServer } from '../../server/process'
import { repoRoot } from '../../server/repo-root'

const mtimeOf = (file: string) => fs.statSync(file).mtimeMs

test('is built once, and again only after a source it was built from changes', async () => {
  const bundle = await serverBundle('api')
  expect(bundle).toBe(bundleOf('api'))
  const built = mtimeOf(bundle)
  expect(await serverBundle('api')).toBe(bundle)
  expect(mtimeOf(bundle)).toBe(built)

  // A module the entry imports, not the entry: the bundle knows everything it was built from.
  const source = path.join(repoRoot, 'cloudfunctions/_shared/rules/engine.ts')
  const { atime, mtime } = fs.statSync(source)
  try {
    const later = new Date(built + 60_000)
    fs.utimesSync(source, later, later)
    await serverBundle('api')
    expect(mtimeOf(bundle)).toBeGreaterThan(built)
  } finally {
    fs.utimesSync(source, atime, mtime)
  }
}, 30_000)

test('runs on node alone, without names set on functions at run time', async () => {
  const code = fs.readFileSync(await serverBundle('api'), 'utf8')
  // tsx's transform (keepNames) would call __name for every function created.
  expect(code).not.toMatch(/\b__name\(/)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-server-bundle-'))
  const server = await startServer('api', dataDir, { JQT_READ_WORKERS: '0' })
  try {
    const command = fs.readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8').split('\0')
    expect(command).toContain(bundleOf('api'))
    expect(command.join(' ')).not.toMatch(/tsx/)
    const answer = await fetch(`${server.origin}/fn/policy`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'get', id: 22 }) })
    expect(((await answer.json()) as { data: { measure: { id: number } } }).data.measure.id).toBe(22)
  } finally {
    await server.kill()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}, 60_000)
