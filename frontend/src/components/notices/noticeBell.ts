import { ref } from 'vue'
import type { Notice } from '@/api/notices'
import type { PageResult } from '@/api/types'

/** How many notices the bell's panel lists; older ones stay on the server. */
export const RECENT_NOTICES = 10
/** The unread count is news, not a chat: once a minute is enough, and never while the tab is hidden. */
export const POLL_INTERVAL_MS = 60_000

export interface NoticeApi {
  list(size: number): Promise<PageResult<Notice>>
  unreadCount(): Promise<number>
  markRead(id: number): Promise<Notice>
  markAllRead(): Promise<number>
}

/**
 * The bell's state and actions, apart from the component so they can be tested without a browser:
 * the unread count, the recent notices, opening one (read, then go to its link) and "全部已读".
 */
export function createNoticeBell(api: NoticeApi, navigate: (link: string) => unknown) {
  const unread = ref(0)
  const items = ref<Notice[]>([])
  const total = ref(0)
  const loading = ref(false)
  const hidden = ref(false)

  async function refreshCount(): Promise<void> {
    unread.value = await api.unreadCount()
  }

  async function loadRecent(): Promise<void> {
    loading.value = true
    try {
      const page = await api.list(RECENT_NOTICES)
      items.value = page.items
      total.value = page.total
      unread.value = await api.unreadCount()
    } finally {
      loading.value = false
    }
  }

  async function open(notice: Notice): Promise<void> {
    if (!notice.read) {
      const updated = await api.markRead(notice.id)
      items.value = items.value.map((item) => (item.id === updated.id ? updated : item))
      unread.value = Math.max(0, unread.value - 1)
    }
    if (notice.link) await navigate(notice.link)
  }

  async function readAll(): Promise<void> {
    await api.markAllRead()
    const now = new Date().toISOString()
    items.value = items.value.map((item) => (item.read ? item : { ...item, read: true, readAt: now }))
    unread.value = 0
  }

  /** Polling runs only while the tab is visible. */
  function shouldPoll(): boolean {
    return !hidden.value
  }

  /** Returns true when the tab came back into view: the count may be stale, fetch it at once. */
  function visibilityChanged(nowHidden: boolean): boolean {
    const cameBack = hidden.value && !nowHidden
    hidden.value = nowHidden
    return cameBack
  }

  return { unread, items, total, loading, refreshCount, loadRecent, open, readAll, shouldPoll, visibilityChanged }
}

export type NoticeBell = ReturnType<typeof createNoticeBell>

/** What the badge shows: nothing at zero, "99+" beyond 99. */
export function badgeText(count: number): string {
  if (count <= 0) return ''
  return count > 99 ? '99+' : String(count)
}
