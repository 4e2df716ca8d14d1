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

export interface EntryFile {
  id: number
  /** The slot of the file, from 0; a series (组图) has several. */
  ordinal: number
  fileName: string | null
  contentType: string
  bytes: number
  status: AssetStatus
  statusLabel: string
  /** Why processing failed, in words a student understands. */
  error: string | null
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

/** Where the browser opens or plays a file; the server answers Range requests, so videos can seek. */
export function entryFileUrl(entryId: number, assetId: number): string {
  return `/api/entries/${entryId}/files/${assetId}`
}
