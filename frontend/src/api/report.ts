import axios from 'axios'
import { http } from './http'
import { apiErrorFromResponse } from './problem'

// Reports (报表): per-unit statistics, 优秀组织奖 marks and the organizers' downloads of a contest.

export interface UnitRef {
  id: number
  name: string
}

export interface UnitAwardMark {
  unitId: number
  note: string
  markedAt: string
}

/** participationRate = participants / students (0–1), null when the unit has no registered students. */
export interface UnitStatsRow {
  unitId: number
  name: string
  pathName: string
  /** The parent's own entries and students, not those of a unit below it. */
  own: boolean
  hasChildren: boolean
  entries: number
  eligible: number
  recommended: number
  awarded: number
  awardsByTier: Record<string, number>
  students: number
  participants: number
  participationRate: number | null
  unitAward: UnitAwardMark | null
}

export interface UnitStats {
  contestId: number
  parent: UnitRef
  /** From the contest's participant unit down to `parent`. */
  trail: UnitRef[]
  tiers: string[]
  rows: UnitStatsRow[]
  total: UnitStatsRow
}

export async function unitStats(contestId: number, parentId?: number): Promise<UnitStats> {
  const { data } = await http.get<UnitStats>(`/api/organize/contests/${contestId}/unit-stats`, {
    params: parentId === undefined ? {} : { parentId },
  })
  return data
}

export async function markUnitAward(contestId: number, unitId: number, note: string): Promise<UnitAwardMark> {
  const { data } = await http.put<UnitAwardMark>(`/api/organize/contests/${contestId}/unit-awards/${unitId}`, { note })
  return data
}

export async function removeUnitAward(contestId: number, unitId: number): Promise<void> {
  await http.delete(`/api/organize/contests/${contestId}/unit-awards/${unitId}`)
}

export const EXPORT_KINDS = ['results', 'score-sheets', 'unit-stats'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]
export type ExportFormat = 'xlsx' | 'csv'

export interface ExportFile {
  fileName: string
  blob: Blob
}

/** The file name the server chose (RFC 5987 `filename*`), else the plain `filename`, else the fallback. */
export function fileNameFrom(disposition: string | undefined, fallback: string): string {
  if (!disposition) return fallback
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1])
    } catch {
      // malformed encoding: fall through to the plain name
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition)
  return plain?.[1] ?? fallback
}

export async function downloadExport(
  contestId: number,
  kind: ExportKind,
  format: ExportFormat,
  parentId?: number,
): Promise<ExportFile> {
  const response = await http
    .get<Blob>(`/api/organize/contests/${contestId}/exports/${kind}.${format}`, {
      params: kind === 'unit-stats' && parentId !== undefined ? { parentId } : {},
      responseType: 'blob',
      timeout: 300_000,
    })
    .catch(async (error: unknown) => {
      // a refused download's problem+json arrives as a Blob too: read it for the Chinese detail
      if (axios.isAxiosError(error) && error.response?.data instanceof Blob) {
        throw apiErrorFromResponse(error.response.status, await error.response.data.text())
      }
      throw error
    })
  const disposition = response.headers['content-disposition'] as string | undefined
  return { fileName: fileNameFrom(disposition, `${kind}.${format}`), blob: response.data }
}
