import type { CriterionForm, RoundForm, RoundView } from '@/api/judging'
import { weightSum } from '@/components/judging/rubric'
import { fromZonedWallTime, toZonedWallTime } from '@/utils/zonedTime'

/** The round as its form holds it: a RoundForm whose times are wall clock in the contest's zone ("2026-03-01T08:00"). */
export type RoundDraft = RoundForm

export function newCriterion(): CriterionForm {
  return { name: '', description: '', maxScore: 10, weight: 0 }
}

const DAY_MS = 86_400_000

/** A new round: blind, 3 judges, the severity model, a week from now, top 10 per category, one full-weight criterion. */
export function newRoundDraft(categoryIds: number[], ordinal: number, zone: string, now: number): RoundDraft {
  return {
    name: ordinal === 1 ? '初评' : ordinal === 2 ? '复评' : `第 ${ordinal} 轮`,
    categoryIds: [...categoryIds],
    judgesPerEntry: 3,
    blind: true,
    opensAt: toZonedWallTime(new Date(now).toISOString(), zone),
    closesAt: toZonedWallTime(new Date(now + 7 * DAY_MS).toISOString(), zone),
    aggregation: 'ADDITIVE',
    advanceRule: { kind: 'TOP_N', value: 10 },
    criteria: [{ ...newCriterion(), weight: 100 }],
  }
}

export function roundDraftOf(round: RoundView, zone: string): RoundDraft {
  return {
    name: round.name,
    categoryIds: [...round.categoryIds],
    judgesPerEntry: round.judgesPerEntry,
    blind: round.blind,
    opensAt: toZonedWallTime(round.opensAt, zone),
    closesAt: toZonedWallTime(round.closesAt, zone),
    aggregation: round.aggregation,
    advanceRule: { ...round.advanceRule },
    criteria: round.criteria.map(({ name, description, maxScore, weight }) => ({ name, description: description ?? '', maxScore, weight })),
  }
}

export function roundFormOf(draft: RoundDraft, zone: string): RoundForm {
  return {
    ...draft,
    name: draft.name.trim(),
    opensAt: fromZonedWallTime(draft.opensAt, zone) ?? '',
    closesAt: fromZonedWallTime(draft.closesAt, zone) ?? '',
    criteria: draft.criteria.map((criterion) => ({ ...criterion, name: criterion.name.trim(), description: criterion.description.trim() })),
  }
}

/** Problems the form shows before sending, as locale keys by field path (`criteria`, `closesAt`…). */
export function draftProblems(draft: RoundDraft): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!draft.name.trim()) problems.name = 'roundEditor.problems.name'
  if (draft.categoryIds.length === 0) problems.categoryIds = 'roundEditor.problems.categories'
  if (!(draft.judgesPerEntry >= 1)) problems.judgesPerEntry = 'roundEditor.problems.judgesPerEntry'
  if (!draft.opensAt || !draft.closesAt) problems.closesAt = 'roundEditor.problems.window'
  else if (draft.closesAt <= draft.opensAt) problems.closesAt = 'roundEditor.problems.windowOrder'
  if (draft.criteria.length === 0) problems.criteria = 'roundEditor.problems.noCriteria'
  else if (weightSum(draft.criteria) !== 100) problems.criteria = 'roundEditor.problems.weights'
  draft.criteria.forEach((criterion, index) => {
    if (!criterion.name.trim()) problems[`criteria[${index}].name`] = 'roundEditor.problems.criterionName'
    if (!(criterion.maxScore > 0)) problems[`criteria[${index}].maxScore`] = 'roundEditor.problems.maxScore'
  })
  return problems
}
