import { fileKind, type EntryFile } from '@/api/entries'
import type { Translate } from '@/api/problem'
import { formatClock, formatCount } from '@/utils/format'

/** 1080 and 1920 → "1080×1920"; empty when the pipeline found no size. */
export function formatResolution(width: number | null, height: number | null): string {
  return width && height ? `${width}×${height}` : ''
}

/** "2,345 字" / "2,345 characters". */
export function formatCharacters(characters: number, t: Translate, locale: string): string {
  return t('files.characters', { n: formatCount(characters, locale) }, characters)
}

/**
 * What the pipeline found about a ready file, for its line in a file list: a video's length and size
 * ("00:42", "1080×1920"), an image's size, an essay's length ("2,345 字").
 */
export function fileFacts(file: EntryFile, t: Translate, locale: string): string[] {
  if (file.status !== 'READY') return []
  const kind = fileKind(file)
  const facts: string[] = []
  if (kind === 'video' && file.durationMs !== null) facts.push(formatClock(file.durationMs))
  if (kind === 'video' || kind === 'image') {
    const resolution = formatResolution(file.width, file.height)
    if (resolution) facts.push(resolution)
  }
  if (kind === 'essay' && file.characters !== null) facts.push(formatCharacters(file.characters, t, locale))
  return facts
}
