import type { ContestStatus } from './contests'
import { http } from './http'

// Results (评奖): award tiers, allocation from the final ranking, the award list, publicity (公示) with objections
// (异议), publication.

export type AwardBasis = 'SCORE' | 'VOTES'
export type QuotaKind = 'COUNT' | 'PERCENT'
export type AwardStatus = 'ACTIVE' | 'REVOKED'
export type ObjectionStatus = 'OPEN' | 'UPHELD' | 'DISMISSED'
export type ObjectionAction = 'NONE' | 'REVOKE' | 'CHANGE_TIER'

export interface TierForm {
  categoryId: number | null
  name: string
  basis: AwardBasis
  quotaKind: QuotaKind
  quotaValue: number
}

export interface TierView extends TierForm {
  id: number
  ordinal: number
}

export interface TieDecision {
  tierId: number
  placing: number
  entryIds: number[]
}

export interface AllocationRow {
  entryId: number
  code: string | null
  title: string
  unitName: string
  placing: number
  score: number
  tierId: number | null
  tierName: string | null
  pendingTie: boolean
}

export interface AllocationTie {
  tierId: number
  tierName: string
  placing: number
  entryIds: number[]
  seats: number
  decided: number[] | null
}

export interface AllocationSection {
  categoryId: number
  categoryName: string
  basis: AwardBasis
  roundName: string
  ranked: number
  tiers: { tierId: number; name: string; seats: number }[]
  rows: AllocationRow[]
  ties: AllocationTie[]
}

export interface AllocationView {
  sections: AllocationSection[]
  complete: boolean
  allocatedAt: string | null
}

export interface AwardView {
  id: number
  entryId: number
  code: string | null
  title: string
  categoryId: number
  categoryName: string
  unitName: string
  tierId: number
  tierName: string
  tierOrdinal: number
  basis: AwardBasis
  placing: number
  finalScore: number
  adjusted: boolean
  note: string | null
  status: AwardStatus
  statusLabel: string
  certificateSerial: string
  openObjections: number
}

export interface ResultsOverview {
  contestId: number
  slug: string
  title: string
  status: ContestStatus
  statusLabel: string
  showAuthors: boolean
  showUnit: boolean
  showAdvisor: boolean
  allocatedAt: string | null
  activeAwards: number
  publicityStartsAt: string | null
  publicityEndsAt: string | null
  publicityOver: boolean
  objections: number
  openObjections: number
  publishedAt: string | null
}

export interface ObjectionView {
  id: number
  entryId: number
  code: string | null
  title: string
  tierName: string | null
  body: string
  status: ObjectionStatus
  statusLabel: string
  response: string | null
  respondedAt: string | null
  createdAt: string | null
  byName: string | null
  byUnit: string | null
}

export interface PublicWork {
  entryId: number
  code: string | null
  title: string
  authors: string[] | null
  unitName: string | null
  advisorName: string | null
}

export interface PublicityList {
  contestId: number
  slug: string
  title: string
  status: ContestStatus
  statusLabel: string
  zone: string
  startsAt: string | null
  endsAt: string | null
  acceptingObjections: boolean
  published: boolean
  categories: { categoryId: number; name: string; tiers: { name: string; ordinal: number; basis: AwardBasis; works: PublicWork[] }[] }[]
}

const contestPath = (contestId: number) => `/api/organize/contests/${contestId}`

export async function getResultsOverview(contestId: number): Promise<ResultsOverview> {
  const { data } = await http.get<ResultsOverview>(`${contestPath(contestId)}/results`)
  return data
}

export async function saveDisplay(
  contestId: number,
  display: Pick<ResultsOverview, 'showAuthors' | 'showUnit' | 'showAdvisor'>,
): Promise<ResultsOverview> {
  const { data } = await http.put<ResultsOverview>(`${contestPath(contestId)}/results/display`, display)
  return data
}

export async function listTiers(contestId: number): Promise<TierView[]> {
  const { data } = await http.get<TierView[]>(`${contestPath(contestId)}/award-tiers`)
  return data
}

export async function saveTiers(contestId: number, tiers: TierForm[]): Promise<TierView[]> {
  const { data } = await http.put<TierView[]>(`${contestPath(contestId)}/award-tiers`, { tiers })
  return data
}

export async function previewAllocation(contestId: number, decisions: TieDecision[]): Promise<AllocationView> {
  const { data } = await http.post<AllocationView>(`${contestPath(contestId)}/awards/preview`, { decisions })
  return data
}

export async function allocate(contestId: number, decisions: TieDecision[]): Promise<AllocationView> {
  const { data } = await http.post<AllocationView>(`${contestPath(contestId)}/awards/allocate`, { decisions })
  return data
}

export async function listAwards(contestId: number): Promise<AwardView[]> {
  const { data } = await http.get<AwardView[]>(`${contestPath(contestId)}/awards`)
  return data
}

export async function addAward(contestId: number, entryId: number, tierId: number, reason: string): Promise<AwardView> {
  const { data } = await http.post<AwardView>(`${contestPath(contestId)}/awards`, { entryId, tierId, reason })
  return data
}

export async function changeAwardTier(awardId: number, tierId: number, reason: string): Promise<AwardView> {
  const { data } = await http.put<AwardView>(`/api/organize/awards/${awardId}`, { tierId, reason })
  return data
}

export async function revokeAward(awardId: number, reason: string): Promise<AwardView> {
  const { data } = await http.post<AwardView>(`/api/organize/awards/${awardId}/revoke`, { reason })
  return data
}

export async function startPublicity(contestId: number, endsAt: string): Promise<ResultsOverview> {
  const { data } = await http.post<ResultsOverview>(`${contestPath(contestId)}/publicity`, { endsAt })
  return data
}

export async function changePublicityEnd(contestId: number, endsAt: string): Promise<ResultsOverview> {
  const { data } = await http.put<ResultsOverview>(`${contestPath(contestId)}/publicity`, { endsAt })
  return data
}

export async function publishResults(contestId: number): Promise<ResultsOverview> {
  const { data } = await http.post<ResultsOverview>(`${contestPath(contestId)}/publish`, {})
  return data
}

export async function listObjections(contestId: number): Promise<ObjectionView[]> {
  const { data } = await http.get<ObjectionView[]>(`${contestPath(contestId)}/objections`)
  return data
}

export async function answerObjection(
  objectionId: number,
  answer: { outcome: ObjectionStatus; response: string; action: ObjectionAction; tierId?: number | null },
): Promise<ObjectionView> {
  const { data } = await http.post<ObjectionView>(`/api/organize/objections/${objectionId}/answer`, answer)
  return data
}

// ---- public side ----

export async function getPublicity(slug: string): Promise<PublicityList> {
  const { data } = await http.get<PublicityList>(`/api/contests/${encodeURIComponent(slug)}/publicity`)
  return data
}

export async function fileObjection(slug: string, entryId: number, body: string): Promise<ObjectionView> {
  const { data } = await http.post<ObjectionView>(`/api/contests/${encodeURIComponent(slug)}/objections`, { entryId, body })
  return data
}

export async function myObjections(slug: string): Promise<ObjectionView[]> {
  const { data } = await http.get<ObjectionView[]>(`/api/contests/${encodeURIComponent(slug)}/objections/mine`)
  return data
}
