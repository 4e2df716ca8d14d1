import { describe, expect, it } from 'vitest'
import type { GalleryWork } from '@/api/gallery'
import { shareUrl, tierTone, workCount, workMedia } from './galleryModel'

function work(kind: GalleryWork['kind'], files: GalleryWork['files']): GalleryWork {
  return {
    contestSlug: 'abc',
    contestTitle: '网络文明',
    code: '2026-V-0001',
    title: '作品',
    summary: '',
    categoryName: '视频',
    kind,
    awards: [{ tierName: '一等奖', tierOrdinal: 1, basis: 'SCORE' }],
    authors: null,
    unit: null,
    advisor: null,
    imageUrl: null,
    files,
  }
}

function rendition(role: GalleryWork['files'][number]['renditions'][number]['role'], url: string) {
  return { role, url, contentType: 'x', width: null, height: null, durationMs: null }
}

describe('workMedia', () => {
  it('plays the web video with its poster', () => {
    const media = workMedia(work('VIDEO', [{ ordinal: 0, renditions: [rendition('POSTER', '/p'), rendition('VIDEO_WEB', '/v')] }]))
    expect(media.video).toEqual({ src: '/v', poster: '/p' })
    expect(media.images).toEqual([])
  })

  it('shows a poster series in file order, with small thumbnails where there are some', () => {
    const media = workMedia(
      work('IMAGE', [
        { ordinal: 1, renditions: [rendition('DISPLAY', '/d1')] },
        { ordinal: 0, renditions: [rendition('DISPLAY', '/d0'), rendition('THUMB_SMALL', '/t0')] },
        { ordinal: 2, renditions: [rendition('THUMB_LARGE', '/only-thumb')] },
      ]),
    )
    expect(media.images).toEqual([
      { src: '/d0', thumb: '/t0' },
      { src: '/d1', thumb: '/d1' },
    ])
  })

  it('reads an essay from its text, with the first page as a fallback', () => {
    const media = workMedia(work('ESSAY', [{ ordinal: 0, renditions: [rendition('PDF_PREVIEW', '/page')] }]))
    expect(media.essay).toEqual({ textUrl: null, pageUrl: '/page' })
    expect(workMedia(work('ESSAY', [])).essay).toBeNull()
  })

  it('has no video when the web rendition is missing', () => {
    expect(workMedia(work('VIDEO', [{ ordinal: 0, renditions: [rendition('POSTER', '/p')] }])).video).toBeNull()
  })
})

describe('tiers', () => {
  it('colour the first three judged tiers and set popularity awards apart', () => {
    expect(tierTone({ ordinal: 1, basis: 'SCORE' })).toBe('gold')
    expect(tierTone({ ordinal: 3, basis: 'SCORE' })).toBe('bronze')
    expect(tierTone({ ordinal: 4, basis: 'SCORE' })).toBe('plain')
    expect(tierTone({ ordinal: 1, basis: 'VOTES' })).toBe('popular')
  })

  it('count their works', () => {
    const card = { code: 'c', title: 't', thumbnailUrl: null }
    expect(workCount([{ name: 'a', ordinal: 1, basis: 'SCORE', works: [card, card] }, { name: 'b', ordinal: 2, basis: 'SCORE', works: [card] }])).toBe(3)
  })
})

describe('shareUrl', () => {
  it('drops the query and hash', () => {
    expect(shareUrl({ origin: 'https://px.example.edu.cn', pathname: '/gallery/abc/works/2026-V-0001' })).toBe(
      'https://px.example.edu.cn/gallery/abc/works/2026-V-0001',
    )
  })
})
