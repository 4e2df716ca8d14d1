import axios, { type AxiosRequestConfig, type InternalAxiosRequestConfig } from 'axios'
import { ApiError, toApiError } from './problem'

export const XSRF_COOKIE = 'XSRF-TOKEN'
export const XSRF_HEADER = 'X-XSRF-TOKEN'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Do not run the "session expired" handler on a 401 (login, the session probe). */
    skipAuthRedirect?: boolean
  }
}

/** True for URLs that stay on this origin: the only ones that may carry the CSRF token. */
export function isSameOriginUrl(url: string | undefined): boolean {
  if (!url) return true
  if (url.startsWith('//')) return false
  if (url.startsWith('/')) return true
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return typeof window !== 'undefined' && new URL(url).origin === window.location.origin
  }
  return true
}

/**
 * The one HTTP client of the app. Session: HttpOnly cookie set by the server (`withCredentials`);
 * CSRF: the readable `XSRF-TOKEN` cookie is echoed in `X-XSRF-TOKEN` on same-origin requests.
 */
export const http = axios.create({
  baseURL: '',
  timeout: 60_000,
  withCredentials: true,
  xsrfCookieName: XSRF_COOKIE,
  xsrfHeaderName: XSRF_HEADER,
  withXSRFToken: (config: InternalAxiosRequestConfig) => isSameOriginUrl(config.url),
  headers: { Accept: 'application/json, application/problem+json' },
})

function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined
  const prefix = name + '='
  for (const part of document.cookie.split(';')) {
    const cookie = part.trim()
    if (cookie.startsWith(prefix)) return decodeURIComponent(cookie.slice(prefix.length))
  }
  return undefined
}

/** The CSRF token to echo in `X-XSRF-TOKEN` (for requests made outside axios, e.g. tus uploads). */
export function xsrfToken(): string | undefined {
  return readCookie(XSRF_COOKIE)
}

const SAFE_METHODS = new Set(['get', 'head', 'options'])
let xsrfPrimer: Promise<void> | null = null

/**
 * The server hands out the CSRF cookie on any /api response. Before the first state-changing
 * request of a fresh browser (no cookie yet) make one cheap GET so the token can be sent.
 */
export function ensureXsrfCookie(): Promise<void> {
  if (readCookie(XSRF_COOKIE)) return Promise.resolve()
  xsrfPrimer ??= http
    .get('/api/me', { skipAuthRedirect: true })
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => {
      xsrfPrimer = null
    })
  return xsrfPrimer
}

http.interceptors.request.use(async (config) => {
  const method = (config.method ?? 'get').toLowerCase()
  if (!SAFE_METHODS.has(method) && isSameOriginUrl(config.url)) {
    await ensureXsrfCookie()
  }
  return config
})

type UnauthorizedHandler = (error: ApiError) => void
let unauthorizedHandler: UnauthorizedHandler | null = null

/** Called when a request fails with 401 because the session ended (the router sends the user to /login). */
export function onUnauthorized(handler: UnauthorizedHandler): void {
  unauthorizedHandler = handler
}

http.interceptors.response.use(
  (response) => response,
  (error: unknown) => {
    const apiError = toApiError(error)
    const config = (error as { config?: AxiosRequestConfig }).config
    if (apiError.status === 401 && !config?.skipAuthRedirect) unauthorizedHandler?.(apiError)
    return Promise.reject(apiError)
  },
)
