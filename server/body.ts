import type { IncomingMessage } from 'node:http'

/** The largest function-call body the local server reads. */
export const MAX_BODY_BYTES = 1024 * 1024
/**
 * The deepest JSON nesting it parses. No action's input nests deeper than a few levels, while a
 * 1 MB body nested half a million levels deep costs JSON.parse and validation about 250 ms of the
 * event loop; the depth is counted over the raw bytes as they arrive, so such a body is refused
 * without being parsed.
 */
export const MAX_JSON_DEPTH = 32

const BYTE = { quote: 0x22, backslash: 0x5c, openBracket: 0x5b, closeBracket: 0x5d, openBrace: 0x7b, closeBrace: 0x7d }

/**
 * Follows how deeply the arrays and objects of JSON text nest, chunk by chunk, skipping strings.
 * One pass over the bytes with no allocation: bytes of multi-byte UTF-8 characters are never
 * ASCII, so they cannot be taken for brackets or quotes.
 */
export class JsonDepthGauge {
  private depth = 0
  private inString = false
  private escaped = false
  /** The deepest nesting seen so far. */
  deepest = 0

  feed(bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (byte === BYTE.backslash) this.escaped = true
        else if (byte === BYTE.quote) this.inString = false
      } else if (byte === BYTE.quote) {
        this.inString = true
      } else if (byte === BYTE.openBracket || byte === BYTE.openBrace) {
        this.depth += 1
        if (this.depth > this.deepest) this.deepest = this.depth
      } else if (byte === BYTE.closeBracket || byte === BYTE.closeBrace) {
        this.depth -= 1
      }
    }
    return this.deepest
  }
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; message: string }

const TOO_LARGE = '请求体超过1MB上限'
const TOO_DEEP = `请求体的JSON嵌套超过${MAX_JSON_DEPTH}层上限`
const NOT_JSON = '请求体不是合法的JSON'

/**
 * Reads a request body as JSON within the size and depth limits. An oversized or too deeply nested
 * body is refused as soon as that shows, before any parsing; the rest of it is read and dropped,
 * so the connection stays usable. Null when the client goes away before the body ends.
 */
export function readJsonBody(req: IncomingMessage): Promise<JsonBody | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const gauge = new JsonDepthGauge()
    let size = 0
    let refused = false
    const refuse = (message: string) => {
      refused = true
      chunks.length = 0
      resolve({ ok: false, message })
    }
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) refuse(TOO_LARGE)
    req.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > MAX_BODY_BYTES) refuse(TOO_LARGE)
      else if (gauge.feed(chunk) > MAX_JSON_DEPTH) refuse(TOO_DEEP)
      else chunks.push(chunk)
    })
    req.on('end', () => {
      if (refused) return
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) })
      } catch {
        resolve({ ok: false, message: NOT_JSON })
      }
    })
    // After 'end' or a refusal this changes nothing: a promise settles once.
    req.on('close', () => resolve(null))
    req.on('error', () => resolve(null))
  })
}
