import type { EntryFile } from '@/api/entries'

/** One place for a file of an entry: a video or essay has one (0); a series of images has several, in order. */
export interface Slot {
  ordinal: number
  file: EntryFile | null
}

/** The lowest free place, or null when all `maxFiles` places hold a file (or an upload under way). */
export function nextFreeOrdinal(taken: Iterable<number>, maxFiles: number): number | null {
  const used = new Set(taken)
  for (let ordinal = 0; ordinal < maxFiles; ordinal++) if (!used.has(ordinal)) return ordinal
  return null
}

/** The places several chosen files go to, in the order they were chosen: the free ones, lowest first. */
export function assignOrdinals(taken: Iterable<number>, maxFiles: number, count: number): number[] {
  const used = new Set(taken)
  const result: number[] = []
  for (let ordinal = 0; ordinal < maxFiles && result.length < count; ordinal++) {
    if (!used.has(ordinal)) result.push(ordinal)
  }
  return result
}

/**
 * The places to show, ordered: every one holding a file or an upload under way, then the lowest free one
 * as the place to add the next file. A single-file category always shows its one place (an upload there
 * replaces the file once it completes). Files beyond `maxFiles` (the limit was lowered) stay visible.
 */
export function visibleSlots(files: readonly EntryFile[], maxFiles: number, uploading: Iterable<number> = []): Slot[] {
  const byOrdinal = new Map<number, EntryFile>()
  for (const file of files) byOrdinal.set(file.ordinal, file)
  const ordinals = new Set<number>([...byOrdinal.keys(), ...uploading])
  const free = nextFreeOrdinal(ordinals, Math.max(1, maxFiles))
  if (free !== null) ordinals.add(free)
  return [...ordinals].sort((a, b) => a - b).map((ordinal) => ({ ordinal, file: byOrdinal.get(ordinal) ?? null }))
}
