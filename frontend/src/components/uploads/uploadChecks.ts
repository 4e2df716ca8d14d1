import { formatNames } from '@/components/contests/contestText'
import { formatBytes } from '@/utils/format'

/** Other spellings of a format's file extension. */
const EXTENSION_ALIASES: Record<string, readonly string[]> = {
  jpg: ['jpg', 'jpeg'],
  tiff: ['tiff', 'tif'],
}

/** "作品.final.MP4" → "mp4"; "" when the name has none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : ''
}

export function extensionsOf(formats: readonly string[]): string[] {
  return formats.flatMap((format) => EXTENSION_ALIASES[format] ?? [format])
}

/** The file picker's `accept`: ".mp4,.mov,.webm". */
export function acceptAttribute(formats: readonly string[]): string {
  return extensionsOf(formats)
    .map((extension) => `.${extension}`)
    .join(',')
}

export interface UploadLimits {
  maxBytes: number
  formats: readonly string[]
}

export interface PrecheckProblem {
  key: 'upload.empty' | 'upload.tooLarge' | 'upload.wrongFormat' | 'upload.noExtension'
  params: Record<string, string>
}

/**
 * A friendly early word on a chosen file: empty, too large for the category, or an extension the category
 * does not take. Only a pre-check — the server reads the file's first bytes and decides.
 */
export function precheckFile(
  file: { name: string; size: number },
  limits: UploadLimits,
  locale: string,
): PrecheckProblem | null {
  const formats = formatNames(limits.formats, locale)
  const extension = fileExtension(file.name)
  if (!extension) return { key: 'upload.noExtension', params: { formats } }
  if (!extensionsOf(limits.formats).includes(extension)) {
    return { key: 'upload.wrongFormat', params: { ext: extension.toUpperCase(), formats } }
  }
  if (file.size === 0) return { key: 'upload.empty', params: {} }
  if (file.size > limits.maxBytes) {
    return { key: 'upload.tooLarge', params: { size: formatBytes(file.size), max: formatBytes(limits.maxBytes) } }
  }
  return null
}
