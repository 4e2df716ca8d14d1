import { describe, expect, it } from 'vitest'
import { fromZonedWallTime, toZonedWallTime, zoneOffsetMillis } from './zonedTime'

const SHANGHAI = 'Asia/Shanghai'

describe('zoned wall times', () => {
  it('shows an instant on the contest zone’s clock, not the device’s', () => {
    expect(toZonedWallTime('2026-03-01T00:00:00Z', SHANGHAI)).toBe('2026-03-01T08:00')
    expect(toZonedWallTime('2026-02-28T16:00:00Z', SHANGHAI)).toBe('2026-03-01T00:00')
    expect(toZonedWallTime('2026-03-01T00:00:00+08:00', SHANGHAI)).toBe('2026-03-01T00:00')
    expect(toZonedWallTime(null, SHANGHAI)).toBe('')
    expect(toZonedWallTime('not a date', SHANGHAI)).toBe('')
  })

  it('turns a wall time in the zone into the instant the API expects', () => {
    expect(fromZonedWallTime('2026-03-01T00:00', SHANGHAI)).toBe('2026-02-28T16:00:00.000Z')
    expect(fromZonedWallTime('2026-12-31T23:59', SHANGHAI)).toBe('2026-12-31T15:59:00.000Z')
    expect(fromZonedWallTime('', SHANGHAI)).toBeNull()
    expect(fromZonedWallTime('2026/03/01 08:00', SHANGHAI)).toBeNull()
  })

  it('round-trips', () => {
    for (const iso of ['2026-01-01T00:00:00.000Z', '2026-07-15T09:30:00.000Z']) {
      expect(fromZonedWallTime(toZonedWallTime(iso, SHANGHAI), SHANGHAI)).toBe(iso)
    }
  })

  it('follows daylight saving time in zones that have it', () => {
    expect(zoneOffsetMillis(Date.parse('2026-01-15T12:00:00Z'), SHANGHAI)).toBe(8 * 3600_000)
    expect(fromZonedWallTime('2026-07-01T12:00', 'Europe/Berlin')).toBe('2026-07-01T10:00:00.000Z')
    expect(fromZonedWallTime('2026-01-01T12:00', 'Europe/Berlin')).toBe('2026-01-01T11:00:00.000Z')
    // 02:30 does not exist on 29 March 2026 in Berlin: it resolves to after the gap
    expect(fromZonedWallTime('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z')
  })
})
