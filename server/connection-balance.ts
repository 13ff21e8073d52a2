/**
 * Keeps the read workers' connections even. The kernel hands a new connection to whichever worker
 * accepts first, so connections opened together can pile up on one worker (38 of 50 in the mixed
 * bench) and its callers wait three times as long as the other's. Each worker reports how many
 * connections it holds; the writer tells one holding two or more above an even share how many to
 * give up, and the worker answers that many calls with `Connection: close`. Their callers
 * reconnect to either worker, so each round halves the excess.
 */
import cluster from 'node:cluster'
import type { Server } from 'node:http'

/** A worker's count of open connections, to the writer. */
export interface ConnectionsMessage {
  connections: number
}
/** How many connections the worker should close, from the writer. */
export interface ShedMessage {
  shed: number
}

/** How often a worker reports its connections when the count has changed. */
const REPORT_MS = 100
/** A worker sheds connections only from this many above an even share: one above is as even as an odd count allows. */
const EXCESS_TO_SHED = 2

/** The writer's side: each worker's last report, and who was asked to shed and has not reported since. */
export function connectionShares() {
  const held = new Map<number, number>()
  const shedding = new Set<number>()
  const alive = () => Object.values(cluster.workers ?? {}).filter((worker) => worker?.isConnected())
  return {
    report(workerId: number, { connections }: ConnectionsMessage) {
      held.set(workerId, connections)
      shedding.delete(workerId)
      // Workers that have not reported yet hold none.
      const share = Math.ceil([...held.values()].reduce((sum, n) => sum + n, 0) / alive().length)
      for (const [id, count] of held) {
        const worker = cluster.workers?.[id]
        if (count - share < EXCESS_TO_SHED || shedding.has(id) || !worker?.isConnected()) continue
        shedding.add(id)
        worker.send({ shed: count - share } satisfies ShedMessage)
      }
    },
    forget(workerId: number) {
      held.delete(workerId)
      shedding.delete(workerId)
    },
  }
}

/** A worker's side: counts the server's connections, reports them, and closes as many as it is asked to after their next answer. */
export function shedOnRequest(server: Server) {
  let open = 0
  let reported = 0
  let shed = 0
  /** Connections answered with `Connection: close` that have not closed yet. */
  let closing = 0
  /** Owed once the asked-for connections have closed, even with the count back where it was (callers reconnecting here). */
  let reportOwed = false
  server.on('connection', (socket) => {
    open += 1
    socket.once('close', () => (open -= 1))
  })
  // Ahead of the host's handler, which may answer at once.
  server.prependListener('request', (_req, res) => {
    if (shed === 0) return
    shed -= 1
    closing += 1
    res.shouldKeepAlive = false
    res.socket?.once('close', () => (closing -= 1))
  })
  setInterval(() => {
    const settled = reportOwed && shed === 0 && closing === 0
    if ((open === reported && !settled) || !process.connected) return
    reported = open
    reportOwed = false
    process.send?.({ connections: open } satisfies ConnectionsMessage)
  }, REPORT_MS).unref()
  return (message: ShedMessage) => {
    shed = message.shed
    reportOwed = true
  }
}
