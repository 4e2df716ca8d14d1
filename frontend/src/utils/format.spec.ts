import { describe, expect, it } from 'vitest'
import { formatBytes, formatClock, formatCount, formatRate } from './format'

describe('formatClock', () => {
  it('shows minutes and seconds, hours only when there are some', () => {
    expect(formatClock(42_000)).toBe('00:42')
    expect(formatClock(2_000)).toBe('00:02')
    expect(formatClock(0)).toBe('00:00')
    expect(formatClock(300_000)).toBe('05:00')
    expect(formatClock(3_723_000)).toBe('1:02:03')
  })

  it('rounds to the nearest second', () => {
    expect(formatClock(1_499)).toBe('00:01')
    expect(formatClock(59_600)).toBe('01:00')
  })

  it('shows nothing for nonsense', () => {
    expect(formatClock(Number.NaN)).toBe('')
    expect(formatClock(-1)).toBe('')
  })
})

describe('formatCount', () => {
  it('groups thousands in both languages', () => {
    expect(formatCount(2345, 'zh-CN')).toBe('2,345')
    expect(formatCount(2345, 'en')).toBe('2,345')
    expect(formatCount(12, 'zh-CN')).toBe('12')
  })
})

describe('formatRate', () => {
  it('labels speeds as players do', () => {
    expect([0.75, 1, 1.25, 1.5, 2].map(formatRate)).toEqual(['0.75×', '1×', '1.25×', '1.5×', '2×'])
  })
})

describe('formatBytes', () => {
  it('uses binary multiples', () => {
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB')
    expect(formatBytes(1610612736)).toBe('1.5 GB')
  })
})
