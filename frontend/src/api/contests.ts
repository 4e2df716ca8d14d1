import { http } from './http'
import type { PageResult } from './types'

export const CONTEST_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'JUDGING', 'PUBLICITY', 'PUBLISHED', 'ARCHIVED'] as const
export type ContestStatus = (typeof CONTEST_STATUSES)[number]

export const CATEGORY_KINDS = ['VIDEO', 'IMAGE', 'ESSAY'] as const
export type CategoryKind = (typeof CATEGORY_KINDS)[number]

/** Every format the media pipeline accepts per kind (the server's CategoryKind.formats()). */
export const KIND_FORMATS: Record<CategoryKind, readonly string[]> = {
  VIDEO: ['mp4', 'mov', 'webm', 'mkv', 'avi', 'flv'],
  IMAGE: ['jpg', 'png', 'webp', 'gif', 'tiff', 'bmp', 'heic'],
  ESSAY: ['txt', 'docx', 'pdf'],
}

export const FIELD_TYPES = ['TEXT', 'LONG_TEXT', 'NUMBER', 'SINGLE_CHOICE', 'MULTI_CHOICE'] as const
export type FieldType = (typeof FIELD_TYPES)[number]

/** A registration question asked with every entry; min/max bound a number, or the length of a text. */
export interface FormField {
  key: string
  label: string
  type: FieldType
  required: boolean
  options: string[] | null
  min: number | null
  max: number | null
  help: string | null
}

/** A contest in a list. `acceptingSubmissions` is decided by the server's clock. */
export interface ContestSummary {
  id: number
  slug: string
  title: string
  theme: string | null
  status: ContestStatus
  statusLabel: string
  acceptingSubmissions: boolean
  submissionOpensAt: string
  submissionClosesAt: string
  zone: string
  ownerUnitName: string | null
  categoryNames: string[]
  /** The cover image, when the organizers uploaded one. */
  coverUrl: string | null
}

export interface CategoryView {
  id: number
  name: string
  kind: CategoryKind
  kindLabel: string
  description: string | null
  maxBytes: number
  formats: string[]
  maxDurationSec: number | null
  minWidth: number | null
  minHeight: number | null
  minChars: number | null
  maxChars: number | null
  maxImages: number
  recommendationQuota: number | null
}

/**
 * Everything a contest page and the organizer's editor need. `descriptionHtml` and `rulesHtml` are rendered
 * by the server from Markdown with raw HTML escaped: the only HTML the app ever inserts as HTML.
 */
export interface ContestDetail {
  id: number
  slug: string
  title: string
  theme: string | null
  description: string
  descriptionHtml: string
  rules: string
  rulesHtml: string
  status: ContestStatus
  statusLabel: string
  nextStatuses: ContestStatus[]
  acceptingSubmissions: boolean
  ownerUnitId: number
  ownerUnitName: string | null
  participantUnitId: number
  participantUnitName: string | null
  zone: string
  submissionOpensAt: string
  submissionClosesAt: string
  judgingStartsAt: string | null
  publicityStartsAt: string | null
  publicityEndsAt: string | null
  publishAt: string | null
  maxEntriesPerStudent: number
  maxTeamSize: number
  advisorRequired: boolean
  originalityPledge: string
  requiresRecommendation: boolean
  categories: CategoryView[]
  formFields: FormField[]
  coverUrl: string | null
  serverTime: string
}

/** A category as the organizer edits it; `id` is set for one that already exists. */
export interface CategoryForm {
  id: number | null
  name: string
  kind: CategoryKind
  description: string | null
  maxBytes: number | null
  formats: string[]
  maxDurationSec: number | null
  minWidth: number | null
  minHeight: number | null
  minChars: number | null
  maxChars: number | null
  maxImages: number | null
  recommendationQuota: number | null
}

/** A contest with its categories and registration form, saved as one whole. Times are ISO-8601 instants. */
export interface ContestForm {
  slug: string | null
  title: string
  theme: string | null
  description: string
  rules: string
  ownerUnitId: number | null
  participantUnitId: number | null
  zone: string
  submissionOpensAt: string | null
  submissionClosesAt: string | null
  judgingStartsAt: string | null
  publicityStartsAt: string | null
  publicityEndsAt: string | null
  publishAt: string | null
  maxEntriesPerStudent: number | null
  maxTeamSize: number | null
  advisorRequired: boolean
  originalityPledge: string | null
  requiresRecommendation: boolean
  categories: CategoryForm[]
  formFields: FormField[]
}

export interface PageQuery {
  page?: number
  size?: number
}

/** Published contests, for everyone (no session needed). */
export async function listContests(query: PageQuery = {}): Promise<PageResult<ContestSummary>> {
  const { data } = await http.get<PageResult<ContestSummary>>('/api/contests', { params: query })
  return data
}

/** A contest by slug or id; drafts only for the organizers who may run them. */
export async function getContest(slugOrId: string | number): Promise<ContestDetail> {
  const { data } = await http.get<ContestDetail>(`/api/contests/${encodeURIComponent(String(slugOrId))}`)
  return data
}

/** Contests the signed-in organizer may run (owned by their unit or below). */
export async function listManagedContests(query: PageQuery = {}): Promise<PageResult<ContestSummary>> {
  const { data } = await http.get<PageResult<ContestSummary>>('/api/organize/contests', { params: query })
  return data
}

export async function createContest(form: ContestForm): Promise<ContestDetail> {
  const { data } = await http.post<ContestDetail>('/api/organize/contests', form)
  return data
}

export async function updateContest(id: number, form: ContestForm): Promise<ContestDetail> {
  const { data } = await http.put<ContestDetail>(`/api/organize/contests/${id}`, form)
  return data
}

export async function changeContestStatus(id: number, status: ContestStatus): Promise<ContestDetail> {
  const { data } = await http.post<ContestDetail>(`/api/organize/contests/${id}/status`, { status })
  return data
}
