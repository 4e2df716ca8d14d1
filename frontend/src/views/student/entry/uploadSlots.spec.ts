import { describe, expect, it } from 'vitest'
import type { EntryFile } from '@/api/entries'
import { readyImage } from '@/api/entryFixtures'
import { assignOrdinals, nextFreeOrdinal, visibleSlots } from './uploadSlots'

function file(ordinal: number): EntryFile {
  return readyImage({ id: 100 + ordinal, ordinal, fileName: `图${ordinal + 1}.jpg` })
}

describe('slots of a series', () => {
  it('shows one place for a single-file category, filled or not', () => {
    expect(visibleSlots([], 1)).toEqual([{ ordinal: 0, file: null }])
    expect(visibleSlots([file(0)], 1)).toEqual([{ ordinal: 0, file: file(0) }])
  })

  it('shows the files in order and the lowest free place to add one', () => {
    const slots = visibleSlots([file(2), file(0)], 4)
    expect(slots.map((s) => [s.ordinal, s.file?.id ?? null])).toEqual([
      [0, 100],
      [1, null],
      [2, 102],
    ])
  })

  it('counts uploads under way as taken and stops at the limit', () => {
    expect(visibleSlots([file(0)], 3, [1]).map((s) => s.ordinal)).toEqual([0, 1, 2])
    expect(visibleSlots([file(0), file(1), file(2)], 3).map((s) => s.ordinal)).toEqual([0, 1, 2])
    expect(visibleSlots([file(0), file(1), file(2)], 2).map((s) => s.ordinal)).toEqual([0, 1, 2])
  })

  it('places several chosen files in the free places, in order', () => {
    expect(assignOrdinals([0, 2], 4, 3)).toEqual([1, 3])
    expect(assignOrdinals([], 4, 2)).toEqual([0, 1])
    expect(nextFreeOrdinal([0, 1], 2)).toBeNull()
    expect(nextFreeOrdinal([1], 2)).toBe(0)
  })
})
