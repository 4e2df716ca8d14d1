import type { ImportedCredential } from '@/api/userImport'

/** Makes Excel on Windows open the file as UTF-8 instead of GBK. */
export const UTF8_BOM = '\uFEFF'

/** The columns the import expects, in order (the server matches these headers). */
export const IMPORT_COLUMNS = ['学号/工号', '姓名', '单位', '角色'] as const

export const CREDENTIAL_COLUMNS = ['学号/工号', '姓名', '单位', '初始密码'] as const

export type CsvValue = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @ …)
 * gets a leading apostrophe unless `raw` is set — used for passwords, which must stay exact.
 */
export function csvField(value: CsvValue, raw = false): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (!raw && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document with BOM and CRLF line ends; `rawColumns` are written unchanged. */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  rawColumns: readonly number[] = [],
): string {
  const raw = new Set(rawColumns)
  const lines = [header, ...rows].map((row) =>
    row.map((value, index) => csvField(value, raw.has(index))).join(','),
  )
  return UTF8_BOM + lines.join('\r\n') + '\r\n'
}

/**
 * The import template: the header plus example rows to overwrite. The examples use the
 * admin's own unit when known, so they show the path format of this installation.
 */
export function templateCsv(unitPath: string | null, includeStaff: boolean): string {
  const unit = unitPath ?? 'XX大学/计算机学院/软件2301班'
  const rows: CsvValue[][] = [
    ['2026000001', '张三', unit, '学生'],
    ['2026000002', '李四', unit, '学生'],
  ]
  if (includeStaff) rows.push(['T2026001', '王老师', unit, '评委、组织者'])
  return buildCsv(IMPORT_COLUMNS, rows)
}

/** The one-time list of imported accounts with their initial passwords. */
export function credentialsCsv(credentials: readonly ImportedCredential[]): string {
  return buildCsv(
    CREDENTIAL_COLUMNS,
    credentials.map((c) => [c.username, c.displayName, c.unitPath, c.initialPassword]),
    [3],
  )
}

/** e.g. "初始密码-20260301-0930.csv" (local time). */
export function credentialsFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`
  return `初始密码-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.csv`
}
