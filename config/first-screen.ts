/**
 * The H5 first screen without waiting on the app's code: index.html's first script, before the
 * app's own scripts are even asked for, preloads the page chunk (its JS and CSS) of the page the
 * address opens and starts that page's first call to the functions. Without it the page chunk is
 * asked for only once app.js has arrived and run, and the call only once the page has rendered:
 * three round trips one after another instead of one batch.
 */
import type { Compilation } from 'webpack'

/**
 * A call a page makes as it opens with nothing chosen yet. Only calls that answer every caller
 * alike: the early request carries no identity (`src/services/started-call.ts` takes its answer).
 */
export interface FirstCall {
  name: string
  data: Record<string, unknown>
}

/**
 * The 政策 tab lists every measure when it opens: the same answer for everyone. The app takes the
 * answer only for this very call, so a page that opens with another wastes the request instead of
 * showing a wrong list; test/e2e/local-server.e2e.ts counts one `/fn/policy` on the first screen.
 */
export const FIRST_CALLS: Record<string, FirstCall> = {
  'pages/policy/index': { name: 'policy', data: { action: 'list' } },
}

export interface FirstScreenPlan {
  /** Each page's route (`pages/policy/index`) and the files of its chunk, as the browser asks for them. */
  pages: Record<string, string[]>
  /** The page an address without a route opens. */
  home: string
  /** Where the functions are (`${apiBase}/fn/<name>`); empty for the serving origin. */
  apiBase: string
  calls: Record<string, FirstCall>
}

/**
 * The script itself, plain ES5 for every browser the build serves. The call's answer is kept on
 * `window.__jqtStartedCall` as a promise of the parsed body, or of nothing when the request failed.
 */
export function firstScreenScript({ pages, home, apiBase, calls }: FirstScreenPlan): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')
  return `(function(){
var pages=${json(pages)},calls=${json(calls)};
var route=(/^#\\/([^?]*)/.exec(location.hash)||[])[1]||${json(home)};
var files=pages[route]||[];
for(var i=0;i<files.length;i++){var link=document.createElement('link');link.rel='preload';link.as=/\\.css$/.test(files[i])?'style':'script';link.href=files[i];document.head.appendChild(link)}
var call=calls[route];
if(call&&window.fetch){var body=JSON.stringify(call.data);window.__jqtStartedCall={name:call.name,body:body,answer:fetch(${json(apiBase)}+'/fn/'+call.name,{method:'POST',headers:{'content-type':'application/json'},body:body}).then(function(r){return r.json()})['catch'](function(){})}}
})()`
}

/**
 * Each page's chunk files, read from the compilation: the chunk groups the app's entry file opens
 * with `import()`, one per page (Taro's router loads pages that way), named by the page's route.
 */
export function pageFiles(compilation: Compilation): { pages: Record<string, string[]>; home: string } {
  const publicPath = String(compilation.outputOptions.publicPath ?? '/')
  // Matched by file: the module that imports the pages need not be the very module object the entry names.
  const entryFiles = new Set(
    [...compilation.entries.values()].flatMap((entry) => entry.dependencies.map((dependency) => compilation.moduleGraph.getModule(dependency)?.nameForCondition())),
  )
  const found: { route: string; at: number[]; files: string[] }[] = []
  for (const group of compilation.chunkGroups) {
    if (group.isInitial()) continue
    for (const { request, module, loc } of group.origins) {
      const route = /^\.\/(.+)$/.exec(request ?? '')?.[1]
      if (!route || !module || !entryFiles.has(module.nameForCondition())) continue
      const start = loc && 'start' in loc ? loc.start : undefined
      found.push({ route, at: [start?.line ?? 0, start?.column ?? 0], files: group.chunks.flatMap((chunk) => [...chunk.files]).map((file) => publicPath + file) })
    }
  }
  if (found.length === 0) throw new Error('first screen: no page chunk found in the compilation')
  // Taro's entry imports the pages in app.config's order: the first is the home page.
  found.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
  return { pages: Object.fromEntries(found.map((page) => [page.route, page.files])), home: found[0].route }
}
