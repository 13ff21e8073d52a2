import fs from 'node:fs'
import path from 'node:path'

/** The nearest folder at or above `from` that holds a package.json. */
function packageRootOf(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`no package.json at or above ${from}`)
  }
}

/** The repository's root, found the same way from server/ (tsx, jest) and from the bundle in .build/server/ (server/bundle.ts). */
export const repoRoot = packageRootOf(__dirname)
