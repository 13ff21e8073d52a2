import fs from 'node:fs'
import path from 'node:path'
// Registers WeChat's built-in components and the form behaviours with j-component on load.
import 'miniprogram-simulate'
import jComponentModule from 'j-component'
import exparserModule from 'miniprogram-exparser'
import wxmlCompiler from 'miniprogram-compiler'

/**
 * WeChat's own pieces, as miniprogram-simulate ships them: `wcc` compiles the build's WXML to the
 * render functions the client runs, and exparser (through j-component) is WeChat's component
 * framework. Only the few calls the runtime needs are typed here.
 */

/** A node of exparser's tree; `$$` is the DOM element it renders to. */
export interface ExparserNode {
  $$?: Element
  dataset?: Record<string, unknown>
}

/** What a component's methods see as `this` (exparser's "method caller"). */
export interface MethodCaller {
  data: Record<string, unknown>
  setData: (data: Record<string, unknown>, callback?: () => void) => void
  [key: string]: unknown
}

interface Exparser {
  Event: {
    create: (name: string, detail: unknown, options: { bubbles: boolean; composed: boolean; capturePhase: boolean }) => unknown
    dispatchEvent: (target: ExparserNode, event: unknown) => void
  }
  Element: { getMethodCaller: (node: ExparserNode) => MethodCaller | undefined }
}

export interface RootComponent {
  readonly dom: Element
  readonly instance: MethodCaller
  attach: (parent: Element) => void
  detach: () => void
}

/** A render function from wcc (what `$gwx(path)` returns). */
type RenderFunction = (data: Record<string, unknown>) => unknown

export interface ComponentDefinition {
  id: string
  tagName: string
  template: RenderFunction | string
  usingComponents?: Record<string, string>
  properties?: Record<string, { type: null }>
  data?: Record<string, unknown>
  methods?: Record<string, unknown>
  options?: Record<string, unknown>
  [lifetime: string]: unknown
}

interface JComponent {
  register: (definition: ComponentDefinition) => string
  create: (id: string) => RootComponent
}

export const exparser = exparserModule as unknown as Exparser
const jComponent = jComponentModule as unknown as JComponent

export const registerComponent = (definition: ComponentDefinition) => jComponent.register(definition)
export const createComponent = (id: string) => jComponent.create(id)

let nextId = 0
/** A component id no other registration uses (j-component's registry is process-wide). */
export const uniqueComponentId = (name: string) => `weapp-${name.replace(/[^a-z0-9]/gi, '-')}-${++nextId}`

const compiledBuilds = new Map<string, (wxmlPath: string) => RenderFunction>()

/** wcc over every WXML and WXS file of a build, once per build folder. */
export function compileWxml(buildDir: string): (wxmlPath: string) => RenderFunction {
  let gwx = compiledBuilds.get(buildDir)
  if (!gwx) {
    const compiled = wxmlCompiler.wxmlToJs(buildDir)
    gwx = new Function(compiled)() as (wxmlPath: string) => RenderFunction
    compiledBuilds.set(buildDir, gwx)
  }
  return gwx
}

/** The WXML attributes that are not properties of a built-in component. */
const notProperty = /^(bind|catch|capture-bind|capture-catch|mut-bind)|^(id|class|style|slot)$|^data-/

const registeredBuiltIns = new Set<string>()

/**
 * miniprogram-simulate registers each built-in (view, input, picker…) as an empty shell without
 * properties, so the values a page binds (an input's `value`, a button's `disabled`) are dropped.
 * Re-registers every built-in the build's base.wxml uses with the attributes it passes, so tests
 * can read them as the user would see them.
 */
export function registerBuiltIns(buildDir: string) {
  const baseWxml = fs.readFileSync(path.join(buildDir, 'base.wxml'), 'utf8')
  const attributes = new Map<string, Set<string>>()
  for (const [, tag, attrs] of baseWxml.matchAll(/<([a-z][a-z-]*)\s([^>]*)>/g)) {
    if (tag === 'template' || tag === 'block' || tag === 'wxs' || tag === 'import' || tag === 'comp') continue
    const names = attributes.get(tag) ?? new Set<string>()
    for (const [, name] of attrs.matchAll(/([a-z][a-z-]*)=/g)) if (!notProperty.test(name)) names.add(name)
    attributes.set(tag, names)
  }
  for (const [tag, names] of attributes) {
    if (registeredBuiltIns.has(tag)) continue
    registeredBuiltIns.add(tag)
    const properties = Object.fromEntries([...names].map((name) => [name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), { type: null }]))
    registerComponent({ id: tag, tagName: `wx-${tag}`, template: '<slot/>', properties })
  }
}
