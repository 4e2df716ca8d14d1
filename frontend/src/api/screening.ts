import type { Entry, EntryFile, EntryStatus, FileUrlBuilder } from './entries'
import { http } from './http'
import { queryParams, type PageResult } from './types'

// Screening (资格审查) by organizers and recommendation (择优推荐) by unit admins, per contest.

export interface ScreeningQuery {
  categoryId?: number
  unitId?: number
  status?: EntryStatus
  q?: string
  page?: number
  size?: number
}

export type ReviewVerdict = 'APPROVE' | 'REJECT'

export interface BulkApproval {
  approved: number
  skipped: { entryId: number; reason: string }[]
}

/** Organizers: every submitted entry of the contest; unit admins: those from their own unit subtree. */
export async function listScreening(contestId: number, query: ScreeningQuery): Promise<PageResult<Entry>> {
  const { data } = await http.get<PageResult<Entry>>(`/api/contests/${contestId}/screening`, {
    params: queryParams(query),
  })
  return data
}

export async function reviewEntry(
  contestId: number,
  entryId: number,
  verdict: ReviewVerdict,
  reason?: string,
): Promise<Entry> {
  const { data } = await http.post<Entry>(`/api/contests/${contestId}/screening/${entryId}/review`, {
    verdict,
    reason: reason ?? null,
  })
  return data
}

export async function approveAll(contestId: number, entryIds: number[]): Promise<BulkApproval> {
  const { data } = await http.post<BulkApproval>(`/api/contests/${contestId}/screening/approve-all`, { entryIds })
  return data
}

export async function recommendEntry(contestId: number, entryId: number): Promise<Entry> {
  const { data } = await http.post<Entry>(`/api/contests/${contestId}/screening/${entryId}/recommendation`)
  return data
}

export async function withdrawRecommendation(contestId: number, entryId: number): Promise<Entry> {
  const { data } = await http.delete<Entry>(`/api/contests/${contestId}/screening/${entryId}/recommendation`)
  return data
}

export type SimilarityKind = 'VISUAL' | 'TEXT'

/** One side of a similar pair: an entry and the file that resembles the other side's. */
export interface SimilarSide {
  entryId: number
  code: string | null
  title: string
  contestTitle: string
  /** The server's words for the entry's status (the other entry may be in another contest). */
  statusLabel: string
  file: EntryFile
}

/** `mine` is a file of the entry under review, `other` the look-alike (its file has no name, its original is not shown). */
export interface SimilarPair {
  percent: number
  kind: SimilarityKind
  mine: SimilarSide
  other: SimilarSide
}

/** Organizers: every pair of an entry's files and another entry's that the pipeline found alike, closest first. */
export async function similarPairs(contestId: number, entryId: number): Promise<SimilarPair[]> {
  const { data } = await http.get<SimilarPair[]>(`/api/contests/${contestId}/screening/${entryId}/similar`)
  return data
}

/** A rendition of the other entry of a similar pair, which organizers may see only through the entry under review. */
export function similarFileUrl(contestId: number, entryId: number, otherEntryId: number, renditionId: number): string {
  return `/api/contests/${contestId}/screening/${entryId}/similar/${otherEntryId}/files/${renditionId}`
}

export function similarFileUrls(contestId: number, entryId: number, otherEntryId: number): FileUrlBuilder {
  return (renditionId) => similarFileUrl(contestId, entryId, otherEntryId, renditionId)
}
