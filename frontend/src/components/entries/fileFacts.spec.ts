import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { readyEssay, readyImage, readyVideo } from '@/api/entryFixtures'
import type { Translate } from '@/api/problem'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'
import { fileFacts, formatCharacters, formatResolution } from './fileFacts'

function translator(locale: 'zh-CN' | 'en'): Translate {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
  const t = i18n.global.t as unknown as (key: string, params?: Record<string, unknown>, plural?: number) => string
  return (key, params = {}, plural) => (plural === undefined ? t(key, params) : t(key, params, plural))
}

const zh = translator('zh-CN')
const english = translator('en')

describe('formatResolution', () => {
  it('shows width × height when both are known', () => {
    expect(formatResolution(1080, 1920)).toBe('1080×1920')
    expect(formatResolution(null, 1920)).toBe('')
    expect(formatResolution(null, null)).toBe('')
  })
})

describe('formatCharacters', () => {
  it('counts in both languages', () => {
    expect(formatCharacters(2345, zh, 'zh-CN')).toBe('2,345 字')
    expect(formatCharacters(2345, english, 'en')).toBe('2,345 characters')
    expect(formatCharacters(1, english, 'en')).toBe('1 character')
  })
})

describe('fileFacts', () => {
  it('gives a video’s length and size', () => {
    expect(fileFacts(readyVideo(), zh, 'zh-CN')).toEqual(['00:42', '1080×1920'])
  })

  it('gives an image’s size', () => {
    expect(fileFacts(readyImage(), zh, 'zh-CN')).toEqual(['4000×3000'])
  })

  it('gives an essay’s length', () => {
    expect(fileFacts(readyEssay(), zh, 'zh-CN')).toEqual(['2,345 字'])
    expect(fileFacts(readyEssay(), english, 'en')).toEqual(['2,345 characters'])
  })

  it('says nothing before the file is ready', () => {
    expect(fileFacts(readyVideo({ status: 'PROCESSING', progress: 40 }), zh, 'zh-CN')).toEqual([])
    expect(fileFacts(readyVideo({ status: 'FAILED', error: '视频无法解码' }), zh, 'zh-CN')).toEqual([])
  })
})
