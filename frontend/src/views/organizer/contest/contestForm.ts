import {
  KIND_FORMATS,
  type CategoryForm,
  type CategoryKind,
  type ContestDetail,
  type ContestForm,
  type FieldType,
  type FormField,
} from '@/api/contests'
import { TIMELINE_STEPS, type TimelineStep } from '@/components/contests/contestText'
import { fromZonedWallTime, toZonedWallTime } from '@/utils/zonedTime'

export const DEFAULT_ZONE = 'Asia/Shanghai'
const MiB = 1024 * 1024

/** A category as the organizer edits it: the size in MB, every limit present (the kind decides which count). */
export interface CategoryDraft {
  /** Stable key for lists while categories are added, moved and removed. */
  uid: string
  id: number | null
  name: string
  kind: CategoryKind
  description: string
  maxMb: number | null
  formats: string[]
  maxDurationSec: number | null
  minWidth: number | null
  minHeight: number | null
  minChars: number | null
  maxChars: number | null
  maxImages: number | null
  recommendationQuota: number | null
}

/** A registration question as edited: options one per line. */
export interface FieldDraft {
  uid: string
  key: string
  label: string
  type: FieldType
  required: boolean
  optionsText: string
  min: number | null
  max: number | null
  help: string
}

export interface ContestDraft {
  slug: string
  title: string
  theme: string
  description: string
  rules: string
  ownerUnitId: number | null
  participantUnitId: number | null
  /** Wall-clock times in the contest's zone, "YYYY-MM-DDTHH:mm" (empty when not planned). */
  times: Record<TimelineStep, string>
  maxEntriesPerStudent: number | null
  maxTeamSize: number | null
  advisorRequired: boolean
  originalityPledge: string
  requiresRecommendation: boolean
  categories: CategoryDraft[]
  formFields: FieldDraft[]
}

let uidCounter = 0
function uid(): string {
  uidCounter += 1
  return `d${uidCounter}`
}

/** A sensible start for each kind: what the platform accepts, at a size a phone can upload. */
const DEFAULT_MB: Record<CategoryKind, number> = { VIDEO: 500, IMAGE: 20, ESSAY: 10 }

export function isChoice(type: FieldType): boolean {
  return type === 'SINGLE_CHOICE' || type === 'MULTI_CHOICE'
}

export function newCategory(kind: CategoryKind = 'VIDEO'): CategoryDraft {
  return {
    uid: uid(),
    id: null,
    name: '',
    kind,
    description: '',
    maxMb: DEFAULT_MB[kind],
    formats: [...KIND_FORMATS[kind]],
    maxDurationSec: null,
    minWidth: null,
    minHeight: null,
    minChars: null,
    maxChars: null,
    maxImages: kind === 'IMAGE' ? 1 : null,
    recommendationQuota: null,
  }
}

/** Another kind of work: the formats of that kind, its own limits; a size the organizer chose is kept. */
export function changeKind(category: CategoryDraft, kind: CategoryKind): void {
  const fresh = newCategory(kind)
  if (category.maxMb === DEFAULT_MB[category.kind]) category.maxMb = fresh.maxMb
  category.kind = kind
  category.formats = fresh.formats
  category.maxDurationSec = null
  category.minChars = null
  category.maxChars = null
  category.maxImages = fresh.maxImages
  if (kind === 'ESSAY') {
    category.minWidth = null
    category.minHeight = null
  }
}

export function newField(): FieldDraft {
  return { uid: uid(), key: '', label: '', type: 'TEXT', required: false, optionsText: '', min: null, max: null, help: '' }
}

/** 524288000 → 500; 1.5 GB → 1536; up to two decimals. */
export function bytesToMb(bytes: number): number {
  return Math.round((bytes / MiB) * 100) / 100
}

export function mbToBytes(mb: number): number {
  return Math.round(mb * MiB)
}

/** The lines of the options box, trimmed, without blank lines. */
export function parseOptions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** A new contest starts today and collects for a month, on the zone's clock. */
export function defaultTimes(now: number, zone: string): Record<TimelineStep, string> {
  const today = toZonedWallTime(new Date(now).toISOString(), zone).slice(0, 10)
  const close = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10)
  const times = Object.fromEntries(TIMELINE_STEPS.map((step) => [step, ''])) as Record<TimelineStep, string>
  times.submissionOpensAt = `${today}T00:00`
  times.submissionClosesAt = `${close}T23:59`
  return times
}

export function draftOf(detail: ContestDetail | null, ownerUnitId: number | null, now: number): ContestDraft {
  if (!detail) {
    return {
      slug: '',
      title: '',
      theme: '',
      description: '',
      rules: '',
      ownerUnitId,
      participantUnitId: null,
      times: defaultTimes(now, DEFAULT_ZONE),
      maxEntriesPerStudent: 1,
      maxTeamSize: 1,
      advisorRequired: false,
      originalityPledge: '',
      requiresRecommendation: false,
      categories: [newCategory()],
      formFields: [],
    }
  }
  const zone = detail.zone
  return {
    slug: detail.slug,
    title: detail.title,
    theme: detail.theme ?? '',
    description: detail.description,
    rules: detail.rules,
    ownerUnitId: detail.ownerUnitId,
    participantUnitId: detail.participantUnitId === detail.ownerUnitId ? null : detail.participantUnitId,
    times: Object.fromEntries(TIMELINE_STEPS.map((step) => [step, toZonedWallTime(detail[step], zone)])) as Record<
      TimelineStep,
      string
    >,
    maxEntriesPerStudent: detail.maxEntriesPerStudent,
    maxTeamSize: detail.maxTeamSize,
    advisorRequired: detail.advisorRequired,
    originalityPledge: detail.originalityPledge,
    requiresRecommendation: detail.requiresRecommendation,
    categories: detail.categories.map((category) => ({
      uid: uid(),
      id: category.id,
      name: category.name,
      kind: category.kind,
      description: category.description ?? '',
      maxMb: bytesToMb(category.maxBytes),
      formats: [...category.formats],
      maxDurationSec: category.maxDurationSec,
      minWidth: category.minWidth,
      minHeight: category.minHeight,
      minChars: category.minChars,
      maxChars: category.maxChars,
      maxImages: category.kind === 'IMAGE' ? category.maxImages : null,
      recommendationQuota: category.recommendationQuota,
    })),
    formFields: detail.formFields.map((field) => ({
      uid: uid(),
      key: field.key,
      label: field.label,
      type: field.type,
      required: field.required,
      optionsText: (field.options ?? []).join('\n'),
      min: field.min,
      max: field.max,
      help: field.help ?? '',
    })),
  }
}

function text(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

function categoryForm(category: CategoryDraft, requiresRecommendation: boolean): CategoryForm {
  const { kind } = category
  return {
    id: category.id,
    name: category.name.trim(),
    kind,
    description: text(category.description),
    maxBytes: category.maxMb === null ? null : mbToBytes(category.maxMb),
    formats: KIND_FORMATS[kind].filter((format) => category.formats.includes(format)),
    maxDurationSec: kind === 'VIDEO' ? category.maxDurationSec : null,
    minWidth: kind === 'ESSAY' ? null : category.minWidth,
    minHeight: kind === 'ESSAY' ? null : category.minHeight,
    minChars: kind === 'ESSAY' ? category.minChars : null,
    maxChars: kind === 'ESSAY' ? category.maxChars : null,
    maxImages: kind === 'IMAGE' ? category.maxImages : null,
    recommendationQuota: requiresRecommendation ? category.recommendationQuota : null,
  }
}

function formField(field: FieldDraft): FormField {
  const choice = isChoice(field.type)
  return {
    key: field.key.trim(),
    label: field.label.trim(),
    type: field.type,
    required: field.required,
    options: choice ? parseOptions(field.optionsText) : null,
    min: choice ? null : field.min,
    max: choice ? null : field.max,
    help: text(field.help),
  }
}

/** The request body: times as instants from the zone's wall clock, only the limits the kind uses. */
export function contestFormOf(draft: ContestDraft, zone: string = DEFAULT_ZONE): ContestForm {
  const instant = (step: TimelineStep) => fromZonedWallTime(draft.times[step], zone)
  return {
    slug: text(draft.slug)?.toLowerCase() ?? null,
    title: draft.title.trim(),
    theme: text(draft.theme),
    description: draft.description.trim(),
    rules: draft.rules.trim(),
    ownerUnitId: draft.ownerUnitId,
    participantUnitId: draft.participantUnitId,
    zone,
    submissionOpensAt: instant('submissionOpensAt'),
    submissionClosesAt: instant('submissionClosesAt'),
    judgingStartsAt: instant('judgingStartsAt'),
    publicityStartsAt: instant('publicityStartsAt'),
    publicityEndsAt: instant('publicityEndsAt'),
    publishAt: instant('publishAt'),
    maxEntriesPerStudent: draft.maxEntriesPerStudent,
    maxTeamSize: draft.maxTeamSize,
    advisorRequired: draft.advisorRequired,
    originalityPledge: text(draft.originalityPledge),
    requiresRecommendation: draft.requiresRecommendation,
    categories: draft.categories.map((category) => categoryForm(category, draft.requiresRecommendation)),
    formFields: draft.formFields.map(formField),
  }
}

/** Moves an item of a list one place up (-1) or down (+1). */
export function move<T>(list: T[], index: number, by: -1 | 1): void {
  const target = index + by
  if (target < 0 || target >= list.length) return
  const [item] = list.splice(index, 1)
  list.splice(target, 0, item!)
}
