import type { AllocationTie, AllocationView, TieDecision, TierForm, TierView } from '@/api/results'

/** How a tie at a tier edge is decided in the form: everyone up, nobody up, or works picked one by one. */
export type TieChoice = 'ALL_UP' | 'NONE_UP' | 'PICK'

export const tieKey = (tie: { tierId: number; placing: number }) => `${tie.tierId}:${tie.placing}`

/** The decisions with this tie's replaced (or added). */
export function decide(decisions: TieDecision[], tie: AllocationTie, entryIds: number[]): TieDecision[] {
  const others = decisions.filter((decision) => tieKey(decision) !== tieKey(tie))
  return [...others, { tierId: tie.tierId, placing: tie.placing, entryIds: [...entryIds] }]
}

/** The choice a stored decision amounts to, for showing it. */
export function choiceOf(tie: AllocationTie): TieChoice | null {
  if (tie.decided === null) return null
  if (tie.decided.length === 0) return 'NONE_UP'
  return tie.entryIds.every((id) => tie.decided?.includes(id)) ? 'ALL_UP' : 'PICK'
}

/** Keeps only decisions about ties the latest preview still has: a decided tie can vanish once tiers change. */
export function prune(decisions: TieDecision[], view: AllocationView): TieDecision[] {
  const live = new Set(view.sections.flatMap((section) => section.ties.map(tieKey)))
  return decisions.filter((decision) => live.has(tieKey(decision)))
}

/** The usual tiers of campus contests: 一等奖 10 %, 二等奖 20 %, 三等奖 30 %, 优秀奖 20 % of the ranked works. */
export function presetTiers(names: string[]): TierForm[] {
  const percents = [10, 20, 30, 20]
  return names.map((name, index) => ({
    categoryId: null,
    name,
    basis: 'SCORE',
    quotaKind: 'PERCENT',
    quotaValue: percents[index] ?? 10,
  }))
}

export function toForms(tiers: TierView[]): TierForm[] {
  return tiers.map(({ categoryId, name, basis, quotaKind, quotaValue }) => ({
    categoryId,
    name,
    basis,
    quotaKind,
    quotaValue: Number(quotaValue),
  }))
}
