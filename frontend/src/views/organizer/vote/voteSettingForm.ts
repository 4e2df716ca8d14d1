import type { VoteSettingForm, VoteSettingView } from '@/api/vote'
import { fromZonedWallTime, toZonedWallTime } from '@/utils/zonedTime'

/** The settings as the form holds them: times as wall clock in the contest's zone ("2026-05-01T08:00"). */
export type VoteSettingDraft = Omit<VoteSettingForm, 'opensAt' | 'closesAt'> & { opensAt: string; closesAt: string }

export type DraftField = keyof VoteSettingDraft

const DAY_MS = 86_400_000

/** The stored settings, or for a contest without any: tomorrow for a week, 3 votes a day, counts hidden, no score share. */
export function draftOf(view: VoteSettingView, zone: string, now: number): VoteSettingDraft {
  if (!view.configured) {
    return {
      enabled: true,
      opensAt: toZonedWallTime(new Date(now + DAY_MS).toISOString(), zone),
      closesAt: toZonedWallTime(new Date(now + 8 * DAY_MS).toISOString(), zone),
      dailyVotes: 3,
      hideCounts: true,
      scoreShare: 0,
    }
  }
  return {
    enabled: view.enabled,
    opensAt: toZonedWallTime(view.opensAt, zone),
    closesAt: toZonedWallTime(view.closesAt, zone),
    dailyVotes: view.dailyVotes,
    hideCounts: view.hideCounts,
    scoreShare: Number(view.scoreShare),
  }
}

export function formOf(draft: VoteSettingDraft, zone: string): VoteSettingForm {
  return {
    ...draft,
    opensAt: fromZonedWallTime(draft.opensAt, zone),
    closesAt: fromZonedWallTime(draft.closesAt, zone),
  }
}

/** Problems shown before sending, as locale keys by field; the server checks the same and more. */
export function draftProblems(draft: VoteSettingDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {}
  if (!draft.opensAt || !draft.closesAt) problems.closesAt = 'voteAdmin.problems.window'
  else if (draft.closesAt <= draft.opensAt) problems.closesAt = 'voteAdmin.problems.windowOrder'
  if (!Number.isInteger(draft.dailyVotes) || draft.dailyVotes < 1 || draft.dailyVotes > 100) {
    problems.dailyVotes = 'voteAdmin.problems.dailyVotes'
  }
  if (!(draft.scoreShare >= 0 && draft.scoreShare <= 50)) problems.scoreShare = 'voteAdmin.problems.scoreShare'
  return problems
}

/** Once voting has opened only a later end and showing or hiding the counts may change. */
export function editable(view: VoteSettingView, field: DraftField): boolean {
  return !view.frozen || field === 'closesAt' || field === 'hideCounts'
}
