import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Readable } from 'node:stream'
import sirv from 'sirv'

/** Build output named by its content (js/app.9629099a.js): a new build gives it a new name. */
const CONTENT_HASHED = /\.[0-9a-f]{8}\.(js|css)$/
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Serves the H5 build with sirv: the .br/.gz files `npm run build:h5` writes beside each text
 * asset when the browser accepts them, ETag/304, hashed assets cached for good and everything
 * else (index.html first) revalidated on every load; paths without a file extension get index.html
 * (the app routes by hash), files that are missing get `notFound`. Files are looked up on disk per
 * request (sirv's dev mode), so a rebuild is served without a restart and never from stale sizes.
 */
export function staticFiles(root: string) {
  const serve = sirv(root, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    single: true,
    setHeaders: (res, pathname) => res.setHeader('cache-control', CONTENT_HASHED.test(pathname) ? IMMUTABLE : 'no-cache'),
  })
  return (req: IncomingMessage, res: ServerResponse, notFound: () => void) => {
    // Ranges are ignored, as HTTP allows: the app never asks for one, and sirv 3.0.2 throws on an
    // inverted range (bytes=5-2) after the status line went out.
    delete req.headers.range
    // sirv pipes a file stream into the response and leaves it be: a browser that goes away
    // mid-file would leave its file open for good, and a file deleted by a rebuild between
    // lookup and open would throw from the stream. Both end here with the response.
    res.once('pipe', (file: Readable) => {
      file.once('error', () => res.destroy())
      res.once('close', () => file.destroy())
    })
    serve(req, res, notFound)
  }
}
