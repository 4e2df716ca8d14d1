import { http } from './http'
import { queryParams, type Me, type PageResult } from './types'

// The signed-in user's own notices (审查、推荐、晋级、获奖), newest first.

export type NoticeKind =
  | 'SCREENING_APPROVED'
  | 'SCREENING_REJECTED'
  | 'RETURNED'
  | 'RECOMMENDED'
  | 'RECOMMENDATION_WITHDRAWN'
  | 'ADVANCED'
  | 'ELIMINATED'
  | 'AWARDED'

export interface Notice {
  id: number
  kind: NoticeKind
  title: string
  body: string
  /** An SPA path, e.g. /entries/42. */
  link: string | null
  read: boolean
  readAt: string | null
  createdAt: string
}

export interface NoticeQuery {
  page?: number
  size?: number
  unread?: boolean
}

export async function listNotices(query: NoticeQuery): Promise<PageResult<Notice>> {
  const { data } = await http.get<PageResult<Notice>>('/api/me/notices', { params: queryParams(query) })
  return data
}

export async function fetchUnreadCount(): Promise<number> {
  const { data } = await http.get<{ unread: number }>('/api/me/notices/unread-count')
  return data.unread
}

export async function markNoticeRead(id: number): Promise<Notice> {
  const { data } = await http.post<Notice>(`/api/me/notices/${id}/read`, undefined)
  return data
}

/** Returns how many notices were unread. */
export async function markAllNoticesRead(): Promise<number> {
  const { data } = await http.post<{ marked: number }>('/api/me/notices/read-all', undefined)
  return data.marked
}

/** The user's own address for e-mail copies of notices; an empty one stops them. */
export async function changeNoticeEmail(email: string): Promise<Me> {
  const { data } = await http.put<Me>('/api/me/email', { email: email.trim() === '' ? null : email.trim() })
  return data
}
