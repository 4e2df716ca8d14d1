import { describe, expect, it } from 'vitest'
import { entryFileUrl, entryFileUrls, fileKind, rendition, renditionUrl } from './entries'
import { readyEssay, readyVideo, renditionOf } from './entryFixtures'

describe('entry file URLs', () => {
  it('fetch originals and renditions under their entry', () => {
    expect(entryFileUrl(7, 11)).toBe('/api/entries/7/files/11')
    expect(entryFileUrls(7)(12)).toBe('/api/entries/7/files/12')
  })
})

describe('rendition', () => {
  it('picks the rendition of a role', () => {
    const video = readyVideo()
    expect(rendition(video, 'VIDEO_WEB')?.id).toBe(11)
    expect(rendition(video, 'POSTER')?.id).toBe(12)
    expect(rendition(video, 'THUMB_SMALL')?.id).toBe(14)
    expect(rendition(video, 'TEXT')).toBeUndefined()
  })

  it('builds its URL with the builder of whoever looks at it', () => {
    const video = readyVideo()
    expect(renditionUrl(video, 'POSTER', entryFileUrls(7))).toBe('/api/entries/7/files/12')
    expect(renditionUrl(video, 'POSTER', (id) => `/elsewhere/${id}`)).toBe('/elsewhere/12')
    expect(renditionUrl(video, 'DISPLAY', entryFileUrls(7))).toBeNull()
    expect(renditionUrl(readyVideo({ status: 'PROCESSING', renditions: [] }), 'VIDEO_WEB', entryFileUrls(7))).toBeNull()
  })
})

describe('fileKind', () => {
  it('knows videos and images by their type', () => {
    expect(fileKind(readyVideo())).toBe('video')
    expect(fileKind({ contentType: 'image/heic', renditions: [] })).toBe('image')
  })

  it('knows essays by their type or their extracted text', () => {
    expect(fileKind(readyEssay())).toBe('essay')
    expect(fileKind({ contentType: 'application/pdf', renditions: [] })).toBe('essay')
    expect(fileKind({ contentType: 'text/plain; charset=utf-8', renditions: [] })).toBe('essay')
    expect(fileKind({ contentType: 'application/octet-stream', renditions: [renditionOf(1, 'TEXT', 'text/plain')] })).toBe('essay')
  })

  it('leaves anything else to be downloaded', () => {
    expect(fileKind({ contentType: 'application/zip', renditions: [] })).toBe('other')
  })
})
