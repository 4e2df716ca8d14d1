import type { FormField } from '@/api/contests'
import type { FormAnswer, FormData } from '@/api/entries'

/** The server's length limits for text answers when the field sets no `max`. */
export const DEFAULT_TEXT_MAX = 200
export const DEFAULT_LONG_TEXT_MAX = 2000

/** A locale key and its parameters: the message for one answer that cannot be sent as it is. */
export interface AnswerProblem {
  key: string
  params: Record<string, string | number>
}

export function isEmptyAnswer(value: FormAnswer | undefined): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}

/** The longest text the server accepts for a text field (for `maxlength` and the checks). */
export function textMaxLength(field: FormField): number | undefined {
  if (field.type === 'TEXT') return field.max ?? DEFAULT_TEXT_MAX
  if (field.type === 'LONG_TEXT') return field.max ?? DEFAULT_LONG_TEXT_MAX
  return undefined
}

function problem(key: string, field: FormField, params: Record<string, string | number> = {}): AnswerProblem {
  return { key, params: { label: field.label, ...params } }
}

/**
 * Checks one answer the way the server does (EntryRules): types, options and bounds always, so a draft
 * with a malformed answer is caught before it is sent; required answers only when `requireFilled` —
 * a half-filled draft may be saved, a work may not be submitted without them.
 */
export function checkAnswer(field: FormField, value: FormAnswer | undefined, requireFilled: boolean): AnswerProblem | null {
  if (isEmptyAnswer(value)) {
    if (!requireFilled || !field.required) return null
    const choice = field.type === 'SINGLE_CHOICE' || field.type === 'MULTI_CHOICE'
    return problem(choice ? 'entry.choiceRequired' : 'entry.fieldRequired', field)
  }
  switch (field.type) {
    case 'TEXT':
    case 'LONG_TEXT': {
      if (typeof value !== 'string') return problem('entry.fieldRequired', field)
      const length = value.trim().length
      const max = textMaxLength(field)!
      if (field.min !== null && field.min === field.max && length !== field.min) {
        return problem('entry.textLength', field, { n: field.min })
      }
      if (length > max) return problem('entry.textTooLong', field, { max })
      if (field.min !== null && length < field.min) return problem('entry.textTooShort', field, { min: field.min })
      return null
    }
    case 'NUMBER': {
      const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN
      if (!Number.isFinite(number)) return problem('entry.numberInvalid', field)
      if (field.min !== null && number < field.min) return problem('entry.numberTooSmall', field, { min: field.min })
      if (field.max !== null && number > field.max) return problem('entry.numberTooLarge', field, { max: field.max })
      return null
    }
    case 'SINGLE_CHOICE':
      return typeof value === 'string' && (field.options ?? []).includes(value)
        ? null
        : problem('entry.choiceInvalid', field)
    case 'MULTI_CHOICE':
      return Array.isArray(value) && value.every((choice) => (field.options ?? []).includes(choice))
        ? null
        : problem('entry.choiceInvalid', field)
  }
}

/** The editing model of the answers: every field present, a list for multiple choice. */
export function answersForEditing(fields: readonly FormField[], saved: FormData | undefined): FormData {
  const answers: FormData = {}
  for (const field of fields) {
    const value = saved?.[field.key]
    if (field.type === 'MULTI_CHOICE') answers[field.key] = Array.isArray(value) ? [...value] : []
    else if (field.type === 'NUMBER') answers[field.key] = typeof value === 'number' ? value : value ? Number(value) : null
    else answers[field.key] = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
  }
  return answers
}

/** What is sent: only the contest's own fields, trimmed, without empty answers (the server checks the rest). */
export function answersToSend(fields: readonly FormField[], answers: FormData): FormData {
  const result: FormData = {}
  for (const field of fields) {
    const value = answers[field.key]
    if (isEmptyAnswer(value)) continue
    result[field.key] = typeof value === 'string' ? value.trim() : value!
  }
  return result
}
