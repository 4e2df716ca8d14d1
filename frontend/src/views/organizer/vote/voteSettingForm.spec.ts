import { describe, expect, it } from 'vitest'
import type { VoteSettingView } from '@/api/vote'
import { draftOf, draftProblems, editable, formOf } from './voteSettingForm'

const ZONE = 'Asia/Shanghai'
const NOW = Date.parse('2026-05-01T00:00:00Z')

function view(overrides: Partial<VoteSettingView> = {}): VoteSettingView {
  return {
    contestId: 7,
    slug: '2026-abc',
    configured: true,
    enabled: true,
    opensAt: '2026-05-02T00:00:00Z',
    closesAt: '2026-05-09T00:00:00Z',
    dailyVotes: 3,
    hideCounts: true,
    scoreShare: 10,
    frozen: false,
    ...overrides,
  }
}

describe('draftOf / formOf', () => {
  it('shows times in the contest zone and sends them back as instants', () => {
    const draft = draftOf(view(), ZONE, NOW)
    expect(draft.opensAt).toBe('2026-05-02T08:00')
    expect(formOf(draft, ZONE)).toEqual({
      enabled: true,
      opensAt: '2026-05-02T00:00:00.000Z',
      closesAt: '2026-05-09T00:00:00.000Z',
      dailyVotes: 3,
      hideCounts: true,
      scoreShare: 10,
    })
  })

  it('proposes a week from tomorrow for a contest without settings', () => {
    const draft = draftOf(view({ configured: false, opensAt: null, closesAt: null }), ZONE, NOW)
    expect(draft).toMatchObject({ enabled: true, opensAt: '2026-05-02T08:00', closesAt: '2026-05-09T08:00', dailyVotes: 3 })
  })
})

describe('draftProblems', () => {
  it('names each problem by field', () => {
    const draft = { ...draftOf(view(), ZONE, NOW), closesAt: '2026-05-01T08:00', dailyVotes: 0, scoreShare: 51 }
    expect(draftProblems(draft)).toEqual({
      closesAt: 'voteAdmin.problems.windowOrder',
      dailyVotes: 'voteAdmin.problems.dailyVotes',
      scoreShare: 'voteAdmin.problems.scoreShare',
    })
    expect(draftProblems(draftOf(view(), ZONE, NOW))).toEqual({})
  })
})

describe('editable', () => {
  it('leaves only the end and the counts open once voting has started', () => {
    expect(editable(view(), 'dailyVotes')).toBe(true)
    const frozen = view({ frozen: true })
    expect(['enabled', 'opensAt', 'dailyVotes', 'scoreShare'].some((f) => editable(frozen, f as never))).toBe(false)
    expect(editable(frozen, 'closesAt') && editable(frozen, 'hideCounts')).toBe(true)
  })
})
