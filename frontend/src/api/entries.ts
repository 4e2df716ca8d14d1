import type { CategoryKind } from './contests'
import { http } from './http'

export const ENTRY_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'ELIGIBLE',
  'REJECTED',
  'RECOMMENDED',
  'IN_JUDGING',
  'ADVANCED',
  'ELIMINATED',
  'AWARDED',
  'WITHDRAWN',
] as const
export type EntryStatus = (typeof ENTRY_STATUSES)[number]

export const ASSET_STATUSES = ['PROCESSING', 'READY', 'FAILED'] as const
export type AssetStatus = (typeof ASSET_STATUSES)[number]

/** What the media pipeline derives from an original; each is fetched like a file, by its own id. */
export const RENDITION_ROLES = [
  'VIDEO_WEB',
  'POSTER',
  'DISPLAY',
  'THUMB_LARGE',
  'THUMB_SMALL',
  'TEXT',
  'PDF_PREVIEW',
] as const
export type RenditionRole = (typeof RENDITION_ROLES)[number]

export interface Rendition {
  id: number
  role: RenditionRole
  contentType: string
  width: number | null
  height: number | null
}

export interface EntryFile {
  id: number
  /** The slot of the file, from 0; a series (组图) has several. */
  ordinal: number
  /** Null for another entry's file shown next to a similar one: its name is not the organizer's to see. */
  fileName: string | null
  contentType: string
  bytes: number
  status: AssetStatus
  statusLabel: string
  /** Why processing failed, in words a student understands. */
  error: string | null
  /** Percent done while PROCESSING, when the pipeline can tell (videos); null before it starts. */
  progress: number | null
  /** Facts the pipeline found, after rotation; null until READY or when they do not apply. */
  width: number | null
  height: number | null
  durationMs: number | null
  /** An essay's length: 汉字, letters and digits, not punctuation or whitespace. */
  characters: number | null
  /** One technical line, e.g. "MOV · HEVC 1080×1920 · AAC · 00:42". */
  details: string | null
  renditions: Rendition[]
}

/** Another entry (of any contest) whose work looks like this one's; only in the organizers' screening list. */
export interface SimilarHint {
  entryId: number
  code: string | null
  title: string
  contestTitle: string
  percent: number
}

export interface EntryMember {
  userId: number | null
  username: string | null
  name: string
  unitName: string | null
}

/** Answers to the contest's registration form: text, number, one choice or several. */
export type FormAnswer = string | number | string[] | null
export type FormData = Record<string, FormAnswer>

/** An entry as its authors, organizers and unit admins see it. `editable` is decided by the server. */
export interface Entry {
  id: number
  code: string | null
  contest: {
    id: number
    slug: string
    title: string
    zone: string
    acceptingSubmissions: boolean
    submissionClosesAt: string
    requiresRecommendation: boolean
  }
  category: {
    id: number
    name: string
    kind: CategoryKind
    maxFiles: number
    maxBytes: number
    formats: string[]
  }
  title: string
  summary: string
  submitter: { id: number; username: string; displayName: string }
  unitPath: string | null
  members: EntryMember[]
  advisorName: string | null
  advisorUnit: string | null
  formData: FormData
  pledgeAccepted: boolean
  status: EntryStatus
  statusLabel: string
  rejectReason: string | null
  submittedAt: string | null
  editable: boolean
  files: EntryFile[]
  similar: SimilarHint[]
}

/** A team member: a platform user by `username`, or an outsider by `name` and `unitName`. */
export interface MemberForm {
  username: string | null
  name: string | null
  unitName: string | null
}

/** What a student fills in; `contestId`/`categoryId` only count when creating. */
export interface EntryForm {
  contestId?: number
  categoryId?: number
  title: string
  summary: string
  members: MemberForm[]
  advisorName: string | null
  advisorUnit: string | null
  formData: FormData
  pledgeAccepted: boolean
}

/** My entries, also those where I am a team member; newest first. */
export async function listMyEntries(): Promise<Entry[]> {
  const { data } = await http.get<Entry[]>('/api/entries')
  return data
}

export async function getEntry(id: number): Promise<Entry> {
  const { data } = await http.get<Entry>(`/api/entries/${id}`)
  return data
}

export async function createEntry(form: EntryForm): Promise<Entry> {
  const { data } = await http.post<Entry>('/api/entries', form)
  return data
}

export async function updateEntry(id: number, form: EntryForm): Promise<Entry> {
  const { data } = await http.put<Entry>(`/api/entries/${id}`, form)
  return data
}

export async function submitEntry(id: number): Promise<Entry> {
  const { data } = await http.post<Entry>(`/api/entries/${id}/submit`)
  return data
}

export async function withdrawEntry(id: number): Promise<Entry> {
  const { data } = await http.post<Entry>(`/api/entries/${id}/withdraw`)
  return data
}

/** Deletes a draft that was never submitted, with its files. */
export async function deleteEntry(id: number): Promise<void> {
  await http.delete(`/api/entries/${id}`)
}

export async function removeEntryFile(id: number, assetId: number): Promise<Entry> {
  const { data } = await http.delete<Entry>(`/api/entries/${id}/files/${assetId}`)
  return data
}

/**
 * Where the browser fetches an entry's original or one of its renditions; the server answers Range requests,
 * so videos can seek. The original downloads (attachment), renditions display inline.
 */
export function entryFileUrl(entryId: number, assetId: number): string {
  return `/api/entries/${entryId}/files/${assetId}`
}

/** Turns an original's or a rendition's id into the URL it is fetched at, which depends on who looks at it. */
export type FileUrlBuilder = (assetId: number) => string

export function entryFileUrls(entryId: number): FileUrlBuilder {
  return (assetId) => entryFileUrl(entryId, assetId)
}

/** The rendition of a file in this role, if the pipeline made one. */
export function rendition(file: Pick<EntryFile, 'renditions'>, role: RenditionRole): Rendition | undefined {
  return file.renditions.find((candidate) => candidate.role === role)
}

/** The URL of a file's rendition in this role, or null when there is none (not processed yet, or not its kind). */
export function renditionUrl(file: Pick<EntryFile, 'renditions'>, role: RenditionRole, urlOf: FileUrlBuilder): string | null {
  const found = rendition(file, role)
  return found ? urlOf(found.id) : null
}

export type FileKind = 'video' | 'image' | 'essay' | 'other'

const ESSAY_TYPES = new Set([
  'text/plain',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
])

/** How a file is shown: by its type, or by what the pipeline extracted (an essay has a TEXT rendition). */
export function fileKind(file: Pick<EntryFile, 'contentType' | 'renditions'>): FileKind {
  const type = file.contentType.split(';')[0]!.trim().toLowerCase()
  if (type.startsWith('video/')) return 'video'
  if (type.startsWith('image/')) return 'image'
  if (ESSAY_TYPES.has(type) || file.renditions.some((r) => r.role === 'TEXT' || r.role === 'PDF_PREVIEW')) return 'essay'
  return 'other'
}

/** An essay's text as judges read it (the TEXT rendition, UTF-8). */
export async function getRenditionText(url: string): Promise<string> {
  const { data } = await http.get<string>(url, {
    responseType: 'text',
    headers: { Accept: 'text/plain, application/problem+json' },
  })
  return data
}
