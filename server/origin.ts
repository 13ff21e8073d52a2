import net from 'node:net'
import type { IncomingMessage } from 'node:http'

/** A host name no other site can make resolve to this machine: an IP address or localhost. */
function isAddressOrLocalhost(hostname: string) {
  return hostname === 'localhost' || net.isIP(hostname.replace(/^\[(.*)\]$/, '$1')) !== 0
}

/**
 * Whether a request comes from a page this server served: its Origin is the very host the request
 * was sent to. The host must be an address or localhost, because a page on a domain that its owner
 * points at 127.0.0.1 (DNS rebinding) is also same-origin with the server under that name.
 */
function fromOwnPage(req: IncomingMessage) {
  const { origin, host } = req.headers
  if (!origin || !host) return false
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' && url.host === host.toLowerCase() && isAddressOrLocalhost(url.hostname)
  } catch {
    return false
  }
}

/**
 * Whether the local server may take the caller from X-Dev-OpenId: from tools, which send no
 * Origin (curl, node, the tests), and from the H5 app it serves itself. Any other web page a
 * developer opens could otherwise act as a seeded administrator.
 */
export function mayUseDevIdentity(req: IncomingMessage) {
  return req.headers.origin === undefined || fromOwnPage(req)
}

/**
 * CORS for the function routes: any page may call them anonymously, as it could any public API,
 * but X-Dev-OpenId is never among the headers granted to another origin.
 */
export const FUNCTION_CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
}
