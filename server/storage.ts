/**
 * The local stand-in for CloudBase storage: files under the data folder (`.data/files`), each with
 * the instant its link expires, served by the local server at `/files/<id>/<name>` until then (server/http.ts).
 * Like a temporary link to a CloudBase file, an expired link no longer downloads; locally the file
 * goes with it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { randomHex } from '../cloudfunctions/_shared/random-hex'
import type { FileStorage } from '../cloudfunctions/_shared/storage'

interface FileMeta {
  cloudPath: string
  expiresAt: string
}

export type OpenedFile = { status: 'found'; file: string; contentType: string } | { status: 'expired' } | { status: 'missing' }

const ID = /^[0-9a-f]{32}$/

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/** The route a stored file downloads from. */
export const FILES_ROUTE = '/files/'

export interface EmbeddedStorage {
  /** The storage a function is given, its links on `origin` (e.g. http://127.0.0.1:10086). */
  at(origin: string): FileStorage
  /** A stored file by its link's id: where it is and how to send it, or why not. */
  open(id: string): OpenedFile
}

const urlOf = (origin: string, id: string, cloudPath: string) => `${origin}${FILES_ROUTE}${id}/${path.posix.basename(cloudPath)}`

export function embeddedStorage(dir: string, now: () => number = Date.now): EmbeddedStorage {
  const content = (id: string) => path.join(dir, id)
  const meta = (id: string) => path.join(dir, `${id}.json`)
  const readMeta = (id: string): FileMeta | null => {
    try {
      return JSON.parse(fs.readFileSync(meta(id), 'utf8')) as FileMeta
    } catch {
      return null
    }
  }
  const remove = (id: string) => {
    fs.rmSync(content(id), { force: true })
    fs.rmSync(meta(id), { force: true })
  }
  /** Files whose links have expired are of no use to anyone: they go when the next file comes. */
  const sweep = () => {
    for (const name of fs.readdirSync(dir)) {
      const id = name.replace(/\.json$/, '')
      if (name.endsWith('.json') && ID.test(id) && Date.parse(readMeta(id)?.expiresAt ?? '') <= now()) remove(id)
    }
  }
  return {
    at: (origin) => ({
      async save(cloudPath, data, linkSeconds) {
        fs.mkdirSync(dir, { recursive: true })
        sweep()
        const id = randomHex(16)
        const expiresAt = new Date(now() + linkSeconds * 1000).toISOString()
        fs.writeFileSync(content(id), data)
        fs.writeFileSync(meta(id), JSON.stringify({ cloudPath, expiresAt } satisfies FileMeta))
        // The link ends with the file's name, as a CloudBase link ends with its path.
        return { fileID: `local://${id}/${cloudPath}`, url: urlOf(origin, id, cloudPath), expiresAt }
      },
      // A file's link lasts as long as the file: it is not extended.
      async link(fileID) {
        const id = /^local:\/\/([0-9a-f]{32})\//.exec(fileID)?.[1]
        const stored = id ? readMeta(id) : null
        return id && stored && Date.parse(stored.expiresAt) > now() ? urlOf(origin, id, stored.cloudPath) : null
      },
    }),
    open(id) {
      const stored = ID.test(id) ? readMeta(id) : null
      if (!stored || !fs.existsSync(content(id))) return { status: 'missing' }
      if (Date.parse(stored.expiresAt) <= now()) {
        remove(id)
        return { status: 'expired' }
      }
      return { status: 'found', file: content(id), contentType: CONTENT_TYPES[path.extname(stored.cloudPath)] ?? 'application/octet-stream' }
    },
  }
}
