/**
 * Wall-clock times in a contest's zone (Asia/Shanghai unless the contest says otherwise), whatever zone the
 * organizer's device is in. Pickers show and edit "YYYY-MM-DDTHH:mm" in that zone; the API gets instants.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** The zone's wall clock at an instant, as milliseconds of the same wall clock read as UTC. */
function wallClockMillis(instant: number, zone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
}

/** How far the zone is ahead of UTC at an instant, in milliseconds (+08:00 → 28 800 000). */
export function zoneOffsetMillis(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000
  return wallClockMillis(whole, zone) - whole
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** "2026-03-01T00:00:00Z" in Asia/Shanghai → "2026-03-01T08:00". Empty for no time. */
export function toZonedWallTime(iso: string | null | undefined, zone: string): string {
  if (!iso) return ''
  const instant = Date.parse(iso)
  if (Number.isNaN(instant)) return ''
  const wall = new Date(wallClockMillis(instant, zone))
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
  )
}

/**
 * "2026-03-01T08:00" in Asia/Shanghai → "2026-03-01T00:00:00.000Z". A wall time skipped by a daylight-saving
 * change resolves to the instant after the gap; null for an empty or malformed value.
 */
export function fromZonedWallTime(wall: string | null | undefined, zone: string): string | null {
  const match = wall ? WALL_TIME.exec(wall) : null
  if (!match) return null
  const [, y, mo, d, h, mi, s] = match
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0))
  let instant = asUtc - zoneOffsetMillis(asUtc, zone)
  const corrected = asUtc - zoneOffsetMillis(instant, zone)
  if (corrected !== instant) instant = Math.max(instant, corrected)
  return new Date(instant).toISOString()
}
