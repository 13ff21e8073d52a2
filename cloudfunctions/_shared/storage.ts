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
  /** A link valid for `linkSeconds` to a file stored before (its `fileID`), or null when there is none. */
  link(fileID: string, linkSeconds: number): Promise<string | null>
}

/** How long an export's link works: long enough to open it, short for files with personal data. */
export const EXPORT_LINK_SECONDS = 600

type CloudApp = Pick<ReturnType<typeof tcb.init>, 'uploadFile' | 'getTempFileURL'>

/** CloudBase storage through @cloudbase/node-sdk: `uploadFile`, then `getTempFileURL` with a `maxAge`. */
export function cloudBaseStorage(app: CloudApp): FileStorage {
  async function link(fileID: string, linkSeconds: number): Promise<string | null> {
    // On failure the SDK resolves with `{ code, message }` instead of a file list.
    const { fileList } = await app.getTempFileURL({ fileList: [{ fileID, maxAge: linkSeconds }] })
    const found = fileList?.[0]
    return found?.code === 'SUCCESS' && found.tempFileURL ? found.tempFileURL : null
  }
  return {
    async save(cloudPath, content, linkSeconds) {
      const { fileID } = await app.uploadFile({ cloudPath, fileContent: content })
      const expiresAt = new Date(Date.now() + linkSeconds * 1000).toISOString()
      const url = await link(fileID, linkSeconds)
      if (!url) throw new Error(`getTempFileURL gave no link for ${fileID}`)
      return { fileID, url, expiresAt }
    },
    link,
  }
}
