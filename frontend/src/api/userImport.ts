import { http } from './http'
import { ApiError } from './problem'
import type { Role } from './types'

export interface ImportRowError {
  row: number
  column: string | null
  value: string | null
  message: string
}

export interface ImportPreviewRow {
  row: number
  username: string
  displayName: string
  unitPath: string
  roles: Role[]
}

export interface ImportReport {
  fileName: string
  totalRows: number
  validRows: number
  errors: ImportRowError[]
  /** The first 100 valid rows. */
  preview: ImportPreviewRow[]
}

export interface ImportedCredential {
  username: string
  displayName: string
  unitPath: string
  initialPassword: string
}

export interface ImportResult {
  imported: number
  credentials: ImportedCredential[]
}

function fileForm(file: File): FormData {
  const form = new FormData()
  form.append('file', file, file.name)
  return form
}

/** Checks a CSV/XLSX file without importing anything. */
export async function previewImport(file: File): Promise<ImportReport> {
  const { data } = await http.post<ImportReport>('/api/admin/users/import/preview', fileForm(file))
  return data
}

/** Imports all rows, or nothing: a file with any bad row is rejected with an `import-invalid` problem. */
export async function runImport(file: File): Promise<ImportResult> {
  const { data } = await http.post<ImportResult>('/api/admin/users/import', fileForm(file))
  return data
}

/** The report carried by an `import-invalid` problem, if this error is one. */
export function importReportOf(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || error.code !== 'import-invalid') return null
  const report = error.problem.report
  return typeof report === 'object' && report !== null ? (report as ImportReport) : null
}
