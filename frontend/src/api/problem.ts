import axios from 'axios'

/** One entry of a problem's `errors` array: a message for one form field. */
export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem details as the back end sends them (`application/problem+json`). */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: FieldError[]
  retryAfterSeconds?: number
  [extension: string]: unknown
}

/** Codes for failures that never reached the back end or came back without a problem body. */
export type ClientErrorCode = 'network' | 'timeout' | 'unknown'

/**
 * Every failed API call is rejected with an ApiError: views never look at axios internals.
 * `code` is the last path segment of the problem `type` (e.g. `invalid-credentials`).
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly problem: Problem

  constructor(status: number, code: string, problem: Problem) {
    super(problem.detail ?? problem.title ?? code)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.problem = problem
  }

  get detail(): string | undefined {
    return this.problem.detail
  }

  get fieldErrors(): FieldError[] {
    return Array.isArray(this.problem.errors) ? this.problem.errors : []
  }
}

const STATUS_CODES: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  422: 'validation',
  429: 'too-many-requests',
}

/** The stable code of a problem: the last path segment of its `type`, else derived from the status. */
export function problemCode(type: string | undefined, status: number): string {
  if (type && type !== 'about:blank') {
    const path = type.replace(/[?#].*$/, '').replace(/\/+$/, '')
    const segment = path.slice(path.lastIndexOf('/') + 1)
    if (segment) return segment
  }
  if (STATUS_CODES[status]) return STATUS_CODES[status]
  return status >= 500 ? 'server-error' : 'unknown'
}

function isProblem(data: unknown): data is Problem {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
}

/** Turns anything thrown by an axios call into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (axios.isAxiosError(error)) {
    const response = error.response
    if (!response) {
      const timedOut = error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT'
      const code: ClientErrorCode = timedOut ? 'timeout' : 'network'
      return new ApiError(0, code, {})
    }
    const problem: Problem = isProblem(response.data) ? response.data : {}
    const status = typeof problem.status === 'number' ? problem.status : response.status
    return new ApiError(status, problemCode(problem.type, status), problem)
  }
  return new ApiError(0, 'unknown', {})
}

export type Translate = (key: string, params?: Record<string, unknown>, plural?: number) => string
export type HasMessage = (key: string) => boolean

/** The locale message key of a problem code: `invalid-credentials` → `problems.invalidCredentials`. */
export function problemMessageKey(code: string): string {
  return 'problems.' + code.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/**
 * The message to show for an error.
 * In Chinese the server's `detail` is already user-ready. In English, known codes have their own
 * message in en.ts; unknown ones fall back to `detail`, then to a generic message.
 * A known message is followed by the wait time when the server sent `retryAfterSeconds`.
 */
export function errorMessage(error: ApiError, locale: string, t: Translate, has: HasMessage): string {
  const key = problemMessageKey(error.code)
  if (locale.startsWith('zh') && error.detail) return error.detail
  if (!has(key)) return error.detail ?? t('problems.generic')
  const seconds = error.problem.retryAfterSeconds
  if (typeof seconds === 'number' && seconds > 0) {
    const minutes = Math.ceil(seconds / 60)
    const separator = locale.startsWith('zh') ? '' : ' '
    return t(key) + separator + t('problems.retryAfter', { minutes }, minutes)
  }
  return t(key)
}

/**
 * The ApiError of a response that did not come through axios (the tus upload client): the body is parsed
 * as problem+json when it is one, else only the status counts.
 */
export function apiErrorFromResponse(status: number, body: string | null | undefined): ApiError {
  let problem: Problem = {}
  if (body) {
    try {
      const parsed: unknown = JSON.parse(body)
      if (isProblem(parsed)) problem = parsed
    } catch {
      // not JSON (a proxy's HTML page): the status code still says what happened
    }
  }
  if (status === 0) return new ApiError(0, 'network', problem)
  const effective = typeof problem.status === 'number' ? problem.status : status
  return new ApiError(effective, problemCode(problem.type, effective), problem)
}

type PathSegment = string | number

/** `categories[1].formats` → `['categories', 1, 'formats']`; also reads `a.1.b` and `/a/1/b`. */
export function parseFieldPath(field: string): PathSegment[] {
  const segments: PathSegment[] = []
  for (const part of field.replace(/^\//, '').split(/[./]/)) {
    if (part === '') continue
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!match) {
      segments.push(part)
      continue
    }
    if (match[1]) segments.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1])
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]))
  }
  return segments
}

/** `['members', 1, 'name']` → `members[1].name`: the form the server names fields in. */
export function fieldPath(...segments: PathSegment[]): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else path += path ? `.${segment}` : segment
  }
  return path
}

/**
 * One spelling per field. Bean-validation errors of list elements arrive with the index on the element's
 * property (`members.name[2]` for the name of member 2); the service's own checks say `members[2].name`.
 * An index that follows a property whose parent has none belongs to the parent.
 */
export function normalizeFieldPath(field: string): string {
  const segments = parseFieldPath(field)
  for (let i = 2; i < segments.length; i++) {
    const index = segments[i]
    if (typeof index !== 'number' || i !== segments.length - 1) continue
    if (typeof segments[i - 1] === 'string' && typeof segments[i - 2] === 'string') {
      segments.splice(i, 1)
      segments.splice(i - 1, 0, index)
    }
  }
  return fieldPath(...segments)
}

/** Field messages keyed by field path (`title`, `formData.phone`, `members[1].name`), for form inputs. */
export function fieldErrorMap(error: ApiError): Record<string, string> {
  const map: Record<string, string> = {}
  for (const { field, message } of error.fieldErrors) {
    if (!field) continue
    const path = normalizeFieldPath(field)
    if (!(path in map)) map[path] = message
  }
  return map
}
