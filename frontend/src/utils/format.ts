const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
}

/**
 * "2026/03/01 09:30" in zh-CN, "03/01/2026, 09:30" in English. In the browser's time zone, or in `timeZone`
 * (a contest's window is shown in the contest's zone, whatever the visitor's device says).
 */
export function formatDateTime(iso: string | null | undefined, locale: string, timeZone?: string): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  try {
    return new Intl.DateTimeFormat(locale, { ...DATE_TIME, timeZone }).format(date)
  } catch {
    // an unknown zone: the browser's own
    return new Intl.DateTimeFormat(locale, DATE_TIME).format(date)
  }
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const

/** 524288000 → "500 MB", 1610612736 → "1.5 GB" (binary multiples, as the server counts them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return ''
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2
  const text = value.toFixed(digits).replace(/\.0+$|(\.\d*?)0+$/, '$1')
  return `${text} ${UNITS[unit]}`
}

/** Bytes per second as "1.2 MB/s". */
export function formatSpeed(bytesPerSecond: number): string {
  return `${formatBytes(Math.max(0, Math.round(bytesPerSecond)))}/s`
}

/** A video's length as players show it: 42000 → "00:42", 3723000 → "1:02:03". */
export function formatClock(durationMs: number): string {
  if (!Number.isFinite(durationMs) || durationMs < 0) return ''
  const total = Math.round(durationMs / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
  return hours > 0 ? `${hours}:${mmss}` : mmss
}

/** 2345 → "2,345" (both languages group thousands with commas). */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
}

/** A playback speed as players label it: 1.25 → "1.25×", 1 → "1×". */
export function formatRate(rate: number): string {
  return `${rate}×`
}
