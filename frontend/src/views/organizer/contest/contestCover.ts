import { precheckFile, type PrecheckProblem } from '@/components/uploads/uploadChecks'

/** What the server takes as a contest's cover (it checks the first bytes; this is only the early word). */
export const COVER_LIMITS = { maxBytes: 10 * 1024 * 1024, formats: ['jpg', 'png', 'webp'] } as const

/** The file picker's `accept` for a cover. */
export const COVER_ACCEPT = 'image/jpeg,image/png,image/webp'

export interface CoverProblem {
  key: `contestEditor.cover.${'empty' | 'tooLarge' | 'wrongFormat' | 'noExtension'}`
  params: PrecheckProblem['params']
}

/** A friendly refusal of a chosen cover before it is sent: no or wrong extension, empty, over 10 MB. */
export function precheckCover(file: { name: string; size: number }, locale: string): CoverProblem | null {
  const problem = precheckFile(file, COVER_LIMITS, locale)
  if (!problem) return null
  const reason = problem.key.slice('upload.'.length) as 'empty' | 'tooLarge' | 'wrongFormat' | 'noExtension'
  return { key: `contestEditor.cover.${reason}`, params: problem.params }
}
