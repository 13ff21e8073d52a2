/**
 * The local server on every core. better-sqlite3 runs a query on the event loop, so one process
 * serves one core. The first process (the writer) opens the database, seeds it, and runs every call
 * that writes; read workers (JQT_READ_WORKERS, by default one per core) take the connections,
 * answer HTTP and run calls on their own read-only connection to the same file. A call that tries
 * to write there (the database or storage) is refused before it writes anything and sent to the
 * writer whole, and its action goes straight there from then on. Everything acknowledged is
 * committed, so a worker's next read sees it: the writer answers a write only once it is on disk,
 * and a read worker's query always starts from the last commit (WAL). The workers keep their
 * connections even (server/connection-balance.ts).
 */
import cluster, { type Worker } from 'node:cluster'
import os from 'node:os'
import { AppError } from '../cloudfunctions/_shared/errors'
import { collections } from '../cloudfunctions/_shared/repositories/schema'
import { profileFromEnv } from './db/cloudbase-profile'
import { openEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded'
import { cloudFunctions } from './functions'
import { connectionShares, shedOnRequest, type ConnectionsMessage, type ShedMessage } from './connection-balance'
import { createHost, runHere, type FunctionRunner } from './http'
import type { Answer, Invoked } from './invoke'
import { dataDirOf, databaseFile, filesDirOf, listen, listenOptions, localConfig, openLocalBackend, originOf, type LocalBackend } from './local'
import { embeddedStorage } from './storage'

/** How many read workers: JQT_READ_WORKERS, or one per core; 0 serves everything from one process. */
export function readWorkerCount(env: NodeJS.ProcessEnv): number {
  const value = env.JQT_READ_WORKERS ?? String(os.availableParallelism())
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`JQT_READ_WORKERS must be a whole number from 0 to 64, got ${value}`)
  return n
}

/** A call a read worker hands to the writer, and the writer's answer: its JSON, and the envelope only when it failed (the status and headers depend on it). */
interface CallMessage {
  call: number
  fn: string
  event: unknown
  openId: string | null
  origin: string
}
type AnswerMessage = { call: number; body: string; failure: Answer | null } | { call: number; error: string }

export interface ServeOptions {
  /** The H5 build to serve beside the functions. */
  staticDir?: string
  /** The line printed once the server listens (tests and `npm start` read the origin from it). */
  describe: (origin: string, backend: Pick<LocalBackend, 'dataDir' | 'db'>) => string
}

/** Serves the functions (and the H5 build) on PORT: the writer with its read workers, or one process. */
export async function serve(options: ServeOptions, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (cluster.isWorker) return readWorker(options, env)
  const workers = readWorkerCount(env)
  const backend = await openLocalBackend(env)
  if (workers === 0) {
    return listen(createHost({ ...backend, staticDir: options.staticDir }), backend.db, env, (origin) => options.describe(origin, backend))
  }
  writer(backend, workers, options)
}

function writer(backend: LocalBackend, count: number, options: ServeOptions) {
  const run = runHere(backend)
  let stopping = false
  /**
   * The port, once the workers listen. A worker listens on the socket of the workers alive (the same
   * PORT, even 0); when none is, that socket is closed, and a replacement binds this port again.
   */
  let port: number | null = null
  let listening = 0
  const shares = connectionShares()
  // Each worker accepts its connections: handing 1,000 new ones over from the writer took about
  // 1 ms of CPU each (the applies bench: 2.2–2.6 ms a call in all against 1.4–1.5).
  cluster.schedulingPolicy = cluster.SCHED_NONE
  const start = (): Worker => {
    const alone = port !== null && Object.keys(cluster.workers ?? {}).length === 0
    const worker = cluster.fork(alone ? { PORT: String(port) } : {})
    let served = false
    worker.on('message', (message: CallMessage | ConnectionsMessage) => {
      if ('connections' in message) return shares.report(worker.id, message)
      const fn = cloudFunctions[message.fn]
      const answer = (reply: AnswerMessage) => worker.isConnected() && worker.send(reply)
      run(fn, message.event, message.openId, message.origin).then(
        ({ returned, body }) => answer({ call: message.call, body, failure: returned.ok ? null : returned }),
        (error: unknown) => answer({ call: message.call, error: String((error as Error)?.stack ?? error) }),
      )
    })
    // Ready once every worker listens: the workers share one socket only while one of them holds it.
    worker.on('listening', (address) => {
      served = true
      if (port !== null || ++listening < count) return
      port = address.port
      console.log(options.describe(originOf(address.address ?? '127.0.0.1', port), backend))
    })
    worker.on('exit', (code, signal) => {
      shares.forget(worker.id)
      // A normal exit was asked for (Ctrl-C reaches every process of the terminal).
      if (stopping || (code === 0 && !signal)) return
      // One that failed before it listened would fail again: the server stops. One killed or failed while serving is replaced.
      if (!served && !signal) {
        console.error(`读取进程启动失败（退出码 ${code}）`)
        stop(1)
      } else start()
    })
    return worker
  }
  const stop = (code = 0) => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill()
    backend.db.close()
    process.exit(code)
  }
  process.once('SIGTERM', () => stop())
  process.once('SIGINT', () => stop())
  for (let i = 0; i < count; i++) start()
}

/**
 * Starts jobs one per turn of the event loop, in order. Between two the loop takes in what has
 * arrived, so the writer's answer to a call handed over goes out after the call running now, not
 * after every call queued behind it: an apply was answered a round of the worker's callers late.
 */
export function oneJobPerTurn() {
  const queue: (() => void)[] = []
  const next = () => {
    queue.shift()?.()
    if (queue.length) setImmediate(next)
  }
  return <T>(job: () => Promise<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      queue.push(() => void job().then(resolve, reject))
      if (queue.length === 1) setImmediate(next)
    })
}

/** How a read worker refuses a write: the call ends with an error no caller sees, and goes to the writer. */
const writtenByTheWriter = () => new AppError('INTERNAL', '写入由写进程完成')

function readWorker(options: ServeOptions, env: NodeJS.ProcessEnv) {
  const dataDir = dataDirOf(env)
  const db: EmbeddedDatabase = openEmbeddedDatabase(databaseFile(dataDir), { schema: collections, profile: profileFromEnv(env), readOnly: { refuse: writtenByTheWriter } })
  const files = embeddedStorage(filesDirOf(dataDir))
  const config = localConfig(env)
  const inTurn = oneJobPerTurn()
  /**
   * Runs a call here on a database and storage of its own that refuse its writes and mark it: the
   * calls running at once each know whether they wrote. (Tracking that in async context instead
   * cost 15–18 µs a call: every promise of the process pays for the hooks.)
   */
  const attempt = async (...[fn, event, openId, origin]: Parameters<FunctionRunner>): Promise<Awaited<ReturnType<FunctionRunner>> | null> => {
    let wrote = false
    const refuse = () => {
      wrote = true
      return writtenByTheWriter()
    }
    const storage = { ...files, at: (at: string) => ({ ...files.at(at), save: () => Promise.reject(refuse()) }) }
    const answer = await runHere({ db: db.refusingWith(refuse), config, storage })(fn, event, openId, origin)
    return wrote ? null : answer
  }

  const pending = new Map<number, { resolve: (answer: Pick<Invoked, 'returned' | 'body'>) => void; reject: (error: Error) => void }>()
  let calls = 0
  // Without the writer nothing can be answered: end (a normal exit, so `node --cpu-prof` writes its profile).
  const stop = () => {
    db.close()
    process.exit(0)
  }
  process.on('disconnect', stop)
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  const atWriter: FunctionRunner = (fn, event, openId, origin) =>
    new Promise((resolve, reject) => {
      if (!process.connected) return reject(new Error('the writer is gone'))
      const call = ++calls
      pending.set(call, { resolve, reject })
      process.send?.({ call, fn: fn.name, event, openId, origin } satisfies CallMessage)
    })
  /** The actions seen writing, by function and action name: they go to the writer first. */
  const writing = new Set<string>()
  const run: FunctionRunner = async (fn, event, openId, origin) => {
    const action = `${fn.name}.${String((event as { action?: unknown } | null)?.action)}`
    if (!writing.has(action)) {
      const answer = await inTurn(() => attempt(fn, event, openId, origin))
      if (answer) return answer
      writing.add(action)
    }
    return atWriter(fn, event, openId, origin)
  }
  const server = createHost({ db, config, storage: files, staticDir: options.staticDir, run })
  const shed = shedOnRequest(server)
  process.on('message', (message: AnswerMessage | ShedMessage) => {
    if ('shed' in message) return shed(message)
    const waiting = pending.get(message.call)
    pending.delete(message.call)
    if ('error' in message) waiting?.reject(new Error(`the writer failed the call: ${message.error}`))
    else waiting?.resolve({ body: message.body, returned: message.failure ?? { ok: true, data: null } })
  })
  server.listen(listenOptions(env))
}
