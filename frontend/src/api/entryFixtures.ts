import type { EntryFile, Rendition, RenditionRole } from './entries'

// Test data shaped like the server's JSON, for the unit tests of helpers that read entries' files.

export function renditionOf(id: number, role: RenditionRole, contentType = 'image/jpeg'): Rendition {
  return { id, role, contentType, width: null, height: null }
}

/** A processed 42-second vertical video with its web MP4, poster and thumbnails. */
export function readyVideo(overrides: Partial<EntryFile> = {}): EntryFile {
  return {
    id: 10,
    ordinal: 0,
    fileName: '微电影.mov',
    contentType: 'video/quicktime',
    bytes: 20 * 1024 * 1024,
    status: 'READY',
    statusLabel: '可用',
    error: null,
    progress: 100,
    width: 1080,
    height: 1920,
    durationMs: 42_000,
    characters: null,
    details: 'MOV · HEVC 1080×1920 · AAC · 00:42',
    renditions: [
      renditionOf(11, 'VIDEO_WEB', 'video/mp4'),
      renditionOf(12, 'POSTER'),
      renditionOf(13, 'THUMB_LARGE'),
      renditionOf(14, 'THUMB_SMALL'),
    ],
    ...overrides,
  }
}

/** A processed DOCX essay with its text and first page. */
export function readyEssay(overrides: Partial<EntryFile> = {}): EntryFile {
  return readyVideo({
    id: 20,
    fileName: '征文.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    width: null,
    height: null,
    durationMs: null,
    characters: 2345,
    details: 'DOCX · 3 页 · 2,345 字',
    renditions: [renditionOf(21, 'TEXT', 'text/plain; charset=utf-8'), renditionOf(22, 'PDF_PREVIEW', 'image/png')],
    ...overrides,
  })
}

/** A processed photo of a series (组图) with its display JPEG and thumbnails. */
export function readyImage(overrides: Partial<EntryFile> = {}): EntryFile {
  return readyVideo({
    id: 30,
    fileName: '图1.jpg',
    contentType: 'image/jpeg',
    bytes: 1000,
    width: 4000,
    height: 3000,
    durationMs: null,
    details: 'JPEG 4000×3000',
    renditions: [renditionOf(31, 'DISPLAY'), renditionOf(32, 'THUMB_LARGE'), renditionOf(33, 'THUMB_SMALL')],
    ...overrides,
  })
}
