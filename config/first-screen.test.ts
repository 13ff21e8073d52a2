import vm from 'node:vm'
import { FIRST_CALLS, firstScreenScript, type FirstScreenPlan } from './first-screen'

const plan: FirstScreenPlan = {
  pages: {
    'pages/policy/index': ['/js/945.aaaaaaaa.js', '/css/945.aaaaaaaa.css'],
    'pages/jobs/index': ['/js/12.bbbbbbbb.js'],
    'packages/policy/detail/index': ['/js/31.cccccccc.js', '/css/31.cccccccc.css'],
  },
  home: 'pages/policy/index',
  apiBase: '',
  calls: FIRST_CALLS,
}

/** Runs index.html's first script as a browser would at `hash`; what it preloaded and asked for. */
function openAt(hash: string, overrides: Partial<FirstScreenPlan> = {}) {
  const preloads: { rel: string; as: string; href: string }[] = []
  const requests: { url: string; init: { method: string; headers: Record<string, string>; body: string } }[] = []
  const window: Record<string, unknown> = {
    fetch: (url: string, init: (typeof requests)[number]['init']) => {
      requests.push({ url, init })
      return Promise.resolve({ json: () => Promise.resolve({ ok: true, data: { measures: [] } }) })
    },
  }
  const document = {
    createElement: () => ({ rel: '', as: '', href: '' }),
    head: { appendChild: (link: (typeof preloads)[number]) => preloads.push({ ...link }) },
  }
  vm.runInNewContext(firstScreenScript({ ...plan, ...overrides }), { window, document, location: { hash }, fetch: window.fetch })
  return { preloads, requests, started: window.__jqtStartedCall as { name: string; body: string; answer: Promise<unknown> } | undefined }
}

describe("index.html's first script", () => {
  it("on the 政策 tab preloads the page's script and style and starts its list call", async () => {
    const { preloads, requests, started } = openAt('#/pages/policy/index')
    expect(preloads).toEqual([
      { rel: 'preload', as: 'script', href: '/js/945.aaaaaaaa.js' },
      { rel: 'preload', as: 'style', href: '/css/945.aaaaaaaa.css' },
    ])
    expect(requests).toEqual([{ url: '/fn/policy', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"list"}' } }])
    expect(started).toMatchObject({ name: 'policy', body: '{"action":"list"}' })
    expect(await started?.answer).toEqual({ ok: true, data: { measures: [] } })
  })

  it('opens the home page when the address names no page', () => {
    expect(openAt('').preloads.map((link) => link.href)).toEqual(['/js/945.aaaaaaaa.js', '/css/945.aaaaaaaa.css'])
  })

  it('preloads a sub-package page by its route, its query aside, and starts no call for a page without one', () => {
    const { preloads, requests, started } = openAt('#/packages/policy/detail/index?id=3')
    expect(preloads.map((link) => link.href)).toEqual(['/js/31.cccccccc.js', '/css/31.cccccccc.css'])
    expect(requests).toEqual([])
    expect(started).toBeUndefined()
  })

  it('calls the functions where the build says they are', () => {
    expect(openAt('#/pages/policy/index', { apiBase: 'https://env.example.com' }).requests.map((r) => r.url)).toEqual(['https://env.example.com/fn/policy'])
  })

  it('does nothing for an address it has no page for', () => {
    expect(openAt('#/pages/nowhere/index')).toEqual({ preloads: [], requests: [], started: undefined })
  })

  it('keeps a failed request from becoming an unhandled rejection: the answer is nothing', async () => {
    const window: Record<string, unknown> = { fetch: () => Promise.reject(new TypeError('Failed to fetch')) }
    const document = { createElement: () => ({}), head: { appendChild: () => undefined } }
    vm.runInNewContext(firstScreenScript(plan), { window, document, location: { hash: '' }, fetch: window.fetch })
    await expect((window.__jqtStartedCall as { answer: Promise<unknown> }).answer).resolves.toBeUndefined()
  })
})
