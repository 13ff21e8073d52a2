import fs from 'node:fs'
import path from 'node:path'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { configFromEnv, type AppConfig } from '../cloudfunctions/_shared/context'
import { profileFromEnv } from './db/cloudbase-profile'
import { openEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded'
import { DEV_ADMIN_OPENIDS } from '../cloudfunctions/_shared/dev-identities'
import { jobsRepository } from '../cloudfunctions/_shared/repositories/jobs'
import { collections } from '../cloudfunctions/_shared/repositories/schema'
import { seedIfEmpty } from './seed'
import { repoRoot } from './repo-root'
import { embeddedStorage } from './storage'

export const DEFAULT_PORT = 10086

/** The database file in a data folder. */
export const databaseFile = (dataDir: string) => path.join(dataDir, 'jinqitong.db')

/** The data folder: .data/ or JQT_DATA_DIR. */
export const dataDirOf = (env: NodeJS.ProcessEnv) => path.resolve(repoRoot, env.JQT_DATA_DIR ?? '.data')

/** Where exported files are kept in a data folder. */
export const filesDirOf = (dataDir: string) => path.join(dataDir, 'files')

/** The configuration from the environment, in local mode; the seeded admins unless ADMIN_OPENIDS names others. */
export function localConfig(env: NodeJS.ProcessEnv): AppConfig {
  const fromEnv = configFromEnv(env, true)
  return { ...fromEnv, adminOpenIds: fromEnv.adminOpenIds.length ? fromEnv.adminOpenIds : DEV_ADMIN_OPENIDS }
}

export type LocalBackend = Awaited<ReturnType<typeof openLocalBackend>>

/**
 * The embedded defaults: data under .data/ (or JQT_DATA_DIR), seeded on first run, exported files
 * in its files/ folder; with JQT_CLOUDBASE=1 under the CloudBase profile (server/db/cloudbase-profile.ts).
 */
export async function openLocalBackend(env: NodeJS.ProcessEnv = process.env) {
  const dataDir = dataDirOf(env)
  fs.mkdirSync(dataDir, { recursive: true })
  const db = openEmbeddedDatabase(databaseFile(dataDir), { schema: collections, profile: profileFromEnv(env) })
  const seeded = await seedIfEmpty(db, new Date())
  // Postings written before postings had search terms get them (docs/deploy.md: the same in the cloud).
  await jobsRepository(db).backfillSearchTerms()
  return { db, config: localConfig(env), dataDir, seeded, storage: embeddedStorage(filesDirOf(dataDir)) }
}

function portFrom(env: NodeJS.ProcessEnv) {
  const port = Number(env.PORT ?? DEFAULT_PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`)
  return port
}

/**
 * Connections the kernel holds for the server before it accepts them. node's default, 511, drops
 * a rush beyond it (1,000 seekers applying at once), and each dropped client retries only after a
 * second; Linux caps it at net.core.somaxconn (4096 by default since 5.4).
 */
export const LISTEN_BACKLOG = 4096

/** Where to listen: PORT (default 10086; 0 lets the system choose) on HOST (default 127.0.0.1). */
export const listenOptions = (env: NodeJS.ProcessEnv) => ({ port: portFrom(env), host: env.HOST ?? '127.0.0.1', backlog: LISTEN_BACKLOG })

/** An origin to print for a listening address. */
export const originOf = (host: string, port: number) => `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`

/**
 * Listens on PORT (default 10086) and HOST (default 127.0.0.1) and prints where. SIGTERM or SIGINT
 * (Ctrl-C) stops it: connections closed, the database closed (its log folded into the file), and a
 * normal exit, so `node --cpu-prof` writes its profile.
 */
export function listen(server: Server, db: EmbeddedDatabase, env: NodeJS.ProcessEnv, describe: (origin: string) => string) {
  const stop = () => {
    server.close()
    server.closeAllConnections()
    db.close()
    process.exit(0)
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  const options = listenOptions(env)
  server.listen(options, () => console.log(describe(originOf(options.host, (server.address() as AddressInfo).port))))
}

/** Runs a server entry point, exiting with the error when it fails to start. */
export const run = (main: () => Promise<void>) =>
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
