import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import type { CategoryView } from '@/api/contests'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'
import type { Translate } from '@/api/problem'
import {
  describeCategoryLimits,
  formatDuration,
  timelineOf,
  windowState,
  zoneLabel,
  type CategoryLimits,
} from './contestText'

function translator(locale: 'zh-CN' | 'en'): Translate {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
  const t = i18n.global.t as unknown as (key: string, params?: Record<string, unknown>, plural?: number) => string
  return (key, params = {}, plural) => (plural === undefined ? t(key, params) : t(key, params, plural))
}

const zh = translator('zh-CN')
const english = translator('en')
const MiB = 1024 * 1024

// The demo contest's categories, as GET /api/contests/wangluo-wenming-2026 returns them.
const VIDEO: CategoryLimits = {
  kind: 'VIDEO',
  maxBytes: 500 * MiB,
  formats: ['mp4', 'mov', 'webm'],
  maxDurationSec: 300,
  minWidth: 480,
  minHeight: 480,
  minChars: null,
  maxChars: null,
  maxImages: 1,
}
const POSTER: CategoryLimits = {
  ...VIDEO,
  kind: 'IMAGE',
  maxBytes: 20 * MiB,
  formats: ['jpg', 'png', 'webp', 'heic'],
  maxDurationSec: null,
  minWidth: 800,
  minHeight: 800,
  maxImages: 4,
}
const ESSAY: CategoryLimits = {
  ...VIDEO,
  kind: 'ESSAY',
  maxBytes: 10 * MiB,
  formats: ['docx', 'pdf', 'txt'],
  maxDurationSec: null,
  minWidth: null,
  minHeight: null,
  minChars: 800,
  maxChars: 3000,
}

describe('describeCategoryLimits', () => {
  it('puts a video category’s limits in plain words', () => {
    expect(describeCategoryLimits(VIDEO, zh, 'zh-CN')).toBe('MP4、MOV、WEBM，≤ 500 MB，时长 ≤ 5 分钟，画面不小于 480×480')
    expect(describeCategoryLimits(VIDEO, english, 'en')).toBe(
      'MP4, MOV, WEBM; up to 500 MB; up to 5 minutes long; at least 480×480 px',
    )
  })

  it('describes an image series per picture', () => {
    expect(describeCategoryLimits(POSTER, zh, 'zh-CN')).toBe(
      'JPG、PNG、WEBP、HEIC，每张 ≤ 20 MB，最多 4 张（组图），画面不小于 800×800',
    )
    expect(describeCategoryLimits({ ...POSTER, maxImages: 1, minWidth: null, minHeight: null }, zh, 'zh-CN')).toBe(
      'JPG、PNG、WEBP、HEIC，≤ 20 MB',
    )
  })

  it('gives an essay’s length range, or the one bound it has', () => {
    expect(describeCategoryLimits(ESSAY, zh, 'zh-CN')).toBe('DOCX、PDF、TXT，≤ 10 MB，800–3000 字')
    expect(describeCategoryLimits({ ...ESSAY, maxChars: null }, zh, 'zh-CN')).toContain('不少于 800 字')
    expect(describeCategoryLimits({ ...ESSAY, minChars: null }, zh, 'zh-CN')).toContain('不超过 3000 字')
    expect(describeCategoryLimits({ ...ESSAY, minChars: null, maxChars: null }, zh, 'zh-CN')).toBe('DOCX、PDF、TXT，≤ 10 MB')
  })

  it('leaves out what the category does not set', () => {
    const plain: CategoryLimits = { ...VIDEO, maxDurationSec: null, minWidth: null, minHeight: null, maxBytes: 1536 * MiB }
    expect(describeCategoryLimits(plain, zh, 'zh-CN')).toBe('MP4、MOV、WEBM，≤ 1.5 GB')
  })
})

describe('formatDuration', () => {
  it('says durations the way people do', () => {
    expect(formatDuration(300, zh)).toBe('5 分钟')
    expect(formatDuration(90, zh)).toBe('1 分 30 秒')
    expect(formatDuration(45, zh)).toBe('45 秒')
    expect(formatDuration(7200, zh)).toBe('2 小时')
    expect(formatDuration(60, english)).toBe('1 minute')
    expect(formatDuration(3900, english)).toBe('65 minutes')
    expect(formatDuration(3930, english)).toBe('65 min 30 s')
  })
})

describe('window and timeline', () => {
  const opens = '2026-03-01T00:00:00Z'

  it('takes open or not from the server, and tells upcoming from closed by the date', () => {
    expect(windowState(true, opens, Date.parse('2026-01-01T00:00:00Z'))).toBe('open')
    expect(windowState(false, opens, Date.parse('2026-01-01T00:00:00Z'))).toBe('upcoming')
    expect(windowState(false, opens, Date.parse('2026-06-01T00:00:00Z'))).toBe('closed')
  })

  it('lists the planned steps in order, marking those passed by the server’s clock', () => {
    const items = timelineOf({
      submissionOpensAt: opens,
      submissionClosesAt: '2026-04-01T00:00:00Z',
      judgingStartsAt: null,
      publicityStartsAt: '2026-05-01T00:00:00Z',
      publicityEndsAt: null,
      publishAt: '2026-05-10T00:00:00Z',
      serverTime: '2026-03-15T00:00:00Z',
    })
    expect(items.map((item) => [item.step, item.reached])).toEqual([
      ['submissionOpensAt', true],
      ['submissionClosesAt', false],
      ['publicityStartsAt', false],
      ['publishAt', false],
    ])
  })

  it('names the usual zone', () => {
    expect(zoneLabel('Asia/Shanghai', zh)).toBe('北京时间')
    expect(zoneLabel('Asia/Urumqi', zh)).toBe('Asia/Urumqi')
  })
})

// Keeps the test's category shape in step with the API type.
const _typeCheck: CategoryLimits = {} as CategoryView
void _typeCheck
