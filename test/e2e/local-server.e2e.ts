/**
 * The local server as a browser meets it (`npm start`'s host, headless Chromium on a phone screen).
 *
 * The 政策 tab's first screen over an emulated Fast 3G link (Chrome DevTools protocol): prints the
 * bytes, requests and time until the first measure card shows; the time is the bench's business
 * (`npm run bench -- first-screen`), so only what the server must do is asserted: compressed assets
 * and answers, and a repeat visit that downloads no asset again.
 *
 * Another web site open in the developer's browser must not act as a seeded identity: Chromium's
 * CORS check, with the server's answers, blocks X-Dev-OpenId from any origin but the server's own,
 * while the H5 app it serves keeps using it.
 */
import fs from 'node:fs'
import http, { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describeResources, FIRST_SCREEN_BUDGET, FIRST_SCREEN_TARGET_MS, measureFirstScreen, type FirstScreen } from '../../bench/first-screen'
import { repoRoot } from '../../server/repo-root'
import { usePhoneSession, type LocalServer } from './server'

let server: LocalServer
let page: Page
usePhoneSession((session) => ({ server, page } = session))

const pathOf = (url: string) => new URL(url).pathname
const isAsset = (url: string) => /\.(js|css)$/.test(pathOf(url))

function report(label: string, screen: FirstScreen) {
  console.log(
    [
      `${label} over Fast 3G: first measure card drawn after ${Math.round(screen.pageMs)} ms by the page's clock (target ${FIRST_SCREEN_TARGET_MS} ms; ${Math.round(screen.ms)} ms as the harness sees it), ` +
        `${(screen.bytes / 1024).toFixed(1)} KB over ${screen.requests} requests`,
      ...describeResources(screen.resources, server.url),
    ].join('\n'),
  )
}

describe('the first screen over Fast 3G', () => {
  // One first visit for the checks of its loads, measured and printed once.
  let firstVisit: Promise<FirstScreen> | undefined
  const measureFirstVisit = () =>
    (firstVisit ??= measureFirstScreen(page, server.url, { cold: true }).then((first) => {
      report('first visit', first)
      return first
    }))

  it('comes with brotli-compressed assets and a gzipped answer, far below their size on disk', async () => {
    const first = await measureFirstVisit()
    const assets = first.resources.filter((r) => isAsset(r.url))
    expect(assets.map((r) => pathOf(r.url))).toEqual(expect.arrayContaining([expect.stringMatching(/^\/js\/app\.[0-9a-f]{8}\.js$/)]))
    for (const asset of assets) expect({ asset: pathOf(asset.url), encoding: asset.encoding }).toEqual({ asset: pathOf(asset.url), encoding: 'br' })
    expect(first.resources.find((r) => pathOf(r.url) === '/fn/policy')?.encoding).toBe('gzip')
    const onDisk = assets.reduce((sum, r) => sum + fs.statSync(path.join(repoRoot, 'dist/h5', pathOf(r.url))).size, 0)
    const onWire = assets.reduce((sum, r) => sum + r.bytes, 0)
    expect(onWire).toBeLessThan(onDisk * 0.4)
    expect({ requests: first.requests, withinBytes: first.bytes <= FIRST_SCREEN_BUDGET.bytes }).toEqual({ requests: FIRST_SCREEN_BUDGET.requests, withinBytes: true })
  })

  it("asks for the page's chunk and its list in one batch with the app's code, from index.html", async () => {
    const first = await measureFirstVisit()
    const document = first.resources.find((r) => pathOf(r.url) === '/')
    const appScript = first.resources.find((r) => /^\/js\/app\./.test(pathOf(r.url)))
    const askedByTheApp = first.resources.filter((r) => r.initiator.includes(pathOf(appScript?.url ?? 'http://x/app.js'))).map((r) => pathOf(r.url))
    // Everything the first screen needs is asked for by the document: its tags, or its first script.
    expect({ askedByTheApp, askedByTheDocument: first.resources.every((r) => r === document || / \/$/.test(r.initiator)) }).toEqual({ askedByTheApp: [], askedByTheDocument: true })
    expect(first.resources.filter((r) => pathOf(r.url).startsWith('/fn/')).map((r) => pathOf(r.url))).toEqual(['/fn/policy'])
  })

  it('on a repeat visit takes every asset from the cache and revalidates index.html with a 304', async () => {
    const repeat = await measureFirstScreen(page, server.url, { cold: false })
    report('repeat visit', repeat)
    const assets = repeat.resources.filter((r) => isAsset(r.url))
    expect(assets.length).toBeGreaterThan(0)
    expect(assets.filter((r) => !r.fromCache).map((r) => pathOf(r.url))).toEqual([])
    expect(repeat.resources.find((r) => pathOf(r.url) === '/')?.status).toBe(304)
  })
})

/** A page on another origin (another port), as any web site the developer might visit. */
let otherSite: Server
let otherOrigin = ''
beforeAll(async () => {
  otherSite = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>其他网站</title>'))
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve))
  otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => otherSite.close(resolve)))

/** `account.me` called from the page's own script, as the given identity or none; its role, or why not. */
const roleFromPage = (api: string, openId?: string) =>
  page.evaluate(
    async ({ api, openId }) => {
      try {
        const response = await fetch(`${api}/fn/account`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(openId ? { 'x-dev-openid': openId } : {}) },
          body: JSON.stringify({ action: 'me' }),
        })
        const body = (await response.json()) as { data?: { role: string } }
        return body.data?.role ?? `HTTP ${response.status}`
      } catch {
        return 'blocked by the browser'
      }
    },
    { api, openId },
  )

describe('X-Dev-OpenId in the browser', () => {
  it('is blocked for a page on another origin, which may still call anonymously', async () => {
    await page.goto(otherOrigin)
    expect(await roleFromPage(server.url, 'dev-admin')).toBe('blocked by the browser')
    expect(await roleFromPage(server.url)).toBe('anonymous')
  })

  it('works for the H5 app the server serves', async () => {
    await page.goto(`${server.url}/#/pages/policy/index`)
    expect(await roleFromPage('', 'dev-admin')).toBe('admin')
  })
})
