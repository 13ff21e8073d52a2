import type { CsvExport } from '../../cloudfunctions/_shared/exports'
import { inShanghai } from '../utils/format'

export type { CsvExport }

/**
 * Hands an export (a file in cloud storage and a link to it) to the user; answers what happened,
 * for the page to say. In a browser the link downloads it. In WeChat the link is copied, to open
 * in a browser: wx.openDocument opens no CSV, and downloading would need the storage domain
 * registered as a download domain. `copy` is the page's privacy-gated clipboard (useClipboard);
 * null when the user declined.
 */
export async function deliverExport(exported: CsvExport, copy: (text: string) => Promise<boolean>): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a')
    link.href = exported.file.url
    link.download = exported.filename
    link.rel = 'noopener'
    document.body.appendChild(link)
    link.click()
    link.remove()
    return `已下载 ${exported.filename}`
  }
  if (!(await copy(exported.file.url))) return null
  const until = inShanghai(exported.file.expiresAt).format('HH:mm')
  return `${exported.filename} 的下载链接已复制，请在${until}前用浏览器打开`
}
