import { describe, expect, it } from 'vitest'
import type { AllocationTie, AllocationView } from '@/api/results'
import { choiceOf, decide, presetTiers, prune, tieKey } from './tieDecisions'

const tie = (decided: number[] | null, tierId = 2, placing = 2): AllocationTie => ({
  tierId,
  tierName: '二等奖',
  placing,
  entryIds: [11, 12, 13],
  seats: 1,
  decided,
})

const view = (ties: AllocationTie[]): AllocationView => ({
  complete: false,
  allocatedAt: null,
  sections: [{ categoryId: 1, categoryName: '短视频', basis: 'SCORE', roundName: '终评', ranked: 5, tiers: [], rows: [], ties }],
})

describe('tie decisions', () => {
  it('replaces the decision on the same tie and keeps the others', () => {
    const first = decide([], tie(null), [11])
    const other = decide(first, tie(null, 3, 5), [])
    const changed = decide(other, tie(null), [11, 12, 13])
    expect(changed).toHaveLength(2)
    expect(changed.find((decision) => tieKey(decision) === '2:2')?.entryIds).toEqual([11, 12, 13])
    expect(changed.find((decision) => tieKey(decision) === '3:5')?.entryIds).toEqual([])
  })

  it('names what a stored decision amounts to', () => {
    expect(choiceOf(tie(null))).toBeNull()
    expect(choiceOf(tie([]))).toBe('NONE_UP')
    expect(choiceOf(tie([13, 12, 11]))).toBe('ALL_UP')
    expect(choiceOf(tie([12]))).toBe('PICK')
  })

  it('drops decisions about ties the preview no longer has', () => {
    const decisions = decide(decide([], tie(null), [11]), tie(null, 3, 5), [])
    expect(prune(decisions, view([tie([11])]))).toEqual([{ tierId: 2, placing: 2, entryIds: [11] }])
  })

  it('offers the usual percentages for the usual tier names', () => {
    expect(presetTiers(['一等奖', '二等奖', '三等奖', '优秀奖']).map((tier) => [tier.name, tier.quotaValue])).toEqual([
      ['一等奖', 10],
      ['二等奖', 20],
      ['三等奖', 30],
      ['优秀奖', 20],
    ])
  })
})
