/**
 * Cloud storage, for what is too large to answer with (a function's answer is at most
 * MAX_RESPONSE_BYTES): the function uploads a file and answers a temporary link to it. The cloud
 * entry passes CloudBase's storage; the local server an embedded storage under its data folder that
 * it serves itself (server/storage.ts).
 */
import type tcb from '@cloudbase/node-sdk'

/** A stored file and a link that downloads it until `expiresAt`. */
export interface StoredFile {
  /** CloudBase's id of the file (`cloud://…`; locally `local://…`). */
  fileID: string
  /** A temporary download link. */
  url: string
  /** ISO instant the link stops working. */
  expiresAt: string
}

export interface FileStorage {
  /** Stores `content` at `cloudPath` (overwriting) and answers a link valid for `linkSeconds`. */
  save(cloudPath: string, content: Buffer, linkSeconds: number): Promise<StoredFile>
}

/** How long an export's link works: long enough to open it, short for files with personal data. */
export const EXPORT_LINK_SECONDS = 600

type CloudApp = Pick<ReturnType<typeof tcb.init>, 'uploadFile' | 'getTempFileURL'>

/** CloudBase storage through @cloudbase/node-sdk: `uploadFile`, then `getTempFileURL` with a `maxAge`. */
export function cloudBaseStorage(app: CloudApp): FileStorage {
  return {
    async save(cloudPath, content, linkSeconds) {
      const { fileID } = await app.uploadFile({ cloudPath, fileContent: content })
      const expiresAt = new Date(Date.now() + linkSeconds * 1000).toISOString()
      // On failure the SDK resolves with `{ code, message }` instead of a file list.
      const { fileList } = await app.getTempFileURL({ fileList: [{ fileID, maxAge: linkSeconds }] })
      const link = fileList?.[0]
      if (link?.code !== 'SUCCESS' || !link.tempFileURL) throw new Error(`getTempFileURL failed for ${fileID}: ${link?.code ?? 'no file list'}`)
      return { fileID, url: link.tempFileURL, expiresAt }
    },
  }
}
