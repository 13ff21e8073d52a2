/**
 * `npx tsx scripts/profile-costs.ts <file.cpuprofile> [calls]`: where a server's CPU time went, from
 * a profile `node --cpu-prof` wrote (docs/performance.md). Each sample's time goes to the part of
 * the server its innermost frame belongs to (SQLite, validation, JSON, the router, views, rate
 * limits, HTTP, …); with `calls` (the calls the server answered meanwhile) also per call. Then the
 * functions with the most time of their own.
 */
import fs from 'node:fs'
import { SourceMap } from 'node:module'
import { fileURLToPath } from 'node:url'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** A frame's part of the server, by its file (the first rule matching wins) or its name. */
const PARTS: [string, (url: string, name: string) => boolean][] = [
  ['idle (waiting for I/O)', (_url, name) => name === '(idle)'],
  ['garbage collection', (_url, name) => name === '(garbage collector)'],
  ['SQLite (better-sqlite3, embedded engine)', (url) => /better-sqlite3|server\/db\//.test(url)],
  ['validation (zod)', (url) => /node_modules\/zod|_shared\/schemas\//.test(url)],
  ['JSON', (url, name) => /^(parse|stringify)$/.test(name) && !url],
  ['rate-limit bookkeeping', (url) => /rate-limit/.test(url)],
  ['router and invocation', (url) => /_shared\/router|server\/invoke|server\/functions/.test(url)],
  ['views (what an answer shows)', (url) => /views|services\/board|_shared\/format/.test(url)],
  ['services and repositories', (url) => /cloudfunctions\//.test(url)],
  ['HTTP (node:http, sockets)', (url, name) => /node:_http|node:net|node:internal\/(streams|stream_base)/.test(url) || /^(writev|writeUtf8String|writeBuffer)$/.test(name)],
  ['local host (server/)', (url) => /\/server\//.test(url)],
  ['other node internals', (url) => url.startsWith('node:')],
]

const sourceMaps = new Map<string, SourceMap | null>()

/** A frame of a bundle (the server runs bundled: server/bundle.ts) as the source it was built from, by the bundle's source map. */
function sourceOf(frame: CallFrame): CallFrame {
  if (!frame.url.endsWith('.js')) return frame
  let map = sourceMaps.get(frame.url)
  if (map === undefined) {
    const file = `${frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url}.map`
    map = fs.existsSync(file) ? new SourceMap(JSON.parse(fs.readFileSync(file, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : null
    sourceMaps.set(frame.url, map)
  }
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber)
  return entry && 'originalSource' in entry ? { ...frame, url: entry.originalSource, lineNumber: entry.originalLine } : frame
}

const partOf = (frame: CallFrame) => PARTS.find(([, test]) => test(frame.url, frame.functionName))?.[0] ?? 'other'
const where = (frame: CallFrame) => `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*?\/(node_modules|server|cloudfunctions|bench)\//, '$1/')}:${frame.lineNumber + 1}`

function main() {
  const [file, callsArg] = process.argv.slice(2)
  if (!file) throw new Error('usage: tsx scripts/profile-costs.ts <file.cpuprofile> [calls]')
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile
  const calls = callsArg ? Number(callsArg) : 0
  const frames = new Map(profile.nodes.map((n) => [n.id, sourceOf(n.callFrame)]))
  const parts = new Map<string, number>()
  const own = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0
    const frame = frames.get(id) as CallFrame
    total += micros
    parts.set(partOf(frame), (parts.get(partOf(frame)) ?? 0) + micros)
    own.set(where(frame), (own.get(where(frame)) ?? 0) + micros)
  })
  const row = (name: string, micros: number) =>
    `  ${name.padEnd(44)} ${(micros / 1000).toFixed(0).padStart(7)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%${calls ? `  ${(micros / calls).toFixed(1).padStart(7)} µs a call` : ''}`
  console.log(`${(total / 1e6).toFixed(1)} s sampled${calls ? `, ${calls.toLocaleString('en-US')} calls` : ''}; by part of the server:`)
  for (const [name, micros] of [...parts].sort((a, b) => b[1] - a[1])) console.log(row(name, micros))
  console.log('functions with the most time of their own:')
  for (const [name, micros] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(row(name, micros))
}

main()
