import type { CategoryKind } from './contests'
import type { Rendition } from './entries'
import { http } from './http'

// Judging (评审): rounds, rubric, judge pool, assignment, scoring, ranking and advancement — /work/judging-contract.md.

export const AGGREGATIONS = ['ADDITIVE', 'MEAN', 'TRIMMED_MEAN', 'MEDIAN', 'ZSCORE'] as const
export type Aggregation = (typeof AGGREGATIONS)[number]

export const ADVANCE_KINDS = ['TOP_N', 'TOP_PERCENT', 'THRESHOLD'] as const
export type AdvanceKind = (typeof ADVANCE_KINDS)[number]

export type RoundStatus = 'SETUP' | 'OPEN' | 'LOCKED' | 'FINALIZED'
export type AssignmentStatus = 'ASSIGNED' | 'DRAFT' | 'SUBMITTED' | 'RECUSED'
export type JudgeTendency = 'HARSH' | 'LENIENT' | 'FLAT'
export type RoundOutcome = 'ADVANCED' | 'ELIMINATED'

export const FLAG_KINDS = ['PLAGIARISM', 'OFF_TOPIC', 'INELIGIBLE', 'OTHER'] as const
export type FlagKind = (typeof FLAG_KINDS)[number]

export interface AdvanceRule {
  kind: AdvanceKind
  value: number
}

export interface CriterionForm {
  name: string
  description: string
  maxScore: number
  weight: number
}

export interface Criterion extends CriterionForm {
  id: number
}

export interface RoundForm {
  name: string
  categoryIds: number[]
  judgesPerEntry: number
  blind: boolean
  opensAt: string
  closesAt: string
  aggregation: Aggregation
  advanceRule: AdvanceRule
  criteria: CriterionForm[]
}

export interface RoundView extends Omit<RoundForm, 'criteria'> {
  id: number
  contestId: number
  ordinal: number
  status: RoundStatus
  statusLabel: string
  entryCount: number
  assignmentCount: number
  submittedCount: number
  judgeCount: number
  criteria: Criterion[]
}

export interface JudgeCandidate {
  id: number
  username: string
  displayName: string
  unitName: string | null
}

export interface JudgeView {
  userId: number
  username: string
  displayName: string
  unitName: string | null
  categoryIds: number[]
  assigned: number
  submitted: number
}

export interface PoolMember {
  userId: number
  categoryIds: number[]
}

export interface ConflictForm {
  judgeId: number
  entryId: number
  reason: string
}

export interface Conflict extends ConflictForm {
  id: number
  judgeName: string
  entryCode: string | null
  entryTitle: string
}

export interface AssignmentReport {
  assignments: number
  calibrationEntries: number[]
  loads: { judgeId: number; judgeName: string; count: number }[]
}

/** An entry the assignment could not give enough judges (the 422 `assignment-infeasible` problem's report). */
export interface Shortfall {
  entryId: number
  code: string | null
  title: string
  missing: number
  reason: string
}

export interface AssignmentRow {
  id: number
  entryId: number
  entryCode: string | null
  entryTitle: string
  judgeId: number
  judgeName: string
  status: AssignmentStatus
  total: number | null
  calibration: boolean
}

export interface JudgeStats {
  id: number
  name: string
  unitName: string | null
  assigned: number
  submitted: number
  drafts: number
  mean: number | null
  sd: number | null
  /** Mean of (own total − the other judges' mean on the same entries). */
  deviation: number | null
  flagged: JudgeTendency | null
}

export interface EntryProgress {
  id: number
  code: string | null
  title: string
  categoryId: number
  categoryName: string
  submitted: number
  assigned: number
  mean: number | null
  /** Highest minus lowest total. */
  spread: number | null
  disagreement: boolean
}

export interface ProgressCell {
  entryId: number
  judgeId: number
  assignmentId: number
  status: AssignmentStatus
  total: number | null
}

export interface ProgressView {
  judges: JudgeStats[]
  entries: EntryProgress[]
  cells: ProgressCell[]
}

export interface FlagView {
  id: number
  entryId: number
  entryCode: string | null
  entryTitle: string
  judgeName: string
  kind: FlagKind
  kindLabel: string
  note: string
  createdAt: string
  resolved: boolean
  resolution: string | null
}

export interface RankingRow {
  entryId: number
  code: string | null
  title: string
  categoryId: number
  categoryName: string
  rank: number
  /** Shares its rank with another row (并列) after every tie-break. */
  tied: boolean
  score: number
  scores: Partial<Record<Aggregation, number>>
  ranks: Partial<Record<Aggregation, number>>
  judgeCount: number
  advances: boolean
  outcome: RoundOutcome | null
}

export interface RankingView {
  roundId: number
  method: Aggregation
  methods: Aggregation[]
  advanceRule: AdvanceRule
  finalized: boolean
  rows: RankingRow[]
}

// ---- the judge's side ----

export interface JudgeRoundSummary {
  roundId: number
  contestId: number
  contestTitle: string
  roundName: string
  status: RoundStatus
  blind: boolean
  opensAt: string
  closesAt: string
  assigned: number
  submitted: number
}

export interface JudgeRoundView {
  id: number
  name: string
  contestTitle: string
  status: RoundStatus
  blind: boolean
  opensAt: string
  closesAt: string
  /** Scores may still be saved: the round is open and inside its window (the server's clock). */
  editable: boolean
  criteria: Criterion[]
  assigned: number
  submitted: number
}

export interface QueueItem {
  assignmentId: number
  code: string | null
  title: string
  categoryName: string
  kind: CategoryKind
  status: AssignmentStatus
  total: number | null
  flagged: boolean
}

export interface JudgeQueue {
  round: JudgeRoundView
  items: QueueItem[]
}

/** A work's file as a judge gets it: no name, no original; only metadata-free renditions. */
export interface WorkFile {
  id: number
  ordinal: number
  status: 'PROCESSING' | 'READY' | 'FAILED'
  width: number | null
  height: number | null
  durationMs: number | null
  characters: number | null
  renditions: Rendition[]
}

export interface WorkAuthors {
  names: string[]
  unitName: string | null
  advisorName: string | null
}

export interface JudgedWork {
  code: string | null
  title: string
  summary: string
  kind: CategoryKind
  categoryName: string
  characters: number | null
  files: WorkFile[]
  /** Null in a blind round. */
  authors: WorkAuthors | null
}

/** Scores by criterion id; null for one not scored yet. */
export type ScoreSheet = Record<number, number | null>

export interface ScoringView {
  assignmentId: number
  status: AssignmentStatus
  version: number
  scores: ScoreSheet
  comment: string | null
  total: number | null
  editable: boolean
  previousAssignmentId: number | null
  nextAssignmentId: number | null
  round: JudgeRoundView
  work: JudgedWork
}

export interface ScoreForm {
  scores: ScoreSheet
  comment: string
  /** The version the sheet was loaded at: a save over a newer one is refused (409 stale-version). */
  version: number
}

// ---- organizer endpoints ----

const roundPath = (roundId: number) => `/api/organize/rounds/${roundId}`

export async function listRounds(contestId: number): Promise<RoundView[]> {
  const { data } = await http.get<RoundView[]>(`/api/organize/contests/${contestId}/rounds`)
  return data
}

export async function createRound(contestId: number, form: RoundForm): Promise<RoundView> {
  const { data } = await http.post<RoundView>(`/api/organize/contests/${contestId}/rounds`, form)
  return data
}

export async function getRound(roundId: number): Promise<RoundView> {
  const { data } = await http.get<RoundView>(roundPath(roundId))
  return data
}

export async function updateRound(roundId: number, form: RoundForm): Promise<RoundView> {
  const { data } = await http.put<RoundView>(roundPath(roundId), form)
  return data
}

export async function deleteRound(roundId: number): Promise<void> {
  await http.delete(roundPath(roundId))
}

export async function searchJudgeCandidates(roundId: number, q: string): Promise<JudgeCandidate[]> {
  const { data } = await http.get<JudgeCandidate[]>(`${roundPath(roundId)}/judge-candidates`, { params: { q: q.trim() } })
  return data
}

export async function listJudges(roundId: number): Promise<JudgeView[]> {
  const { data } = await http.get<JudgeView[]>(`${roundPath(roundId)}/judges`)
  return data
}

export async function saveJudges(roundId: number, judges: PoolMember[]): Promise<JudgeView[]> {
  const { data } = await http.put<JudgeView[]>(`${roundPath(roundId)}/judges`, { judges })
  return data
}

export async function listConflicts(roundId: number): Promise<Conflict[]> {
  const { data } = await http.get<Conflict[]>(`${roundPath(roundId)}/conflicts`)
  return data
}

export async function addConflict(roundId: number, form: ConflictForm): Promise<Conflict> {
  const { data } = await http.post<Conflict>(`${roundPath(roundId)}/conflicts`, form)
  return data
}

export async function removeConflict(roundId: number, conflictId: number): Promise<void> {
  await http.delete(`${roundPath(roundId)}/conflicts/${conflictId}`)
}

/** Replaces every assignment without saved scores; rejects with an ApiError whose `shortfallsOf` lists what failed. */
export async function runAssignment(roundId: number, calibrationSize: number): Promise<AssignmentReport> {
  const { data } = await http.post<AssignmentReport>(`${roundPath(roundId)}/assignment`, { calibrationSize })
  return data
}

/** The entries lacking judges in an `assignment-infeasible` problem; empty for any other failure. */
export function shortfallsOf(error: unknown): Shortfall[] {
  const problem = (error as { problem?: { report?: { shortfalls?: unknown } } } | null)?.problem
  const shortfalls = problem?.report?.shortfalls
  return Array.isArray(shortfalls) ? (shortfalls as Shortfall[]) : []
}

export async function listAssignments(roundId: number): Promise<AssignmentRow[]> {
  const { data } = await http.get<AssignmentRow[]>(`${roundPath(roundId)}/assignments`)
  return data
}

export async function addAssignment(roundId: number, entryId: number, judgeId: number): Promise<AssignmentRow> {
  const { data } = await http.post<AssignmentRow>(`${roundPath(roundId)}/assignments`, { entryId, judgeId })
  return data
}

export async function removeAssignment(roundId: number, assignmentId: number, reason: string): Promise<void> {
  await http.delete(`${roundPath(roundId)}/assignments/${assignmentId}`, { params: { reason: reason.trim() } })
}

export async function swapAssignment(roundId: number, assignmentId: number, judgeId: number): Promise<AssignmentRow> {
  const { data } = await http.post<AssignmentRow>(`${roundPath(roundId)}/assignments/${assignmentId}/swap`, { judgeId })
  return data
}

export async function openRound(roundId: number): Promise<RoundView> {
  const { data } = await http.post<RoundView>(`${roundPath(roundId)}/open`)
  return data
}

export async function getProgress(roundId: number): Promise<ProgressView> {
  const { data } = await http.get<ProgressView>(`${roundPath(roundId)}/progress`)
  return data
}

export async function listFlags(roundId: number): Promise<FlagView[]> {
  const { data } = await http.get<FlagView[]>(`${roundPath(roundId)}/flags`)
  return data
}

export async function resolveFlag(roundId: number, flagId: number, resolution: string): Promise<FlagView> {
  const { data } = await http.post<FlagView>(`${roundPath(roundId)}/flags/${flagId}/resolve`, { resolution })
  return data
}

/** `force` drops the assignments not yet submitted (audited by the server). */
export async function lockRound(roundId: number, force = false): Promise<RoundView> {
  const { data } = await http.post<RoundView>(`${roundPath(roundId)}/lock`, undefined, { params: force ? { force: true } : {} })
  return data
}

export async function getRanking(roundId: number): Promise<RankingView> {
  const { data } = await http.get<RankingView>(`${roundPath(roundId)}/ranking`)
  return data
}

export async function advanceRound(roundId: number): Promise<RankingView> {
  const { data } = await http.post<RankingView>(`${roundPath(roundId)}/advance`)
  return data
}

// ---- judge endpoints ----

export async function listMyRounds(): Promise<JudgeRoundSummary[]> {
  const { data } = await http.get<JudgeRoundSummary[]>('/api/judging/rounds')
  return data
}

export async function getQueue(roundId: number): Promise<JudgeQueue> {
  const { data } = await http.get<JudgeQueue>(`/api/judging/rounds/${roundId}/queue`)
  return data
}

export async function getScoring(assignmentId: number): Promise<ScoringView> {
  const { data } = await http.get<ScoringView>(`/api/judging/assignments/${assignmentId}`)
  return data
}

export async function saveDraft(assignmentId: number, form: ScoreForm): Promise<ScoringView> {
  const { data } = await http.put<ScoringView>(`/api/judging/assignments/${assignmentId}/draft`, form)
  return data
}

export async function submitScores(assignmentId: number, form: ScoreForm): Promise<ScoringView> {
  const { data } = await http.post<ScoringView>(`/api/judging/assignments/${assignmentId}/submit`, form)
  return data
}

export async function recuse(assignmentId: number, reason: string): Promise<{ reassigned: boolean }> {
  const { data } = await http.post<{ reassigned: boolean }>(`/api/judging/assignments/${assignmentId}/recuse`, { reason })
  return data
}

export async function flagEntry(assignmentId: number, kind: FlagKind, note: string): Promise<void> {
  await http.post(`/api/judging/assignments/${assignmentId}/flags`, { kind, note })
}

/** Where a judge fetches a rendition of the work under an assignment (metadata-free; Range supported). */
export function judgeFileUrl(assignmentId: number, assetId: number): string {
  return `/api/judging/assignments/${assignmentId}/files/${assetId}`
}
