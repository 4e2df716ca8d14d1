import * as tus from 'tus-js-client'
import { ensureXsrfCookie, XSRF_HEADER, xsrfToken } from './http'
import { ApiError, apiErrorFromResponse } from './problem'

/**
 * Resumable uploads (tus 1.0.0 at /api/uploads). The protocol stays in this module: views hand it a file and
 * where it goes, and get progress, success, or an ApiError built from the server's problem+json.
 */
export const UPLOAD_ENDPOINT = '/api/uploads'

/** The server stores parts of 6 MiB (pingxuan.upload.part-size): a chunk of one part ends no request with a remainder to keep. */
export const CHUNK_SIZE = 6 * 1024 * 1024

/** Campus Wi-Fi and phones on the move: keep retrying for about 40 seconds before giving up. */
export const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000]

export const isResumableUploadSupported = tus.isSupported

/** A file for an entry: `slot` is its place (0 for a video or essay, 0… for the images of a series). */
export interface EntryUploadTarget {
  entryId: number
  slot: number
}

interface FileLike {
  name: string
  type: string
  size: number
  lastModified?: number
}

/** The tus `Upload-Metadata` the `entry` upload purpose reads. */
export function entryUploadMetadata(target: EntryUploadTarget, file: FileLike): Record<string, string> {
  return {
    purpose: 'entry',
    entryId: String(target.entryId),
    slot: String(target.slot),
    filename: file.name,
    filetype: file.type || 'application/octet-stream',
  }
}

const FINGERPRINT_PREFIX = 'pingxuan-entry'

function slotPrefix(target: EntryUploadTarget): string {
  return `${FINGERPRINT_PREFIX}:${target.entryId}:${target.slot}:`
}

/**
 * What identifies an unfinished upload in localStorage: the same file for the same entry and slot. The same
 * file chosen for another slot or entry starts a new upload instead of continuing someone else's.
 */
export function entryUploadFingerprint(target: EntryUploadTarget, file: FileLike): string {
  return `${slotPrefix(target)}${file.name}:${file.type}:${file.size}:${file.lastModified ?? 0}`
}

/** An upload tus-js-client remembered for resuming: the file must be chosen again to go on. */
export interface UnfinishedUpload {
  fileName: string
  size: number | null
  startedAt: string
}

/** Uploads into this slot that stopped before the end (page reloaded, browser closed), newest first. */
export async function unfinishedUploads(target: EntryUploadTarget): Promise<UnfinishedUpload[]> {
  let all: tus.PreviousUpload[]
  try {
    all = await tus.defaultOptions.urlStorage.findAllUploads()
  } catch {
    return []
  }
  const prefix = `tus::${slotPrefix(target)}`
  return all
    .filter((upload) => upload.urlStorageKey.startsWith(prefix))
    .map((upload) => ({
      fileName: upload.metadata.filename ?? '',
      size: upload.size,
      startedAt: upload.creationTime,
    }))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
}

/** The ApiError of a failed tus request: the server's problem+json, or a network failure. */
export function uploadError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof tus.DetailedError && error.originalResponse) {
    return apiErrorFromResponse(error.originalResponse.getStatus(), error.originalResponse.getBody())
  }
  return new ApiError(0, 'network', {})
}

/** Worth trying again: the network failed, the server had a moment, or another connection held the upload. */
export function isRetryable(error: ApiError): boolean {
  if (error.status === 0 || error.status >= 500) return true
  return error.status === 423 || error.code === 'upload-offset-mismatch' || error.code === 'upload-locked'
}

/**
 * Whether the server has given the upload up (refused its type, its size, or no longer knows it): then there is
 * nothing to resume, and the browser forgets it. A session that ended or a closed window keep it for later.
 */
export function isDiscarded(error: ApiError): boolean {
  return error.status >= 400 && error.status < 500 && ![401, 403, 409, 423].includes(error.status)
}

/** Where a file goes: the tus metadata the server's upload purpose reads, and the key to resume it by. */
export interface UploadDestination {
  metadata: Record<string, string>
  /** Identifies an unfinished upload of this file to this place in localStorage. */
  fingerprint: string
}

export function entryUploadDestination(target: EntryUploadTarget, file: FileLike): UploadDestination {
  return { metadata: entryUploadMetadata(target, file), fingerprint: entryUploadFingerprint(target, file) }
}

/** The tus `Upload-Metadata` the `contest-cover` upload purpose reads. */
export function contestCoverMetadata(contestId: number, file: FileLike): Record<string, string> {
  return {
    purpose: 'contest-cover',
    contestId: String(contestId),
    filename: file.name,
    filetype: file.type || 'application/octet-stream',
  }
}

/** A contest's cover image: resumes only the same file for the same contest. */
export function contestCoverDestination(contestId: number, file: FileLike): UploadDestination {
  return {
    metadata: contestCoverMetadata(contestId, file),
    fingerprint: `pingxuan-cover:${contestId}:${file.name}:${file.type}:${file.size}:${file.lastModified ?? 0}`,
  }
}

export interface UploadCallbacks {
  onProgress(sent: number, total: number): void
  onSuccess(): void
  onError(error: ApiError): void
  /** A request failed and will be tried again after a pause. */
  onRetry?(error: ApiError, attempt: number): void
  /** Continued from an upload the server already holds part of (after a reload or a dropped connection). */
  onResume?(): void
}

export interface ResumableUploadOptions {
  chunkSize?: number
  retryDelays?: number[]
}

/** One file on its way to its destination; pause and start again at will, it continues where it stopped. */
export class ResumableUpload {
  private readonly upload: tus.Upload

  constructor(
    readonly file: File,
    readonly destination: UploadDestination,
    private readonly callbacks: UploadCallbacks,
    options: ResumableUploadOptions = {},
  ) {
    this.upload = new tus.Upload(file, {
      endpoint: UPLOAD_ENDPOINT,
      chunkSize: options.chunkSize ?? CHUNK_SIZE,
      retryDelays: options.retryDelays ?? RETRY_DELAYS,
      metadata: destination.metadata,
      fingerprint: () => Promise.resolve(destination.fingerprint),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      // The session cookie goes along by itself (same origin); the CSRF token must be echoed on every request.
      onBeforeRequest: async (request) => {
        await ensureXsrfCookie()
        const token = xsrfToken()
        if (token) request.setHeader(XSRF_HEADER, token)
      },
      onShouldRetry: (error, attempt) => {
        const apiError = uploadError(error)
        if (!isRetryable(apiError)) return false
        callbacks.onRetry?.(apiError, attempt + 1)
        return true
      },
      onProgress: (sent, total) => callbacks.onProgress(sent, total),
      onSuccess: () => callbacks.onSuccess(),
      onError: (error) => {
        const apiError = uploadError(error)
        if (isDiscarded(apiError)) void this.forget()
        callbacks.onError(apiError)
      },
    })
  }

  /** Removes what tus-js-client remembered for resuming this file at this destination. */
  private async forget(): Promise<void> {
    try {
      const storage = tus.defaultOptions.urlStorage
      const stored = await storage.findUploadsByFingerprint(this.destination.fingerprint)
      await Promise.all(stored.map((upload) => storage.removeUpload(upload.urlStorageKey)))
    } catch {
      // storage unavailable: nothing was remembered either
    }
  }

  /** Starts, or continues an upload of the same file to the same destination that stopped earlier. */
  async start(): Promise<void> {
    if (!this.upload.url) {
      const previous = await this.upload.findPreviousUploads().catch(() => [])
      const latest = previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0]
      if (latest) {
        this.upload.resumeFromPreviousUpload(latest)
        this.callbacks.onResume?.()
      }
    }
    this.upload.start()
  }

  /** Stops sending; the server keeps what it has and `start()` continues from there. */
  async pause(): Promise<void> {
    await this.upload.abort(false)
  }

  /** Gives up: the server discards what it received, and nothing is kept for resuming. */
  async cancel(): Promise<void> {
    await this.upload.abort(true).catch(() => undefined)
    await this.forget()
  }
}
