import type { CategoryKind } from './contests'
import type { Rendition } from './entries'
import { http } from './http'
import type { PageResult } from './types'

// The public vote (人气投票) of a contest and its organizer side: settings, anomaly report, log, voids.

export type VotePhase = 'UPCOMING' | 'OPEN' | 'CLOSED'

/** A candidate on the public vote page: never its authors or unit. `votes` is null while counts are hidden. */
export interface VoteWork {
  entryId: number
  code: string | null
  title: string
  thumbnailId: number | null
  votes: number | null
}

export interface VoteCategory {
  id: number
  name: string
  kind: CategoryKind
  works: VoteWork[]
}

export interface VoteBoard {
  slug: string
  contestTitle: string
  opensAt: string
  closesAt: string
  phase: VotePhase
  dailyVotes: number
  countsVisible: boolean
  signedIn: boolean
  /** Votes left today (in the contest's zone); null when not signed in. */
  remainingToday: number | null
  /** Works the visitor voted for today. */
  votedToday: number[]
  categories: VoteCategory[]
}

export interface VoteWorkFile {
  ordinal: number
  renditions: Rendition[]
}

export interface VoteWorkPage {
  entryId: number
  code: string | null
  title: string
  summary: string
  categoryName: string
  kind: CategoryKind
  phase: VotePhase
  files: VoteWorkFile[]
  votes: number | null
}

export interface VoteReceipt {
  entryId: number
  remainingToday: number
  votes: number | null
}

export interface VoteSettingForm {
  enabled: boolean
  opensAt: string | null
  closesAt: string | null
  dailyVotes: number
  hideCounts: boolean
  /** Percent of the final score, 0–50; 0 means a separate popularity ranking (人气奖) only. */
  scoreShare: number
}

export interface VoteSettingView extends VoteSettingForm {
  contestId: number
  slug: string
  configured: boolean
  /** The window has opened: only a later end and showing/hiding counts may change. */
  frozen: boolean
}

export interface VoteThresholds {
  burstVotes: number
  burstMinutes: number
  burstFactor: number
  addressUsers: number
  agentUsers: number
  newAccountDays: number
}

export interface EntryVotes {
  entryId: number
  code: string | null
  title: string
  votes: number
}

export interface WorkTotal {
  entryId: number
  code: string | null
  title: string
  votes: number
  voters: number
}

export interface VoteBurst {
  entryId: number
  code: string | null
  title: string
  votes: number
  from: string
  to: string
  medianPerWindow: number
}

export interface SharedSource {
  value: string
  users: number
  votes: number
  entries: EntryVotes[]
}

export interface NewAccount {
  userId: number
  username: string
  createdAt: string
  votes: number
  entries: EntryVotes[]
}

export interface VoteReport {
  totalVotes: number
  voters: number
  thresholds: VoteThresholds
  totals: WorkTotal[]
  bursts: VoteBurst[]
  addresses: SharedSource[]
  userAgents: SharedSource[]
  newAccounts: NewAccount[]
}

export interface VoteLogLine {
  id: number
  createdAt: string
  voteDay: string
  entryId: number
  code: string | null
  userId: number
  username: string | null
  ip: string
  userAgent: string
}

export interface VoteLogQuery {
  page: number
  size: number
  ip?: string
  userId?: number
}

export interface VoidForm {
  ip?: string
  userId?: number
  reason: string
}

const publicPath = (slug: string) => `/api/contests/${encodeURIComponent(slug)}`
const organizePath = (contestId: number) => `/api/organize/contests/${contestId}`

export async function getVoteBoard(slug: string): Promise<VoteBoard> {
  const { data } = await http.get<VoteBoard>(`${publicPath(slug)}/vote`)
  return data
}

export async function getVoteWork(slug: string, entryId: number): Promise<VoteWorkPage> {
  const { data } = await http.get<VoteWorkPage>(`${publicPath(slug)}/vote/works/${entryId}`)
  return data
}

/** Where a candidate's rendition (video, poster, image, essay text, thumbnail) loads from. */
export function voteFileUrl(slug: string, entryId: number, assetId: number): string {
  return `${publicPath(slug)}/vote/works/${entryId}/files/${assetId}`
}

export async function castVote(slug: string, entryId: number): Promise<VoteReceipt> {
  const { data } = await http.post<VoteReceipt>(`${publicPath(slug)}/votes`, { entryId })
  return data
}

export async function getVoteSetting(contestId: number): Promise<VoteSettingView> {
  const { data } = await http.get<VoteSettingView>(`${organizePath(contestId)}/vote-setting`)
  return data
}

export async function saveVoteSetting(contestId: number, form: VoteSettingForm): Promise<VoteSettingView> {
  const { data } = await http.put<VoteSettingView>(`${organizePath(contestId)}/vote-setting`, form)
  return data
}

export async function getVoteReport(contestId: number, thresholds?: Partial<VoteThresholds>): Promise<VoteReport> {
  const { data } = await http.get<VoteReport>(`${organizePath(contestId)}/vote-report`, { params: thresholds })
  return data
}

export async function getVoteLog(contestId: number, query: VoteLogQuery): Promise<PageResult<VoteLogLine>> {
  const { data } = await http.get<PageResult<VoteLogLine>>(`${organizePath(contestId)}/vote-log`, { params: query })
  return data
}

export async function voidVotes(contestId: number, form: VoidForm): Promise<{ voided: number }> {
  const { data } = await http.post<{ voided: number }>(`${organizePath(contestId)}/vote-voids`, form)
  return data
}
