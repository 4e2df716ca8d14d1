import { describe, expect, it } from 'vitest'
import { apiErrorFromResponse } from './problem'
import { entryUploadFingerprint, entryUploadMetadata, isDiscarded, isRetryable } from './uploads'

const video = { name: '我的作品.mp4', type: 'video/mp4', size: 20 * 1024 * 1024, lastModified: 1767225600000 }

describe('entry uploads', () => {
  it('sends the metadata the entry upload purpose reads', () => {
    expect(entryUploadMetadata({ entryId: 42, slot: 0 }, video)).toEqual({
      purpose: 'entry',
      entryId: '42',
      slot: '0',
      filename: '我的作品.mp4',
      filetype: 'video/mp4',
    })
    expect(entryUploadMetadata({ entryId: 1, slot: 2 }, { name: 'x.heic', type: '', size: 1 }).filetype).toBe(
      'application/octet-stream',
    )
  })

  it('resumes only the same file into the same entry and slot', () => {
    const a = entryUploadFingerprint({ entryId: 42, slot: 0 }, video)
    expect(a).toBe(entryUploadFingerprint({ entryId: 42, slot: 0 }, { ...video }))
    expect(a).not.toBe(entryUploadFingerprint({ entryId: 42, slot: 1 }, video))
    expect(a).not.toBe(entryUploadFingerprint({ entryId: 43, slot: 0 }, video))
    expect(a).not.toBe(entryUploadFingerprint({ entryId: 42, slot: 0 }, { ...video, size: video.size + 1 }))
  })

  it('reads the server’s problem from a failed tus response', () => {
    const refused = apiErrorFromResponse(
      415,
      JSON.stringify({
        type: 'https://pingxuan.cn/problems/file-type-refused',
        status: 415,
        detail: '文件内容不是允许的格式（检测到：PNG 图片），本类别只接受 MP4 视频',
      }),
    )
    expect(refused.code).toBe('file-type-refused')
    expect(refused.detail).toContain('PNG')
    expect(isRetryable(refused)).toBe(false)
    expect(apiErrorFromResponse(502, '<html>Bad Gateway</html>').code).toBe('server-error')
  })

  it('retries what a weak network or a busy server causes, not what the server refused', () => {
    expect(isRetryable(apiErrorFromResponse(0, ''))).toBe(true)
    expect(isRetryable(apiErrorFromResponse(503, ''))).toBe(true)
    expect(isRetryable(apiErrorFromResponse(423, JSON.stringify({ type: 'x/upload-locked', status: 423 })))).toBe(true)
    const mismatch = JSON.stringify({ type: 'x/upload-offset-mismatch', status: 409 })
    expect(isRetryable(apiErrorFromResponse(409, mismatch))).toBe(true)
    const closed = JSON.stringify({ type: 'x/window-closed', status: 409, detail: '作品征集已截止' })
    expect(isRetryable(apiErrorFromResponse(409, closed))).toBe(false)
    expect(isRetryable(apiErrorFromResponse(413, ''))).toBe(false)
    expect(isRetryable(apiErrorFromResponse(403, JSON.stringify({ type: 'x/csrf', status: 403 })))).toBe(false)
  })
})

describe('uploads the server gave up', () => {
  it('are forgotten; those that may continue later are kept', () => {
    const problem = (status: number, code: string) => apiErrorFromResponse(status, JSON.stringify({ type: `x/${code}`, status }))
    expect(isDiscarded(problem(415, 'file-type-refused'))).toBe(true)
    expect(isDiscarded(problem(413, 'payload-too-large'))).toBe(true)
    expect(isDiscarded(problem(404, 'upload-not-found'))).toBe(true)
    expect(isDiscarded(problem(410, 'upload-failed'))).toBe(true)
    expect(isDiscarded(problem(401, 'unauthorized'))).toBe(false)
    expect(isDiscarded(problem(409, 'window-closed'))).toBe(false)
    expect(isDiscarded(problem(423, 'upload-locked'))).toBe(false)
    expect(isDiscarded(apiErrorFromResponse(0, ''))).toBe(false)
    expect(isDiscarded(problem(500, 'server-error'))).toBe(false)
  })
})
