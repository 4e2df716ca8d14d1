import type { Entry, EntryStatus } from './entries'
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
