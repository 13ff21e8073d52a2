import fs from 'node:fs'
import path from 'node:path'
import { compileWxml, createComponent, exparser, registerBuiltIns, registerComponent, uniqueComponentId, type ExparserNode, type MethodCaller, type RootComponent } from './exparser'
import { createWx, freshWxState, type Route, type WxState } from './wx'

export const WEAPP_BUILD = path.resolve(__dirname, '../../../dist/weapp')

/**
 * WeChat's documented ceiling for one setData: "单次设置的数据不能超过1024kB" (Page.prototype.setData,
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html). Past it WeChat refuses
 * the call ("数据传输长度为 … 已经超过最大长度 1048576"), and so does this runtime.
 */
export const SETDATA_LIMIT_BYTES = 1024 * 1024

/** WeChat keeps at most ten pages on the stack; navigateTo fails beyond ("webview count limit exceed"). */
const PAGE_STACK_LIMIT = 10

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string }[] }
}

const appJson = (): AppJson => JSON.parse(fs.readFileSync(path.join(WEAPP_BUILD, 'app.json'), 'utf8'))

/** Every page route of the build, main package first, then each subpackage. */
export function allRoutes(): string[] {
  const app = appJson()
  return [...app.pages, ...(app.subPackages ?? []).flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`))]
}

/** The globals WeChat gives the logic layer; it has no DOM (`window`, `document`, `self` are absent). */
const SCRIPT_PARAMS = ['require', 'module', 'exports', 'wx', 'App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages', 'requirePlugin', 'window', 'document', 'self']
type Script = (...args: unknown[]) => void
const compiledScripts = new Map<string, Script>()

/** Each script of the build compiled once; every run executes it afresh with its own `wx`. */
function script(file: string): Script {
  let fn = compiledScripts.get(file)
  if (!fn) {
    fn = new Function(...SCRIPT_PARAMS, fs.readFileSync(file, 'utf8')) as Script
    compiledScripts.set(file, fn)
  }
  return fn
}

type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> }

export interface PageRecord {
  route: string
  query: Record<string, string>
  component: RootComponent
  instance: MethodCaller
  container: HTMLElement
  /** Whether the page has had its first setData (Taro renders the React tree in slices before it). */
  rendered: boolean
}

export interface LaunchOptions {
  /** What answers `wx.cloud.callFunction` (runtime/cloud.ts: the functions in process, for one caller). */
  callFunction: (name: string, data: unknown) => Promise<unknown>
  /** Whether this WeChat user has agreed to the privacy guide before. */
  privacyAgreed?: boolean
}

const parseUrl = (url: string, from?: string) => {
  const [pathPart, queryPart = ''] = url.split('?')
  const route = pathPart.startsWith('/') ? pathPart.slice(1) : path.posix.join(path.posix.dirname(from ?? ''), pathPart)
  const query: Record<string, string> = {}
  for (const pair of queryPart.split('&').filter(Boolean)) {
    const at = pair.indexOf('=')
    query[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1)
  }
  return { route, query }
}

/**
 * One run of the built mini-program (`dist/weapp`, unmodified): its scripts executed as WeChat's
 * logic layer would, its WXML compiled by WeChat's `wcc` and rendered by exparser into jsdom, its
 * pages on a stack driven by the routing APIs, and `wx.cloud` answered in process.
 */
export class MiniProgram {
  readonly wxState: WxState
  /** Every console.error, console.warn and unhandled rejection while the run is open. */
  readonly errors: string[] = []
  /** The largest setData payload per route, in bytes of its JSON. */
  readonly largestSetData = new Map<string, number>()
  private readonly wx: Record<string, unknown>
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pageComponents = new Map<string, string>()
  private readonly stack: PageRecord[] = []
  private readonly tabPages = new Map<string, PageRecord>()
  private readonly tabRoutes: Set<string>
  private readonly routes: Set<string>
  private readonly gwx = compileWxml(WEAPP_BUILD)
  private readonly restoreConsole: () => void
  private app: Record<string, unknown> | null = null
  private compId = ''
  private pendingPage: PageConfig | null = null
  private pendingComponent: PageConfig | null = null
  private inFlight = 0
  private setDataCalls = 0
  private routing: Promise<void> = Promise.resolve()

  private constructor(private readonly options: LaunchOptions) {
    this.wxState = freshWxState(options.privacyAgreed ?? false)
    this.wx = createWx({ route: (kind, opts) => this.queueRoute(kind, opts), callFunction: (name, data) => this.callFunction(name, data) }, this.wxState)
    const config = appJson()
    this.routes = new Set(allRoutes())
    this.tabRoutes = new Set((config.tabBar?.list ?? []).map((item) => item.pagePath))
    const { error, warn } = console
    const record = (kind: string) => (...args: unknown[]) => {
      this.errors.push(`${kind}: ${args.map((a) => (a instanceof Error ? a.stack ?? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`)
    }
    console.error = record('console.error')
    console.warn = record('console.warn')
    // WeChat reports a promise nobody handles ("Unhandled promise rejection"); so does this run.
    const unhandled = record('unhandled rejection')
    process.on('unhandledRejection', unhandled)
    this.restoreConsole = () => {
      console.error = error
      console.warn = warn
      process.off('unhandledRejection', unhandled)
    }
  }

  /** Starts the app as WeChat does (App onLaunch, onShow) and opens `url` as the first page. */
  static async launch(url: string, options: LaunchOptions): Promise<MiniProgram> {
    registerBuiltIns(WEAPP_BUILD)
    const run = new MiniProgram(options)
    run.require('app.js')
    run.registerTaroComp()
    const { route, query } = parseUrl(url)
    const launch = { path: route, query, scene: 1001, referrerInfo: {} }
    const app = run.app as Record<string, (options: unknown) => void>
    app.onLaunch?.call(app, launch)
    app.onShow?.call(app, launch)
    await run.queueRoute('reLaunch', { url })
    await run.settle()
    return run
  }

  get currentPage(): PageRecord {
    const page = this.stack.at(-1)
    if (!page) throw new Error('no page is open')
    return page
  }

  /** What the user reads on the page on top. */
  text(): string {
    return (this.currentPage.container.textContent ?? '').replace(/\s+/g, ' ').trim()
  }

  /** Unloads every page and restores the console. */
  close() {
    for (const page of [...this.stack].reverse()) this.unload(page)
    for (const page of this.tabPages.values()) if (!this.stack.includes(page)) this.unload(page)
    this.stack.length = 0
    this.tabPages.clear()
    this.restoreConsole()
  }

  /** Waits until every open page has rendered, no function call is in flight and no render has happened for a few ticks. */
  async settle(timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs
    let quietTicks = 0
    let renders = this.setDataCalls
    while (quietTicks < 3) {
      if (Date.now() > deadline) throw new Error(`the mini-program did not settle within ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 0))
      await this.routing
      const quiet = this.inFlight === 0 && renders === this.setDataCalls && this.stack.every((page) => page.rendered)
      quietTicks = quiet ? quietTicks + 1 : 0
      renders = this.setDataCalls
    }
  }

  // ---- the logic layer ----------------------------------------------------------------------

  private require(file: string): unknown {
    const absolute = path.resolve(WEAPP_BUILD, file.endsWith('.js') ? file : `${file}.js`)
    const cached = this.modules.get(absolute)
    if (cached) return cached.exports
    const module = { exports: {} }
    this.modules.set(absolute, module)
    const localRequire = (relative: string) => this.require(path.relative(WEAPP_BUILD, path.resolve(path.dirname(absolute), relative)))
    script(absolute)(
      localRequire,
      module,
      module.exports,
      this.wx,
      (config: Record<string, unknown>) => void (this.app = config),
      (config: PageConfig) => void (this.pendingPage = config),
      (config: PageConfig) => void (this.pendingComponent = config),
      (definition: unknown) => definition,
      () => this.app,
      () => this.stack.map((page) => page.instance),
      () => ({}),
      undefined,
      undefined,
      undefined,
    )
    return module.exports
  }

  /** Taro's recursive `comp` (the template past the inline depth), registered for this run. */
  private registerTaroComp() {
    this.require('comp.js')
    const config = this.takeComponent('comp.js')
    this.compId = uniqueComponentId('comp')
    const { properties, methods, options, ...lifetimes } = config
    registerComponent({
      ...lifetimes,
      id: this.compId,
      tagName: 'comp',
      template: this.gwx('comp.wxml'),
      usingComponents: { comp: this.compId },
      properties: Object.fromEntries(Object.keys((properties as object) ?? {}).map((key) => [key, { type: null }])),
      methods: methods as Record<string, unknown>,
      options: options as Record<string, unknown>,
    })
  }

  private takeComponent(file: string): PageConfig {
    const config = this.pendingComponent
    this.pendingComponent = null
    if (!config) throw new Error(`${file} did not call Component()`)
    return config
  }

  /** Registers a page's component once per run: its methods are the Page() object's functions. */
  private pageComponent(route: string): string {
    const known = this.pageComponents.get(route)
    if (known) return known
    this.require(`${route}.js`)
    const config = this.pendingPage
    this.pendingPage = null
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value
    const id = uniqueComponentId(route)
    registerComponent({ id, tagName: 'page', template: this.gwx(`${route}.wxml`), usingComponents: { comp: this.compId }, data: config.data ?? {}, methods })
    this.pageComponents.set(route, id)
    return id
  }

  // ---- the cloud ------------------------------------------------------------------------------

  private async callFunction(name: string, data: unknown) {
    this.inFlight += 1
    try {
      return await this.options.callFunction(name, data)
    } finally {
      this.inFlight -= 1
    }
  }

  // ---- pages and routing ----------------------------------------------------------------------

  private measureSetData(page: PageRecord) {
    const setData = page.instance.setData
    page.instance.setData = (data, callback) => {
      this.setDataCalls += 1
      page.rendered = true
      const bytes = Buffer.byteLength(JSON.stringify(data))
      this.largestSetData.set(page.route, Math.max(this.largestSetData.get(page.route) ?? 0, bytes))
      if (bytes > SETDATA_LIMIT_BYTES) {
        this.errors.push(`setData: 数据传输长度为 ${bytes} 已经超过最大长度 ${SETDATA_LIMIT_BYTES} (${page.route})`)
        return
      }
      setData.call(page.instance, data, callback)
    }
  }

  private open(route: string, query: Record<string, string>): PageRecord {
    const component = createComponent(this.pageComponent(route))
    const container = document.createElement('div')
    container.dataset.route = route
    document.body.appendChild(container)
    component.attach(container)
    const instance = component.instance
    Object.assign(instance, { route, __route__: route, options: query })
    const page: PageRecord = { route, query, component, instance, container, rendered: false }
    this.measureSetData(page)
    this.showOnly(page)
    return page
  }

  private call(page: PageRecord, lifecycle: string, ...args: unknown[]) {
    const method = page.instance[lifecycle]
    if (typeof method === 'function') method.apply(page.instance, args)
  }

  private load(route: string, query: Record<string, string>) {
    const page = this.open(route, query)
    this.call(page, 'onLoad', query)
    this.call(page, 'onShow')
    this.call(page, 'onReady')
    return page
  }

  private unload(page: PageRecord) {
    this.call(page, 'onUnload')
    page.component.detach()
    page.container.remove()
  }

  private showOnly(page: PageRecord) {
    for (const container of Array.from(document.body.children)) if (container instanceof HTMLElement) container.hidden = container !== page.container
  }

  private show(page: PageRecord) {
    this.showOnly(page)
    this.call(page, 'onShow')
  }

  /** Routes run one at a time, as WeChat serialises them. */
  private queueRoute(kind: Route, options: { url?: string; delta?: number }): Promise<void> {
    const next = this.routing.then(() => this.route(kind, options))
    this.routing = next.catch(() => undefined)
    return next
  }

  private async route(kind: Route, { url, delta = 1 }: { url?: string; delta?: number }) {
    if (kind === 'navigateBack') {
      if (this.stack.length <= 1) return
      const count = Math.min(Math.max(1, delta), this.stack.length - 1)
      for (const page of this.stack.splice(this.stack.length - count, count).reverse()) this.unload(page)
      return this.show(this.currentPage)
    }
    const { route, query } = parseUrl(url ?? '', this.stack.at(-1)?.route)
    if (!this.routes.has(route)) throw new Error(`page "${route}" is not found`)
    const isTab = this.tabRoutes.has(route)
    if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab) throw new Error(`can not ${kind} a tabbar page`)
    if (kind === 'switchTab' && !isTab) throw new Error('can not switchTab to a non-tabbar page')
    if (kind === 'navigateTo' && this.stack.length >= PAGE_STACK_LIMIT) throw new Error('webview count limit exceed')

    const top = this.stack.at(-1)
    if (kind === 'navigateTo') {
      if (top) this.call(top, 'onHide')
      this.stack.push(this.load(route, query))
    } else if (kind === 'redirectTo') {
      if (top) this.unload(this.stack.pop() as PageRecord)
      this.stack.push(this.load(route, query))
    } else if (kind === 'reLaunch') {
      for (const page of this.stack.splice(0).reverse()) this.unload(page)
      for (const page of this.tabPages.values()) this.unload(page)
      this.tabPages.clear()
      const page = this.load(route, query)
      if (isTab) this.tabPages.set(route, page)
      this.stack.push(page)
    } else {
      // switchTab: every non-tab page closes; a tab page opened before is shown again, not reloaded.
      for (const page of this.stack.splice(0).reverse()) {
        if (this.tabRoutes.has(page.route)) this.call(page, 'onHide')
        else this.unload(page)
      }
      const kept = this.tabPages.get(route)
      if (kept) {
        this.stack.push(kept)
        this.show(kept)
      } else {
        const page = this.load(route, query)
        this.tabPages.set(route, page)
        this.stack.push(page)
      }
    }
  }

  // ---- what the user does -----------------------------------------------------------------------

  /**
   * The deepest visible element on the current page (or inside `within`) whose text contains
   * `text`, or equals it when `exact`.
   */
  find(text: string | RegExp, { within, exact = false }: FindOptions = {}): Element | null {
    const textOf = (el: Element) => (el.textContent ?? '').trim()
    const matches = (el: Element) => (typeof text !== 'string' ? text.test(textOf(el)) : exact ? textOf(el) === text : textOf(el).includes(text))
    const scope = within ?? this.currentPage.container
    const candidates = Array.from(scope.querySelectorAll('*')).filter(matches)
    return candidates.find((el) => !Array.from(el.children).some(matches)) ?? null
  }

  /** The smallest `selector` element (a card, a form field) on the current page that shows `text`. */
  section(selector: string, text: string): Element {
    const sections = Array.from(this.currentPage.container.querySelectorAll(selector)).filter((el) => (el.textContent ?? '').includes(text))
    const smallest = sections.find((el) => !sections.some((other) => other !== el && el.contains(other)))
    if (!smallest) throw new Error(`no ${selector} on ${this.currentPage.route} shows ${text}:\n${this.text()}`)
    return smallest
  }

  findAll(selector: string, within?: Element): Element[] {
    return Array.from((within ?? this.currentPage.container).querySelectorAll(selector))
  }

  /** Fires a WeChat event on an element, bubbling through the page as a real one does. */
  async fire(target: Element, name: string, detail: Record<string, unknown> = {}) {
    const node = (target as Element & { __wxElement?: ExparserNode }).__wxElement
    if (!node) throw new Error(`<${target.tagName.toLowerCase()}> is not a rendered WeChat node`)
    exparser.Event.dispatchEvent(node, exparser.Event.create(name, detail, { bubbles: true, composed: true, capturePhase: true }))
    await this.settle()
  }

  /** Taps what shows `text` (a button, a card, a chip), and does what WeChat's own button would. */
  async tap(text: string | RegExp, options: FindOptions = {}) {
    const target = this.find(text, options)
    if (!target) throw new Error(`nothing on ${this.currentPage.route} shows ${String(text)}:\n${this.text()}`)
    await this.fire(target, 'tap', { x: 0, y: 0 })
    const button = target.closest('wx-button')
    // The platform's privacy button answers with its own event once tapped.
    if (button && this.props(button).openType === 'agreePrivacyAuthorization') await this.fire(button, 'agreeprivacyauthorization')
  }

  /** The data a built-in component was rendered with (an input's value, a button's disabled). */
  props(element: Element): Record<string, unknown> {
    const node = (element as Element & { __wxElement?: ExparserNode }).__wxElement
    return (node && exparser.Element.getMethodCaller(node)?.data) ?? {}
  }

  /**
   * Types into an input or textarea, given as the element or its placeholder: WeChat sends each
   * change as `input` with `{ value }`, and `blur` when the keyboard closes.
   */
  async type(field: string | Element, value: string) {
    const target = typeof field !== 'string' ? field : this.findAll('wx-input, wx-textarea').find((el) => String(this.props(el).placeholder ?? '').includes(field))
    if (!target) throw new Error(`no input on ${this.currentPage.route} asks for ${String(field)}`)
    await this.fire(target, 'input', { value, cursor: value.length, keyCode: 0 })
    await this.fire(target, 'blur', { value })
  }

  /**
   * Chooses in a picker as WeChat reports it: `change` with `{ value }`, the option's index for a
   * selector picker, 'YYYY-MM-DD' for a date picker.
   */
  async pick(picker: Element, value: number | string) {
    await this.fire(picker, 'change', { value })
  }

  /** Waits until every remote part of the page has answered (content, or an error to read). */
  async waitForLoaded(timeoutMs = 5000) {
    const loading = () => this.findAll('.async-view:not(.async-view--error)')
    await this.waitFor(() => loading().length === 0, () => `${this.currentPage.route} is still loading: ${this.text()}`, timeoutMs)
    await this.settle()
  }

  /** Polls until the page on top shows `text`. */
  async waitForText(text: string | RegExp, timeoutMs = 5000) {
    const shows = () => (typeof text === 'string' ? this.text().includes(text) : text.test(this.text()))
    await this.waitFor(shows, () => `${this.currentPage.route} never showed ${String(text)}; it shows:\n${this.text()}`, timeoutMs)
  }

  /** Polls until `route` is the page on top (after a timed redirect or navigateBack). */
  async waitForRoute(route: string, timeoutMs = 5000) {
    await this.waitFor(() => this.stack.at(-1)?.route === route, () => `${route} never opened; ${this.currentPage.route} is on top`, timeoutMs)
    await this.settle()
  }

  /** Polls until `done()` holds, failing with `failure()` after the timeout. */
  async waitFor(done: () => boolean, failure: () => string, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs
    while (!done()) {
      if (Date.now() > deadline) throw new Error(failure())
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
}

export interface FindOptions {
  /** Look only inside this element. */
  within?: Element
  /** The element's whole text must equal the text. */
  exact?: boolean
}
