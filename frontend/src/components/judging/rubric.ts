import type { Criterion, CriterionForm, ScoreSheet } from '@/api/judging'

/** A score has at most one decimal (27.5): the server refuses more. */
const ONE_DECIMAL = /^\d+(\.\d)?$/

/** A typed score: empty is "not scored"; anything but a plain decimal is NaN (shown as a format problem). */
export function parseScore(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  return /^\d+(\.\d*)?$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

export type ScoreProblem = 'required' | 'format' | 'range'

/** What is wrong with a score typed for a criterion, or null when it is acceptable (empty is fine for a draft). */
export function scoreProblem(value: number | null | undefined, maxScore: number, required = false): ScoreProblem | null {
  if (value === null || value === undefined) return required ? 'required' : null
  if (Number.isNaN(value)) return 'format'
  if (value < 0 || value > maxScore) return 'range'
  if (!ONE_DECIMAL.test(String(value))) return 'format'
  return null
}

/**
 * The live weighted total on the 0..100 scale, as the server computes it: Σ value / maxScore × weight, rounded to
 * 2 decimals; null until every criterion has a score.
 */
export function weightedTotal(criteria: Criterion[], scores: ScoreSheet): number | null {
  let total = 0
  for (const criterion of criteria) {
    const value = scores[criterion.id]
    if (value === null || value === undefined || Number.isNaN(value)) return null
    total += (value / criterion.maxScore) * criterion.weight
  }
  return Math.round(total * 100) / 100
}

/** The sum of the criteria's weights in percent, to 1 decimal (must be 100). */
export function weightSum(criteria: Pick<CriterionForm, 'weight'>[]): number {
  return Math.round(criteria.reduce((sum, criterion) => sum + (Number(criterion.weight) || 0), 0) * 10) / 10
}

/** Criterion ids as the keys of a score sheet: every criterion present, unscored ones null. */
export function fullSheet(criteria: Criterion[], scores: ScoreSheet): ScoreSheet {
  const sheet: ScoreSheet = {}
  for (const criterion of criteria) sheet[criterion.id] = scores[criterion.id] ?? null
  return sheet
}
