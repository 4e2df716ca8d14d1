import { describe, expect, it } from 'vitest'
import type { VoteBoard } from '@/api/vote'
import { actionFor, applyReceipt, filterWorks, ranked } from './voteBoard'

function board(overrides: Partial<VoteBoard> = {}): VoteBoard {
  return {
    slug: '2026-abc',
    contestTitle: '网络文明微视频大赛',
    opensAt: '2026-05-01T00:00:00Z',
    closesAt: '2026-05-08T00:00:00Z',
    phase: 'OPEN',
    dailyVotes: 3,
    countsVisible: true,
    signedIn: true,
    remainingToday: 2,
    votedToday: [1],
    categories: [
      {
        id: 10,
        name: '视频',
        kind: 'VIDEO',
        works: [
          { entryId: 1, code: '2026-V-0001', title: '清朗网络', thumbnailId: 5, votes: 4 },
          { entryId: 2, code: '2026-V-0002', title: '指尖上的文明', thumbnailId: null, votes: 9 },
        ],
      },
      { id: 11, name: '征文', kind: 'ESSAY', works: [{ entryId: 3, code: '2026-E-0001', title: '我的网络', thumbnailId: null, votes: 4 }] },
    ],
    ...overrides,
  }
}

describe('actionFor', () => {
  it('follows the window first, then the session, then the day', () => {
    expect(actionFor(board({ phase: 'UPCOMING' }), 2)).toBe('upcoming')
    expect(actionFor(board({ phase: 'CLOSED' }), 2)).toBe('closed')
    expect(actionFor(board({ signedIn: false, remainingToday: null }), 2)).toBe('login')
    expect(actionFor(board(), 1)).toBe('voted')
    expect(actionFor(board({ remainingToday: 0 }), 2)).toBe('exhausted')
    expect(actionFor(board(), 2)).toBe('vote')
  })
})

describe('applyReceipt', () => {
  it('marks the work, counts the day down and shows the new count', () => {
    const next = applyReceipt(board(), { entryId: 2, remainingToday: 1, votes: 10 })
    expect(next.remainingToday).toBe(1)
    expect(next.votedToday).toEqual([1, 2])
    expect(next.categories[0].works[1].votes).toBe(10)
    expect(actionFor(next, 2)).toBe('voted')
  })

  it('keeps counts hidden when the server hides them', () => {
    const hidden = board({ countsVisible: false })
    hidden.categories[0].works[1].votes = null
    expect(applyReceipt(hidden, { entryId: 2, remainingToday: 0, votes: null }).categories[0].works[1].votes).toBeNull()
  })
})

describe('filterWorks', () => {
  it('filters by category and by title or code, dropping empty categories', () => {
    expect(filterWorks(board().categories, null, '').map((c) => c.works.length)).toEqual([2, 1])
    expect(filterWorks(board().categories, 11, '')).toHaveLength(1)
    const found = filterWorks(board().categories, null, 'v-0002')
    expect(found).toHaveLength(1)
    expect(found[0].works.map((w) => w.entryId)).toEqual([2])
    expect(filterWorks(board().categories, null, '文明')[0].works[0].entryId).toBe(2)
  })
})

describe('ranked', () => {
  it('orders by votes, then code', () => {
    const works = board().categories.flatMap((c) => c.works)
    expect(ranked(works).map((w) => w.entryId)).toEqual([2, 3, 1])
  })
})
