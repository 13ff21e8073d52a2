/**
 * Pieces of the installed CloudBase CLI (@cloudbase/cli, one webpack bundle), taken out at test time
 * so cloudbaserc.json is checked against the code that will read it rather than against our notes.
 * Anything not found fails the test that asked for it: a CLI upgrade is then checked again.
 */
import fs from 'node:fs'
import path from 'node:path'

const BUNDLE = path.resolve(__dirname, '../../node_modules/@cloudbase/cli/dist/standalone/cli.js')

let text: string | undefined
const bundle = () => (text ??= fs.readFileSync(BUNDLE, 'utf8'))

function indexOf(marker: string, from = 0) {
  const at = bundle().indexOf(marker, from)
  if (at < 0) throw new Error(`not in the CLI bundle: ${marker}`)
  return at
}

/** Where `marker` stands in the CLI's own modules (the bundle also nests other bundles, e.g. its MCP server). */
function inCliModule(marker: string) {
  const source = bundle()
  for (let at = indexOf(marker); at >= 0; at = source.indexOf(marker, at + 1)) {
    const header = source.slice(source.lastIndexOf('\n/***/ (', at), source.indexOf('\n', source.lastIndexOf('\n/***/ (', at) + 1))
    if (header.includes('__webpack_require__)')) return at
  }
  throw new Error(`not in the CLI's own modules: ${marker}`)
}

/** The JSON schema of cloudbaserc.json the CLI ships (title "CloudBase CLI Configuration"). */
export interface JsonSchema {
  properties: Record<string, unknown>
  definitions: Record<string, { properties: Record<string, { enum?: unknown[] }>; required?: string[] }>
}

export function cloudbasercSchema(): JsonSchema {
  const source = bundle()
  const at = indexOf('"title":"CloudBase CLI Configuration"')
  const line = source.slice(source.lastIndexOf('\n', at), source.indexOf('\n', at))
  const literal = /JSON\.parse\(('(?:[^'\\]|\\.)*')\)/.exec(line)?.[1]
  if (!literal) throw new Error('the cloudbaserc schema is no longer a JSON.parse literal')
  return JSON.parse(new Function(`return ${literal}`)() as string) as JsonSchema
}

export type ConfigToParams = (options: { func: object; baseParams?: object }) => Record<string, unknown>

/**
 * The function the CLI's `fn deploy` (through its bundled manager-node FunctionService) turns a
 * cloudbaserc.json function into CreateFunction API parameters with, with the helpers before it.
 */
export function configToParams(): ConfigToParams {
  const source = bundle()
  const at = inCliModule('function configToParams(options) {')
  const start = source.lastIndexOf('\nfunction isNodeFunction(runtime)', at)
  const end = indexOf('\nclass FunctionService', at)
  return new Function(`${source.slice(start, end)}\nreturn configToParams`)() as ConfigToParams
}

/** The function fields that deploy passes on to the API by name (its `AUTO_CONVERT_FIELDS`, lower case). */
export function apiFields(): string[] {
  const source = bundle()
  const at = indexOf('const AUTO_CONVERT_FIELDS = {', inCliModule('function configToParams(options) {'))
  return [...source.slice(at, source.indexOf('};', at)).matchAll(/'(\w+)':/g)].map((m) => m[1])
}

/** `{{env.X}}` substitution as the CLI applies it to cloudbaserc.json (its `renderConfig`, with its mustache). */
export function renderConfig(): (template: string, view: object) => string {
  const source = bundle()
  const mustacheAt = indexOf('mustache.js - Logic-less')
  const body = source.slice(source.indexOf('\n', source.lastIndexOf('\n/***/ (', mustacheAt) + 1), indexOf('\n/***/ })', mustacheAt))
  const mustache = { exports: {} }
  new Function('module', body)(mustache)
  const at = inCliModule('const renderConfig = (template, view) => {')
  const fn = source.slice(at + 'const renderConfig = '.length, source.indexOf('\n};', at) + 2)
  return new Function('mustache_1', `return ${fn}`)({ default: mustache.exports }) as (template: string, view: object) => string
}

/** The runtimes the CLI offers for a new function (`RuntimeOptions`). */
export function runtimeOptions(): string[] {
  const source = bundle()
  const at = inCliModule('exports.RuntimeOptions = [')
  return [...source.slice(at, source.indexOf('];', at)).matchAll(/value: '([^']+)'/g)].map((m) => m[1])
}
