import type { VoteBoard, VoteCategory, VoteReceipt, VoteWork } from '@/api/vote'

/** What a work's vote button does for this visitor right now. */
export type VoteAction = 'upcoming' | 'closed' | 'login' | 'voted' | 'exhausted' | 'vote'

export function actionFor(board: VoteBoard, entryId: number): VoteAction {
  if (board.phase === 'UPCOMING') return 'upcoming'
  if (board.phase === 'CLOSED') return 'closed'
  if (!board.signedIn) return 'login'
  if (board.votedToday.includes(entryId)) return 'voted'
  if ((board.remainingToday ?? 0) <= 0) return 'exhausted'
  return 'vote'
}

/** The board after an accepted vote: one vote fewer today, the work marked, its count updated when shown. */
export function applyReceipt(board: VoteBoard, receipt: VoteReceipt): VoteBoard {
  return {
    ...board,
    remainingToday: receipt.remainingToday,
    votedToday: board.votedToday.includes(receipt.entryId) ? board.votedToday : [...board.votedToday, receipt.entryId],
    categories: board.categories.map((category) => ({
      ...category,
      works: category.works.map((work) =>
        work.entryId === receipt.entryId && receipt.votes !== null ? { ...work, votes: receipt.votes } : work,
      ),
    })),
  }
}

/** Works of the chosen category (all when null) whose title or code contains the query. */
export function filterWorks(categories: VoteCategory[], categoryId: number | null, query: string): VoteCategory[] {
  const needle = query.trim().toLowerCase()
  const matches = (work: VoteWork) =>
    needle === '' || work.title.toLowerCase().includes(needle) || (work.code ?? '').toLowerCase().includes(needle)
  return categories
    .filter((category) => categoryId === null || category.id === categoryId)
    .map((category) => ({ ...category, works: category.works.filter(matches) }))
    .filter((category) => category.works.length > 0)
}

/** Works by count, highest first (ties by code), for the ranking shown once counts are public. */
export function ranked(works: VoteWork[]): VoteWork[] {
  return [...works].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || (a.code ?? '').localeCompare(b.code ?? ''))
}
