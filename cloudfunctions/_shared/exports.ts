/**
 * Exports: CSV files put in cloud storage, the answer carrying a temporary link instead of the file
 * (a function's answer is at most 1 MB, cloudbase-limits.ts). UTF-8 with a BOM and CRLF, so a
 * spreadsheet program reads the Chinese.
 */
import { randomHex } from './random-hex'
import type { RequestContext } from './context'
import { EXPORT_LINK_SECONDS, type StoredFile } from './storage'

export type CsvValue = string | number | null | undefined

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; text that a spreadsheet would run
 * as a formula (= + - @ at the start) is prefixed with an apostrophe.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const toCsv = (rows: readonly (readonly CsvValue[])[]) => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'

/** What an export answers: the name to save it as, how many rows, and the link. */
export interface CsvExport {
  filename: string
  rows: number
  file: StoredFile
}

/** Stores the rows under their header as a CSV file in `exports/<folder>/` and answers its link. */
export async function exportCsv(
  ctx: RequestContext,
  csv: { folder: string; filename: string; header: readonly string[]; rows: readonly (readonly CsvValue[])[] },
): Promise<CsvExport> {
  const content = Buffer.from(`\uFEFF${toCsv([csv.header, ...csv.rows])}`, 'utf8')
  // ASCII paths, as CloudBase storage recommends; the Chinese name is the answer's `filename`.
  const stamp = ctx.now().toISOString().replace(/[-:]/g, '').slice(0, 15)
  const cloudPath = `exports/${csv.folder}/${stamp}-${randomHex(6)}.csv`
  const file = await ctx.storage.save(cloudPath, content, EXPORT_LINK_SECONDS)
  return { filename: csv.filename, rows: csv.rows.length, file }
}
