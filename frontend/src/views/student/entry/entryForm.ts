import type { ContestDetail } from '@/api/contests'
import type { Entry, EntryForm, FormData, MemberForm } from '@/api/entries'
import { answersForEditing, answersToSend } from './registration'

/** A teammate as edited: a platform user by 学号/工号, or an outsider by name and unit. */
export interface MemberRow {
  kind: 'user' | 'outsider'
  username: string
  name: string
  unitName: string
}

/** What the entry editor binds to. */
export interface EntryModel {
  title: string
  summary: string
  formData: FormData
  members: MemberRow[]
  advisorName: string
  advisorUnit: string
  pledgeAccepted: boolean
}

export function memberRowOf(member: Entry['members'][number]): MemberRow {
  return member.userId !== null || member.username
    ? { kind: 'user', username: member.username ?? '', name: member.name, unitName: member.unitName ?? '' }
    : { kind: 'outsider', username: '', name: member.name, unitName: member.unitName ?? '' }
}

export function modelOf(entry: Entry | null, contest: Pick<ContestDetail, 'formFields'>): EntryModel {
  return {
    title: entry?.title ?? '',
    summary: entry?.summary ?? '',
    formData: answersForEditing(contest.formFields, entry?.formData),
    members: (entry?.members ?? []).map(memberRowOf),
    advisorName: entry?.advisorName ?? '',
    advisorUnit: entry?.advisorUnit ?? '',
    pledgeAccepted: entry?.pledgeAccepted ?? false,
  }
}

function blankToNull(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

function memberForm(row: MemberRow): MemberForm {
  return row.kind === 'user'
    ? { username: blankToNull(row.username), name: null, unitName: null }
    : { username: null, name: blankToNull(row.name), unitName: blankToNull(row.unitName) }
}

/** The request body: trimmed text, only the contest's own answers, teammates as the server reads them. */
export function entryFormOf(model: EntryModel, contest: Pick<ContestDetail, 'formFields'>): EntryForm {
  return {
    title: model.title.trim(),
    summary: model.summary.trim(),
    members: model.members.map(memberForm),
    advisorName: blankToNull(model.advisorName),
    advisorUnit: blankToNull(model.advisorUnit),
    formData: answersToSend(contest.formFields, model.formData),
    pledgeAccepted: model.pledgeAccepted,
  }
}
