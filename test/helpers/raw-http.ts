/** HTTP as raw bytes over TCP, for requests no HTTP client would send. */
import net from 'node:net'

export interface RawDelivery {
  /** The request bytes, in the pieces they are written in. */
  pieces: Buffer[]
  /** Pause before each piece after the first, in ms (a slow client). */
  pauseMs?: number
  /** Drop the connection after the last piece instead of waiting for an answer. */
  abort?: boolean
}

export interface RawAnswer {
  /** Everything the server sent, as UTF-8 text. */
  text: string
  /** The status of each response in it, in order (100 Continue included). */
  statuses: number[]
}

/** An answer is over once the server closes, or sends nothing more for this long. */
const QUIET_MS = 40

/**
 * Writes `delivery` to the server at `port` and collects what comes back, until the server closes
 * the connection, falls quiet after answering, or `limitMs` passes (a server still waiting for
 * the rest of a body). Never rejects: a reset connection is an answer too.
 */
export function rawExchange(port: number, delivery: RawDelivery, limitMs = 400): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const received: Buffer[] = []
    let quiet: NodeJS.Timeout | undefined
    const finish = () => {
      clearTimeout(limit)
      clearTimeout(quiet)
      socket.destroy()
      const text = Buffer.concat(received).toString('utf8')
      resolve({ text, statuses: [...text.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((m) => Number(m[1])) })
    }
    const limit = setTimeout(finish, limitMs)
    socket.on('data', (chunk) => {
      received.push(chunk)
      clearTimeout(quiet)
      quiet = setTimeout(finish, QUIET_MS)
    })
    socket.on('close', finish)
    socket.on('error', finish)
    socket.on('connect', async () => {
      for (const [i, piece] of delivery.pieces.entries()) {
        if (i > 0 && delivery.pauseMs) await new Promise((r) => setTimeout(r, delivery.pauseMs))
        if (socket.destroyed) return
        socket.write(piece)
      }
      if (delivery.abort) finish()
    })
  })
}

/** One request as raw bytes: a request line, header lines, an empty line and the body. */
export function rawRequest(requestLine: string, headers: string[], body: Buffer | string = ''): Buffer {
  return Buffer.concat([Buffer.from(`${[requestLine, ...headers].join('\r\n')}\r\n\r\n`), Buffer.from(body)])
}
