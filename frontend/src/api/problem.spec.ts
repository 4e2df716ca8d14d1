import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { describe, expect, it } from 'vitest'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'
import {
  ApiError,
  apiErrorFromResponse,
  errorMessage,
  fieldErrorMap,
  fieldPath,
  normalizeFieldPath,
  parseFieldPath,
  problemCode,
  problemMessageKey,
  toApiError,
  type Problem,
} from './problem'

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig

function httpError(status: number, data: unknown): AxiosError {
  const response: AxiosResponse = { data, status, statusText: '', headers: {}, config }
  return new AxiosError('Request failed', AxiosError.ERR_BAD_RESPONSE, config, {}, response)
}

/** A tiny stand-in for vue-i18n's t/te over the real message files. */
function translator(messages: object) {
  const lookup = (key: string): string | undefined => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages)
    return typeof value === 'string' ? value : undefined
  }
  const t = (key: string, params: Record<string, unknown> = {}, plural?: number) => {
    let text = lookup(key) ?? key
    if (text.includes(' | ')) text = text.split(' | ')[plural === 1 ? 0 : 1] ?? text
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]))
  }
  const has = (key: string) => lookup(key) !== undefined
  return { t, has }
}

describe('problemCode', () => {
  it('takes the last path segment of the type URI', () => {
    expect(problemCode('https://pingxuan.cn/problems/invalid-credentials', 401)).toBe('invalid-credentials')
    expect(problemCode('https://pingxuan.cn/problems/login-throttled/', 429)).toBe('login-throttled')
    expect(problemCode('https://pingxuan.cn/problems/conflict?x=1', 409)).toBe('conflict')
  })

  it('falls back to the HTTP status when the type says nothing', () => {
    expect(problemCode(undefined, 404)).toBe('not-found')
    expect(problemCode('about:blank', 403)).toBe('forbidden')
    expect(problemCode(undefined, 503)).toBe('server-error')
    expect(problemCode(undefined, 418)).toBe('unknown')
  })
})

describe('toApiError', () => {
  it('reads a problem+json body', () => {
    const problem: Problem = {
      type: 'https://pingxuan.cn/problems/validation',
      title: 'Bad Request',
      status: 400,
      detail: '提交的内容有误',
      errors: [{ field: 'newPassword', message: '密码至少 8 位' }],
    }
    const error = toApiError(httpError(400, problem))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('validation')
    expect(error.detail).toBe('提交的内容有误')
    expect(fieldErrorMap(error)).toEqual({ newPassword: '密码至少 8 位' })
  })

  it('copes with a body that is not a problem (HTML from a proxy)', () => {
    const error = toApiError(httpError(502, '<html>Bad Gateway</html>'))
    expect(error.status).toBe(502)
    expect(error.code).toBe('server-error')
    expect(error.detail).toBeUndefined()
  })

  it('reports network failures and timeouts without a response', () => {
    expect(toApiError(new AxiosError('Network Error', AxiosError.ERR_NETWORK, config)).code).toBe('network')
    expect(toApiError(new AxiosError('timeout', AxiosError.ECONNABORTED, config)).code).toBe('timeout')
    expect(toApiError(new Error('boom')).code).toBe('unknown')
  })

  it('keeps extension members such as the import report', () => {
    const error = toApiError(
      httpError(422, { type: 'https://pingxuan.cn/problems/import-invalid', status: 422, report: { totalRows: 3 } }),
    )
    expect(error.code).toBe('import-invalid')
    expect(error.problem.report).toEqual({ totalRows: 3 })
  })
})

describe('errorMessage', () => {
  const zh = translator(zhCN)
  const english = translator(en)
  const invalid = new ApiError(401, 'invalid-credentials', { detail: '用户名或密码错误' })
  const throttled = new ApiError(429, 'login-throttled', {
    detail: '登录失败次数过多，请 15 分钟后再试',
    retryAfterSeconds: 840,
  })

  it('maps camel-cased message keys from codes', () => {
    expect(problemMessageKey('invalid-credentials')).toBe('problems.invalidCredentials')
    expect(problemMessageKey('import-invalid')).toBe('problems.importInvalid')
  })

  it('shows the server detail in Chinese', () => {
    expect(errorMessage(invalid, 'zh-CN', zh.t, zh.has)).toBe('用户名或密码错误')
    expect(errorMessage(throttled, 'zh-CN', zh.t, zh.has)).toBe('登录失败次数过多，请 15 分钟后再试')
  })

  it('uses English messages for known codes, with the wait time', () => {
    expect(errorMessage(invalid, 'en', english.t, english.has)).toBe('Incorrect username or password.')
    expect(errorMessage(throttled, 'en', english.t, english.has)).toBe(
      'Too many failed sign-in attempts. Try again in 14 minutes.',
    )
    const soon = new ApiError(429, 'login-throttled', { retryAfterSeconds: 30 })
    expect(errorMessage(soon, 'en', english.t, english.has)).toBe(
      'Too many failed sign-in attempts. Try again in 1 minute.',
    )
  })

  it('falls back to the detail for unknown codes, then to a generic message', () => {
    const odd = new ApiError(400, 'contest-closed', { detail: '比赛已截止' })
    expect(errorMessage(odd, 'en', english.t, english.has)).toBe('比赛已截止')
    const bare = new ApiError(400, 'contest-closed', {})
    expect(errorMessage(bare, 'en', english.t, english.has)).toBe(en.problems.generic)
    expect(errorMessage(bare, 'zh-CN', zh.t, zh.has)).toBe(zhCN.problems.generic)
  })

  it('has a Chinese text for failures without a detail', () => {
    const offline = new ApiError(0, 'network', {})
    expect(errorMessage(offline, 'zh-CN', zh.t, zh.has)).toBe(zhCN.problems.network)
    const throttledBare = new ApiError(429, 'login-throttled', { retryAfterSeconds: 900 })
    expect(errorMessage(throttledBare, 'zh-CN', zh.t, zh.has)).toBe('登录失败次数过多。请 15 分钟后再试。')
  })
})

describe('nested field paths', () => {
  it('reads the server’s spellings of a nested field', () => {
    expect(parseFieldPath('members[1].name')).toEqual(['members', 1, 'name'])
    expect(parseFieldPath('formData.phone')).toEqual(['formData', 'phone'])
    expect(parseFieldPath('/categories/0/formats')).toEqual(['categories', 0, 'formats'])
    expect(parseFieldPath('categories.2.name')).toEqual(['categories', 2, 'name'])
    expect(fieldPath('categories', 1, 'formats')).toBe('categories[1].formats')
    expect(fieldPath('title')).toBe('title')
  })

  it('puts a list element’s index on the list, as the service checks do', () => {
    // bean validation names the element’s property with the index: members.name[2]
    expect(normalizeFieldPath('members.name[2]')).toBe('members[2].name')
    expect(normalizeFieldPath('categories.formats[1]')).toBe('categories[1].formats')
    // already right, or not nested
    expect(normalizeFieldPath('members[1].name')).toBe('members[1].name')
    expect(normalizeFieldPath('formFields[0].options')).toBe('formFields[0].options')
    expect(normalizeFieldPath('formData.phone')).toBe('formData.phone')
    expect(normalizeFieldPath('entryIds[3]')).toBe('entryIds[3]')
    expect(normalizeFieldPath('file')).toBe('file')
  })

  it('maps every field error of a problem to one path', () => {
    const error = new ApiError(400, 'validation', {
      errors: [
        { field: 'members.name[2]', message: '成员姓名不能超过 50 个字符' },
        { field: 'formData.phone', message: '“联系电话”至少需要 11 个字符' },
        { field: 'members[2].name', message: '重复的第二条' },
      ],
    })
    expect(fieldErrorMap(error)).toEqual({
      'members[2].name': '成员姓名不能超过 50 个字符',
      'formData.phone': '“联系电话”至少需要 11 个字符',
    })
  })
})

describe('apiErrorFromResponse', () => {
  it('parses a problem body and survives bodies that are not one', () => {
    const error = apiErrorFromResponse(413, JSON.stringify({ type: 'https://pingxuan.cn/problems/upload-too-large', status: 413, detail: '文件太大' }))
    expect(error).toBeInstanceOf(ApiError)
    expect([error.status, error.code, error.detail]).toEqual([413, 'upload-too-large', '文件太大'])
    expect(apiErrorFromResponse(404, 'Not Found').code).toBe('not-found')
    expect(apiErrorFromResponse(0, '').code).toBe('network')
  })
})
