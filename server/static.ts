import fs from 'node:fs'
import path from 'node:path'
import type { ServerResponse } from 'node:http'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
}

/** Serves the H5 build; unknown paths get index.html (the app routes by hash). */
export function serveStatic(root: string, pathname: string, res: ServerResponse) {
  const resolved = path.resolve(root, `.${decodeURIComponent(pathname)}`)
  const inside = resolved.startsWith(path.resolve(root) + path.sep)
  const file = inside && fs.existsSync(resolved) && fs.statSync(resolved).isFile() ? resolved : path.join(root, 'index.html')
  const hashed = /\.[0-9a-f]{8}\./.test(path.basename(file))
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  fs.createReadStream(file).pipe(res)
}
