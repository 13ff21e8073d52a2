/**
 * The H5 first screen over an emulated Fast 3G link: `npm start`'s server (the H5 build and the
 * functions, in this process) and a phone-sized headless Chromium that opens the 政策 tab. Prints
 * the bytes on the wire, the requests and the time until the first measure card is visible, on a
 * first visit (empty cache) and a repeat visit, beside the 1.5 s target. `measureFirstScreen` is
 * shared with the end-to-end check (test/e2e/local-server.e2e.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { CDPSession, Page } from 'playwright-core'
import { createHost } from '../server/http'
import { openLocalBackend, repoRoot } from '../server/local'
import { openPhone } from '../test/e2e/browser'

/**
 * Fast 3G by its nominal figures: 1.6 Mbps down, 750 kbps up, 150 ms round trip. (DevTools' preset
 * of that name scales them, as Lighthouse does, to 90% of the throughput and 3.75× the latency.)
 */
export const FAST_3G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 }
export const FIRST_SCREEN_TARGET_MS = 1500

/** One response as the browser received it. */
export interface LoadedResource {
  url: string
  /** The status on the wire: 304 for a revalidated response, which the page sees as its cached 200. */
  status: number
  /** Bytes on the wire: headers and (encoded) body. */
  bytes: number
  /** The Content-Encoding it came with ('' for none). */
  encoding: string
  fromCache: boolean
}

export interface FirstScreen {
  /** From the start of the navigation until the first measure card is visible. */
  ms: number
  requests: number
  bytes: number
  resources: LoadedResource[]
}

/** Records every response of the page through the DevTools protocol, and its size on the wire. */
async function watchNetwork(cdp: CDPSession) {
  const pending = new Map<string, Omit<LoadedResource, 'bytes'>>()
  const finished: LoadedResource[] = []
  const servedFromCache = new Set<string>()
  const wireStatus = new Map<string, number>()
  let requests = 0
  // Images inlined as data: URIs are no requests.
  const overNetwork = (url: string) => /^https?:/.test(url)
  cdp.on('Network.requestWillBeSent', ({ request }) => (requests += overNetwork(request.url) ? 1 : 0))
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (!overNetwork(response.url)) return
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? ''
    pending.set(requestId, { url: response.url, status: response.status, encoding, fromCache: Boolean(response.fromDiskCache) || servedFromCache.has(requestId) })
  })
  cdp.on('Network.requestServedFromCache', ({ requestId }) => servedFromCache.add(requestId))
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => wireStatus.set(requestId, statusCode))
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = pending.get(requestId)
    if (response) finished.push({ ...response, status: wireStatus.get(requestId) ?? response.status, bytes: encodedDataLength })
  })
  await cdp.send('Network.enable')
  return { snapshot: () => ({ requests, resources: [...finished] }) }
}

/**
 * Opens the 政策 tab of the app at `origin` over emulated Fast 3G; `cold` empties the browser's
 * cache first (a first visit), otherwise what earlier visits cached is used.
 */
export async function measureFirstScreen(page: Page, origin: string, { cold }: { cold: boolean }): Promise<FirstScreen> {
  await page.goto('about:blank')
  const cdp = await page.context().newCDPSession(page)
  try {
    if (cold) await cdp.send('Network.clearBrowserCache')
    const network = await watchNetwork(cdp)
    await cdp.send('Network.emulateNetworkConditions', FAST_3G)
    const started = performance.now()
    await page.goto(`${origin}/#/pages/policy/index`, { waitUntil: 'commit' })
    await page.locator('.policy-page .measure-card').first().waitFor({ state: 'visible', timeout: 30_000 })
    const ms = performance.now() - started
    const { requests, resources } = network.snapshot()
    return { ms, requests, bytes: resources.reduce((sum, r) => sum + r.bytes, 0), resources }
  } finally {
    await cdp.detach()
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** One line per resource: where, status, encoding and bytes, for people reading the bench. */
export function describeResources(resources: LoadedResource[], origin: string) {
  return resources.map((r) => `    ${String(r.status)} ${r.url.replace(origin, '').padEnd(28)} ${(r.encoding || 'identity').padEnd(8)} ${kb(r.bytes).padStart(9)}${r.fromCache ? ' (cache)' : ''}`)
}

export async function benchFirstScreen() {
  const h5 = path.join(repoRoot, 'dist/h5')
  if (!fs.existsSync(path.join(h5, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-first-screen-'))
  const { db, config, storage } = await openLocalBackend({ ...process.env, JQT_DATA_DIR: dataDir })
  const server = createHost({ db, config, storage, staticDir: h5 })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const phone = await openPhone()
  try {
    const loadBefore = os.loadavg()[0]
    console.log(
      `first screen (政策 tab, first measure card visible) over emulated Fast 3G (1.6 Mbps down, 750 kbps up, 150 ms RTT), ` +
        `\`npm start\`'s server in this process, headless Chromium 375×812; ${os.cpus().length} cores, load average ${loadBefore.toFixed(1)}:`,
    )
    await measureFirstScreen(phone.page, origin, { cold: true }) // warm-up: the server's and Chromium's first run
    const runs = 3
    for (const cold of [true, false]) {
      const results: FirstScreen[] = []
      for (let i = 0; i < runs; i++) results.push(await measureFirstScreen(phone.page, origin, { cold }))
      const times = results.map((r) => r.ms).sort((a, b) => a - b)
      const median = times[Math.floor(runs / 2)]
      const last = results[results.length - 1]
      console.log(
        `  ${cold ? 'first visit (empty cache)' : 'repeat visit'}: ${Math.round(median)} ms median of ${runs} (${times.map(Math.round).join(', ')}), ` +
          `target ${FIRST_SCREEN_TARGET_MS} ms (${(median / FIRST_SCREEN_TARGET_MS).toFixed(2)}× the target); ${kb(last.bytes)} over ${last.requests} requests`,
      )
      if (cold) console.log(describeResources(last.resources, origin).join('\n'))
    }
  } finally {
    await phone.close()
    await new Promise((resolve) => server.close(resolve))
    db.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
