import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Notice } from '@/api/notices'
import { http } from '@/api/http'
import { fetchUnreadCount, listNotices, markAllNoticesRead, markNoticeRead } from '@/api/notices'
import { badgeText, createNoticeBell, RECENT_NOTICES, type NoticeApi } from './noticeBell'

afterEach(() => vi.restoreAllMocks())

function notice(id: number, read = false): Notice {
  return {
    id,
    kind: 'SCREENING_REJECTED',
    title: `审查未通过：《作品${id}》`,
    body: '原因：缺少原创承诺书。',
    link: `/entries/${id}`,
    read,
    readAt: read ? '2026-11-20T08:00:00Z' : null,
    createdAt: '2026-11-20T07:00:00Z',
  }
}

function api(notices: Notice[], unread: number): NoticeApi {
  return {
    list: vi.fn().mockResolvedValue({ items: notices, total: notices.length, page: 0, size: RECENT_NOTICES }),
    unreadCount: vi.fn().mockResolvedValue(unread),
    markRead: vi.fn().mockImplementation(async (id: number) => ({ ...notice(id), read: true, readAt: 'now' })),
    markAllRead: vi.fn().mockResolvedValue(unread),
  }
}

describe('the notice bell', () => {
  it('opening an unread notice marks it read, lowers the count and goes to its link', async () => {
    const server = api([notice(2), notice(1, true)], 1)
    const navigate = vi.fn()
    const bell = createNoticeBell(server, navigate)
    await bell.loadRecent()
    expect(server.list).toHaveBeenCalledWith(RECENT_NOTICES)
    expect(bell.unread.value).toBe(1)

    await bell.open(bell.items.value[0])
    expect(server.markRead).toHaveBeenCalledWith(2)
    expect(bell.items.value[0].read).toBe(true)
    expect(bell.unread.value).toBe(0)
    expect(navigate).toHaveBeenCalledWith('/entries/2')
  })

  it('opening a read notice only navigates', async () => {
    const server = api([notice(1, true)], 0)
    const navigate = vi.fn()
    const bell = createNoticeBell(server, navigate)
    await bell.loadRecent()
    await bell.open(bell.items.value[0])
    expect(server.markRead).not.toHaveBeenCalled()
    expect(navigate).toHaveBeenCalledWith('/entries/1')
  })

  it('全部已读 clears the count and every listed notice', async () => {
    const bell = createNoticeBell(api([notice(3), notice(2), notice(1, true)], 2), vi.fn())
    await bell.loadRecent()
    await bell.readAll()
    expect(bell.unread.value).toBe(0)
    expect(bell.items.value.every((item) => item.read)).toBe(true)
    expect(bell.items.value[2].readAt).toBe('2026-11-20T08:00:00Z')
  })

  it('polls only while the tab is visible and refreshes when it comes back', async () => {
    const bell = createNoticeBell(api([], 4), vi.fn())
    expect(bell.shouldPoll()).toBe(true)
    expect(bell.visibilityChanged(true)).toBe(false)
    expect(bell.shouldPoll()).toBe(false)
    expect(bell.visibilityChanged(false)).toBe(true)
    expect(bell.shouldPoll()).toBe(true)
    await bell.refreshCount()
    expect(bell.unread.value).toBe(4)
  })

  it('shows no badge at zero and caps it at 99+', () => {
    expect(badgeText(0)).toBe('')
    expect(badgeText(7)).toBe('7')
    expect(badgeText(120)).toBe('99+')
  })
})

describe('the notices API', () => {
  it('asks for unread notices only when told, and posts without a body', async () => {
    const get = vi.spyOn(http, 'get').mockResolvedValue({ data: { items: [], total: 0, page: 0, size: 10 } })
    await listNotices({ size: 10, unread: true })
    expect(get).toHaveBeenCalledWith('/api/me/notices', { params: { size: 10, unread: true } })
    get.mockResolvedValue({ data: { unread: 3 } })
    expect(await fetchUnreadCount()).toBe(3)
    expect(get).toHaveBeenLastCalledWith('/api/me/notices/unread-count')

    const post = vi.spyOn(http, 'post').mockResolvedValue({ data: { marked: 2 } })
    expect(await markAllNoticesRead()).toBe(2)
    expect(post).toHaveBeenCalledWith('/api/me/notices/read-all', undefined)
    post.mockResolvedValue({ data: notice(5, true) })
    expect((await markNoticeRead(5)).read).toBe(true)
    expect(post).toHaveBeenLastCalledWith('/api/me/notices/5/read', undefined)
  })
})
