import { describe, expect, it } from 'vitest'
import { contestCoverDestination } from '@/api/uploads'
import { COVER_ACCEPT, precheckCover } from './contestCover'

const MB = 1024 * 1024

describe('contest cover pre-check', () => {
  it('takes JPEG, PNG and WebP up to 10 MB, whatever the case of the extension', () => {
    expect(precheckCover({ name: 'cover.png', size: 200 * 1024 }, 'zh-CN')).toBeNull()
    expect(precheckCover({ name: '封面.JPEG', size: 10 * MB }, 'zh-CN')).toBeNull()
    expect(precheckCover({ name: 'a.jpg', size: 1 }, 'zh-CN')).toBeNull()
    expect(precheckCover({ name: 'a.webp', size: 1 }, 'en')).toBeNull()
    expect(COVER_ACCEPT).toBe('image/jpeg,image/png,image/webp')
  })

  it('refuses other formats, empty and too large files with the cover’s own messages', () => {
    expect(precheckCover({ name: 'poster.gif', size: 1000 }, 'zh-CN')).toEqual({
      key: 'contestEditor.cover.wrongFormat',
      params: { ext: 'GIF', formats: 'JPG、PNG、WEBP' },
    })
    expect(precheckCover({ name: 'cover', size: 1000 }, 'en')?.key).toBe('contestEditor.cover.noExtension')
    expect(precheckCover({ name: 'cover.png', size: 0 }, 'zh-CN')?.key).toBe('contestEditor.cover.empty')
    const large = precheckCover({ name: 'cover.png', size: 10 * MB + 1 }, 'zh-CN')
    expect(large?.key).toBe('contestEditor.cover.tooLarge')
    expect(large?.params.max).toBe('10 MB')
  })
})

describe('contest cover upload destination', () => {
  const file = { name: 'cover.png', type: 'image/png', size: 1234, lastModified: 1767225600000 }

  it('sends the metadata the contest-cover purpose reads', () => {
    expect(contestCoverDestination(12, file).metadata).toEqual({
      purpose: 'contest-cover',
      contestId: '12',
      filename: 'cover.png',
      filetype: 'image/png',
    })
  })

  it('resumes only the same file for the same contest, never an entry’s upload', () => {
    const a = contestCoverDestination(12, file).fingerprint
    expect(a).toBe(contestCoverDestination(12, { ...file }).fingerprint)
    expect(a).not.toBe(contestCoverDestination(13, file).fingerprint)
    expect(a).not.toBe(contestCoverDestination(12, { ...file, size: 1235 }).fingerprint)
    expect(a.startsWith('pingxuan-entry')).toBe(false)
  })
})
