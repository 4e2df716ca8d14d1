import type { CategoryKind, CategoryView, ContestDetail } from '@/api/contests'
import type { Translate } from '@/api/problem'
import { formatBytes } from '@/utils/format'

/**
 * Where a contest's submission window stands for a visitor. Open or not is the server's decision
 * (`acceptingSubmissions`); a window that is not open has either not started or is over.
 */
export type WindowState = 'open' | 'upcoming' | 'closed'

export function windowState(acceptingSubmissions: boolean, opensAt: string, now: number): WindowState {
  if (acceptingSubmissions) return 'open'
  return Date.parse(opensAt) > now ? 'upcoming' : 'closed'
}

/** "MP4、MOV、WEBM" in Chinese, "MP4, MOV, WEBM" in English. */
export function formatList(items: readonly string[], locale: string): string {
  return items.join(locale.startsWith('zh') ? '、' : ', ')
}

export function formatNames(formats: readonly string[], locale: string): string {
  return formatList(
    formats.map((format) => format.toUpperCase()),
    locale,
  )
}

/** 300 → "5 分钟", 90 → "1 分 30 秒", 7200 → "2 小时". */
export function formatDuration(seconds: number, t: Translate): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return t('limits.hours', { n: seconds / 3600 }, seconds / 3600)
  const minutes = Math.floor(seconds / 60)
  if (seconds % 60 === 0) return t('limits.minutes', { n: minutes }, minutes)
  if (minutes === 0) return t('limits.seconds', { n: seconds }, seconds)
  return t('limits.minutesSeconds', { m: minutes, s: seconds % 60 })
}

/** What a category's limits need, as the contest page, the entry editor and the organizer know them. */
export type CategoryLimits = Pick<
  CategoryView,
  'kind' | 'maxBytes' | 'formats' | 'maxDurationSec' | 'minWidth' | 'minHeight' | 'minChars' | 'maxChars' | 'maxImages'
>

/**
 * A category's limits in plain words, e.g. "MP4、MOV，≤ 500 MB，时长 ≤ 5 分钟，画面不小于 480×480".
 * Only what the category sets is mentioned.
 */
export function describeCategoryLimits(category: CategoryLimits, t: Translate, locale: string): string {
  const parts: string[] = [formatNames(category.formats, locale)]
  const series = isSeriesKind(category.kind, category.maxImages)
  parts.push(t(series ? 'limits.maxBytesEach' : 'limits.maxBytes', { size: formatBytes(category.maxBytes) }))
  if (category.kind === 'VIDEO' && category.maxDurationSec) {
    parts.push(t('limits.maxDuration', { duration: formatDuration(category.maxDurationSec, t) }))
  }
  if (series) parts.push(t('limits.series', { n: category.maxImages }))
  if (category.kind !== 'ESSAY' && (category.minWidth || category.minHeight)) {
    parts.push(t('limits.minSize', { width: category.minWidth ?? 0, height: category.minHeight ?? 0 }))
  }
  if (category.kind === 'ESSAY') {
    const { minChars, maxChars } = category
    if (minChars && maxChars) parts.push(t('limits.charsBetween', { min: minChars, max: maxChars }))
    else if (minChars) parts.push(t('limits.charsAtLeast', { min: minChars }))
    else if (maxChars) parts.push(t('limits.charsAtMost', { max: maxChars }))
  }
  return parts.join(locale.startsWith('zh') ? '，' : '; ')
}

/** An image category that takes several pictures is a series (组图): ordered slots. */
export function isSeriesKind(kind: CategoryKind, maxFiles: number): boolean {
  return kind === 'IMAGE' && maxFiles > 1
}

export const TIMELINE_STEPS = [
  'submissionOpensAt',
  'submissionClosesAt',
  'judgingStartsAt',
  'publicityStartsAt',
  'publicityEndsAt',
  'publishAt',
] as const
export type TimelineStep = (typeof TIMELINE_STEPS)[number]

export interface TimelineItem {
  step: TimelineStep
  at: string
  /** The step has been reached by the server's clock. */
  reached: boolean
}

/** The contest's dates in order, leaving out the ones not planned yet. */
export function timelineOf(
  contest: Pick<ContestDetail, TimelineStep | 'serverTime'>,
): TimelineItem[] {
  const now = Date.parse(contest.serverTime)
  const items: TimelineItem[] = []
  for (const step of TIMELINE_STEPS) {
    const at = contest[step]
    if (at) items.push({ step, at, reached: Date.parse(at) <= now })
  }
  return items
}

/** "北京时间" for the usual zone, else the zone's id. */
export function zoneLabel(zone: string, t: Translate): string {
  return zone === 'Asia/Shanghai' ? t('contests.beijingTime') : zone
}
