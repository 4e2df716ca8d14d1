import { describe, expect, it } from 'vitest'
import { draftProblems, newRoundDraft, roundFormOf } from './roundForm'

const NOW = Date.parse('2026-03-01T00:00:00Z')

describe('newRoundDraft', () => {
  it('starts blind with the severity model, a week-long window in the contest zone and full weight on one criterion', () => {
    const draft = newRoundDraft([1, 2], 1, 'Asia/Shanghai', NOW)
    expect(draft).toMatchObject({ name: '初评', blind: true, aggregation: 'ADDITIVE', categoryIds: [1, 2] })
    expect(draft.opensAt).toBe('2026-03-01T08:00')
    expect(draft.closesAt).toBe('2026-03-08T08:00')
    expect(Object.keys(draftProblems(draft))).toEqual(['criteria[0].name'])
  })
})

describe('draftProblems', () => {
  it('needs weights that sum to 100 %', () => {
    const draft = newRoundDraft([1], 1, 'Asia/Shanghai', NOW)
    draft.criteria = [
      { name: '主题', description: '', maxScore: 40, weight: 60 },
      { name: '创意', description: '', maxScore: 30, weight: 30 },
    ]
    expect(draftProblems(draft).criteria).toBe('roundEditor.problems.weights')
    draft.criteria[1]!.weight = 40
    expect(draftProblems(draft)).toEqual({})
  })

  it('names each criterion’s missing name and maximum, and a window that ends before it starts', () => {
    const draft = newRoundDraft([], 1, 'Asia/Shanghai', NOW)
    draft.criteria = [{ name: ' ', description: '', maxScore: 0, weight: 100 }]
    draft.closesAt = draft.opensAt
    expect(draftProblems(draft)).toEqual({
      categoryIds: 'roundEditor.problems.categories',
      closesAt: 'roundEditor.problems.windowOrder',
      'criteria[0].name': 'roundEditor.problems.criterionName',
      'criteria[0].maxScore': 'roundEditor.problems.maxScore',
    })
  })
})

describe('roundFormOf', () => {
  it('sends instants and trimmed text', () => {
    const draft = newRoundDraft([1], 2, 'Asia/Shanghai', NOW)
    draft.criteria[0]!.name = ' 创意 '
    const form = roundFormOf(draft, 'Asia/Shanghai')
    expect(form.name).toBe('复评')
    expect(form.opensAt).toBe('2026-03-01T00:00:00.000Z')
    expect(form.criteria[0]!.name).toBe('创意')
  })
})
